"""Cold-start latency of `oauth-audit scan`, as a ratio to a bare interpreter start.

    python benchmarks/cold_scan.py            # 30 rounds
    python benchmarks/cold_scan.py --rounds 60 --json

The package is byte-compiled first (``compileall``), as pip does when it installs a wheel: an
editable install under ``PYTHONDONTWRITEBYTECODE=1`` would otherwise recompile every module on every
run, which measures the compiler, not the tool.

Every round runs, in shuffled order, `python -c pass` (the baseline) and each scan command as a
fresh process with the same interpreter, so machine noise hits all of them alike. The figure that
matters is the ratio of medians; absolute times depend on the machine. Targets (issue #2): JSON scan
at most 4x the baseline, terminal report at most 8x.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time

WORM_URL = (
    "https://accounts.google.com/o/oauth2/auth?client_id=x.apps.googleusercontent.com&response_type=token"
    "&scope=https%3A%2F%2Fmail.google.com%2F%20https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fcontacts"
    "&redirect_uri=https%3A%2F%2Fgoogledocs.g-cloud.pro%2F"
)
GRAPH_URL = (
    "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=a&response_type=code"
    "&scope=Mail.ReadWrite%20Mail.Send%20offline_access&state=abcdefgh1234"
)
TARGETS = {"scan --format json (Google)": 4.0, "scan --format json (Microsoft Graph)": 4.0, "scan, terminal report": 8.0}


def script() -> list[str]:
    """The installed console script, run as a user runs it."""
    exe = shutil.which("oauth-audit", path=os.path.dirname(sys.executable)) or shutil.which("oauth-audit")
    if exe is None:
        sys.exit("oauth-audit is not installed in this environment (pip install -e .)")
    return [exe]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=30)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    cli = script()
    import compileall

    import auditor

    compileall.compile_dir(os.path.dirname(auditor.__file__), quiet=1)
    commands = {
        "python -c pass (baseline)": [sys.executable, "-c", "pass"],
        "scan --format json (Google)": cli + ["scan", WORM_URL, "--format", "json", "--fail-on", "never"],
        "scan --format json (Microsoft Graph)": cli + ["scan", GRAPH_URL, "--format", "json", "--fail-on", "never"],
        "scan, terminal report": cli + ["scan", WORM_URL, "--fail-on", "never"],
    }
    env = {**os.environ, "NO_COLOR": "1"}
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for cmd in commands.values():  # warm the OS file cache once
        subprocess.run(cmd, stdout=subprocess.DEVNULL, env=env, check=False)
    for _ in range(args.rounds):
        order = list(commands.items())
        random.shuffle(order)
        for name, cmd in order:
            start = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, env=env, check=False)
            samples[name].append(time.perf_counter() - start)
    base = statistics.median(samples["python -c pass (baseline)"])
    rows = []
    for name, xs in samples.items():
        med = statistics.median(xs)
        rows.append({"command": name, "median_ms": round(med * 1000, 1), "ratio": round(med / base, 2), "target": TARGETS.get(name)})
    if args.json:
        print(json.dumps({"rounds": args.rounds, "python": sys.version.split()[0], "rows": rows}, indent=2))
    else:
        print(f"{args.rounds} rounds, Python {sys.version.split()[0]}; ratio = median / median of the baseline")
        for r in rows:
            target = f"target <= {r['target']}x" if r["target"] else ""
            verdict = "" if not r["target"] else ("ok" if r["ratio"] <= r["target"] else "OVER")
            print(f"  {r['command']:<40} {r['median_ms']:>7} ms  {r['ratio']:>5}x  {target} {verdict}")
    return 0 if all(r["target"] is None or r["ratio"] <= r["target"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
