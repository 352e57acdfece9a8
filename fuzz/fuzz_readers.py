"""Coverage-guided fuzzing of every input reader with atheris (libFuzzer for Python).

    pip install atheris
    python fuzz/fuzz_readers.py --list                       # the reader names
    python fuzz/fuzz_readers.py url -atheris_runs=1000000    # one reader, a million inputs
    python fuzz/fuzz_readers.py slack --render-all -atheris_runs=100000   # every renderer too
    python fuzz/fuzz_readers.py slack fuzz-corpus/slack -atheris_runs=1000000 -rss_limit_mb=1024 -timeout=5

Each target feeds fuzzed text to one reader exactly as the command line would (``read_url`` for
URLs; ``manifests.read_file`` with the format forced, so the reader's parser always runs; the
streaming readers for ``batch``, ``log`` and ``har``), then audits every request it returns through
the whole analysis and the JSON and GitHub-annotation renderers (with ``--render-all`` also SARIF,
Markdown and the terminal report, about ten times slower), and checks that no output holds a raw control, bidi or invisible character or starts a workflow
command outside ``--format github``. The only exception allowed is :class:`InputError` (the
one-line error, exit code 2); anything else is a crash, and libFuzzer stops and writes the input to
``crash-*``. ``-timeout`` and ``-rss_limit_mb`` turn a hang or a memory blow-up into a failure too.

The seeds (``tests/fixtures``, ``fuzz/seeds``) are loaded before fuzzing starts when no corpus directory is
given; ``docs/security.md`` gives the counts of the last full run.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys

try:
    import atheris
except ImportError:  # the targets stay importable without it: tests/test_fuzz_targets.py runs them on the seeds
    atheris = None

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

with atheris.instrument_imports(include=["auditor"]) if atheris is not None else contextlib.nullcontext():
    from auditor.analyze import analyze
    from auditor.catalog import load_catalog
    from auditor.errors import InputError
    from auditor.render import github, markdown, sarif, terminal
    from auditor.render import json as json_render
    from auditor.render.safe import guard_commands, output_problem
    from auditor.sources import logs, manifests
    from auditor.sources.url import read_url


CATALOG = load_catalog()
RENDER_ALL = False
MANIFEST_FILE = {
    "appsscript": "appsscript.json",
    "chrome": "manifest.json",
    "entra": "manifest.json",
    "slack": "manifest.yaml",
    "github-app": "app.yml",
    "shopify": "shopify.app.toml",
    "wechat-miniprogram": "app.json",
    "text": "README.md",
}
READERS = ["url", *MANIFEST_FILE, "batch", "log", "har"]
SEEDS = {
    "url": ["tests/fixtures/provider_urls"],
    "appsscript": ["tests/fixtures/manifests/appsscript-mail-merge.json", "tests/fixtures/manifests/appsscript-inferred.json"],
    "chrome": ["tests/fixtures/manifests/chrome-mail-helper.json"],
    "entra": ["tests/fixtures/manifests/entra-mail-archiver.json", "tests/fixtures/manifests/entra-legacy-reader.json"],
    "slack": ["tests/fixtures/manifests/slack-standup-bot.yaml", "tests/fixtures/manifests/slack-standup-bot.json", "tests/fixtures/manifests/alias-bomb.yaml"],
    "github-app": ["tests/fixtures/manifests/app.yml", "tests/fixtures/manifests/github-app-manifest.json"],
    "shopify": ["tests/fixtures/manifests/shopify.app.toml"],
    "wechat-miniprogram": ["tests/fixtures/manifests/app.json"],
    "text": ["tests/fixtures/manifests/README-install.md", "tests/fixtures/manifests/login_button.html"],
    "batch": ["tests/fixtures/provider_urls"],
    "log": ["tests/fixtures/provider_urls"],
    "har": ["fuzz/seeds/har"],
}


def audit(requests) -> None:
    """Analyse and render in every format, as the command line would print it; check the output."""
    reports = [analyze(request, CATALOG) for request in requests]
    if not reports:
        return
    outputs = {"json": json_render.render(reports, CATALOG), "github": github.render(reports, CATALOG)}
    if RENDER_ALL:
        outputs["sarif"] = sarif.render(reports, CATALOG)
        outputs["markdown"] = guard_commands(markdown.render(reports, CATALOG))
        outputs["terminal"] = guard_commands(terminal.render(reports, CATALOG, color=False, width=100))
    for fmt, text in outputs.items():
        text.encode("utf-8")  # must be writable
        problem = output_problem(text, commands=fmt == "github")
        if problem:
            raise AssertionError(f"{problem} in the {fmt} output")


def runner(reader: str):
    """The function that reads one text input as ``reader`` and checks everything that comes out;
    it raises InputError for input the reader refuses, AssertionError for an unsafe output."""
    if reader == "url":
        def run(text: str) -> None:
            audit([read_url(text, CATALOG, source="fuzz")])
    elif reader in MANIFEST_FILE:
        path = MANIFEST_FILE[reader]

        def run(text: str) -> None:
            audit(manifests.read_file(path, text=text, hint=reader, catalog=CATALOG))
    else:
        iterate = {"batch": logs.iter_lines_urls, "log": logs.iter_log_urls, "har": logs.iter_har_urls}[reader]
        kwargs = {} if reader == "batch" else {"catalog": CATALOG}

        def run(text: str) -> None:
            for _, url in iterate(io.BytesIO(text.encode("utf-8", "surrogatepass")), **kwargs):
                try:
                    audit([read_url(url, CATALOG, source="fuzz")])
                except InputError:
                    pass

    return run


def check_error(exc: InputError) -> None:
    message = str(exc)
    if "\n" in message or not message:
        raise AssertionError(f"an InputError must be one non-empty line: {message!r}") from None


def target(reader: str):
    run = runner(reader)

    def one_input(data: bytes) -> None:
        text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
        try:
            run(text)
        except InputError as exc:
            check_error(exc)

    return one_input


def seed_texts(reader: str) -> list[str]:
    """The reader's seed inputs: its fixtures (for ``url``, one URL per line of them)."""
    texts = []
    for item in SEEDS[reader]:
        full = os.path.join(ROOT, item)
        files = [os.path.join(full, f) for f in sorted(os.listdir(full))] if os.path.isdir(full) else [full]
        for f in files:
            with open(f, encoding="utf-8") as fh:
                text = fh.read()
            texts += [line for line in text.splitlines() if line.startswith("http")] if reader == "url" else [text]
    return texts


def seed_corpus(reader: str) -> str:
    """A fresh directory with the reader's seeds, one file each, encoded for ConsumeUnicodeNoSurrogates."""
    import tempfile

    directory = tempfile.mkdtemp(prefix=f"fuzz-{reader}-")
    for n, piece in enumerate(seed_texts(reader)):
        with open(os.path.join(directory, f"seed-{n:04d}"), "wb") as out:
            # ConsumeUnicodeNoSurrogates reads a first byte that picks the encoding of the rest:
            # an odd byte means ASCII, 0 means UTF-32 (little-endian here).
            out.write(b"\x01" + piece.encode("ascii") if piece.isascii() else b"\x00" + piece.encode("utf-32-le"))
    return directory


def main() -> None:
    global RENDER_ALL
    args = sys.argv[1:]
    if "--render-all" in args:
        args.remove("--render-all")
        RENDER_ALL = True
    if not args or args[0] in ("-h", "--help", "--list"):
        print("readers: " + " ".join(READERS))
        return
    if atheris is None:
        sys.exit("fuzzing needs atheris: pip install atheris")
    reader = args.pop(0)
    if reader not in READERS:
        sys.exit(f"unknown reader {reader!r}; readers: {' '.join(READERS)}")
    if not any(not a.startswith("-") for a in args):
        args.append(seed_corpus(reader))
    atheris.Setup([sys.argv[0], *args], target(reader))
    atheris.Fuzz()


if __name__ == "__main__":
    main()
