"""Deterministic and read-only: the same input gives byte-identical output in every format, in
separate processes with different hash seeds; no command writes anywhere but where it is told to."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import MICROSOFT_MAIL_URL, ROOT, WECHAT_WEB_LOGIN_URL, WORM_URL

FIXTURES = ROOT / "tests" / "fixtures"
FORMATS = ["terminal", "json", "sarif", "markdown", "github"]


def cli(args: list[str], cwd: Path, seed: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", "PYTHONHASHSEED": seed, "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("FORCE_COLOR", None)
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "auditor", *args], capture_output=True, cwd=cwd, env=env, timeout=120)


def tree(root: Path) -> dict[str, str]:
    """Every file under root with a hash of its bytes."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*")) if p.is_file()
    }


@pytest.fixture()
def workdir(tmp_path):
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURES / "check" / "repo", repo)
    shutil.copy(FIXTURES / "manifests" / "entra-mail-archiver.json", repo / "entra.json")
    return repo


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_input_byte_identical_output(workdir, fmt):
    before = tree(workdir)
    runs = [
        ["scan", WORM_URL, MICROSOFT_MAIL_URL, WECHAT_WEB_LOGIN_URL, "--format", fmt, "--lang", "en"],
        ["scan", "entra.json", "--format", fmt, "--lang", "en"],
        ["check", ".", "--format", fmt, "--lang", "en"],
    ]
    for args in runs:
        first = cli(args, workdir, "1")
        second = cli(args, workdir, "4242")
        assert first.returncode in (0, 1), first.stderr
        assert first.stdout, args
        assert first.stdout == second.stdout and first.returncode == second.returncode, args
    assert tree(workdir) == before, "a command wrote into the working directory"


def test_commands_write_only_their_output(workdir, tmp_path):
    before = tree(workdir)
    out = tmp_path / "out"
    out.mkdir()
    steps = [
        (["scan", WORM_URL, "--format", "sarif", "--output", str(out / "scan.sarif")], {"scan.sarif"}),
        (["check", ".", "--format", "sarif", "--output", str(out / "check.sarif")], {"scan.sarif", "check.sarif"}),
        (["check", ".", "--write-baseline", str(out / "baseline.json")], {"scan.sarif", "check.sarif", "baseline.json"}),
        (["diff", str(FIXTURES / "check" / "appsscript_old.json"), str(FIXTURES / "check" / "appsscript_new.json"), "--format", "json"], {"scan.sarif", "check.sarif", "baseline.json"}),
        (["scopes", "github", "repo", "--format", "json"], {"scan.sarif", "check.sarif", "baseline.json"}),
    ]
    for args, expected in steps:
        proc = cli(args, workdir, "0")
        assert proc.returncode in (0, 1), (args, proc.stderr)
        assert {p.name for p in out.iterdir()} == expected, args
    assert tree(workdir) == before, "a command wrote into the working directory"


def test_a_failed_write_leaves_nothing_behind(workdir, tmp_path):
    """--output onto a folder: the rename fails; one line, exit 2, no partial or temporary file."""
    target = tmp_path / "out"
    target.mkdir()
    (target / "keep.txt").write_text("mine", encoding="utf-8")
    proc = cli(["scan", WORM_URL, "--output", str(target)], workdir, "0")
    assert proc.returncode == 2 and proc.stdout == b"" and proc.stderr.count(b"\n") == 1, proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "repo"]
    assert [p.name for p in target.iterdir()] == ["keep.txt"]
