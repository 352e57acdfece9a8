"""Calibration against the labelled corpus (issue 14, item 9): the tool's level vs the reviewer's.

    python benchmarks/calibration.py            # the figures and the confusion matrix
    python benchmarks/calibration.py --list     # also every disagreement: id, reviewer, tool
    python benchmarks/calibration.py --jobs 4   # command lines run at once (default: CPU count)

Every case of ``tests/corpus/requests.toml`` is run the way a user runs it: the installed
``oauth-audit`` command next to the running interpreter (``.venv/bin/oauth-audit`` when started as
``.venv/bin/python benchmarks/calibration.py``), end to end, with ``scan ... --format json
--fail-on never``:

- a URL case: ``oauth-audit scan URL``;
- a scope-list case: ``oauth-audit scan --provider P --scopes S``;
- a file case: ``oauth-audit scan FILE`` (the manifest under ``tests/corpus/``);
- plus ``--purpose ID`` where the case declares one.

The tool's level of a case is the highest ``risk.level`` over the reports of that command (a file
may yield several requests). The reviewer's level is ``expected``; the recorded ``tool_level`` and
``disagreement`` fields are not read, so the figures measure the tool as it is.

Printed: the number of cases; exact agreement (n/N and %); agreement within one level; detection
(of the cases the reviewer rates high or critical, how many the tool rates high or above); false
alarms on benign cases (of the cases rated none or low, how many the tool rates high or above, and
how many medium or above); and the 5x5 confusion matrix, reviewer levels as rows, tool levels as
columns. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "tests" / "corpus"
CORPUS = CORPUS_DIR / "requests.toml"
LEVELS = ("none", "low", "medium", "high", "critical")
RANK = {level: i for i, level in enumerate(LEVELS)}


def command_line() -> str:
    """The ``oauth-audit`` executable installed beside the running interpreter."""
    bindir = Path(sys.executable).parent
    for name in ("oauth-audit", "oauth-audit.exe"):
        candidate = bindir / name
        if candidate.is_file():
            return str(candidate)
    raise SystemExit(f"calibration: no oauth-audit next to {sys.executable}; run it with the project's virtualenv python")


def argv_for(case: dict, exe: str) -> list[str]:
    argv = [exe, "scan"]
    if "file" in case:
        argv.append(str(CORPUS_DIR / case["file"]))
    elif "input" in case:
        argv.append(case["input"])
    else:
        argv += ["--provider", case["provider"], "--scopes", case["scopes"]]
    if case.get("purpose"):
        argv += ["--purpose", case["purpose"]]
    return argv + ["--format", "json", "--fail-on", "never"]


def tool_level(case: dict, exe: str) -> str:
    done = subprocess.run(argv_for(case, exe), capture_output=True, text=True, cwd=ROOT, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"{case['id']}: exit {done.returncode}: {done.stderr.strip()[:300]}")
    reports = json.loads(done.stdout)["reports"]
    if not reports:
        raise RuntimeError(f"{case['id']}: no report")
    return max((r["risk"]["level"] for r in reports), key=RANK.__getitem__)


def pct(n: int, d: int) -> str:
    return f"{n}/{d} ({100.0 * n / d:.1f}%)" if d else f"{n}/0 (-)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every disagreement (id, reviewer, tool)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 4, help="command lines run at once")
    args = parser.parse_args(argv)

    cases = tomllib.loads(CORPUS.read_text("utf-8"))["request"]
    exe = command_line()
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        got = list(pool.map(lambda c: tool_level(c, exe), cases))

    pairs = [(c["expected"], g) for c, g in zip(cases, got)]
    total = len(pairs)
    exact = sum(1 for e, g in pairs if e == g)
    within = sum(1 for e, g in pairs if abs(RANK[e] - RANK[g]) <= 1)
    serious = [(e, g) for e, g in pairs if RANK[e] >= RANK["high"]]
    detected = sum(1 for _, g in serious if RANK[g] >= RANK["high"])
    benign = [(e, g) for e, g in pairs if RANK[e] <= RANK["low"]]
    alarms_high = sum(1 for _, g in benign if RANK[g] >= RANK["high"])
    alarms_medium = sum(1 for _, g in benign if RANK[g] >= RANK["medium"])

    print(f"cases: {total}")
    print(f"exact agreement: {pct(exact, total)}")
    print(f"within one level: {pct(within, total)}")
    print(f"detection (reviewer high/critical -> tool high or above): {pct(detected, len(serious))}")
    print(f"false alarms on benign (reviewer none/low -> tool high or above): {pct(alarms_high, len(benign))}")
    print(f"benign rated medium or above: {pct(alarms_medium, len(benign))}")
    print()
    print("confusion matrix (rows: reviewer, columns: tool)")
    width = max(len(level) for level in LEVELS) + 2
    print(" " * width + "".join(f"{level:>{width}}" for level in LEVELS) + f"{'total':>{width}}")
    for row in LEVELS:
        counts = [sum(1 for e, g in pairs if e == row and g == col) for col in LEVELS]
        print(f"{row:<{width}}" + "".join(f"{n:>{width}}" for n in counts) + f"{sum(counts):>{width}}")
    if args.list:
        print()
        print("disagreements (id, reviewer, tool)")
        for case, (e, g) in zip(cases, pairs):
            if e != g:
                print(f"{case['id']}\t{e}\t{g}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
