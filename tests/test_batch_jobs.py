"""``scan --batch/--har/--log --jobs N`` (:mod:`auditor.parallel`): worker processes write byte for
byte what one process writes, in every format; small inputs stay in process; input that is not
text, or of which nothing could be read, never gives a clean verdict.

The thresholds and chunk sizes are lowered in the main process (which alone decides and cuts the
chunks), so a corpus of a few thousand lines goes through many chunks and several workers.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from auditor import batch, parallel
from auditor.catalog import load_catalog
from auditor.cli import main

GOOGLE = "https://accounts.google.com/o/oauth2/v2/auth?client_id={c}.apps.googleusercontent.com&response_type=code&scope=openid%20email%20https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fdrive.readonly&redirect_uri=https%3A%2F%2Fapp{c}.example%2Fcb{tail}"
GITHUB = "https://github.com/login/oauth/authorize?client_id=Iv1.{c}&scope=repo%20read%3Aorg&redirect_uri=https%3A%2F%2Fapp{c}.example%2Fcb{tail}"
MAIL = "https://accounts.google.com/o/oauth2/auth?client_id={c}.apps.googleusercontent.com&response_type=token&scope=https%3A%2F%2Fmail.google.com%2F%20https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fcontacts&redirect_uri=https%3A%2F%2Fx{c}.example%2F{tail}"
DISCORD = "https://discord.com/oauth2/authorize?client_id={c}&scope=bot&permissions=8{tail}"


def url(rng: random.Random) -> str:
    tail = rng.choice(["", "&state=%032x" % rng.getrandbits(128), "&state=state", "&state=12", "&nonce=n1&state=%016x" % rng.getrandbits(64)])
    return rng.choice([GOOGLE, GITHUB, MAIL, DISCORD]).format(c=rng.randrange(40), tail=tail)


def batch_bytes(n: int = 2500, seed: int = 1) -> bytes:
    """A batch file with every kind of line: requests of 160 judgements or so, bad lines, blank lines
    and comments, CRLF, bytes that are not UTF-8, a line over the URL limit (read past by the
    worker) and one longer than any limit in characters (read past by the main process)."""
    rng = random.Random(seed)
    lines = [b"\xef\xbb\xbf# a batch file with a byte order mark"]
    for i in range(n):
        r = rng.random()
        if r < 0.03:
            lines.append(b"not a url")
        elif r < 0.05:
            lines.append(b"   ")
        elif r < 0.06:
            lines.append(b"# a comment")
        elif r < 0.07:
            lines.append(url(rng).encode() + b"&x=\xff\xfe")
        elif r < 0.08:
            lines.append(url(rng).encode() + b"\r")
        else:
            lines.append(url(rng).encode())
    lines.insert(n // 3, b"https://github.com/login/oauth/authorize?client_id=long&scope=" + b"a" * 70_000)
    lines.insert(n // 2, b"https://github.com/login/oauth/authorize?client_id=huge&scope=" + b"b" * 300_000)
    return b"\n".join(lines)  # no newline at the end


def log_bytes(n: int = 2500, seed: int = 2) -> bytes:
    """A proxy log: requests among noise, relative request lines (the log does not say the host),
    JSON escapes, a line over the 1 MiB limit (read past by the worker) and one over four times it
    (read past by the main process)."""
    rng = random.Random(seed)
    lines = []
    for i in range(n):
        r = rng.random()
        if r < 0.3:
            lines.append(f'10.0.0.1 - - [24/Nov/2026:10:00:{i % 60:02d} +0000] "GET https://cdn.example/app.js HTTP/1.1" 200 9 "-" "Mozilla/5.0"')
        elif r < 0.33:
            lines.append('10.0.0.3 - - [24/Nov/2026:10:00:00 +0000] "GET /authorize?client_id=abc&scope=openid HTTP/1.1" 302 0')
        elif r < 0.36:
            lines.append(json.dumps({"msg": "redirect", "location": url(rng)}).replace("/", "\\/"))
        elif r < 0.37:
            lines.append('10.0.0.4 "GET https://[zz/login/oauth/authorize?client_id=x&scope=repo HTTP/1.1" 302 0')  # unreadable
        else:
            lines.append(f'10.0.0.2 - - [24/Nov/2026:10:00:00 +0000] "GET {url(rng)} HTTP/1.1" 302 0 "-" "Mozilla/5.0"')
    lines.insert(n // 3, "x" * (1_100_000))
    lines.insert(n // 2, "y" * (4_300_000))
    return ("\n".join(lines) + "\n").encode()


def har_bytes(n: int = 900, seed: int = 3, tail: str = "]}}") -> bytes:
    rng = random.Random(seed)
    entries = []
    for i in range(n):
        request = url(rng) if rng.random() < 0.8 else f"https://cdn.example/{i}.js"
        entry = {"request": {"method": "GET", "url": request}, "response": {"status": 200, "headers": [], "redirectURL": ""}}
        entries.append(json.dumps(entry, indent=1))
    return ('{"log": {"version": "1.2", "entries": [\n' + ",\n".join(entries) + "\n" + tail).encode()


@pytest.fixture
def parallel_small(monkeypatch):
    """Every input goes to workers, in small chunks; the calls of the pool are counted."""
    monkeypatch.setattr(parallel, "MIN_LINES", 0)
    monkeypatch.setattr(parallel, "MIN_URLS", 0)
    monkeypatch.setattr(parallel, "CHUNK_BYTES", 8192)
    monkeypatch.setattr(parallel, "CHUNK_URLS", 7)
    monkeypatch.setattr(parallel._Merge, "GATHERED", 5)
    merged: list = []
    pool = parallel._pool
    monkeypatch.setattr(parallel, "_pool", lambda tasks, jobs, settings, merge: pool(tasks, jobs, settings, _Counting(merge, merged)))
    return merged


class _Counting:
    """A merge that records the chunk results it is given."""

    def __init__(self, merge, seen: list) -> None:
        self.merge, self.seen = merge, seen

    def __call__(self, result) -> None:
        self.seen.append(result)
        self.merge(result)

    def flush(self) -> None:
        self.merge.flush()


def scan(capsys, *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(["scan", *argv])
    captured = capsys.readouterr()
    return exc.value.code, captured.out, captured.err


def scan_to_file(capsys, tmp_path: Path, *argv: str) -> tuple[int, bytes, str]:
    out = tmp_path / "out"
    if out.exists():
        out.unlink()
    code, stdout, err = scan(capsys, *argv, "-o", str(out))
    assert stdout == ""
    return code, out.read_bytes() if out.exists() else b"", err


FORMATS = [("jsonl",), ("jsonl", "--full"), ("json",), ("terminal",)]


@pytest.mark.parametrize("jobs", ["2", "3"])
@pytest.mark.parametrize("fmt", FORMATS, ids=["jsonl", "jsonl-full", "json", "terminal"])
def test_batch_output_is_byte_identical_to_one_process(tmp_path, capsys, parallel_small, fmt, jobs):
    path = tmp_path / "urls.txt"
    path.write_bytes(batch_bytes())
    options = ["--format", fmt[0], *fmt[1:]]
    one = scan_to_file(capsys, tmp_path, "--batch", str(path), *options, "--jobs", "1")
    assert not parallel_small
    many = scan_to_file(capsys, tmp_path, "--batch", str(path), *options, "--jobs", jobs)
    if fmt[1:]:
        assert not parallel_small  # --full is written in process whatever --jobs says (it would not pay)
    else:
        assert len(parallel_small) > 20  # it went through many chunks, on worker processes
    assert one == many
    code, out, err = one
    assert code == 1 and "skipped 2 line(s), URL(s) or entries over the length limit" in err  # both limits were met
    if fmt[0] == "jsonl":
        records = [json.loads(line) for line in out.splitlines()]
        assert sum(1 for r in records if "error" in r) > 50
        last = records[-1]  # the OA701 record comes last
        assert last["kind"] == "incomplete" if fmt[1:] else last["rules"] == ["OA701"] and last["line"] is None


@pytest.mark.parametrize("kind,make", [("log", log_bytes), ("har", har_bytes)])
@pytest.mark.parametrize("fmt", [("jsonl",), ("json",)], ids=["jsonl", "json"])
def test_log_and_har_output_is_byte_identical_to_one_process(tmp_path, capsys, parallel_small, kind, make, fmt):
    path = tmp_path / f"input.{kind}"
    path.write_bytes(make())
    options = ["--format", fmt[0], *fmt[1:]]
    one = scan_to_file(capsys, tmp_path, f"--{kind}", str(path), *options, "--jobs", "1")
    many = scan_to_file(capsys, tmp_path, f"--{kind}", str(path), *options, "--jobs", "2")
    assert len(parallel_small) > 20
    assert one == many
    assert one[0] == 1 and len(one[1]) > 10_000
    if kind == "log":
        assert "relative OAuth target" in one[2] and "over the length limit" in one[2]


def test_a_byte_order_mark_counts_only_at_the_start_of_the_input(tmp_path, capsys, parallel_small):
    """Every line starts with U+FEFF, so every chunk does: only the first is the input's own."""
    rng = random.Random(12)
    path = tmp_path / "urls.txt"
    path.write_bytes(b"".join(b"\xef\xbb\xbf" + url(rng).encode() + b"\n" for _ in range(400)))
    one = scan_to_file(capsys, tmp_path, "--batch", str(path), "--format", "jsonl", "--jobs", "1")
    many = scan_to_file(capsys, tmp_path, "--batch", str(path), "--format", "jsonl", "--jobs", "2")
    assert one == many and len(parallel_small) > 5
    records = [json.loads(line) for line in one[1].splitlines()]
    assert records[1]["record"] == "request" and records[1]["line"] == 1  # the first line, its BOM dropped
    assert all("error" in r for r in records[2:])  # the others keep theirs: not a URL


def test_summary_bounds_count_alike(tmp_path, capsys, parallel_small, monkeypatch):
    """Apps beyond MAX_GROUPS and scopes beyond MAX_SCOPES are decided by the order requests come in:
    the counts gathered per judgement must decide them alike."""
    monkeypatch.setattr(batch.Summary, "MAX_GROUPS", 7)
    monkeypatch.setattr(batch.Summary, "MAX_SCOPES", 3)
    path = tmp_path / "urls.txt"
    path.write_bytes(batch_bytes(1500, seed=8))
    one = scan_to_file(capsys, tmp_path, "--batch", str(path), "--format", "json", "--jobs", "1")
    many = scan_to_file(capsys, tmp_path, "--batch", str(path), "--format", "json", "--jobs", "2")
    assert one == many
    summary = json.loads(one[1])["summary"]
    assert summary["other_apps"]["untracked_requests"] > 0 and len(summary["by_app"]) == 7


def test_judgement_records_come_once_before_their_first_request(tmp_path, capsys, parallel_small):
    path = tmp_path / "urls.txt"
    path.write_bytes(batch_bytes(3000, seed=4))
    code, out, _ = scan_to_file(capsys, tmp_path, "--batch", str(path), "--format", "jsonl", "--jobs", "3")
    seen: dict[str, int] = {}
    lines = []
    for record in map(json.loads, out.splitlines()):
        if record["record"] == "judgement":
            assert record["judgement"] not in seen  # once
            seen[record["judgement"]] = 0
            first = record["report"]["source"]
        elif record["record"] == "request":
            assert record["judgement"] in seen  # after its judgement record
            if seen[record["judgement"]] == 0 and record["line"] is not None:
                assert first == f"{path}:{record['line']}"  # the report is that of the first request
            seen[record["judgement"]] += 1
            lines.append(record["line"])
        else:
            lines.append(record["line"])
    numbered = [n for n in lines if n is not None]
    assert numbered == sorted(numbered) and len(set(numbered)) == len(numbered)  # input order
    assert len(seen) > 100 and all(seen.values())


def test_standard_input_streams_through_the_workers(tmp_path, capsys, parallel_small, monkeypatch):
    data = batch_bytes(2000, seed=5)
    results = []
    for jobs in ("1", "2"):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
        results.append(scan_to_file(capsys, tmp_path, "--batch", "-", "--format", "jsonl", "--jobs", jobs))
    assert results[0] == results[1] and b'"source": "stdin"' in results[0][1]
    assert len(parallel_small) > 20


def test_reading_ahead_is_bounded(tmp_path, capsys, parallel_small, monkeypatch):
    """At most IN_FLIGHT chunks per worker are read ahead of the one being written."""
    state = {"cut": 0, "most": 0}
    tasks = parallel._line_tasks

    def counting(stream, max_line):
        for task in tasks(stream, max_line):
            state["cut"] += 1
            state["most"] = max(state["most"], state["cut"] - len(parallel_small))
            yield task

    monkeypatch.setattr(parallel, "_line_tasks", counting)
    path = tmp_path / "urls.txt"
    path.write_bytes(batch_bytes(3000, seed=6))
    code, _, _ = scan_to_file(capsys, tmp_path, "--batch", str(path), "--format", "json", "--jobs", "2")
    assert code == 1 and state["cut"] > 30
    assert state["most"] == 2 * parallel.IN_FLIGHT


def test_small_inputs_stay_in_process(tmp_path, capsys, monkeypatch):
    started = []
    monkeypatch.setattr(parallel, "_pool", lambda *a: started.append(a))
    monkeypatch.setattr(parallel, "MIN_LINES", 100)
    path = tmp_path / "urls.txt"
    rng = random.Random(9)
    path.write_text("\n".join(url(rng) for _ in range(99)) + "\n")
    code, out, _ = scan(capsys, "--batch", str(path), "--format", "jsonl", "--jobs", "4")
    assert code == 1 and not started and out.count('"record": "request"') == 99
    path.write_text("\n".join(url(rng) for _ in range(100)) + "\n")
    scan(capsys, "--batch", str(path), "--format", "jsonl", "--jobs", "4")
    assert len(started) == 1 and started[0][1] == 4  # 100 lines: the workers


def test_a_hundred_lines_read_in_process_are_identical_too(tmp_path, capsys):
    """With the real thresholds a small batch is read in process through the same path as --jobs 1."""
    path = tmp_path / "urls.txt"
    path.write_bytes(batch_bytes(300, seed=7))
    assert scan_to_file(capsys, tmp_path, "--batch", str(path), "--format", "jsonl") == \
        scan_to_file(capsys, tmp_path, "--batch", str(path), "--format", "jsonl", "--jobs", "1")


def test_a_har_that_breaks_part_way_writes_what_came_before_as_one_process_does(tmp_path, capsys, parallel_small):
    path = tmp_path / "broken.har"
    path.write_bytes(har_bytes(400, tail=', {"request": oops'))
    one = scan(capsys, "--har", str(path), "--format", "jsonl", "--jobs", "1")
    many = scan(capsys, "--har", str(path), "--format", "jsonl", "--jobs", "2")
    assert one == many
    code, out, err = one
    assert code == 2 and out.count('"record": "request"') > 250 and err.startswith("oauth-audit: error: not a valid HAR file")


@pytest.mark.parametrize("value", ["0", "-1", "two", "257", "1.5"])
def test_jobs_must_be_a_positive_number(tmp_path, capsys, value):
    path = tmp_path / "urls.txt"
    path.write_text(GITHUB.format(c=1, tail="") + "\n")
    code, out, err = scan(capsys, "--batch", str(path), "--jobs", value)
    assert code == 2 and out == "" and err.startswith("oauth-audit: error: --jobs ") and err.count("\n") == 1


def test_jobs_goes_with_batch_har_and_log(capsys):
    code, _, err = scan(capsys, GITHUB.format(c=1, tail=""), "--jobs", "2")
    assert code == 2 and err == "oauth-audit: error: --jobs goes with --batch, --har or --log\n"


def test_jobs_defaults_to_the_cpus_this_process_may_use(monkeypatch):
    monkeypatch.setattr(os, "process_cpu_count", lambda: 6, raising=False)
    assert parallel.default_jobs() == 6
    monkeypatch.setattr(os, "process_cpu_count", lambda: None, raising=False)
    assert parallel.default_jobs() == 1


class _Dies:
    """Unpickled in a worker, it ends that process at once: a worker crash."""

    def __reduce__(self):
        return (os._exit, (9,))


def test_a_worker_that_dies_is_one_error_line(tmp_path, monkeypatch):
    monkeypatch.setattr(parallel, "MIN_LINES", 0)
    path = tmp_path / "urls.txt"
    path.write_bytes(batch_bytes(500, seed=3))
    from auditor.errors import InputError

    with pytest.raises(InputError, match="a worker process of --jobs ended unexpectedly"):
        batch.run("batch", str(path), load_catalog(), provider=None, purpose=None, options={"x": _Dies()}, fmt="jsonl",
                  out=io.StringIO(), err=io.StringIO(), progress=False, jobs=2)


def test_progress_follows_the_chunks_written(tmp_path, parallel_small, monkeypatch):
    from rich.progress import Progress

    seen = []
    update = Progress.update
    monkeypatch.setattr(Progress, "update", lambda self, task, **kw: (seen.append(kw.get("completed")), update(self, task, **kw))[1])
    path = tmp_path / "urls.txt"
    data = batch_bytes(1500, seed=2)
    path.write_bytes(data)
    out = io.StringIO()
    batch.run("batch", str(path), load_catalog(), provider=None, purpose=None, options={}, fmt="json", out=out, err=io.StringIO(),
              progress=True, jobs=2)
    assert len(seen) > 20 and seen == sorted(seen) and seen[-1] == len(data)


# -- failing closed: not text, nothing readable, nothing to audit --------------------------------------


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40


NOT_TEXT = {
    "png": (_png(), "not a text file but a PNG image: it holds a NUL byte"),
    "executable": (b"\x7fELF\x02\x01\x01" + bytes(9) + bytes(random.Random(1).randrange(256) for _ in range(5000)),
                   "not a text file but an executable: it holds a NUL byte (byte 8)"),
    "gzip": (gzip.compress(("\n".join(GITHUB.format(c=i, tail="") for i in range(300)) + "\n").encode()),
             "not a text file but gzip-compressed data"),
    "utf16": ("\n".join(GITHUB.format(c=i, tail="") for i in range(30)).encode("utf-16"), "not a text file but UTF-16 text"),
    "latin1": (("\n".join("caf\xe9 cr\xe8me br\xfbl\xe9e " * 3 for _ in range(40)) + "\n").encode("latin-1"),
               "not UTF-8 text: 40 of its first 40 lines are not UTF-8 (line 1 is the first)"),
}


@pytest.mark.parametrize("kind", ["batch", "log"])
@pytest.mark.parametrize("what", sorted(NOT_TEXT))
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_input_that_is_not_text_is_refused_before_anything_is_read(tmp_path, capsys, kind, what, jobs):
    data, message = NOT_TEXT[what]
    path = tmp_path / "input"
    path.write_bytes(data)
    out = tmp_path / "out.jsonl"
    code, stdout, err = scan(capsys, f"--{kind}", str(path), "--format", "jsonl", "--jobs", jobs, "-o", str(out))
    assert code == 2 and stdout == "" and not out.exists()
    assert err.startswith(f"oauth-audit: error: {path}: {message}") and err.count("\n") == 1


def test_not_text_from_standard_input_too(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(_png()))))
    code, out, err = scan(capsys, "--batch", "-", "--format", "jsonl")
    assert code == 2 and out == "" and err.startswith("oauth-audit: error: stdin: not a text file but a PNG image")


def test_a_few_lines_that_are_not_utf8_are_reported_one_by_one(tmp_path, capsys):
    """The principle's other side: text with some bad bytes is read, its bad lines reported."""
    lines = [GITHUB.format(c=i, tail="").encode() for i in range(10)] + [b"caf\xe9"] * 4
    path = tmp_path / "urls.txt"
    path.write_bytes(b"\n".join(lines) + b"\n")
    code, out, err = scan(capsys, "--batch", str(path), "--format", "json")
    summary = json.loads(out)["summary"]
    assert code == 1 and summary["requests"] == 10 and summary["errors"] == 4 and err == ""


def test_not_text_looks_at_the_start_only_and_not_at_a_cut_character():
    from auditor.sources.logs import not_text

    assert not_text(b"https://a.example/?q=\xe2\x82", complete=False) is None  # one long line cut in a character
    assert not_text(b"https://a.example/?q=\xe2\x82", complete=True) is not None
    assert not_text(b"ok\n\xff\nok\n", complete=True) is None  # one bad line of three
    assert not_text(b"\xff\n\xff\nok\n", complete=True).startswith("not UTF-8 text: 2 of its first 3 lines")
    assert not_text(b"BZh91AY&SY\xff\xfe\n\xc3", complete=True).endswith("; decompress it first")
    assert not_text(b"", complete=True) is None


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_batch_of_which_nothing_is_readable_is_an_error(tmp_path, capsys, parallel_small, jobs):
    path = tmp_path / "urls.txt"
    path.write_text("not a url\nhttps://\n\nstill not\n")
    out = tmp_path / "out.json"
    code, stdout, err = scan(capsys, "--batch", str(path), "--format", "json", "--jobs", jobs, "-o", str(out))
    assert code == 2 and not out.exists()
    assert err.startswith(f"oauth-audit: error: {path}: nothing could be audited: none of the 3 request(s) in it could be read ({path}:1: ")
    code, stdout, err = scan(capsys, "--batch", str(path), "--format", "jsonl", "--jobs", jobs)
    assert code == 2 and stdout.count('"record": "error"') == 3 and err.count("\n") == 1


def test_a_log_whose_authorization_urls_are_all_unreadable_is_an_error(tmp_path, capsys):
    path = tmp_path / "access.log"
    path.write_text('1.2.3.4 "GET https://[zz/login/oauth/authorize?client_id=x&scope=repo HTTP/1.1" 302 0\n' * 3
                    + '1.2.3.4 "GET https://cdn.example/app.js HTTP/1.1" 200 9\n')
    code, _, err = scan(capsys, "--log", str(path), "--format", "json")
    assert code == 2 and "nothing could be audited: none of the 3 request(s)" in err


@pytest.mark.parametrize("kind,text", [
    ("batch", ""),
    ("batch", "# only comments\n\n   \n"),
    ("log", '1.2.3.4 "GET https://cdn.example/app.js HTTP/1.1" 200 9\n' * 5),
    ("har", '{"log": {"entries": [{"request": {"url": "https://cdn.example/app.js"}}]}}'),
])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_input_without_any_request_is_nothing_to_audit(tmp_path, capsys, parallel_small, kind, text, jobs):
    path = tmp_path / "input"
    path.write_text(text)
    code, out, err = scan(capsys, f"--{kind}", str(path), "--format", "json", "--jobs", jobs)
    assert code == 3 and json.loads(out)["summary"]["requests"] == 0
    assert err == f"oauth-audit: nothing to audit: no authorization request found in {path}\n"


# -- the real command line: a pipe, the real thresholds, Ctrl-C ----------------------------------------


def lines_over_the_threshold(times: int = 1) -> bytes:
    rng = random.Random(11)
    return ("\n".join(url(rng) for _ in range(parallel.MIN_LINES * times + 500)) + "\n").encode()


def test_a_pipe_over_the_real_threshold(tmp_path):
    data = lines_over_the_threshold()
    outputs = []
    for jobs in ("1", "2"):
        proc = subprocess.run([sys.executable, "-m", "auditor", "scan", "--batch", "-", "--format", "jsonl", "--jobs", jobs],
                              input=data, capture_output=True, timeout=300)
        assert proc.returncode == 1 and proc.stderr == b""
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1] and outputs[0].count(b'"record": "request"') == parallel.MIN_LINES + 500


def _children(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    if int(fh.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.add(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return found


def _interrupted(stop, close_input: bool = False) -> tuple[int, str, set[int]]:
    """Run a --jobs 2 scan of standard input that stays open (until ``stop`` has run, with
    ``close_input``), and ``stop(process, workers)`` once its first records are out; its exit
    code, standard error and workers."""
    import threading

    proc = subprocess.Popen([sys.executable, "-m", "auditor", "scan", "--batch", "-", "--format", "jsonl", "--jobs", "2"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out: list[bytes] = []
    data = lines_over_the_threshold(3)

    def write() -> None:
        try:
            proc.stdin.write(data)
            proc.stdin.flush()
        except OSError:  # the run ended before it read everything
            pass

    # the input is written and the output read by threads: the input stays open, the run waits for more
    writer = threading.Thread(target=write, daemon=True)
    reader = threading.Thread(target=lambda: out.extend(iter(lambda: proc.stdout.read1(65536), b"")), daemon=True)
    try:
        writer.start()
        reader.start()
        deadline = time.monotonic() + 60
        while not out and time.monotonic() < deadline:
            time.sleep(0.05)
        assert out and out[0].startswith(b'{"judgement": ')  # output before the end of the input: it streams
        workers = {pid for pid in _children(proc.pid) if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()}
        assert len(workers) == 2
        stop(proc, workers)
        if close_input:
            writer.join(60)
            proc.stdin.close()
        code = proc.wait(timeout=20)
        err = proc.stderr.read().decode()
    finally:
        proc.kill()
    deadline = time.monotonic() + 10
    while any(os.path.exists(f"/proc/{w}") for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(os.path.exists(f"/proc/{w}") for w in workers)  # no process left behind
    return code, err, workers


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="finds the worker processes through /proc")
@pytest.mark.parametrize("after", [0.0, 0.3])
def test_ctrl_c_stops_the_workers_and_exits_in_one_line(after):
    def ctrl_c(proc, workers):
        time.sleep(after)
        proc.send_signal(signal.SIGINT)

    code, err, _ = _interrupted(ctrl_c)
    assert code == 2 and err == "oauth-audit: error: interrupted\n"


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="finds the worker processes through /proc")
def test_a_worker_killed_mid_run_is_one_error_line():
    def kill_one(proc, workers):
        os.kill(min(workers), signal.SIGKILL)

    code, err, _ = _interrupted(kill_one, close_input=True)
    assert code == 2 and err == ("oauth-audit: error: a worker process of --jobs ended unexpectedly (killed, or out of memory?); "
                                 "run again, or with --jobs 1\n")
