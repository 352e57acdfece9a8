"""Batch throughput and memory (issue: "many requests at once").

    python benchmarks/batch.py                   # 100,000 URLs for throughput, 1,000,000 lines for memory
    python benchmarks/batch.py --urls 20000 --memory-lines 0 --rounds 1

Throughput is reported as a ratio against a baseline measured in the same run on the same URLs
(the best of ``--rounds`` interleaved rounds of each loop): a bare loop that only splits each URL
with ``urllib.parse`` (``urlsplit`` + ``parse_qsl``). The audit loop is what ``scan --batch`` does per line: ``read_url`` + ``batch.Auditor.audit`` (with its shared
judgements), and, separately, the same plus the JSON Lines record. Peak memory is the maximum
resident set size of a ``oauth-audit scan --batch FILE --format json`` process over a generated file,
next to that of a process that only starts and loads the catalog.

The URLs are generated to look like a proxy log of sign-ins: 200 apps on 8 providers, each request
with a fresh random ``state`` (and PKCE challenge where the app uses PKCE), 2% of apps with a
placeholder state, 1% of lines that are not URLs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from urllib.parse import parse_qsl, urlsplit

TEMPLATES = [
    "https://accounts.google.com/o/oauth2/v2/auth?client_id={c}.apps.googleusercontent.com&response_type=code&scope=openid%20email%20profile&redirect_uri=https%3A%2F%2Fapp{c}.example%2Fcb&state={s}{pkce}",
    "https://accounts.google.com/o/oauth2/v2/auth?client_id={c}.apps.googleusercontent.com&response_type=code&scope=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fdrive.readonly&access_type=offline&redirect_uri=https%3A%2F%2Fapp{c}.example%2Fcb&state={s}{pkce}",
    "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=00000000-0000-0000-0000-{c:012d}&response_type=code&scope=openid%20Mail.Read%20offline_access&redirect_uri=https%3A%2F%2Fapp{c}.example%2Fcb&state={s}{pkce}",
    "https://github.com/login/oauth/authorize?client_id=Iv1.{c:016x}&scope=repo%20read%3Aorg&redirect_uri=https%3A%2F%2Fapp{c}.example%2Fcb&state={s}",
    "https://slack.com/oauth/v2/authorize?client_id={c}.{c}&scope=chat%3Awrite%2Cchannels%3Ahistory&user_scope=search%3Aread&state={s}",
    "https://discord.com/oauth2/authorize?client_id={c}&scope=bot%20applications.commands&permissions=8",
    "https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx{c:016x}&redirect_uri=https%3A%2F%2Fapp{c}.example%2Fcb&response_type=code&scope=snsapi_userinfo&state={s}#wechat_redirect",
    "https://www.facebook.com/v19.0/dialog/oauth?client_id={c}&redirect_uri=https%3A%2F%2Fapp{c}.example%2Fcb&scope=email%2Cuser_friends&state={s}",
]


def generate(n: int, seed: int = 7):
    rng = random.Random(seed)
    apps = [(rng.randrange(len(TEMPLATES)), 1000 + i, rng.random() < 0.5, rng.random() < 0.02) for i in range(200)]
    for _ in range(n):
        if rng.random() < 0.01:
            yield "this line is not a URL"
            continue
        t, c, pkce, placeholder = apps[rng.randrange(len(apps))]
        state = "state" if placeholder else "%032x" % rng.getrandbits(128)
        challenge = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(43))
        yield TEMPLATES[t].format(c=c, s=state, pkce=f"&code_challenge={challenge}&code_challenge_method=S256" if pkce else "")


def bare(urls: list[str]) -> float:
    start = time.perf_counter()
    for u in urls:
        parts = urlsplit(u)
        parse_qsl(parts.query)
    return time.perf_counter() - start


def audited(urls: list[str], jsonl: bool) -> tuple[float, int, int]:
    from auditor.batch import Auditor
    from auditor.catalog import load_catalog
    from auditor.errors import InputError
    from auditor.render.json import request_dict
    from auditor.sources.url import read_url

    catalog = load_catalog()
    auditor = Auditor(catalog)
    start = time.perf_counter()
    for i, u in enumerate(urls):
        try:
            request = read_url(u, catalog, source=f"bench:{i}")
        except InputError:
            continue
        report = auditor.audit(request)
        if jsonl:
            json.dumps(request_dict(report, catalog), ensure_ascii=False, sort_keys=True)
    return time.perf_counter() - start, auditor.hits, auditor.misses


def peak_rss(argv: list[str]) -> float:
    """Peak resident set size of a child process, in MB (Linux: ru_maxrss is in KiB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(after, before) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--urls", type=int, default=100_000)
    ap.add_argument("--memory-lines", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=3, help="throughput rounds; the best of each loop is reported")
    args = ap.parse_args()

    urls = list(generate(args.urls))
    # Interleaved rounds, best of each: the three loops see the same machine state.
    t_bare = t_audit = t_jsonl = float("inf")
    for _ in range(args.rounds):
        t_bare = min(t_bare, bare(urls))
        t, hits, misses = audited(urls, jsonl=False)
        t_audit = min(t_audit, t)
        t_jsonl = min(t_jsonl, audited(urls, jsonl=True)[0])
    n = len(urls)
    print(f"{n:,} URLs ({misses:,} analysed, {hits:,} shared judgements)")
    print(f"  bare urllib.parse split     {n / t_bare:>10,.0f}/s  1.00x")
    print(f"  audit (read_url + rules)    {n / t_audit:>10,.0f}/s  {t_bare / t_audit:.2f}x of bare (target >= 0.33x)")
    print(f"  audit + JSON Lines record   {n / t_jsonl:>10,.0f}/s  {t_bare / t_jsonl:.2f}x of bare")

    if args.memory_lines:
        exe = [sys.executable, "-m", "auditor"]
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "urls.txt")
            with open(path, "w", encoding="utf-8") as fh:
                for u in generate(args.memory_lines, seed=11):
                    fh.write(u + "\n")
            start = peak_rss(exe + ["scan", "--provider", "github", "--scopes", "repo", "--format", "json"])
            big = peak_rss(exe + ["scan", "--batch", path, "--format", "json", "--fail-on", "never"])
            print(f"{args.memory_lines:,}-line batch: peak RSS {big:.0f} MB (target < 150 MB); one small scan {start:.0f} MB; ratio {big / start:.2f}x")


if __name__ == "__main__":
    main()
