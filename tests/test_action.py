"""The GitHub Action and the pre-commit hook load with their consumers' parsers.

`action.yml` must be valid YAML with the composite-action shape GitHub reads (it was once invalid:
an unquoted `: ` in a description), pin every `uses:` to a full commit SHA, install into a Python
set up by actions/setup-python (the runner's own python3 may be older than 3.11), run `check` once
and render every format from that run, and work on Windows runners (Scripts/ instead of bin/).
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def load(name: str):
    return yaml.safe_load((ROOT / name).read_text("utf-8"))


def test_action_yml_is_a_valid_composite_action():
    doc = load("action.yml")
    assert doc["runs"]["using"] == "composite"
    assert doc["name"] and doc["description"]
    for name, spec in doc["inputs"].items():
        assert isinstance(spec["description"], str) and spec["description"], name
        assert isinstance(spec.get("default", ""), str), name  # GitHub passes inputs as strings
    steps = doc["runs"]["steps"]
    for step in steps:
        assert ("uses" in step) != ("run" in step), step.get("name")
        if "run" in step:
            assert step["shell"] == "bash", step["name"]
            assert "${{" not in step["run"], f"{step['name']}: inputs must reach the script through env, not interpolation"


def test_every_uses_is_pinned_to_a_commit_and_python_comes_from_setup_python():
    steps = load("action.yml")["runs"]["steps"]
    uses = [s["uses"] for s in steps if "uses" in s]
    assert uses and all(re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", u) for u in uses), uses
    assert any(u.startswith("actions/setup-python@") for u in uses)
    install = next(s for s in steps if s.get("name") == "Install oauth-auditor")
    assert "steps.python.outputs.python-path" in install["env"]["OA_PYTHON"]
    assert "Scripts" in install["run"] and "RUNNER_OS" in install["run"]


def test_check_runs_once_and_every_format_comes_from_that_run():
    check = next(s for s in load("action.yml")["runs"]["steps"] if s.get("name") == "Check")
    assert check["run"].count('"$bin/oauth-audit"') == 1
    assert "--also" in check["run"] and "markdown=" in check["run"] and "sarif=" in check["run"]




def test_check_also_writes_every_format_from_one_run(tmp_path, monkeypatch, capsys):
    import json

    import pytest

    from auditor.cli import main

    (tmp_path / "appsscript.json").write_text('{"timeZone": "UTC", "oauthScopes": ["https://mail.google.com/"]}')
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exc:
        main(["check", ".", "--format", "github", "--also", "sarif=out.sarif", "--also", "markdown=summary.md", "--also", "json=out.json"])
    out = capsys.readouterr().out
    assert exc.value.code == 1
    rules = sorted(r["ruleId"] for r in json.loads((tmp_path / "out.sarif").read_text())["runs"][0]["results"])
    from_json = sorted(f["rule"] for r in json.loads((tmp_path / "out.json").read_text())["reports"] for f in r["findings"])
    assert rules and rules == from_json
    assert "OA304" in (tmp_path / "summary.md").read_text() and "OA304" in out
    with pytest.raises(SystemExit) as exc:
        main(["check", ".", "--also", "pdf=x"])
    assert exc.value.code == 2
