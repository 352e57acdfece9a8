"""Many requests at once, end to end: `oauth-audit scan --batch/--har/--log` against a bare parse loop.

    python benchmarks/batch.py                                   # 100,000 URLs from 700 apps, 3 rounds
    python benchmarks/batch.py --urls 20000 --rounds 1           # a quick look
    python benchmarks/batch.py --mix multi                       # 8 providers instead of Google only
    python benchmarks/batch.py --urls 0 --memory-lines 1000000   # peak RSS only (700 and 100,000 apps)
    python benchmarks/batch.py --urls 0 --break-even 5000,10000,20000,40000   # where --jobs starts to pay
    python benchmarks/batch.py --json                            # the figures as JSON

Every command is a new process of the installed ``oauth-audit`` console script (the one beside the
running interpreter, else ``python -m auditor``), as a user runs it, writing to a file with ``-o``:

- ``scan --batch FILE --format jsonl``, ``--format json`` (the summary), ``--format terminal`` (the summary);
- ``scan --har FILE --format jsonl`` and ``scan --log FILE --format jsonl``;
- when ``oauth-audit scan --help`` lists them: ``--full`` with ``--batch --format jsonl``; each command
  above again with ``--jobs 1`` (one process: without ``--jobs``, a command runs with as many worker
  processes as there are CPUs), and ``--batch --format jsonl`` with ``--jobs 2``. ``vs --jobs 1``
  is the ``--jobs 1`` time over the command's time (higher is better).

Each is timed against a baseline: a new ``python`` process running a bare loop over the same file
that calls ``urllib.parse.urlsplit`` and ``parse_qsl`` on every URL (for the log, on the text from
the ``https://`` that ``str.find`` finds to the next space; for the HAR, on every ``request.url``
after ``json.load``). All commands and baselines run in the same rounds, interleaved in an order
shuffled per round; the BEST (shortest) time of each is kept. A ratio is baseline time / command time:
1.00x is as fast as the bare loop, higher is better. Targets (issue 18): ``--format jsonl`` (each of
``--batch``, ``--har``, ``--log``) at least ``--target-jsonl`` (0.33x), the terminal summary at least
``--target-terminal`` (0.5x); the exit code is 1 when one is missed. ``bytes/line`` is the size of the
JSON Lines output over the number of input lines.

The input (``--mix google``, the default) looks like a proxy's record of Google sign-ins: ``--apps``
apps, each with its own client id, redirect URI and distinct scope set drawn from the Google scopes
of the compiled catalog (mostly the common ones); every request has a fresh random ``state``, a
fresh ``nonce`` where the app asks for ``openid``, and a fresh PKCE challenge for the apps (about
40%) that use PKCE; about 10% of apps redirect to a loopback address; apps are picked uniformly per line.
``--mix multi`` is the earlier generator: 8 URL shapes of 7 providers (Google, Microsoft, GitHub,
Slack, Discord, WeChat, Facebook), ``--apps`` apps, 2% of them with a placeholder state, 1% of lines
that are not URLs. The log is the same URLs in Combined Log Format lines of a forward proxy (client
address, time, request line, status, size, referrer, user agent); the HAR has one entry per URL as
browsers record a sign-in: request headers, the query string, and a response that is a 302 to the
app's callback (``Location`` and ``redirectURL``) for about 70% of them, a 200 page for the rest.

``--break-even N1,N2,...`` times ``scan --batch`` of N lines (the same generator, ``--apps`` apps)
with ``--jobs 1`` and with ``--jobs 2`` forced onto the worker processes (``auditor.parallel.MIN_LINES``
set to 0 in a ``python -c`` wrapper), to see where the workers start to pay: the measurement behind
``MIN_LINES``.

``--memory-lines N`` reports the peak resident set size (``getrusage(RUSAGE_CHILDREN).ru_maxrss``
of a wrapper process) of ``scan --batch FILE --format jsonl`` over N lines, once per count of
``--memory-apps`` (default 700 and 100,000 apps, each app its own scope set) and per value of
``--memory-jobs`` (default 1 and 2, when ``scan`` has ``--jobs``), next to a process that only loads
the catalog; with more than one job, the peak of the largest process and the sum of every process's
peak (sampled from ``/proc``, Linux); the standard output is discarded (``> /dev/null``; not ``-o
/dev/null``, since ``-o`` writes a temporary file beside its target and renames it onto it). Its
time is given with the bare loop over the same file.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import random
import subprocess
import sys
import tempfile
from urllib.parse import parse_qsl, quote, urlsplit

import common

POPULAR = [
    "https://www.googleapis.com/auth/drive.file", "https://www.googleapis.com/auth/drive.readonly",
    "https://www.googleapis.com/auth/drive", "https://www.googleapis.com/auth/calendar",
    "https://www.googleapis.com/auth/calendar.readonly", "https://www.googleapis.com/auth/calendar.events",
    "https://www.googleapis.com/auth/gmail.readonly", "https://www.googleapis.com/auth/gmail.send",
    "https://www.googleapis.com/auth/gmail.modify", "https://www.googleapis.com/auth/contacts.readonly",
    "https://www.googleapis.com/auth/spreadsheets", "https://www.googleapis.com/auth/spreadsheets.readonly",
    "https://www.googleapis.com/auth/documents", "https://www.googleapis.com/auth/youtube.readonly",
    "https://www.googleapis.com/auth/youtube.upload", "https://www.googleapis.com/auth/tasks",
    "https://www.googleapis.com/auth/photoslibrary.readonly", "https://www.googleapis.com/auth/analytics.readonly",
    "https://www.googleapis.com/auth/cloud-platform", "https://www.googleapis.com/auth/admin.directory.user.readonly",
    "https://mail.google.com/", "https://www.googleapis.com/auth/userinfo.email", "https://www.googleapis.com/auth/userinfo.profile",
]
IDENTITY = [["openid", "email", "profile"], ["openid", "email"], ["email", "profile"], ["openid"]]
ENDPOINTS = ["https://accounts.google.com/o/oauth2/v2/auth"] * 9 + ["https://accounts.google.com/o/oauth2/auth"]
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"

MULTI = [
    "https://accounts.google.com/o/oauth2/v2/auth?client_id={c}.apps.googleusercontent.com&response_type=code&scope=openid%20email%20profile&redirect_uri=https%3A%2F%2Fapp{c}.example%2Fcb&state={s}{pkce}",
    "https://accounts.google.com/o/oauth2/v2/auth?client_id={c}.apps.googleusercontent.com&response_type=code&scope=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fdrive.readonly&access_type=offline&redirect_uri=https%3A%2F%2Fapp{c}.example%2Fcb&state={s}{pkce}",
    "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=00000000-0000-0000-0000-{c:012d}&response_type=code&scope=openid%20Mail.Read%20offline_access&redirect_uri=https%3A%2F%2Fapp{c}.example%2Fcb&state={s}{pkce}",
    "https://github.com/login/oauth/authorize?client_id=Iv1.{c:016x}&scope=repo%20read%3Aorg&redirect_uri=https%3A%2F%2Fapp{c}.example%2Fcb&state={s}",
    "https://slack.com/oauth/v2/authorize?client_id={c}.{c}&scope=chat%3Awrite%2Cchannels%3Ahistory&user_scope=search%3Aread&state={s}",
    "https://discord.com/oauth2/authorize?client_id={c}&scope=bot%20applications.commands&permissions=8",
    "https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx{c:016x}&redirect_uri=https%3A%2F%2Fapp{c}.example%2Fcb&response_type=code&scope=snsapi_userinfo&state={s}#wechat_redirect",
    "https://www.facebook.com/v19.0/dialog/oauth?client_id={c}&redirect_uri=https%3A%2F%2Fapp{c}.example%2Fcb&scope=email%2Cuser_friends&state={s}",
]
AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
]

BARE_BATCH = (
    "import sys\nfrom urllib.parse import urlsplit, parse_qsl\n"
    "with open(sys.argv[1], encoding='utf-8') as fh:\n"
    "    for line in fh:\n"
    "        parts = urlsplit(line.strip())\n"
    "        parse_qsl(parts.query)\n"
)
BARE_LOG = (
    "import sys\nfrom urllib.parse import urlsplit, parse_qsl\n"
    "with open(sys.argv[1], encoding='utf-8') as fh:\n"
    "    for line in fh:\n"
    "        i = line.find('https://')\n"
    "        if i < 0:\n"
    "            continue\n"
    "        j = line.find(' ', i)\n"
    "        parts = urlsplit(line[i:j] if j > 0 else line[i:].strip())\n"
    "        parse_qsl(parts.query)\n"
)
BARE_HAR = (
    "import json, sys\nfrom urllib.parse import urlsplit, parse_qsl\n"
    "with open(sys.argv[1], encoding='utf-8') as fh:\n"
    "    doc = json.load(fh)\n"
    "for entry in doc['log']['entries']:\n"
    "    parts = urlsplit(entry['request']['url'])\n"
    "    parse_qsl(parts.query)\n"
)


def _b64(rng: random.Random, nbytes: int) -> str:
    return base64.urlsafe_b64encode(rng.getrandbits(nbytes * 8).to_bytes(nbytes, "big")).decode().rstrip("=")


def google_apps(rng: random.Random, count: int) -> list[tuple]:
    """``count`` apps: ``(url prefix up to the scope, openid?, pkce?, app number)``, each with its
    own distinct scope set of Google scopes from the compiled catalog."""
    catalog = common.catalog_scopes("google")
    popular = [s for s in POPULAR if s in set(catalog)]
    seen: set[frozenset] = set()
    apps = []
    for i in range(count):
        scopes = list(rng.choice(IDENTITY)) if rng.random() < 0.7 else []
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3, 4, 6])):
            scopes.append(rng.choice(popular) if rng.random() < 0.6 else rng.choice(catalog))
        scopes = list(dict.fromkeys(scopes)) or [rng.choice(popular)]
        while frozenset(scopes) in seen:
            scopes.append(rng.choice(catalog))
            scopes = list(dict.fromkeys(scopes))
        seen.add(frozenset(scopes))
        client = f"{rng.randrange(10**11, 10**12)}-{''.join(rng.choice(ALNUM) for _ in range(32))}.apps.googleusercontent.com"
        redirect = f"http://127.0.0.1:{rng.randrange(1024, 65535)}/" if rng.random() < 0.1 else f"https://app{i}.example.com/oauth2/callback"
        extra = "".join(p for p, chance in (("&access_type=offline", 0.3), ("&prompt=consent", 0.15), ("&include_granted_scopes=true", 0.2)) if rng.random() < chance)
        prefix = (f"{rng.choice(ENDPOINTS)}?client_id={client}&redirect_uri={quote(redirect, safe='')}&response_type=code"
                  f"&scope={quote(' '.join(scopes), safe='')}{extra}")
        apps.append((prefix, "openid" in scopes, rng.random() < 0.4, i))
    return apps


def generate(lines: int, apps: int, mix: str = "google", seed: int = 7):
    """``lines`` sign-in URLs (see the module docstring), each with its app number (-1: not a URL)."""
    rng = random.Random(seed)
    if mix == "google":
        table = google_apps(rng, apps)
        for _ in range(lines):
            prefix, openid, pkce, app = table[rng.randrange(apps)]
            url = f"{prefix}&state={_b64(rng, 24)}"
            if openid:
                url += f"&nonce={rng.getrandbits(128):032x}"
            if pkce:
                url += f"&code_challenge={_b64(rng, 32)}&code_challenge_method=S256"
            yield url, app
        return
    table = [(rng.randrange(len(MULTI)), 1000 + i, rng.random() < 0.5, rng.random() < 0.02) for i in range(apps)]
    for _ in range(lines):
        if rng.random() < 0.01:
            yield "this line is not a URL", -1
            continue
        t, c, pkce, placeholder = table[rng.randrange(apps)]
        state = "state" if placeholder else "%032x" % rng.getrandbits(128)
        extra = f"&code_challenge={_b64(rng, 32)}&code_challenge_method=S256" if pkce else ""
        yield MULTI[t].format(c=c, s=state, pkce=extra), c


def write_inputs(tmp: str, lines: int, apps: int, mix: str, har: bool = True) -> dict[str, str]:
    """The same URLs as a batch file, a proxy log and (with ``har``) a HAR capture; their paths."""
    rng = random.Random(3)
    paths = {"batch": os.path.join(tmp, "urls.txt"), "log": os.path.join(tmp, "proxy.log")}
    if har:
        paths["har"] = os.path.join(tmp, "capture.har")
    with open(paths["batch"], "w", encoding="utf-8") as batch, open(paths["log"], "w", encoding="utf-8") as log:
        capture = open(paths["har"], "w", encoding="utf-8") if har else None
        if capture:
            capture.write('{"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "pages": [], "entries": [\n')
        for n, (url, app) in enumerate(generate(lines, apps, mix)):
            second = n // 40
            stamp = f"{7 + second // 86400:02d}/Dec/2026:{second // 3600 % 24:02d}:{second // 60 % 60:02d}:{second % 60:02d} +0000"
            agent = AGENTS[rng.randrange(len(AGENTS))]
            referer = f"https://app{app}.example.com/login" if app >= 0 else "-"
            status = 302 if rng.random() < 0.7 else 200
            batch.write(url + "\n")
            log.write(f'10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)} - - [{stamp}] '
                      f'"GET {url} HTTP/1.1" {status} {rng.randrange(300, 90000)} "{referer}" "{agent}"\n')
            if capture:
                capture.write((",\n" if n else "") + json.dumps(har_entry(url, n, referer, agent, status), separators=(",", ":")))
        if capture:
            capture.write("\n]}}\n")
            capture.close()
    return paths


def har_entry(url: str, n: int, referer: str, agent: str, status: int) -> dict:
    parts = urlsplit(url)
    callback = dict(parse_qsl(parts.query)).get("redirect_uri", "https://app.example.com/cb")
    location = f"{callback}?state=x&code=4%2F0Ad{n:012d}" if status == 302 else ""
    return {
        "startedDateTime": f"2026-12-07T{n // 3600 % 24:02d}:{n // 60 % 60:02d}:{n % 60:02d}.{n % 1000:03d}Z",
        "time": 120.5,
        "request": {
            "method": "GET", "url": url, "httpVersion": "HTTP/2",
            "headers": [{"name": ":authority", "value": parts.netloc}, {"name": "user-agent", "value": agent},
                        {"name": "referer", "value": referer}],
            "queryString": [{"name": k, "value": v} for k, v in parse_qsl(parts.query)],
            "cookies": [], "headersSize": -1, "bodySize": 0,
        },
        "response": {
            "status": status, "statusText": "", "httpVersion": "HTTP/2",
            "headers": [{"name": "location", "value": location}] if location else [{"name": "content-type", "value": "text/html; charset=utf-8"}],
            "cookies": [], "content": {"size": 0, "mimeType": "text/html"}, "redirectURL": location,
            "headersSize": -1, "bodySize": 0,
        },
        "cache": {}, "timings": {"blocked": -1, "dns": -1, "connect": -1, "send": 0.1, "wait": 110.2, "receive": 10.2, "ssl": -1},
    }


def throughput(args, cli: list[str], flags: set[str]) -> tuple[list[dict], bool]:
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_inputs(tmp, args.urls, args.apps, args.mix)

        def out(name: str) -> str:
            return os.path.join(tmp, name)

        # name: (argv, baseline, target, JSON Lines output file or None)
        rows = {
            "bare loop over the batch file (baseline)": ([py, "-c", BARE_BATCH, paths["batch"]], None, None, None),
            "bare loop over the log (baseline)": ([py, "-c", BARE_LOG, paths["log"]], None, None, None),
            "bare loop over the HAR (baseline)": ([py, "-c", BARE_HAR, paths["har"]], None, None, None),
            "scan --batch FILE --format jsonl": ([*cli, "scan", "--batch", paths["batch"], "--format", "jsonl", "-o", out("batch.jsonl")],
                                                 "bare loop over the batch file (baseline)", ("jsonl", args.target_jsonl), out("batch.jsonl")),
            "scan --batch FILE --format json": ([*cli, "scan", "--batch", paths["batch"], "--format", "json", "-o", out("batch.json")],
                                                "bare loop over the batch file (baseline)", None, None),
            "scan --batch FILE --format terminal": ([*cli, "scan", "--batch", paths["batch"], "--format", "terminal", "-o", out("batch.txt")],
                                                    "bare loop over the batch file (baseline)", ("terminal", args.target_terminal), None),
            "scan --har FILE --format jsonl": ([*cli, "scan", "--har", paths["har"], "--format", "jsonl", "-o", out("har.jsonl")],
                                               "bare loop over the HAR (baseline)", ("jsonl", args.target_jsonl), out("har.jsonl")),
            "scan --log FILE --format jsonl": ([*cli, "scan", "--log", paths["log"], "--format", "jsonl", "-o", out("log.jsonl")],
                                               "bare loop over the log (baseline)", ("jsonl", args.target_jsonl), out("log.jsonl")),
        }
        if "--full" in flags:
            rows["scan --batch FILE --format jsonl --full"] = (
                [*cli, "scan", "--batch", paths["batch"], "--format", "jsonl", "--full", "-o", out("full.jsonl")],
                "bare loop over the batch file (baseline)", None, out("full.jsonl"))
        if "--jobs" in flags:
            # each default row (--jobs: the number of CPUs) again with --jobs 1 (one process), and
            # the batch with --jobs 2
            for name in [n for n, row in rows.items() if row[1] is not None]:
                argv, baseline, _, output = rows[name]
                for jobs in (1, 2) if name == "scan --batch FILE --format jsonl" else (1,):
                    target = out(f"jobs{jobs}-{os.path.basename(argv[-1])}")
                    rows[f"{name} --jobs {jobs}"] = ([*argv[:-2], "--jobs", str(jobs), "-o", target], baseline, None,
                                                     target if output else None)
        samples = common.interleaved({name: row[0] for name, row in rows.items()}, args.rounds)
        results, ok = [], True
        for name, (_, baseline, target, output) in rows.items():
            base = common.best(samples[baseline or name])
            ratio = common.ratio(base, common.best(samples[name]))
            alone = name.rsplit(" --jobs ", 1)[0] + " --jobs 1"
            entry = {
                "command": name, "baseline": baseline or name, "best_s": round(common.best(samples[name]), 3),
                "median_s": round(common.median(samples[name]), 3), "ratio": round(ratio, 3),
                "vs_jobs_1": round(common.ratio(common.best(samples[alone]), common.best(samples[name])), 3) if baseline and alone in samples else None,
                "bytes_per_line": round(os.path.getsize(output) / args.urls, 1) if output else None,
                "target": target[1] if target and target[1] else None,
            }
            if entry["target"] is not None and ratio < entry["target"]:
                ok = False
            results.append(entry)
    return results, ok


def memory(args, cli: list[str], flags: set[str]) -> list[dict]:
    rows = []
    mb, seconds = common.peak_rss_mb([sys.executable, "-c", "from auditor.catalog import load_catalog; load_catalog()"])
    rows.append({"command": "python -c 'load_catalog()' (catalog only)", "lines": 0, "apps": 0, "peak_rss_mb": round(mb, 1), "seconds": round(seconds, 3)})
    catalog_mb = mb
    for apps in args.memory_apps:
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "urls.txt")
            with open(path, "w", encoding="utf-8") as fh:
                for url, _ in generate(args.memory_lines, apps, args.mix, seed=11):
                    fh.write(url + "\n")
            bare = common.run([sys.executable, "-c", BARE_BATCH, path])
            for jobs in args.memory_jobs if "--jobs" in flags else [None]:
                argv = [*cli, "scan", "--batch", path, "--format", "jsonl", *([] if jobs is None else ["--jobs", str(jobs)])]
                tree = common.peak_rss_tree_mb(argv) if jobs is not None and jobs > 1 else None
                if tree is not None:
                    total, mb, seconds = tree
                else:
                    (mb, seconds), total = common.peak_rss_mb(argv), None
                rows.append({
                    "command": "scan --batch FILE --format jsonl" + ("" if jobs is None else f" --jobs {jobs}") + " > /dev/null",
                    "lines": args.memory_lines, "apps": apps, "jobs": jobs,
                    "peak_rss_mb": round(mb, 1), "processes_rss_mb": None if total is None else round(total, 1),
                    "rss_over_catalog_only": round(mb / catalog_mb, 2), "seconds": round(seconds, 2),
                    "bare_loop_s": round(bare, 2), "ratio": round(common.ratio(bare, seconds), 3),
                })
    return rows


FORCED = (  # scan with the workers whatever the size of the input (the threshold set to 0)
    "import sys\nimport auditor.parallel\nauditor.parallel.MIN_LINES = 0\nfrom auditor.cli import main\n"
    "sys.argv[0] = 'oauth-audit'\nmain()\n"
)


def break_even(args) -> list[dict]:
    """``scan --batch`` of the first N lines with ``--jobs 1``, and with ``--jobs 2`` forced onto the
    workers (``auditor.parallel.MIN_LINES`` set to 0): where the workers start to pay."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for lines in args.break_even:
            paths[lines] = os.path.join(tmp, f"urls{lines}.txt")
            with open(paths[lines], "w", encoding="utf-8") as fh:
                for url, _ in generate(lines, args.apps, args.mix):
                    fh.write(url + "\n")
        commands = {}
        for lines, path in paths.items():
            scan = ["scan", "--batch", path, "--format", "jsonl", "-o", os.path.join(tmp, "out.jsonl")]
            commands[(lines, 1)] = [sys.executable, "-c", FORCED, *scan, "--jobs", "1"]
            commands[(lines, 2)] = [sys.executable, "-c", FORCED, *scan, "--jobs", "2"]
        samples = common.interleaved(commands, args.rounds)
        for lines in paths:
            one, two = common.best(samples[(lines, 1)]), common.best(samples[(lines, 2)])
            rows.append({"lines": lines, "jobs_1_s": round(one, 3), "jobs_2_s": round(two, 3), "vs_jobs_1": round(common.ratio(one, two), 3)})
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--urls", type=int, default=100_000, help="requests in the throughput run (0: skip it)")
    ap.add_argument("--apps", type=int, default=700, help="distinct apps (scope sets) in the throughput run")
    ap.add_argument("--mix", choices=["google", "multi"], default="google", help="Google sign-ins, or 8 providers")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds; the best time of each command is kept")
    ap.add_argument("--memory-lines", type=int, default=0, help="lines of the peak-memory runs (0: skip them)")
    ap.add_argument("--memory-apps", type=lambda s: [int(x) for x in s.split(",")], default=[700, 100_000],
                    help="comma-separated app counts, one memory run each (default 700,100000)")
    ap.add_argument("--memory-jobs", type=lambda s: [int(x) for x in s.split(",")], default=[1, 2],
                    help="comma-separated --jobs values, one memory run each per app count (default 1,2)")
    ap.add_argument("--break-even", type=lambda s: [int(x) for x in s.split(",")], default=[],
                    help="comma-separated line counts: --jobs 1 against --jobs 2 forced onto the workers (default: none)")
    ap.add_argument("--target-jsonl", type=float, default=0.33, help="least ratio for --format jsonl (0: none)")
    ap.add_argument("--target-terminal", type=float, default=0.5, help="least ratio for the terminal summary (0: none)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    common.byte_compile()
    cli = common.oauth_audit()
    flags = common.scan_flags(cli)
    rows, ok = throughput(args, cli, flags) if args.urls else ([], True)
    mem = memory(args, cli, flags) if args.memory_lines else []
    even = break_even(args) if args.break_even else []
    if args.json:
        print(json.dumps({
            "urls": args.urls, "apps": args.apps, "mix": args.mix, "rounds": args.rounds, "timing": "best of interleaved rounds",
            "ratio": "baseline seconds / command seconds (higher is better)", "python": sys.version.split()[0], "cpus": os.cpu_count(),
            "command": " ".join(cli), "rows": rows, "memory": mem, "break_even": even, "targets_met": ok,
        }, indent=2))
        return 0 if ok else 1
    if rows:
        print(f"{args.urls:,} URLs from {args.apps:,} apps ({args.mix}), best of {args.rounds} interleaved rounds, Python {sys.version.split()[0]}")
        print("ratio = baseline time / command time: 1.00x is as fast as the bare urllib.parse loop, higher is better")
        from auditor.parallel import default_jobs

        print(f"without --jobs: --jobs {default_jobs()} (the CPUs); 'vs --jobs 1' = --jobs 1 time / command time")
        table = []
        for r in rows:
            verdict = "" if r["target"] is None else f">= {r['target']}x " + ("ok" if r["ratio"] >= r["target"] else "MISSED")
            table.append([r["command"], f"{r['best_s']:.2f} s", f"{r['median_s']:.2f} s", f"{r['ratio']:.2f}x",
                          "" if r["vs_jobs_1"] is None else f"{r['vs_jobs_1']:.2f}x",
                          "" if r["bytes_per_line"] is None else f"{r['bytes_per_line']:,.0f}", verdict])
        common.print_table(["command", "best", "median", "ratio", "vs --jobs 1", "bytes/line", "target"], table)
    if mem:
        print(f"peak resident set size ({args.mix} mix; the scan's output discarded)")
        common.print_table(["command", "lines", "apps", "peak RSS", "all processes", "time", "bare loop", "ratio"], [
            [r["command"], f"{r['lines']:,}", f"{r['apps']:,}", f"{r['peak_rss_mb']:.0f} MB",
             f"{r['processes_rss_mb']:.0f} MB" if r.get("processes_rss_mb") is not None else "", f"{r['seconds']:.2f} s",
             f"{r['bare_loop_s']:.2f} s" if "bare_loop_s" in r else "", f"{r['ratio']:.2f}x" if "ratio" in r else ""] for r in mem])
    if even:
        print(f"--jobs 1 against --jobs 2 forced onto the workers, the first N lines ({args.apps:,} apps), best of {args.rounds}")
        common.print_table(["lines", "--jobs 1", "--jobs 2 (workers)", "vs --jobs 1"], [
            [f"{r['lines']:,}", f"{r['jobs_1_s']:.2f} s", f"{r['jobs_2_s']:.2f} s", f"{r['vs_jobs_1']:.2f}x"] for r in even])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
