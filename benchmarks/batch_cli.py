"""Batch throughput as users run it: the command line, end to end, against a bare parse loop.

    python benchmarks/batch_cli.py                      # 100,000 Google URLs from 700 apps, 3 rounds
    python benchmarks/batch_cli.py --urls 20000 --rounds 1
    python benchmarks/batch_cli.py --memory-lines 1000000 --distinct 100000   # peak RSS

Each figure is the time of a bare loop (a new ``python`` process that reads the same file and runs
``urllib.parse.urlsplit`` + ``parse_qsl`` on every line) divided by the time of the command (a new
``oauth-audit`` process writing to a file): 1.00x is as fast as the bare loop, higher is better.
Rounds are interleaved; the best time of each command is kept. ``--memory-lines`` reports the peak
resident set size of ``oauth-audit scan --batch FILE --format jsonl`` over that many lines, with
``--distinct`` distinct scope sets (one app each), next to a process that only loads the catalog.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

SCOPES = [
    "openid", "email", "profile", "https://www.googleapis.com/auth/drive.readonly", "https://www.googleapis.com/auth/drive.file",
    "https://www.googleapis.com/auth/calendar.readonly", "https://www.googleapis.com/auth/contacts.readonly",
    "https://www.googleapis.com/auth/gmail.readonly", "https://www.googleapis.com/auth/gmail.send",
    "https://www.googleapis.com/auth/spreadsheets", "https://www.googleapis.com/auth/youtube.readonly",
    "https://www.googleapis.com/auth/tasks", "https://www.googleapis.com/auth/photoslibrary.readonly",
    "https://www.googleapis.com/auth/fitness.activity.read", "https://www.googleapis.com/auth/documents.readonly",
    "https://www.googleapis.com/auth/userinfo.email", "https://www.googleapis.com/auth/userinfo.profile",
]
URL = ("https://accounts.google.com/o/oauth2/v2/auth?client_id={c}.apps.googleusercontent.com&response_type=code"
       "&scope={s}&redirect_uri=https%3A%2F%2Fapp{c}.example%2Fcb&state={st}{pkce}")
BARE = (
    "import sys\nfrom urllib.parse import urlsplit, parse_qsl\n"
    "with open(sys.argv[1], encoding='utf-8') as fh:\n"
    "    for line in fh:\n        parts = urlsplit(line.strip()); parse_qsl(parts.query)\n"
)


def scope_set(rng: random.Random, index: int) -> str:
    """A distinct scope list for app ``index`` (a subset chosen by the index's bits, then shuffled)."""
    chosen = [s for b, s in enumerate(SCOPES) if (index >> b) & 1] or ["openid"]
    rng.shuffle(chosen)
    return "%20".join(s.replace(":", "%3A").replace("/", "%2F") for s in chosen)


def generate(path: str, lines: int, apps: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    table = [(1000 + i, scope_set(rng, i + 1), rng.random() < 0.5) for i in range(apps)]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    with open(path, "w", encoding="utf-8") as fh:
        for _ in range(lines):
            c, scopes, pkce = table[rng.randrange(apps)]
            extra = "&code_challenge=" + "".join(rng.choice(alphabet) for _ in range(43)) + "&code_challenge_method=S256" if pkce else ""
            fh.write(URL.format(c=c, s=scopes, st="%032x" % rng.getrandbits(128), pkce=extra) + "\n")


def to_log(src: str, dst: str) -> None:
    with open(src, encoding="utf-8") as fh, open(dst, "w", encoding="utf-8") as out:
        for url in fh:
            out.write(f'10.0.0.1 - - [07/Dec/2026:10:00:00 +0000] "GET {url.strip()} HTTP/1.1" 302 0 "-" "Mozilla/5.0"\n')


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} failed: {proc.stderr.decode()[:300]}")
    return elapsed


def oauth_audit() -> list[str]:
    script = shutil.which("oauth-audit", path=os.path.dirname(sys.executable))
    return [script] if script else [sys.executable, "-m", "auditor"]


def peak_mb(argv: list[str]) -> float:
    code = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, check=True).stdout
    return int(out.split()[-1]) / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--urls", type=int, default=100_000)
    ap.add_argument("--apps", type=int, default=700)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--memory-lines", type=int, default=0)
    ap.add_argument("--distinct", type=int, default=700, help="distinct apps (scope sets) in the memory run")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    tool = oauth_audit()
    rows: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        urls, log, out = os.path.join(tmp, "urls.txt"), os.path.join(tmp, "access.log"), os.path.join(tmp, "out")
        generate(urls, args.urls, args.apps)
        to_log(urls, log)
        commands = {
            "bare urllib.parse loop (baseline)": [sys.executable, "-c", BARE, urls],
            "scan --batch --format jsonl": [*tool, "scan", "--batch", urls, "--format", "jsonl", "-o", out],
            "scan --batch --format jsonl --full": [*tool, "scan", "--batch", urls, "--format", "jsonl", "--full", "-o", out],
            "scan --batch --format json (summary)": [*tool, "scan", "--batch", urls, "--format", "json", "-o", out],
            "scan --batch (terminal summary)": [*tool, "scan", "--batch", urls, "--format", "terminal", "-o", out],
            "scan --log --format jsonl": [*tool, "scan", "--log", log, "--format", "jsonl", "-o", out],
        }
        best = dict.fromkeys(commands, float("inf"))
        for _ in range(args.rounds):
            for name, argv in commands.items():
                best[name] = min(best[name], timed(argv))
        base = best["bare urllib.parse loop (baseline)"]
        for name in commands:
            rows[name] = base / best[name]
        memory = {}
        if args.memory_lines:
            big = os.path.join(tmp, "big.txt")
            generate(big, args.memory_lines, args.distinct)
            memory["catalog only"] = peak_mb([sys.executable, "-c", "from auditor.catalog import load_catalog; load_catalog()"])
            memory[f"scan --batch --format jsonl, {args.memory_lines:,} lines, {args.distinct:,} apps"] = peak_mb([*tool, "scan", "--batch", big, "--format", "jsonl", "-o", out])
    if args.json:
        print(json.dumps({"ratios": rows, "seconds": best, "peak_rss_mb": memory}, indent=2))
        return 0
    print(f"{args.urls:,} URLs from {args.apps} apps; ratio = bare loop time / command time (higher is better)")
    for name, ratio in rows.items():
        print(f"  {name:<40} {best[name]:7.2f} s  {ratio:5.2f}x")
    for name, mb in memory.items():
        print(f"  peak RSS {name:<60} {mb:6.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
