"""Beyond one machine: the library API for partitions, and the Dask example on a local cluster.

The example (``examples/dask_scan.py``) runs on a real ``distributed.LocalCluster`` with two worker
processes; its output must equal what ``oauth-audit scan --log`` gives for the same files.
"""

from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

import pytest

from auditor.batch import Summary, audit_lines, audit_to_file
from auditor.cli import main

ROOT = Path(__file__).resolve().parent.parent

APPS = [
    "https://accounts.google.com/o/oauth2/v2/auth?client_id=11.apps.googleusercontent.com&response_type=code&scope=https%3A%2F%2Fmail.google.com%2F&access_type=offline&redirect_uri=https%3A%2F%2Fa.example%2Fcb&state={s}",
    "https://github.com/login/oauth/authorize?client_id=Iv1.abc&scope=read%3Auser&redirect_uri=https%3A%2F%2Fb.example%2Fcb&state={s}",
    "https://discord.com/oauth2/authorize?client_id=42&scope=bot&permissions=8",
    "https://open.weixin.qq.com/connect/qrconnect?appid=wx1&redirect_uri=https%3A%2F%2Fc.example%2Fcb&response_type=code&scope=snsapi_login&state={s}#wechat_redirect",
]


def write_logs(tmp_path: Path) -> list[Path]:
    rng = random.Random(5)
    paths = []
    for name, n in (("a.log", 400), ("b.log", 250)):
        path = tmp_path / name
        with path.open("w", encoding="utf-8") as fh:
            for i in range(n):
                if i % 4 == 0:
                    fh.write(f'10.0.0.1 - - [24/Nov/2026:10:00:{i % 60:02d} +0000] "GET https://cdn.example/app.js HTTP/1.1" 200 9\n')
                    continue
                url = rng.choice(APPS).format(s="%032x" % rng.getrandbits(128))
                fh.write(f'10.0.0.2 - - [24/Nov/2026:10:00:00 +0000] "GET {url} HTTP/1.1" 302 0 "-" "Mozilla/5.0"\n')
        paths.append(path)
    return paths


def run(capsys, *argv: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exc:
        main(list(argv))
    return exc.value.code, capsys.readouterr().out


def cli_records(capsys, path: Path) -> list[dict]:
    code, out = run(capsys, "scan", "--log", str(path), "--format", "jsonl", "--full")
    assert code in (0, 1)
    return [json.loads(line) for line in out.splitlines()]


def test_audit_lines_equals_the_command_line(tmp_path, capsys):
    path = write_logs(tmp_path)[0]
    expected = cli_records(capsys, path)
    with path.open(encoding="utf-8") as fh:
        got = [json.loads(json.dumps(r)) for r in audit_lines(fh, kind="log", name=str(path))]
    assert got == expected and len(got) == 300


def test_audit_lines_batch_kind_reports_bad_lines():
    lines = ["# comment", APPS[1].format(s="abcdefgh12"), "not a url", ""]
    records = list(audit_lines(lines, kind="batch", name="mem"))
    assert [r["source"] for r in records] == ["mem:2", "mem:3"]
    assert records[0]["provider"]["id"] == "github" and "error" in records[1]
    with pytest.raises(ValueError):
        list(audit_lines(lines, kind="har"))


def test_summaries_merge_like_one_pass(tmp_path, capsys):
    paths = write_logs(tmp_path)
    whole = Summary()
    for p in paths:
        for record in cli_records(capsys, p):
            whole.add_record(record)
    parts = [audit_to_file(p.open(encoding="utf-8"), str(tmp_path / f"{p.stem}.jsonl"), kind="log", name=str(p)) for p in paths]
    merged = Summary().merge(parts[0]).merge(parts[1])
    assert merged.as_dict() == whole.as_dict()
    assert merged.requests == 300 + 187
    # the CLI's own summary of one file is the summary of its records
    code, out = run(capsys, "scan", "--log", str(paths[0]), "--format", "json", "--fail-on", "never")
    assert code == 0 and json.loads(out)["summary"] == parts[0].as_dict()


def test_audit_to_file_leaves_no_partial_file(tmp_path):
    def lines():
        yield APPS[1].format(s="abcdefgh12")
        raise RuntimeError("the task was cancelled")

    target = tmp_path / "part.jsonl"
    with pytest.raises(RuntimeError):
        audit_to_file(lines(), str(target), kind="batch")
    assert list(tmp_path.iterdir()) == []


def load_example():
    spec = importlib.util.spec_from_file_location("dask_scan_example", ROOT / "examples" / "dask_scan.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dask_example_on_a_local_cluster(tmp_path, capsys):
    pytest.importorskip("distributed", reason="the Dask example needs the 'scale' extra: pip install 'oauth-auditor[scale]'")
    logs = tmp_path / "logs"
    logs.mkdir()
    paths = write_logs(logs)
    out = tmp_path / "out"
    code = load_example().main([str(logs / "*.log"), "--out", str(out), "--workers", "2"])
    printed = capsys.readouterr().out
    assert code == 1  # full Gmail and a Discord Administrator are high or critical
    parts = sorted(out.glob("part-*.jsonl"))
    assert len(parts) == 2
    got = sorted((json.loads(line) for part in parts for line in part.read_text(encoding="utf-8").splitlines()), key=lambda r: r["source"])
    expected = sorted((r for p in paths for r in cli_records(capsys, p)), key=lambda r: r["source"])
    assert [r["source"] for r in got] == [r["source"] for r in expected]
    assert got == expected
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["requests"] == len(expected) == 487
    assert summary["levels"]["critical"] > 0 and summary["errors"] == 0
    assert "487 request(s) audited" in printed
    # nothing but the parts and the summary in the output directory (no temporary files left)
    assert sorted(p.name for p in out.iterdir()) == ["part-00000.jsonl", "part-00001.jsonl", "summary.json"]
