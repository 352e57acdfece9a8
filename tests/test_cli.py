"""The real command line, run in a subprocess: verdicts, exit codes, snapshots and bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import MICROSOFT_MAIL_URL, MINIMAL_SIGNIN_URL, ROOT, WECHAT_WEB_LOGIN_URL, WORM_URL, check_snapshot, run_cli


def scan_json(*args: str) -> tuple[dict, subprocess.CompletedProcess]:
    proc = run_cli("scan", *args, "--format", "json")
    assert proc.stderr == ""
    return json.loads(proc.stdout), proc


def test_worm_request_is_critical_and_explained():
    doc, proc = scan_json(WORM_URL)
    report = doc["reports"][0]
    assert report["risk"]["level"] == "critical"
    assert proc.returncode == 1
    rules = {f["rule"] for f in report["findings"]}
    assert {"OA101", "OA102", "OA103", "OA401", "OA201"} <= rules
    accesses = {a for e in report["exposures"] if e["category"] == "comm.content" for a in e["accesses"]}
    assert {"read.all", "act.send", "write.delete"} <= accesses, accesses
    assert any(e["category"] == "social.contacts" and e["subject"] == "third_party" for e in report["exposures"])
    mail = next(s for s in report["scopes"] if s["scope"] == "https://mail.google.com/")
    assert mail["narrower"], "the full-mail scope must name narrower alternatives"


def test_worm_terminal_report_snapshot():
    proc = run_cli("scan", WORM_URL)
    assert proc.returncode == 1
    out = proc.stdout
    assert out.splitlines()[0].strip().startswith("CRITICAL")
    for needle in ("implicit grant", "Narrower alternatives", "Where to revoke", "other people"):
        assert needle in out, needle
    check_snapshot("scan-worm.txt", out)


def test_minimal_signin_is_none_or_low_and_exits_0():
    doc, proc = scan_json(MINIMAL_SIGNIN_URL)
    assert doc["reports"][0]["risk"]["level"] in ("none", "low")
    assert proc.returncode == 0
    check_snapshot("scan-minimal-signin.txt", run_cli("scan", MINIMAL_SIGNIN_URL).stdout)


def test_wechat_web_login_qr_is_critical():
    doc, proc = scan_json(WECHAT_WEB_LOGIN_URL)
    report = doc["reports"][0]
    assert report["kind"] == "session_login"
    assert report["risk"]["level"] == "critical"
    assert proc.returncode == 1
    text = run_cli("scan", WECHAT_WEB_LOGIN_URL).stdout
    assert "whole account" in text
    check_snapshot("scan-wechat-web-login.txt", text)


def test_github_repo_names_reach_and_narrower_choices():
    proc = run_cli("scan", "--provider", "github", "--scopes", "repo")
    out = proc.stdout
    assert "public_repo" in out
    assert "GitHub App" in out or "no narrower" in out.lower() or "→" in out
    check_snapshot("scan-github-repo.txt", out)


def test_microsoft_mail_send_offline_is_at_least_high():
    doc, proc = scan_json(MICROSOFT_MAIL_URL)
    report = doc["reports"][0]
    assert report["risk"]["level"] in ("high", "critical")
    assert "offline" in report["modifiers"]
    assert {s["scope"] for s in report["scopes"] if s["known"]} == {"Mail.ReadWrite", "Mail.Send", "offline_access"}
    assert proc.returncode == 1


def test_fail_on_controls_the_exit_code():
    assert run_cli("scan", MINIMAL_SIGNIN_URL, "--fail-on", "info").returncode in (0, 1)
    assert run_cli("scan", WORM_URL, "--fail-on", "never").returncode == 0
    assert run_cli("scan", WORM_URL, "--fail-on", "critical").returncode == 1
    assert run_cli("scan", MICROSOFT_MAIL_URL.replace("Mail.ReadWrite%20Mail.Send%20offline_access", "User.Read"), "--fail-on", "medium").returncode == 0


@pytest.mark.parametrize(
    "args",
    [
        ["scan", "not a url"],
        ["scan", ""],
        ["scan", "https://a.example/authorize?scope=\x1b[31mx"],
        ["scan"],
        ["scan", "--scopes", "repo"],
        ["scan", "--provider", "nope", "--scopes", "repo"],
        ["scan", WORM_URL, "--purpose", "no.such.purpose"],
        ["scan", WORM_URL, "--format", "xml"],
        ["scan", WORM_URL, "--no-such-option"],
        ["explain", "OA999"],
        ["no-such-command"],
    ],
    ids=lambda a: " ".join(a)[:40],
)
def test_bad_input_is_one_line_and_exit_2(args):
    proc = subprocess.run([sys.executable, "-m", "auditor", *args], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("oauth-audit: error: ")
    assert "Traceback" not in proc.stderr and "\x1b" not in proc.stderr


def test_huge_inputs_are_refused_in_one_line(capsys):
    from auditor.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["scan", "https://a.example/?" + "a" * 5_000_000])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "limit is 65,536" in err
    # the same through standard input (Linux refuses a 5 MB command-line argument before any program runs)
    proc = run_cli("scan", "-", input="https://a.example/?" + "a" * 5_000_000 + "\n")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "limit is 65,536" in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "auditor", "scan", "-"], input=b"\xff\xfe binary", capture_output=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 2 and proc.stderr.decode().count("\n") == 1 and b"UTF-8" in proc.stderr


def test_urls_from_standard_input():
    doc = json.loads(run_cli("scan", "-", "--format", "json", input=f"# comment\n{WORM_URL}\n\n{MINIMAL_SIGNIN_URL}\n").stdout)
    assert [r["source"] for r in doc["reports"]] == ["stdin:2", "stdin:4"]


def test_markup_and_escapes_in_parameters_are_shown_not_interpreted():
    url = (
        "https://accounts.google.com/o/oauth2/v2/auth?response_type=code&state=Zx8pQ2mV7rT4kL9w"
        "&client_id=%1B%5D8%3B%3Bhttps%3A%2F%2Fevil%2F%07Safe%1B%5D8%3B%3B%07"
        "&redirect_uri=https%3A%2F%2Fa.example%2F%5Bgreen%5DSAFE%5B%2Fgreen%5D&scope=openid%20%5Bbold%5Dx%5B%2Fbold%5D%E2%80%AE"
    )
    for fmt in ("terminal", "json"):
        proc = run_cli("scan", url, "--format", fmt, env={"FORCE_COLOR": "1"} if fmt == "terminal" else None)
        out = proc.stdout
        assert "\x1b]8" not in out and "\x07" not in out and "\u202e" not in out
        if fmt == "terminal":
            assert "\\x1b]8;;https://evil/\\x07Safe" in out
            assert "[green]SAFE[/green]" in out and "[bold]x[/bold]\\u202e" in out
        else:
            doc = json.loads(out)
            assert doc["reports"][0]["client_id"] == "\x1b]8;;https://evil/\x07Safe\x1b]8;;\x07"


def test_json_output_is_deterministic_and_versioned():
    a = run_cli("scan", WORM_URL, MINIMAL_SIGNIN_URL, "--format", "json").stdout
    b = run_cli("scan", WORM_URL, MINIMAL_SIGNIN_URL, "--format", "json").stdout
    assert a == b
    doc = json.loads(a)
    assert doc["schema_version"] == 1
    assert doc["summary"] == {"requests": 2, "highest": "critical"}
    for report in doc["reports"]:
        for key in ("source", "provider", "client_id", "scopes", "risk", "findings"):
            assert key in report
        for s in report["scopes"]:
            assert {"scope", "known", "grants"} <= set(s)
        for f in report["findings"]:
            assert {"rule", "name", "severity", "message", "scope"} <= set(f)


def test_output_file_is_written_atomically(tmp_path):
    target = tmp_path / "report.json"
    proc = run_cli("scan", WORM_URL, "--format", "json", "--output", str(target))
    assert proc.stdout == "" and proc.returncode == 1
    assert json.loads(target.read_text())["reports"][0]["risk"]["level"] == "critical"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]
    bad = run_cli("scan", WORM_URL, "--output", str(tmp_path / "missing" / "r.txt"))
    assert bad.returncode == 2 and not (tmp_path / "missing").exists()


def test_explain_shows_score_components():
    out = run_cli("scan", WORM_URL, "--explain").stdout
    assert "Score" in out and "total" in out and "sensitive data" in out


def test_rules_and_explain_commands():
    listing = run_cli("rules").stdout
    assert "OA101" in listing and "OA501" in listing
    doc = run_cli("explain", "OA401").stdout
    assert "## Why it matters" in doc and "RFC 9700" in doc


def test_offline_scan_imports_neither_httpx_nor_click():
    code = (
        "import sys\nfrom auditor.cli import main\n"
        f"sys.argv = ['oauth-audit', 'scan', {WORM_URL!r}, '--format', 'json']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "bad = [m for m in ('httpx', 'click', 'rich', 'tomllib') if m in sys.modules]\n"
        "sys.stderr.write(repr(bad))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.stderr == "[]"


def test_terminal_scan_does_not_import_httpx():
    code = (
        "import sys\nfrom auditor.cli import main\n"
        f"sys.argv = ['oauth-audit', 'scan', {WORM_URL!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(repr('httpx' in sys.modules))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.stderr == "False"


def test_output_to_a_pipe_is_written_in_place_not_replaced(tmp_path):
    """``-o`` onto a FIFO (as onto /dev/null or a shell's ``>(...)``) writes into the stream: renaming
    a temporary file onto it would put a regular file where the pipe (or /dev/null) was."""
    import os
    import stat
    import subprocess
    import sys
    import threading

    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()))
    reader.start()
    url = "https://github.com/login/oauth/authorize?client_id=x&scope=repo&state=s"
    proc = subprocess.run([sys.executable, "-m", "auditor", "scan", url, "--format", "json", "-o", str(fifo), "--fail-on", "never"],
                          capture_output=True, text=True, timeout=60)
    reader.join(10)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert b'"repo"' in got[0]


def test_output_onto_a_folder_is_one_line_and_exit_2(tmp_path):
    import subprocess
    import sys

    (tmp_path / "d").mkdir()
    proc = subprocess.run([sys.executable, "-m", "auditor", "scan", "--provider", "github", "--scopes", "repo", "-o", str(tmp_path / "d")],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "it is a folder" in proc.stderr, proc.stderr
    assert (tmp_path / "d").is_dir() and list((tmp_path / "d").iterdir()) == []
