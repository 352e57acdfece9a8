"""What the end-to-end benchmarks share: the installed command, timed rounds, catalog scopes, memory.

``benchmarks/batch.py``, ``benchmarks/scopes.py`` and ``benchmarks/check_tree.py`` import it (a
script's own folder is first on ``sys.path``). Every command they time is a new process, started the
way a user starts it; every figure is a ratio to a baseline process timed in the same rounds.

- :func:`oauth_audit`: the installed ``oauth-audit`` console script beside the running interpreter
  (``.venv/bin/oauth-audit`` for ``.venv/bin/python``), else ``python -m auditor``;
- :func:`byte_compile`: the package byte-compiled first, as pip does when it installs a wheel (an
  editable install under ``PYTHONDONTWRITEBYTECODE=1`` would recompile every module on every run);
- :func:`interleaved`: every round runs each command once, in an order shuffled per round, so that
  machine noise (other jobs on a shared machine) hits all of them alike; :func:`best` and
  :func:`ratio` read the samples: the best (shortest) time of each command, and
  ``baseline / command`` (higher is better, 1.00 is as fast as the baseline);
- :func:`catalog_scopes`: the scope strings of one provider in the compiled catalog;
- :func:`peak_rss_mb`: the peak resident set size of one command, from ``getrusage(RUSAGE_CHILDREN)``
  in a fresh wrapper process (so no earlier child counts); :func:`peak_rss_tree_mb`: the same for a
  command and the worker processes it starts, summed (Linux).
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENV = {**os.environ, "NO_COLOR": "1"}


def oauth_audit() -> list[str]:
    """The command as a user runs it: the console script beside ``sys.executable``, else ``-m auditor``."""
    script = shutil.which("oauth-audit", path=os.path.dirname(sys.executable))
    return [script] if script else [sys.executable, "-m", "auditor"]


def byte_compile() -> None:
    import compileall

    import auditor

    compileall.compile_dir(os.path.dirname(auditor.__file__), quiet=1)


def scan_flags(cli: list[str], command: str = "scan") -> set[str]:
    """The long options ``oauth-audit COMMAND --help`` lists (to time optional flags only when present)."""
    out = subprocess.run([*cli, command, "--help"], capture_output=True, text=True, env=ENV, check=True).stdout
    return set(re.findall(r"(?m)^  (?:-\w, )?(--[a-z][a-z-]*)", out))


def run(argv: list[str], ok: tuple[int, ...] = (0, 1), stdout=subprocess.DEVNULL) -> float:
    """Wall-clock seconds of one command; a command that ends with another exit code stops the benchmark."""
    start = time.perf_counter()
    proc = subprocess.run(argv, stdout=stdout, stderr=subprocess.PIPE, env=ENV)
    elapsed = time.perf_counter() - start
    if proc.returncode not in ok:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise SystemExit(f"benchmark: {' '.join(argv)[:200]} exited {proc.returncode}: {message[-1] if message else ''}")
    return elapsed


def interleaved(commands: dict[str, list[str]], rounds: int, seed: int = 1) -> dict[str, list[float]]:
    """``rounds`` rounds; each runs every command once, in an order shuffled per round."""
    rng = random.Random(seed)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(rounds):
        order = list(commands)
        rng.shuffle(order)
        for name in order:
            samples[name].append(run(commands[name]))
    return samples


def best(samples: list[float]) -> float:
    return min(samples)


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def ratio(baseline: float, command: float) -> float:
    """How fast the command is next to the baseline: ``baseline / command`` (1.00 = as fast; higher is better)."""
    return baseline / command


def catalog_scopes(provider: str) -> list[str]:
    """Every scope string of ``provider`` in the compiled catalog, in the catalog's order."""
    import auditor.catalog

    path = os.path.join(os.path.dirname(auditor.catalog.__file__), "compiled", f"{provider}.json")
    with open(path, encoding="utf-8") as fh:
        return list(json.load(fh)["scopes"])


_PEAK = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "proc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
    "elapsed = time.perf_counter() - start\n"
    "print(proc.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, elapsed)\n"
    "sys.stderr.write(proc.stderr.decode('utf-8', 'replace')[-300:])\n"
)


def peak_rss_mb(argv: list[str], ok: tuple[int, ...] = (0, 1)) -> tuple[float, float]:
    """``(peak resident set size in MB, seconds)`` of one command, its standard output discarded.

    Measured in a fresh wrapper process: ``RUSAGE_CHILDREN`` counts the largest child that process
    waited for, and this one has only the command (Linux reports ``ru_maxrss`` in KiB)."""
    proc = subprocess.run([sys.executable, "-c", _PEAK, *argv], capture_output=True, text=True, env=ENV, check=True)
    code, kib, elapsed = proc.stdout.split()
    if int(code) not in ok:
        raise SystemExit(f"benchmark: {' '.join(argv)[:200]} exited {code}: {proc.stderr.strip()[-200:]}")
    return int(kib) / 1024, float(elapsed)


def peak_rss_tree_mb(argv: list[str], ok: tuple[int, ...] = (0, 1), every: float = 0.05) -> tuple[float, float, float] | None:
    """``(sum of the processes' peaks in MB, largest peak in MB, seconds)`` of one command and the
    processes it starts (``--jobs``), its standard output discarded; None where there is no
    ``/proc`` (Linux only).

    ``ru_maxrss`` gives only the largest process of a tree, so the tree is sampled every ``every``
    seconds: each process's ``VmHWM`` (its own peak so far, which only grows) is read while it
    lives, and the last value read is taken as its peak. The sum of the peaks is an upper bound of
    the memory the processes held at any one time."""
    if not os.path.isdir("/proc/self"):
        return None
    peaks: dict[int, int] = {}

    def parent(pid: str) -> int | None:
        try:
            with open(f"/proc/{pid}/stat") as fh:
                return int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            return None

    def sample(root: int) -> None:
        tree = {root}
        parents = {int(p): parent(p) for p in os.listdir("/proc") if p.isdigit()}
        grew = True
        while grew:
            found = {pid for pid, ppid in parents.items() if ppid in tree} - tree
            grew = bool(found)
            tree |= found
        for pid in tree:
            try:
                with open(f"/proc/{pid}/status") as fh:
                    for line in fh:
                        if line.startswith("VmHWM:"):
                            peaks[pid] = max(peaks.get(pid, 0), int(line.split()[1]))
            except OSError:
                pass

    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    while proc.poll() is None:
        sample(proc.pid)
        time.sleep(every)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode("utf-8", "replace")
    if proc.returncode not in ok:
        raise SystemExit(f"benchmark: {' '.join(argv)[:200]} exited {proc.returncode}: {err.strip()[-200:]}")
    return sum(peaks.values()) / 1024, max(peaks.values(), default=0) / 1024, elapsed


def print_table(header: list[str], rows: list[list[str]]) -> None:
    """A plain-text table, the first column left-aligned, the others right-aligned."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for r in [header, *rows]:
        cells = [str(c).ljust(widths[0]) if i == 0 else str(c).rjust(widths[i]) for i, c in enumerate(r)]
        print("  ".join(cells).rstrip())
