"""The pre-commit hooks (`.pre-commit-hooks.yaml`), loaded and run by pre-commit itself.

``oauth-audit`` checks the files a commit changes (pre-commit passes them; ``--allow-empty`` makes a
commit with no request a pass) and takes a baseline through ``args``; ``oauth-audit-tree`` checks the
whole tree when the declaration changes. The hooks' ``files``/``exclude`` must select exactly the
files ``check`` reads in a tree (:func:`auditor.ci.discover.candidate` and its skipped folders).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
HOOKS = ROOT / ".pre-commit-hooks.yaml"
BIN = os.path.dirname(sys.executable)


def hooks() -> list[dict]:
    return yaml.safe_load(HOOKS.read_text("utf-8"))


def test_pre_commit_loads_the_hooks_file():
    from pre_commit.clientlib import load_manifest

    loaded = load_manifest(str(HOOKS))
    assert [h["id"] for h in loaded] == ["oauth-audit", "oauth-audit-tree"]
    assert loaded[0]["require_serial"] is True  # one process: one summary, OA601 once
    assert loaded[0]["pass_filenames"] is True and loaded[1]["pass_filenames"] is False


NAMES = [
    "appsscript.json", "src/manifest.json", "app.json", "app.yml", "slack/manifest.yaml", "shopify.app.toml", "shopify.app.prod.toml",
    "a.py", "A.PY", "web/login.HTML", "x/y.ts", "m.mts", "c.cjs", "README.md", "doc.rst", "notes.txt", "conf.ini", "s.sh", "k.kt",
    "x.env", ".env", ".md", "pyproject.toml", "oauth-audit.toml", "sub/.oauth-audit.toml", "package-lock.json", "yarn.lock",
    "logo.png", "Makefile", "main.c", "lib.so", ".eslintrc.json", "node_modules/p/manifest.json", "a/.venv/x.py", "dist/a.js",
    "build/manifest.json", "src/builder.py", "a.json5", "b.yaml", "Cargo.toml",
]


def test_the_hook_selects_the_files_check_reads_in_a_tree():
    from auditor.ci import discover

    hook = hooks()[0]
    files, exclude = re.compile(hook["files"]), re.compile(hook["exclude"])
    chosen = {name for name in NAMES if files.search(name) and not exclude.search(name)}
    expected = {
        name for name in NAMES
        if discover.candidate(name.split("/")[-1]) and not any(p in discover.SKIP_DIRS for p in name.split("/")[:-1])
    }
    assert chosen == expected
    assert "a.py" in chosen and ".env" not in chosen and "pyproject.toml" not in chosen


def test_the_tree_hook_runs_when_a_declaration_changes():
    from auditor.ci import config

    files = re.compile(hooks()[1]["files"])
    assert all(files.search(f"sub/{name}") for name in (*config.CONFIG_NAMES, "pyproject.toml"))
    assert not files.search("src/app.py")


def _git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env={
        **os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
    })


GMAIL = (
    "https://accounts.google.com/o/oauth2/auth?client_id=a.apps.googleusercontent.com&scope=https://mail.google.com/"
    "&response_type=code&redirect_uri=https://a.example/cb"
)


def test_pre_commit_runs_the_hooks_with_a_baseline(tmp_path):
    """pre-commit itself selects the files and passes them. The hook definitions are ours with
    ``language: system`` (``language: python`` would install this package from an index into a new
    environment, which tests do not reach), so the oauth-audit beside this Python is the one run."""
    pre_commit = shutil.which("pre-commit", path=BIN) or shutil.which("pre-commit")
    if pre_commit is None:
        pytest.skip("pre-commit is not installed (it is in the test extra)")
    local = hooks()
    for hook in local:
        hook["language"] = "system"
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    config = {"repos": [{"repo": "local", "hooks": local}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    (repo / "old.py").write_text(f'URL = "{GMAIL}"\n')
    (repo / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\0\0")
    (repo / "README.md").write_text("nothing to see\n")
    env = {**os.environ, "PATH": BIN + os.pathsep + os.environ.get("PATH", ""), "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}

    def run(*args):
        return subprocess.run([pre_commit, "run", *args], cwd=repo, capture_output=True, text=True, env=env, timeout=120)

    _git(repo, "add", ".")
    first = run("--all-files")
    assert first.returncode == 1, first.stdout + first.stderr
    assert "old.py:1:" in first.stdout and "OA304" in first.stdout

    # accept what is there: given the baseline, the hook passes
    subprocess.run([os.path.join(BIN, "oauth-audit"), "check", "--write-baseline", ".oauth-audit-baseline.json"], cwd=repo, check=True, capture_output=True)
    config["repos"][0]["hooks"][0]["args"] = ["--baseline", ".oauth-audit-baseline.json"]
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    _git(repo, "add", ".")
    second = run("--all-files")
    assert second.returncode == 0, second.stdout + second.stderr

    # a staged file with a new request fails, and only the staged files are read
    (repo / "new.ts").write_text(f'const u = "{GMAIL.replace("a.apps", "b.apps")}";\n')
    (repo / "notes.md").write_text("no request here\n")
    _git(repo, "add", "new.ts", "notes.md")
    third = run()
    assert third.returncode == 1, third.stdout + third.stderr
    assert "new.ts:1:" in third.stdout and "old.py" not in third.stdout

    # only notes.md staged: nothing to audit is a pass, not a failure
    _git(repo, "rm", "-q", "--cached", "new.ts")
    fourth = run()
    assert fourth.returncode == 0, fourth.stdout + fourth.stderr
    assert "oauth-audit check" in fourth.stdout and "Passed" in fourth.stdout
