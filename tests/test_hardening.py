"""Hardening 2: the red-team cases as a test family (docs/security.md).

Classes that random fuzzing cannot reach: a limit that fails open, super-linear time on tiny inputs,
memory far beyond the documented limits, recursion on input structure, writes an attacker can steer.
Each test names the case it closes. Timing guards are generous (the point is minutes versus
milliseconds); the growth of each reader with input size is measured by benchmarks/readers.py.
"""

from __future__ import annotations

import io
import json
from collections import Counter
import os
import resource
import subprocess
import sys
import time
import tomllib
import unicodedata
from pathlib import Path

import pytest

from auditor.cli import main

ROOT = Path(__file__).resolve().parents[1]
OAUTH_AUDIT = str(Path(sys.executable).with_name("oauth-audit"))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(list(argv))
    out = capsys.readouterr()
    return exc.value.code, out.out, out.err


# -- linear time: backtracking bait through every reader -------------------------------------------

READERS = ["detect", "page-redirect", "url", "appsscript", "chrome", "entra", "slack", "github-app", "shopify",
           "wechat-miniprogram", "text", "batch", "log", "har"]


@pytest.mark.parametrize("reader", READERS)
def test_backtracking_bait_stays_fast_in_every_reader(reader):
    # Run in a child process with a deadline: a catastrophic regex cannot be interrupted in-process.
    proc = subprocess.run([sys.executable, str(ROOT / "fuzz" / "bait.py"), reader, "50000"], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    timings = json.loads(proc.stdout)
    assert len(timings) >= 20
    slow = {name: round(s, 2) for name, s in timings.items() if s > 10.0}
    assert not slow, f"{reader}: baits of 50,000 characters took over 10 s: {slow}"


def test_a_readme_of_200_kb_of_newlines_is_read_in_well_under_a_second(tmp_path):
    from auditor.sources.manifests import read_file

    text = "# notes\n" + "\n" * 200_000
    started = time.perf_counter()
    assert read_file(str(tmp_path / "README.md"), text=text) == []
    assert time.perf_counter() - started < 1.0


def test_a_backtracking_gitignore_glob_against_a_long_name_is_instant(tmp_path):
    from auditor.ci import discover

    (tmp_path / ".gitignore").write_text("*a*a*a*a*a*a*a*ab\n")
    name = "a" * 200 + ".md"
    (tmp_path / name).write_text("x")
    started = time.perf_counter()
    tree = discover.scan_tree(str(tmp_path), ("*a*a*a*a*a*a*a*ab",))
    assert time.perf_counter() - started < 1.0
    assert tree.files == [name]


def test_page_redirects_with_10000_backslashes_or_100000_spaces_are_instant():
    from auditor.sources.resolve import page_redirect, refresh_target

    for body in ('<script>location="' + "\\" * 10_000 + "</script>", '<script>location.replace(\'' + "\\" * 10_000,
                 '<meta http-equiv="refresh" content="0;' + " " * 100_000 + '">', '<meta http-equiv="refresh" content="' + "9" * 100_000 + '">'):
        started = time.perf_counter()
        assert page_redirect(body.encode()) is None
        assert time.perf_counter() - started < 1.0
    # and they still read what they should
    assert page_redirect(b'<script>window.location.href = "https://a.example/x?y=\\"z\\""</script>') == 'https://a.example/x?y="z"'
    assert page_redirect(b"<script>location.replace('https://b.example/')</script>") == "https://b.example/"
    assert refresh_target("5 ; URL = 'https://c.example/p' ") == "https://c.example/p"
    assert refresh_target("0;url=https://d.example/") == "https://d.example/"


def test_many_scopes_in_a_hard_coded_url_are_located_in_linear_time(tmp_path):
    from auditor.sources.manifests import read_file

    google = "https://accounts.google.com/o/oauth2/v2/auth?client_id=1.apps.googleusercontent.com&response_type=code&scope="
    url = google + "%20".join(f"https://www.googleapis.com/auth/x{i}" for i in range(1500))
    started = time.perf_counter()
    (request,) = read_file("app.js", text=f'const u = "{url}";\n')
    assert time.perf_counter() - started < 2.0
    assert len(request.scopes) == 1500 and request.scopes[-1].location.column > request.scopes[0].location.column


def test_shopify_names_written_as_unicode_escapes_do_not_make_location_quadratic():
    from auditor.sources.manifests import read_file

    started = time.perf_counter()
    text = "[access_scopes]\nscopes = \"" + ",".join(f"\\u0072ead_{i}" for i in range(1000)) + "\"\n" + "# pad\n" * 50_000
    (request,) = read_file("shopify.app.toml", text=text)
    assert time.perf_counter() - started < 2.0
    assert len(request.scopes) == 1000 and all(s.location.line == 2 for s in request.scopes)


# -- fail closed -------------------------------------------------------------------------------------

def _qr_grid(n: int, special: str) -> bytes:
    segno = pytest.importorskip("segno")
    from PIL import Image

    tiles = []
    for i in range(n):
        text = special if i == n - 1 else f"https://example.com/decoy/{i}"
        buf = io.BytesIO()
        segno.make(text, error="m").save(buf, kind="png", scale=3, border=2)
        buf.seek(0)
        tiles.append(Image.open(buf).convert("L"))
    w = max(t.size[0] for t in tiles)
    cols = int(n ** 0.5) + 1
    out = Image.new("L", (cols * w, ((n + cols - 1) // cols) * w), 255)
    for k, tile in enumerate(tiles):
        out.paste(tile, ((k % cols) * w, (k // cols) * w))
    data = io.BytesIO()
    out.save(data, "PNG")
    return data.getvalue()


def test_one_session_login_code_among_400_decoys_is_found_and_the_flood_reported(tmp_path, capsys):
    pytest.importorskip("zxingcpp")
    image = tmp_path / "grid.png"
    image.write_bytes(_qr_grid(401, "https://login.weixin.qq.com/l/Abcd1234EfGh=="))
    code, out, _ = run(capsys, "scan", str(image), "--format", "json")
    doc = json.loads(out)
    levels = {r["risk"]["level"] for r in doc["reports"]}
    rules = {f["rule"] for r in doc["reports"] for f in r["findings"]}
    assert code == 1 and "critical" in levels and {"OA501", "OA701"} <= rules
    flood = next(f for r in doc["reports"] for f in r["findings"] if f["rule"] == "OA701")
    assert "401 QR codes" in flood["message"]


def test_lines_over_the_limit_in_a_batch_fail_closed(tmp_path, capsys):
    batch = tmp_path / "urls.txt"
    batch.write_text("https://accounts.google.com/o/oauth2/v2/auth?client_id=1&scope=openid\nhttps://x.example/" + "a" * 70_000 + "\n")
    code, out, _ = run(capsys, "scan", "--batch", str(batch), "--format", "jsonl", "--full")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert records[-1]["kind"] == "incomplete" and records[-1]["risk"]["level"] == "high"
    # the compact records say it too: the last request record is OA701 at high, with no line
    code, out, _ = run(capsys, "scan", "--batch", str(batch), "--format", "jsonl")
    last = [json.loads(line) for line in out.splitlines()][-1]
    assert code == 1 and last["record"] == "request" and last["rules"] == ["OA701"] and last["level"] == "high" and last["line"] is None
    assert records[-1]["findings"][0]["message"].startswith("Not fully audited: 1 of 2 lines or entries examined")


# -- memory bounded by bytes -----------------------------------------------------------------------

def _child_peak_mb(argv: list[str], **kwargs) -> tuple[subprocess.CompletedProcess, float]:
    code = (
        "import resource, subprocess, sys; p = subprocess.run(sys.argv[1:], capture_output=True); "
        "sys.stdout.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) + ' ' + str(p.returncode))"
    )
    proc = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, timeout=600, **kwargs)
    rss_kb, rc = proc.stdout.split()
    return subprocess.CompletedProcess(argv, int(rc)), int(rss_kb) / 1024


def test_batch_with_output_streams_instead_of_holding_the_output(tmp_path):
    lines = tmp_path / "urls.txt"
    with open(lines, "w") as fh:
        for i in range(20_000):
            fh.write(f"https://accounts.google.com/o/oauth2/v2/auth?client_id={i}.apps.googleusercontent.com&response_type=code&scope=openid%20email&state=s{i}\n")
    out = tmp_path / "out.jsonl"
    proc, peak = _child_peak_mb([OAUTH_AUDIT, "scan", "--batch", str(lines), "--format", "jsonl", "--output", str(out)])
    assert proc.returncode == 0
    kinds = Counter(json.loads(line)["record"] for line in open(out))
    assert kinds == {"request": 20_000, "judgement": 20_000}  # 20,000 apps: one judgement each
    assert peak < 150, f"peak RSS {peak:.0f} MB"


def test_a_har_entry_with_a_60_mb_body_is_read_in_flat_memory(tmp_path):
    url = "https://accounts.google.com/o/oauth2/v2/auth?client_id=1.apps.googleusercontent.com&response_type=token&scope=https%3A%2F%2Fmail.google.com%2F"
    body = "x" * (60 * 1024 * 1024)
    har = tmp_path / "big.har"
    with open(har, "w") as fh:
        fh.write('{"log": {"entries": [{"request": {"url": ' + json.dumps(url) + '}, "response": {"status": 200, "headers": [], "content": {"text": "')
        fh.write(body)
        fh.write('"}}}]}}')
    proc, peak = _child_peak_mb([OAUTH_AUDIT, "scan", "--har", str(har), "--format", "jsonl", "--output", str(tmp_path / "o.jsonl")])
    assert proc.returncode == 1  # the mailbox request in the big entry was read and judged
    assert peak < 150, f"peak RSS {peak:.0f} MB"


def test_a_structured_manifest_over_a_mebibyte_is_refused_before_parsing(tmp_path):
    from auditor.errors import InputError
    from auditor.sources.manifests import read_file

    text = json.dumps({"timeZone": "UTC", "oauthScopes": [f"x{i}" for i in range(200_000)]})
    with pytest.raises(InputError, match="too large for a appsscript manifest"):
        read_file("appsscript.json", text=text)


def test_a_lossless_webp_that_decodes_beyond_the_byte_limit_is_refused():
    pytest.importorskip("zxingcpp")
    from PIL import Image

    from auditor.errors import InputError
    from auditor.sources import qr

    buf = io.BytesIO()
    Image.new("RGBA", (6000, 6000), (255, 255, 255, 255)).save(buf, "WEBP", lossless=True)
    assert len(buf.getvalue()) < 200_000
    with pytest.raises(InputError, match="would decode to 108,000,000 bytes .RGB, 6,000 x 6,000.; the limit is 64,000,000"):
        qr.decode_image(buf.getvalue(), max_pixels=40_000_000)


def test_the_largest_image_we_decode_stays_in_bounded_memory(tmp_path):
    pytest.importorskip("zxingcpp")
    from PIL import Image

    image = Image.new("RGBA", (4000, 4000), (255, 255, 255, 0))  # 64,000,000 bytes decoded: the limit
    path = tmp_path / "big.webp"
    image.save(path, "WEBP", lossless=True)
    proc, peak = _child_peak_mb([OAUTH_AUDIT, "scan", str(path)])
    assert proc.returncode == 2  # no QR code in it: one line, exit 2
    assert peak < 400, f"peak RSS {peak:.0f} MB"


# -- no recursion on input structure; every file name encodable -------------------------------------

def test_har_entries_nested_5000_deep_are_walked_without_recursion(tmp_path, capsys):
    url = "https://accounts.google.com/o/oauth2/v2/auth?client_id=1.apps.googleusercontent.com&response_type=token&scope=https%3A%2F%2Fmail.google.com%2F"
    har = tmp_path / "deep.har"
    deep = "[" * 5000 + "]" * 5000
    har.write_text('{"log":{"entries":[' + deep + ', {"request": {"x": ' + deep + ', "url": ' + json.dumps(url) + "}}]}}")
    code, out, err = run(capsys, "scan", "--har", str(har), "--format", "jsonl", "--full")
    assert code == 1 and [json.loads(line)["risk"]["level"] for line in out.splitlines()] == ["critical"], err
    # A value we do parse whole (a URL field) nested that deep is one line, exit 2.
    har.write_text('{"log":{"entries":[{"request": {"url": ' + deep + "}}]}}")
    code, out, err = run(capsys, "scan", "--har", str(har), "--format", "jsonl")
    assert code == 2 and err.count("\n") == 1 and "nested too deeply" in err


def test_a_deeply_nested_baseline_is_one_line(tmp_path):
    from auditor.ci.suppress import read_baseline
    from auditor.errors import InputError

    path = tmp_path / "baseline.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(InputError, match="nested too deeply"):
        read_baseline(str(path))


def test_online_metadata_of_nested_brackets_is_an_input_error():
    respx = pytest.importorskip("respx")
    from auditor.errors import InputError
    from auditor.sources.resolve import fetch_metadata

    with respx.mock(assert_all_called=False) as mock:
        mock.get("https://as.example/.well-known/openid-configuration").respond(200, content=b"[" * 100_000 + b"]" * 100_000)
        with pytest.raises(InputError, match="nested too deeply"):
            fetch_metadata("as.example", resolver=lambda host, port: ["93.184.216.34"])


def test_check_walks_a_tree_1200_folders_deep(tmp_path, capsys, monkeypatch):
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        for _ in range(1200):
            os.mkdir("d")
            os.chdir("d")
        Path("appsscript.json").write_text('{"timeZone": "UTC", "oauthScopes": ["https://mail.google.com/"]}')
    finally:
        os.chdir(here)
    monkeypatch.chdir(tmp_path)
    try:
        code, out, _ = run(capsys, "check", ".", "--format", "json")
        doc = json.loads(out)
        assert code == 1 and doc["reports"][0]["source"].endswith("/d/appsscript.json")
    finally:
        _remove_deep(tmp_path)


def _remove_deep(top: Path) -> None:
    """Remove the 1,200-folder chain without recursion (pytest's own clean-up recurses and fails on it)."""
    here = os.getcwd()
    os.chdir(top)
    depth = 0
    while os.path.isdir("d"):
        os.chdir("d")
        depth += 1
    for name in os.listdir("."):
        os.unlink(name)
    for _ in range(depth):
        os.chdir("..")
        os.rmdir("d")
    os.chdir(here)


def test_check_sarif_with_a_file_name_that_is_not_utf8(tmp_path, capsys, monkeypatch):
    if sys.platform == "darwin":
        pytest.skip("macOS file systems refuse names that are not UTF-8")
    name = os.fsdecode(b"app\xff.js")
    (tmp_path / name).write_text('const u = "https://accounts.google.com/o/oauth2/v2/auth?client_id=1.apps.googleusercontent.com&response_type=token&scope=https%3A%2F%2Fmail.google.com%2F";\n')
    monkeypatch.chdir(tmp_path)
    for fmt in ("sarif", "json", "github", "markdown", "terminal"):
        code, out, _ = run(capsys, "check", ".", "--format", fmt)
        assert code == 1, fmt
        out.encode("utf-8")
    code, out, _ = run(capsys, "check", ".", "--format", "sarif")
    uri = json.loads(out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "app%FF.js"


def test_an_unreadable_folder_is_reported_not_skipped_silently(tmp_path, capsys, monkeypatch):
    (tmp_path / "locked").mkdir()
    real = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "check", ".", "--format", "json")
    assert {"path": "locked", "message": "not audited: Permission denied"} in json.loads(out)["check"]["errors"]


# -- safe writes -------------------------------------------------------------------------------------

def test_init_writes_a_file_name_with_newlines_as_an_escaped_string(tmp_path, capsys, monkeypatch):
    name = 'x\n[[ignore]]\nrule = "OA304"\nreason = "planted"\n#.md'
    (tmp_path / name).write_text("https://accounts.google.com/o/oauth2/v2/auth?client_id=1.apps.googleusercontent.com&response_type=code&scope=https%3A%2F%2Fmail.google.com%2F\n")
    monkeypatch.chdir(tmp_path)
    code, _, _ = run(capsys, "init", ".")
    assert code == 0
    doc = tomllib.loads((tmp_path / "oauth-audit.toml").read_text())
    assert "ignore" not in doc and list(doc["scopes"]) == ["https://mail.google.com/"]
    assert "x\\n[[ignore]]" in (tmp_path / "oauth-audit.toml").read_text()


def test_output_never_follows_a_planted_symlink(tmp_path, capsys):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    out = tmp_path / "report.json"
    for pid in range(os.getpid() - 5, os.getpid() + 5):  # every name the old writer could have used
        os.symlink(victim, tmp_path / f".report.json.{pid}.tmp")
    code, _, _ = run(capsys, "scan", "--provider", "github", "--scopes", "repo", "--format", "json", "--output", str(out), "--fail-on", "never")
    assert code == 0 and victim.read_text() == "keep me" and json.loads(out.read_text())["reports"]
    assert (out.stat().st_mode & 0o777) == (0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# -- the smaller items -------------------------------------------------------------------------------

def test_cloud_metadata_addresses_over_ipv6_are_always_refused():
    from auditor.sources.resolve import address_problem

    for address in ("fd20:ce::254", "fd00:c1::a9fe:a9fe", "fd00:ec2::254"):
        assert address_problem(address) is not None, address


def test_a_redirect_chain_has_one_total_deadline():
    from auditor.errors import InputError
    from auditor.sources.resolve import CHAIN_BUDGET, _Guard

    assert CHAIN_BUDGET <= 30
    guard = _Guard(False, None, timeout=10.0, total=0.05)
    guard.start_hop()
    time.sleep(0.06)
    assert guard.remaining() <= 0
    with pytest.raises(InputError, match="whole redirect chain took longer than 0.05s"):
        guard.start_hop()


def test_every_unicode_format_character_is_escaped():
    from auditor.render.safe import visible

    raw = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"]
    raw += [chr(c) for c in range(0xE0100, 0xE01F0)]
    leaked = [f"U+{ord(c):04X}" for c in raw if c in visible(c)]
    assert not leaked, leaked


def test_scan_from_stdin_splits_lines_at_newlines_only(capsys, monkeypatch):
    url = "https://accounts.google.com/o/oauth2/v2/auth?client_id=1.apps.googleusercontent.com&response_type=code&scope=openid"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((url + "\u2028" + url + "\n").encode())))
    code, out, err = run(capsys, "scan", "-", "--format", "json")
    # one line (U+2028 is not a line break for us, as in --batch): one request, or one input error
    assert code == 2 or len(json.loads(out)["reports"]) == 1, err


def test_a_100_byte_chrome_manifest_with_40_stars_is_instant():
    from auditor.sources.manifests import read_file

    for pattern in ("*" * 40 + "x", "*://" + "*a" * 20 + "/*", "https://" + "*." * 20 + "com/" + "*" * 20):
        doc = '{"manifest_version":3,"name":"x","host_permissions":["%s"]}' % pattern
        assert len(doc) < 140
        started = time.perf_counter()
        (request,) = read_file("manifest.json", text=doc)
        assert time.perf_counter() - started < 0.5
        assert [s.scope for s in request.scopes] == [pattern]


@pytest.mark.parametrize("where", ["client_id", "redirect_uri", "scope"])
def test_no_value_can_print_a_second_verdict_at_any_width(where):
    import re
    from urllib.parse import quote

    from auditor import audit_url
    from auditor.catalog import load_catalog
    from auditor.render import markdown, terminal

    catalog = load_catalog()
    verdict = re.compile(r"(NONE|LOW|MEDIUM|HIGH|CRITICAL|无|低|中|高|严重)\s*(risk\s*score|风险评分)")
    for evil in ("x" + " " * 60 + "NONE   risk score 0/100", "\u00a0NONE   risk score 0/100" + " " * 50, "y NONE risk score 0/100 " * 5, "无风险评分 0/100"):
        params = {"client_id": "1.apps.googleusercontent.com", "response_type": "token", "scope": "https://mail.google.com/", "redirect_uri": "https://x.example/"}
        params[where] = evil if where != "scope" else "https://mail.google.com/ " + evil
        report = audit_url("https://accounts.google.com/o/oauth2/v2/auth?" + "&".join(f"{k}={quote(v)}" for k, v in params.items()))
        for width in range(40, 201):
            for lang in ("en", "zh"):
                out = terminal.render([report], catalog, color=False, width=width, lang=lang)
                lines = [line for line in out.splitlines() if verdict.search(line)]
                assert len(lines) == 1, (evil, width, lang, lines)
        assert len(re.findall(r"risk score", markdown.render([report], catalog), re.I)) == 1


def test_markdown_never_mentions_a_user_or_team():
    from auditor.render.markdown import md, prose

    from . import gfm

    for text in ("@octocat", "ping @github/security please", "a@b"):
        # a value: the "@" goes into a code span, where GitHub makes no mention
        page = gfm.inert(f"x {md(text)} x")
        assert page.paragraphs == [f"x {text} x"] and "@" not in "".join(page.outside)
        # our own prose: a zero-width space after the "@"
        assert "@&#8203;" in prose(text) and not __import__("re").search(r"@[A-Za-z0-9]", prose(text))


def test_the_batch_cache_is_bounded_in_bytes_and_keeps_recent_judgements():
    from auditor.batch import Auditor
    from auditor.catalog import load_catalog
    from auditor.sources.url import read_url

    catalog = load_catalog()
    auditor = Auditor(catalog, max_bytes=2_000_000)
    long_scope = "%20".join(f"https://www.googleapis.com/auth/x{i}" for i in range(200))
    for i in range(60):  # distinct, long requests: each judgement costs far more than an average one
        url = f"https://accounts.google.com/o/oauth2/v2/auth?client_id={i}.apps.googleusercontent.com&response_type=code&scope={long_scope}&x={'a' * 5000}"
        auditor.audit(read_url(url, catalog))
        assert auditor.bytes <= 2_000_000
    assert 0 < len(auditor.cache) < 60
    # least recently used goes first: a judgement used again stays
    hot = read_url("https://accounts.google.com/o/oauth2/v2/auth?client_id=hot.apps.googleusercontent.com&response_type=code&scope=openid", catalog)
    auditor.audit(hot)
    for i in range(60, 120):
        auditor.audit(hot)
        url = f"https://accounts.google.com/o/oauth2/v2/auth?client_id={i}.apps.googleusercontent.com&response_type=code&scope={long_scope}&x={'a' * 5000}"
        auditor.audit(read_url(url, catalog))
    misses = auditor.misses
    auditor.audit(hot)
    assert auditor.misses == misses  # still cached


def test_sarif_notifications_percent_encode_file_names(tmp_path, capsys, monkeypatch):
    if sys.platform == "darwin":
        pytest.skip("macOS file systems refuse names that are not UTF-8")
    (tmp_path / os.fsdecode(b"bad \xff.json")).write_bytes(b'{"manifest_version": 3, "permissions": [')  # a broken manifest
    (tmp_path / "ok").mkdir()
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "check", ".", "--format", "sarif")
    notes = json.loads(out)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    uris = [n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for n in notes]
    assert "bad%20%FF.json" in uris
