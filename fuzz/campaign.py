"""Run the fuzz target of every reader for a number of inputs and print the counts.

    python fuzz/campaign.py                         # 1,000,000 inputs per reader, 2 at a time
    python fuzz/campaign.py --runs 20000 --jobs 1   # a quick look
    python fuzz/campaign.py --readers url,slack --runs 1000000

Each reader runs as its own libFuzzer process (``fuzz/fuzz_readers.py``) with ``-timeout`` (seconds
per input) and ``-rss_limit_mb``, so a hang or a memory blow-up is a failure like a crash. Failing
inputs are written to ``--artifacts`` (``crash-*``, ``timeout-*``, ``oom-*``), with each reader's
libFuzzer log (``READER.log``, to follow a long run). The table gives, per
reader, the inputs run, the failures, the coverage reached (libFuzzer's ``cov``) and the time.
Exit code 1 when any reader failed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))

_DONE = re.compile(r"^Done (\d+) in")
_COV = re.compile(r"cov: (\d+)")


def run_one(reader: str, runs: int, artifacts: str, timeout: int, rss: int, render_all: bool = False) -> dict:
    os.makedirs(artifacts, exist_ok=True)
    argv = [
        sys.executable, os.path.join(HERE, "fuzz_readers.py"), reader, *(["--render-all"] if render_all else []),
        f"-atheris_runs={runs}", f"-timeout={timeout}", f"-rss_limit_mb={rss}",
        f"-artifact_prefix={os.path.join(artifacts, reader)}-", "-print_final_stats=1",
    ]
    start = time.monotonic()
    log = os.path.join(artifacts, f"{reader}.log")  # libFuzzer's progress, readable while it runs
    with open(log, "w", encoding="utf-8") as fh:
        proc = subprocess.run(argv, stdout=fh, stderr=subprocess.STDOUT)
    elapsed = time.monotonic() - start
    with open(log, encoding="utf-8", errors="replace") as fh:
        stderr = fh.read()
    done, cov = 0, 0
    for line in stderr.splitlines():
        m = _DONE.match(line)
        if m:
            done = int(m.group(1))
        c = _COV.search(line)
        if c:
            cov = max(cov, int(c.group(1)))
    failed = proc.returncode != 0
    tail = "\n".join(stderr.splitlines()[-30:]) if failed else ""
    return {"reader": reader, "runs": done, "failures": int(failed), "cov": cov, "seconds": elapsed, "tail": tail}


def readers_known() -> list[str]:
    out = subprocess.run([sys.executable, os.path.join(HERE, "fuzz_readers.py"), "--list"], capture_output=True, text=True, check=True).stdout
    return out.split(":", 1)[1].split()


def main() -> int:
    READERS = readers_known()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=1_000_000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--readers", default=",".join(READERS))
    ap.add_argument("--artifacts", default="fuzz-artifacts")
    ap.add_argument("--timeout", type=int, default=10, help="seconds per input")
    ap.add_argument("--rss-limit-mb", type=int, default=1024)
    ap.add_argument("--render-all", action="store_true", help="also render SARIF, Markdown and the terminal report (slower)")
    args = ap.parse_args()
    readers = [r for r in args.readers.split(",") if r]
    unknown = [r for r in readers if r not in READERS]
    if unknown:
        ap.error(f"unknown readers: {', '.join(unknown)}")
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(lambda r: run_one(r, args.runs, args.artifacts, args.timeout, args.rss_limit_mb, args.render_all), readers))
    print(f"{'reader':<20} {'inputs':>12} {'failures':>9} {'cov':>6} {'seconds':>8}")
    for r in results:
        print(f"{r['reader']:<20} {r['runs']:>12,} {r['failures']:>9} {r['cov']:>6} {r['seconds']:>8.0f}")
    total = sum(r["runs"] for r in results)
    failures = sum(r["failures"] for r in results)
    print(f"{'total':<20} {total:>12,} {failures:>9}")
    for r in results:
        if r["tail"]:
            print(f"\n== {r['reader']} failed:\n{r['tail']}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
