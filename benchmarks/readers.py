"""Each reader's time as its input doubles: linear growth, on the backtracking bait of fuzz/bait.py.

For every reader (and format detection, and the page-redirect extractor of --resolve) this times
the whole set of baits at sizes 25,000 to 200,000 characters (best of ROUNDS) and prints the time
per size and the growth factor of each doubling: about 2 means linear, 4 quadratic. The figures in
docs/performance.md come from:

    .venv/bin/python benchmarks/readers.py [--rounds 3] [--sizes 25000,50000,100000,200000]

It reports the worst bait's factor per reader as well, so one super-linear shape cannot hide
behind the fast ones.
"""

from __future__ import annotations

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from fuzz import bait  # noqa: E402

READERS = ["detect", "page-redirect", "url", "appsscript", "chrome", "entra", "slack", "github-app", "shopify",
           "wechat-miniprogram", "text", "batch", "log", "har"]


def measure(reader: str, size: int) -> dict[str, float]:
    if reader == "detect":
        return bait.time_detection(size)
    if reader == "page-redirect":
        return bait.time_page_redirect(size)
    return bait.time_reader(reader, size)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--sizes", default="25000,50000,100000,200000")
    ap.add_argument("--readers", default=",".join(READERS))
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'reader':<20}" + "".join(f"{s:>11,}" for s in sizes) + "   growth per doubling (total; worst bait)")
    worst_total = 0.0
    for reader in args.readers.split(","):
        per_size = []
        for size in sizes:
            best: dict[str, float] | None = None
            for _ in range(args.rounds):
                got = measure(reader, size)
                best = got if best is None else {k: min(best[k], v) for k, v in got.items()}
            per_size.append(best)
        totals = [sum(b.values()) for b in per_size]
        growth = [totals[i + 1] / totals[i] if totals[i] > 0 else 0.0 for i in range(len(totals) - 1)]
        # the worst bait: the largest growth between the last two sizes among baits that take time
        last, prev = per_size[-1], per_size[-2]
        slow = {k: last[k] / prev[k] for k in last if prev[k] > 0.002}
        worst = max(slow.items(), key=lambda kv: kv[1]) if slow else ("-", 0.0)
        worst_total = max(worst_total, max(growth) if growth else 0.0)
        print(f"{reader:<20}" + "".join(f"{t * 1000:>9.1f}ms" for t in totals)
              + "   " + " ".join(f"{g:.2f}x" for g in growth) + f"; {worst[0]} {worst[1]:.2f}x")
    print(f"largest growth of a total per doubling: {worst_total:.2f}x (2.00x is linear, 4.00x quadratic)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
