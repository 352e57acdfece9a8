"""Generated docs are in sync, and the README opens with the two set-up commands CI runs."""

from __future__ import annotations

import re

import pytest

from auditor.dev import catalog_docs, docs

from .conftest import ROOT


def test_rule_docs_are_generated_and_current():
    stale = docs.write_or_check(ROOT, check=True)
    assert stale == [], f"run `python -m auditor.dev gen-docs`: stale {stale}"


def test_catalog_docs_are_generated_and_current():
    if not (ROOT / "docs" / "catalog").exists():
        pytest.skip("docs/ not in this tree")
    stale = catalog_docs.write_or_check(ROOT, check=True)
    assert stale == [], f"run `python -m auditor.dev gen-docs`: stale {stale}"


def test_every_rule_doc_has_the_four_headings():
    from auditor.rules import load_rules

    for r in load_rules().values():
        for heading in docs.REQUIRED_HEADINGS:
            assert heading in r.doc, (r.id, heading)


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    blocks = re.findall(r"```(?:sh|bash|console)?\n(.*?)```", text, flags=re.S)
    return [b.strip() for b in blocks[:2]]


def test_readme_opens_with_the_two_setup_commands():
    scan, tests = readme_commands()
    assert "pip install" in scan and "oauth-audit scan" in scan
    assert "pip install" in tests and "pytest" in tests


def test_ci_runs_the_readme_test_command():
    _, tests = readme_commands()
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert tests in ci, "the README's test command must be what .ci/run runs"


def test_every_readme_console_example_is_what_the_command_prints():
    """Each `$ oauth-audit …` example in the README, run as shown (100 columns, no colour): every line
    the README shows (but the "…" elisions) is a line of the real output. A README that no longer
    matches the tool is a bug."""
    import os
    import re
    import shlex
    import subprocess
    import sys
    from pathlib import Path

    exe = str(Path(sys.executable).with_name("oauth-audit"))
    env = dict(os.environ, COLUMNS="100", NO_COLOR="1", TERM="dumb")
    text = (ROOT / "README.md").read_text("utf-8")
    checked = 0
    for block in re.findall(r"```console\n(.*?)```", text, flags=re.S):
        lines = block.rstrip("\n").split("\n")
        commands = [i for i, line in enumerate(lines) if line.startswith("$ ")]
        for n, i in enumerate(commands):
            end = commands[n + 1] if n + 1 < len(commands) else len(lines)
            argv = shlex.split(lines[i][2:].split("  #")[0])
            assert argv[0] == "oauth-audit"
            out = subprocess.run([exe, *argv[1:]], capture_output=True, text=True, env=env, timeout=120).stdout
            got = {line.rstrip() for line in out.split("\n")}
            for shown in lines[i + 1:end]:
                if shown.strip() in ("", "…"):
                    continue
                assert shown.rstrip() in got, f"README example `{lines[i][2:60]}` shows a line the tool does not print: {shown!r}"
                checked += 1
    assert checked > 100


def test_every_yaml_toml_and_json_snippet_in_the_docs_parses():
    """Configuration examples are loaded with their consumers' parsers (YAML, TOML, JSON): a snippet
    a reader copies must at least be valid. Fragments of a workflow's `steps:` list parse as YAML too."""
    import json
    import re
    import tomllib

    import yaml

    checked = 0
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = path.read_text("utf-8")
        for lang, body in re.findall(r"```(yaml|toml|json)\n(.*?)```", text, flags=re.S):
            where = f"{path.relative_to(ROOT)}: a {lang} block starting {body[:40]!r}"
            if lang == "yaml":
                assert yaml.safe_load(body) is not None, where
            elif lang == "toml":
                tomllib.loads(body)
            else:
                json.loads(body)
            checked += 1
    assert checked >= 5
