"""One request with many scopes, end to end: each 10x more scopes should cost about 10x more work.

    python benchmarks/scopes.py                     # 1, 10, 100 and 1,000 scopes; Google and Microsoft
    python benchmarks/scopes.py --rounds 5 --sizes 1,10,100 --provider google
    python benchmarks/scopes.py --json              # the figures as JSON

For each provider and size N, the scopes are N distinct scope strings of that provider in the
compiled catalog (a seeded shuffle). A provider with fewer than N (Google has about 500) gets the
rest from other providers' catalogs, strings it does not know, so its 1,000-scope request is part
known, part unknown scopes; the table says how many are known. Every command is a new process of
the installed ``oauth-audit`` (cold, as a user runs it), output discarded:

- ``scan --provider P --scopes "S1 S2 ..." --format json --fail-on never`` and the same with
  ``--format terminal`` (a scope list is accepted up to 65,536 characters; 1,000 scopes fit);
- ``scan URL --format json --fail-on never``, the same scopes in an authorization URL of P, when the
  URL is at most 65,536 characters (``scan`` refuses a longer URL);
- ``check DIR --format json --fail-on never`` over a folder holding one Apps Script manifest
  (``appsscript.json``) with the Google list in ``oauthScopes`` (Google only).

Every round runs all commands and the baseline (``python -c pass``) once, in an order shuffled per
round; the BEST (shortest) time of each is kept. Per 10x step the table gives the growth of the
command's time, ``t(10N) / t(N)`` (start-up makes it small at small N), and the growth of the work
above a single scope, ``(t(10N) - t(1)) / (t(N) - t(1))`` for N >= 10: about 10x is linear, about
100x quadratic (left out when t(N) - t(1) is under 2 ms, timer and start-up noise). ``x pass`` is the time over ``python -c pass``'s (lower is better). The exit code
is 1 when a work growth exceeds ``--max-growth`` (default 30x).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from urllib.parse import quote

import common

AUTHORIZE = {
    "google": "https://accounts.google.com/o/oauth2/v2/auth?client_id=1234567890-abc.apps.googleusercontent.com"
              "&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&state=Zk3qP0aLr8s2&scope=",
    "microsoft": "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=6731de76-14a6-49ae-97bc-6eba6914391e"
                 "&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&state=Zk3qP0aLr8s2&scope=",
}
MAX_URL = 65_536
NOISE = 0.002  # seconds: a work growth is computed only over at least this much work above one scope


def scope_list(provider: str, size: int, seed: int = 5) -> tuple[list[str], int]:
    """``size`` distinct scope strings, the provider's own first; ``(scopes, how many are the provider's)``."""
    rng = random.Random(seed)
    own = common.catalog_scopes(provider)
    rng.shuffle(own)
    chosen = own[:size]
    if len(chosen) < size:
        import auditor.catalog

        folder = os.path.join(os.path.dirname(auditor.catalog.__file__), "compiled")
        mine = set(own)
        others = sorted({s for name in sorted(os.listdir(folder)) if name not in ("index.json", f"{provider}.json")
                         for s in common.catalog_scopes(name[:-5]) if s not in mine and " " not in s and "," not in s})
        rng.shuffle(others)
        chosen += others[: size - len(chosen)]
    return chosen, min(size, len(own))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")], default=[1, 10, 100, 1000])
    ap.add_argument("--provider", type=lambda s: s.split(","), default=["google", "microsoft"], help="comma-separated provider ids")
    ap.add_argument("--rounds", type=int, default=10, help="interleaved rounds; the best time of each command is kept")
    ap.add_argument("--max-growth", type=float, default=30.0, help="most work growth per 10x allowed (0: none)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    common.byte_compile()
    cli = common.oauth_audit()
    commands: dict[str, list[str]] = {"python -c pass (baseline)": [sys.executable, "-c", "pass"]}
    series: dict[tuple[str, str], list[tuple[int, int, str]]] = {}  # (provider, form) -> [(size, known, command name)]
    with tempfile.TemporaryDirectory() as tmp:
        for provider in args.provider:
            for size in args.sizes:
                scopes, known = scope_list(provider, size)
                text = " ".join(scopes)
                forms = {
                    "scan --scopes --format json": [*cli, "scan", "--provider", provider, "--scopes", text, "--format", "json", "--fail-on", "never"],
                    "scan --scopes --format terminal": [*cli, "scan", "--provider", provider, "--scopes", text, "--format", "terminal", "--fail-on", "never"],
                }
                url = AUTHORIZE[provider] + quote(text, safe="") if provider in AUTHORIZE else None
                if url and len(url) <= MAX_URL:
                    forms["scan URL --format json"] = [*cli, "scan", url, "--format", "json", "--fail-on", "never"]
                if provider == "google":
                    folder = os.path.join(tmp, f"appsscript-{size}")
                    os.mkdir(folder)
                    with open(os.path.join(folder, "appsscript.json"), "w", encoding="utf-8") as fh:
                        json.dump({"timeZone": "Europe/Berlin", "exceptionLogging": "STACKDRIVER", "runtimeVersion": "V8",
                                   "oauthScopes": scopes}, fh, indent=2)
                    forms["check DIR (appsscript.json) --format json"] = [*cli, "check", folder, "--format", "json", "--fail-on", "never"]
                for form, argv in forms.items():
                    name = f"{form} [{provider}, {size}]"
                    commands[name] = argv
                    series.setdefault((provider, form), []).append((size, known, name))
        samples = common.interleaved(commands, args.rounds)
    base = common.best(samples["python -c pass (baseline)"])
    rows, ok = [], True
    for (provider, form), points in series.items():
        first = common.best(samples[points[0][2]])
        previous = None
        for size, known, name in points:
            t = common.best(samples[name])
            row = {"provider": provider, "command": form, "scopes": size, "known": known, "best_ms": round(t * 1000, 1),
                   "median_ms": round(common.median(samples[name]) * 1000, 1), "x_pass": round(t / base, 2),
                   "growth": None, "work_growth": None}
            if previous is not None:
                row["growth"] = round(t / previous[1], 2)
                if previous[0] > 1 and previous[1] - first >= NOISE and size == previous[0] * 10:
                    row["work_growth"] = round((t - first) / (previous[1] - first), 2)
                    if args.max_growth and row["work_growth"] > args.max_growth:
                        ok = False
            rows.append(row)
            previous = (size, t)
    if args.json:
        print(json.dumps({"rounds": args.rounds, "timing": "best of interleaved rounds", "python": sys.version.split()[0],
                          "cpus": os.cpu_count(), "baseline_ms": round(base * 1000, 1), "rows": rows, "within_max_growth": ok}, indent=2))
        return 0 if ok else 1
    print(f"best of {args.rounds} interleaved rounds, Python {sys.version.split()[0]}; python -c pass: {base * 1000:.1f} ms")
    print("growth = t(10N) / t(N); work growth = (t(10N) - t(1)) / (t(N) - t(1)): ~10x linear, ~100x quadratic")
    table = []
    for r in rows:
        table.append([f"{r['command']} [{r['provider']}]", f"{r['scopes']:,}", f"{r['known']:,}", f"{r['best_ms']:.1f} ms",
                      f"{r['x_pass']:.1f}x", "" if r["growth"] is None else f"{r['growth']:.2f}x",
                      "" if r["work_growth"] is None else f"{r['work_growth']:.1f}x"])
    common.print_table(["command", "scopes", "known", "best", "x pass", "growth", "work growth"], table)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
