"""`oauth-audit check` over a repository, end to end, against a bare walk that reads every file.

    python benchmarks/check_tree.py                    # 2,000 files, 5 rounds
    python benchmarks/check_tree.py --files 500 --rounds 1
    python benchmarks/check_tree.py --json             # the figures as JSON

The tree is generated into a temporary folder, ``git init``-ed, with every file committed (``check``
asks git which files it tracks): ``--files`` source files (Python, JavaScript, TypeScript, Markdown,
JSON, in that order of frequency) of sizes drawn from a log-normal distribution (median about 3 KB,
a few over 50 KB, none over 200 KB) in folders up to five deep, written as code, prose and
configuration with ordinary links and API addresses; about 1% of them hold a hard-coded
authorization URL (Google, GitHub, Slack, Microsoft); and five manifests: an Apps Script
``appsscript.json``, a Chrome extension ``manifest.json``, a Slack ``manifest.yml``, a Shopify
``shopify.app.toml`` and a plain ``package.json``, with a ``.gitignore``.

The commands, each a new process of the installed ``oauth-audit``, are ``check DIR --format json
--fail-on never -o OUT`` and the same with ``--format terminal``; the baseline is a new ``python``
process that walks the same tree with ``os.walk`` (leaving out ``.git``) and reads every file with
``open().read()``. Every round runs each once, in an order shuffled per round; the BEST time of each
is kept. The ratio is baseline time / command time: 1.00x is as fast as reading the files, higher is
better. No target: the figure is there to be watched.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import subprocess
import sys
import tempfile

import common

BARE_WALK = (
    "import os, sys\n"
    "for folder, dirs, files in os.walk(sys.argv[1]):\n"
    "    if '.git' in dirs:\n"
    "        dirs.remove('.git')\n"
    "    for name in files:\n"
    "        with open(os.path.join(folder, name), encoding='utf-8', errors='replace') as fh:\n"
    "            fh.read()\n"
)
WORDS = ("request response token session user account client server cache config value record item list "
         "result error handler parser reader writer stream buffer index query filter option setting "
         "message event queue worker task job batch report summary update create delete fetch load save").split()
FOLDERS = "src lib app core api services utils components views models routes handlers tests docs scripts config i18n".split()
EXTENSIONS = [".py"] * 30 + [".js"] * 25 + [".ts"] * 25 + [".md"] * 12 + [".json"] * 8
LINKS = [
    "https://docs.python.org/3/library/json.html", "https://developer.mozilla.org/en-US/docs/Web/API/fetch",
    "https://www.typescriptlang.org/docs/handbook/2/generics.html", "https://api.example.com/v2/items?page=2&limit=50",
    "https://github.com/example/project/issues/412", "https://cdn.example.net/assets/app.min.js",
]
AUTH_URLS = [
    "https://accounts.google.com/o/oauth2/v2/auth?client_id=71234567890-k3j2h1g0f9e8d7c6b5a4.apps.googleusercontent.com"
    "&redirect_uri=https%3A%2F%2Fapp.example.com%2Foauth2%2Fcallback&response_type=code"
    "&scope=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fdrive%20https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fgmail.readonly&access_type=offline",
    "https://github.com/login/oauth/authorize?client_id=Iv1.8a61f9b3a7aba766&scope=repo%20admin%3Aorg&redirect_uri=https%3A%2F%2Fapp.example.com%2Fgh",
    "https://slack.com/oauth/v2/authorize?client_id=1234567890.0987654321&scope=channels:history,chat:write&user_scope=search:read",
    "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=6731de76-14a6-49ae-97bc-6eba6914391e"
    "&response_type=code&scope=Mail.ReadWrite%20Files.ReadWrite.All%20offline_access&redirect_uri=https%3A%2F%2Fapp.example.com%2Fms",
]
MANIFESTS = {
    "apps/sheets-addon/appsscript.json": json.dumps({
        "timeZone": "Europe/Berlin", "runtimeVersion": "V8", "exceptionLogging": "STACKDRIVER",
        "oauthScopes": ["https://www.googleapis.com/auth/spreadsheets.currentonly", "https://www.googleapis.com/auth/script.external_request"],
    }, indent=2) + "\n",
    "apps/extension/manifest.json": json.dumps({
        "manifest_version": 3, "name": "Tab Notes", "version": "1.3.0", "background": {"service_worker": "worker.js"},
        "oauth2": {"client_id": "555000111222-abcdefg.apps.googleusercontent.com", "scopes": ["https://www.googleapis.com/auth/drive.file"]},
        "permissions": ["identity", "storage", "tabs"], "host_permissions": ["https://api.example.com/*"],
    }, indent=2) + "\n",
    "apps/slack-bot/manifest.yml": (
        "display_information:\n  name: Standup Nudge\nfeatures:\n  bot_user:\n    display_name: nudge\n"
        "oauth_config:\n  redirect_urls:\n    - https://standup.example.net/slack/oauth_redirect\n"
        "  scopes:\n    bot:\n      - chat:write\n      - users:read\n      - channels:history\n"
    ),
    "apps/shop/shopify.app.toml": (
        'client_id = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"\nname = "giftwrap-upsell"\n'
        'application_url = "https://giftwrap.example.shop"\nembedded = true\n\n'
        '[access_scopes]\nscopes = "read_orders,write_customers,read_products"\n'
    ),
    "package.json": json.dumps({"name": "example-monorepo", "version": "4.2.0", "private": True,
                                "scripts": {"build": "tsc -b", "test": "vitest"}, "devDependencies": {"typescript": "^5.6.0"}}, indent=2) + "\n",
    ".gitignore": "node_modules/\ndist/\n*.log\n.env\n",
}


def _name(rng: random.Random) -> str:
    return "_".join(rng.sample(WORDS, 2))


def _camel(rng: random.Random) -> str:
    a, b = rng.sample(WORDS, 2)
    return a + b.capitalize()


def source(ext: str, size: int, rng: random.Random, auth_url: str | None) -> str:
    """About ``size`` characters of ``ext`` text; ``auth_url`` written into it once, as code writes one."""
    lines: list[str] = []
    total = 0
    if ext == ".json":
        entries = []
        while total < size:
            key = _camel(rng)
            value = rng.choice([f'"{" ".join(rng.sample(WORDS, 4))}"', str(rng.randrange(10_000)), "true", f'"{rng.choice(LINKS)}"'])
            entries.append(f'  "{key}{len(entries)}": {value}')
            total += len(entries[-1]) + 2
        if auth_url:
            entries.insert(len(entries) // 2, f'  "loginUrl": "{auth_url}"')
        return "{\n" + ",\n".join(entries) + "\n}\n"
    while total < size:
        if ext == ".py":
            block = [f"def {_name(rng)}({', '.join(rng.sample(WORDS, rng.randrange(1, 4)))}):",
                     f'    """{" ".join(rng.sample(WORDS, 8)).capitalize()}."""',
                     *(f"    {_name(rng)} = {rng.choice(WORDS)}.get({rng.choice(WORDS)!r}, {rng.randrange(100)})" for _ in range(rng.randrange(2, 8))),
                     f"    # See {rng.choice(LINKS)}" if rng.random() < 0.2 else f"    # {' '.join(rng.sample(WORDS, 6))}",
                     f"    return {rng.choice(WORDS)}", ""]
        elif ext in (".js", ".ts"):
            typed = ": string" if ext == ".ts" else ""
            block = [f"export async function {_camel(rng)}({rng.choice(WORDS)}{typed}) {{",
                     *(f"  const {_camel(rng)} = await {rng.choice(WORDS)}.{_camel(rng)}({rng.randrange(100)});" for _ in range(rng.randrange(2, 8))),
                     f"  const res = await fetch('{rng.choice(LINKS)}');" if rng.random() < 0.2 else f"  // {' '.join(rng.sample(WORDS, 6))}",
                     f"  return {rng.choice(WORDS)};", "}", ""]
        else:
            block = [f"## {' '.join(rng.sample(WORDS, 3)).capitalize()}", "",
                     " ".join(rng.choice(WORDS) for _ in range(rng.randrange(30, 90))).capitalize() + ".",
                     f"See [{rng.choice(WORDS)}]({rng.choice(LINKS)}).", ""]
        lines.extend(block)
        total += sum(len(x) + 1 for x in block)
    if auth_url:
        at = rng.randrange(len(lines))
        if ext == ".py":
            lines.insert(at, f'LOGIN_URL = "{auth_url}"')
        elif ext in (".js", ".ts"):
            lines.insert(at, f"const LOGIN_URL = '{auth_url}';")
        else:
            lines.insert(at, f"[Sign in]({auth_url})")
    return "\n".join(lines) + "\n"


def generate(root: str, files: int, seed: int = 13) -> dict[str, int]:
    """The tree under ``root`` (see the module docstring), committed to a new git repository."""
    rng = random.Random(seed)
    folders = [""]
    for _ in range(max(1, files // 25)):
        parent = rng.choice(folders)
        if parent.count("/") < 4:
            folders.append(f"{parent}/{rng.choice(FOLDERS)}{rng.randrange(100)}".lstrip("/"))
    written = {"files": 0, "bytes": 0, "with_auth_url": 0}
    for i in range(files):
        ext = rng.choice(EXTENSIONS)
        size = int(min(200_000, max(200, math.exp(rng.gauss(math.log(3000), 1.0)))))
        auth = AUTH_URLS[i % len(AUTH_URLS)] if rng.random() < 0.01 else None
        folder = os.path.join(root, rng.choice(folders))
        os.makedirs(folder, exist_ok=True)
        text = source(ext, size, rng, auth)
        with open(os.path.join(folder, f"{_name(rng)}_{i}{ext}"), "w", encoding="utf-8") as fh:
            fh.write(text)
        written["files"] += 1
        written["bytes"] += len(text.encode("utf-8"))
        written["with_auth_url"] += auth is not None
    for rel, text in MANIFESTS.items():
        os.makedirs(os.path.dirname(os.path.join(root, rel)) or root, exist_ok=True)
        with open(os.path.join(root, rel), "w", encoding="utf-8") as fh:
            fh.write(text)
        written["files"] += 1
        written["bytes"] += len(text.encode("utf-8"))
    git = ["git", "-C", root, "-c", "user.name=benchmark", "-c", "user.email=benchmark@example.invalid", "-c", "commit.gpgsign=false"]
    for step in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "generated tree"]):
        subprocess.run([*git, *step], check=True, capture_output=True)
    return written


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=2000, help="source files in the tree (five manifests are added)")
    ap.add_argument("--rounds", type=int, default=5, help="interleaved rounds; the best time of each command is kept")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    common.byte_compile()
    cli = common.oauth_audit()
    with tempfile.TemporaryDirectory() as tmp:
        tree, out = os.path.join(tmp, "repo"), os.path.join(tmp, "out")
        os.mkdir(tree)
        written = generate(tree, args.files)
        commands = {
            "bare os.walk + read of every file (baseline)": [sys.executable, "-c", BARE_WALK, tree],
            "check DIR --format json": [*cli, "check", tree, "--format", "json", "--fail-on", "never", "-o", out + ".json"],
            "check DIR --format terminal": [*cli, "check", tree, "--format", "terminal", "--fail-on", "never", "-o", out + ".txt"],
        }
        samples = common.interleaved(commands, args.rounds)
        with open(out + ".json", encoding="utf-8") as fh:
            report = json.load(fh)
    base = common.best(samples["bare os.walk + read of every file (baseline)"])
    rows = [{"command": name, "best_s": round(common.best(xs), 3), "median_s": round(common.median(xs), 3),
             "ratio": round(common.ratio(base, common.best(xs)), 3)} for name, xs in samples.items()]
    found = {"files_audited": report["check"]["files"], "requests_found": report["summary"]["requests"]}
    if args.json:
        print(json.dumps({"tree": written, "rounds": args.rounds, "timing": "best of interleaved rounds",
                          "ratio": "baseline seconds / command seconds (higher is better)", "python": sys.version.split()[0],
                          "cpus": os.cpu_count(), "rows": rows, **found}, indent=2))
        return 0
    print(f"{written['files']:,} files, {written['bytes'] / 1e6:.1f} MB ({written['with_auth_url']} with a hard-coded authorization URL, "
          f"5 manifests); check audited {found['files_audited']:,} files and found {found['requests_found']} requests")
    print(f"best of {args.rounds} interleaved rounds, Python {sys.version.split()[0]}")
    print("ratio = baseline time / command time: 1.00x is as fast as reading every file, higher is better")
    common.print_table(["command", "best", "median", "ratio"],
                       [[r["command"], f"{r['best_s']:.2f} s", f"{r['median_s']:.2f} s", f"{r['ratio']:.2f}x"] for r in rows])
    return 0


if __name__ == "__main__":
    sys.exit(main())
