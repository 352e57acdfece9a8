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
