"""scan's other inputs, end to end: QR images, --resolve against a local server, --batch."""

from __future__ import annotations

import io
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from auditor.analyze import analyze
from auditor.batch import Auditor, cache_key
from auditor.catalog import load_catalog
from auditor.cli import main
from auditor.sources.url import read_url

GOOGLE = "https://accounts.google.com/o/oauth2/v2/auth?client_id=x.apps.googleusercontent.com&scope=openid%20email&response_type=code&redirect_uri=https%3A%2F%2Fa.example%2Fcb"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(list(argv))
    out = capsys.readouterr()
    return exc.value.code, out.out, out.err


def qr_png(tmp_path, *texts: str):
    segno = pytest.importorskip("segno")
    Image = pytest.importorskip("PIL.Image")
    pytest.importorskip("zxingcpp", reason="the optional extra is not installed: pip install -e '.[test,qr]'")
    images = []
    for text in texts:
        buf = io.BytesIO()
        segno.make(text, error="m").save(buf, kind="png", scale=6, border=4)
        images.append(Image.open(io.BytesIO(buf.getvalue())).convert("L"))
    canvas = Image.new("L", (sum(i.width for i in images) + 40 * len(images), max(i.height for i in images) + 40), 255)
    x = 20
    for img in images:
        canvas.paste(img, (x, 20))
        x += img.width + 40
    path = tmp_path / "screenshot.png"
    canvas.save(path)
    return path


def test_wechat_login_qr_png_is_critical(tmp_path, capsys):
    path = qr_png(tmp_path, "https://login.weixin.qq.com/l/abcDEF123==")
    code, out, _ = run(capsys, "scan", str(path), "--format", "json")
    assert code == 1
    doc = json.loads(out)
    assert [r["risk"]["level"] for r in doc["reports"]] == ["critical"]
    assert doc["reports"][0]["findings"][0]["rule"] == "OA501"


def test_a_png_with_two_codes_reports_both(tmp_path, capsys):
    path = qr_png(tmp_path, "https://login.weixin.qq.com/l/abcDEF123==", GOOGLE)
    code, out, _ = run(capsys, "scan", str(path), "--format", "json")
    doc = json.loads(out)
    assert len(doc["reports"]) == 2 and doc["reports"][0]["risk"]["level"] == "critical"
    assert {r["source"] for r in doc["reports"]} == {f"qr:{path}#1", f"qr:{path}#2"}


def test_a_qr_code_that_is_not_an_authorization_is_said_so(tmp_path, capsys):
    path = qr_png(tmp_path, "WIFI:S:home;T:WPA;P:secret;;", GOOGLE)
    code, out, err = run(capsys, "scan", str(path), "--format", "json")
    assert len(json.loads(out)["reports"]) == 1
    assert "QR code 1 of 2 is text, not an authorization request: WIFI:S:home" in err


class _Redirect(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        if self.path == "/s/abc":
            self.send_response(302)
            self.send_header("Location", GOOGLE)
            self.end_headers()
        else:
            self.send_response(404)
            self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = HTTPServer(("127.0.0.1", 0), _Redirect)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_resolve_follows_the_chain_to_the_authorization_request(server, capsys):
    code, out, err = run(capsys, "scan", f"{server}/s/abc", "--resolve", "--allow-private", "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["reports"][0]["provider"]["id"] == "google"
    assert doc["reports"][0]["source"] == f"resolved from {server}/s/abc"
    assert "hop 1:" in err and "(HTTP 302)" in err and "not fetched (authorization endpoint)" in err


def test_resolve_refuses_loopback_without_allow_private(server, capsys):
    code, out, err = run(capsys, "scan", f"{server}/s/abc", "--resolve")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "127.0.0.1" in err and "loopback" in err


def test_batch_streams_json_lines_and_counts_errors(tmp_path, capsys):
    path = tmp_path / "urls.txt"
    path.write_text(f"{GOOGLE}&state=0123456789abcdef\n# a comment\nnot a url\nhttps://login.weixin.qq.com/l/abc\n")
    code, out, _ = run(capsys, "scan", "--batch", str(path), "--format", "jsonl", "--full")
    assert code == 1
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line.get("error") is not None for line in lines] == [False, True, False]
    assert lines[0]["source"] == f"{path}:1" and lines[2]["risk"]["level"] == "critical"
    code, out, _ = run(capsys, "scan", "--batch", str(path), "--format", "jsonl")
    compact = [json.loads(line) for line in out.splitlines()]
    assert [r["record"] for r in compact] == ["judgement", "request", "error", "judgement", "request"]
    assert [r.get("line") for r in compact if r["record"] != "judgement"] == [1, 3, 4]
    assert compact[-1]["level"] == "critical" and compact[-1]["source"] == str(path)
    code, out, _ = run(capsys, "scan", "--batch", str(path), "--format", "json", "--fail-on", "never")
    summary = json.loads(out)["summary"]
    assert code == 0 and summary["requests"] == 2 and summary["errors"] == 1
    assert summary["levels"]["critical"] == 1


def test_shared_judgements_equal_fresh_analysis():
    """The batch cache may only share a judgement when every rule gives the same findings."""
    catalog = load_catalog()
    auditor = Auditor(catalog)
    states = ["", "state", "abc", "1234567", "abcdefg", "abcdef", "0f3a9c2e7b11", "x" * 40, "12345", "Ab3", "Zz9", "98765", "54321", "q1w2e3", "A1b2C3"]
    bases = [
        GOOGLE, GOOGLE + "&response_type=token", GOOGLE.replace("https://a.example", "http://localhost:8080"),
        "https://github.com/login/oauth/authorize?client_id=abc&scope=repo",
        "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=c&scope=Mail.Read&response_type=code&redirect_uri=myapp%3A%2F%2Fcb",
    ]
    pkces = ["", "&code_challenge=" + "A" * 43 + "&code_challenge_method=S256", "&code_challenge=short&code_challenge_method=S256", "&code_challenge=" + "B" * 43, "&nonce=n1", "&nonce=zzzzzzzz"]
    checked = 0
    for _ in range(2):  # the second pass is served from the cache
        for base in bases:
            for state in states:
                for pkce in pkces:
                    url = base + (f"&state={state}" if state else "") + pkce
                    request = read_url(url, catalog, source=f"line:{checked}")
                    assert auditor.audit(request) == analyze(request, catalog), url
                    checked += 1
    assert checked == 2 * len(bases) * len(states) * len(pkces) and auditor.hits > 0
    # short states of one shape share a judgement (the rules read only length and character class)
    short = [cache_key(read_url(GOOGLE + f"&state={s}", catalog)) for s in ("98765", "54321")]
    assert short[0] == short[1]


# -- --online: the authorization server's metadata --------------------------------------------------

GOOGLE_METADATA = "https://accounts.google.com/.well-known/openid-configuration"


@pytest.fixture
def online(monkeypatch):
    respx = pytest.importorskip("respx")
    import auditor.sources.resolve as resolve

    monkeypatch.setattr(resolve, "_system_resolver", lambda host, port: ["142.250.0.84"])  # a public address; no DNS
    with respx.mock(assert_all_called=False) as router:
        yield router


def _oa416(out: str) -> list[dict]:
    return [f for f in json.loads(out)["reports"][0]["findings"] if f["rule"] == "OA416"]


def test_online_reports_a_server_without_pkce_s256(online, capsys):
    route = online.get(GOOGLE_METADATA).respond(200, json={"issuer": "https://accounts.google.com", "code_challenge_methods_supported": ["plain"]})
    code, out, err = run(capsys, "scan", GOOGLE + "&state=0123456789abcdef", "--online", "--format", "json", "--fail-on", "never")
    assert code == 0 and route.call_count == 1 and err == ""
    [finding] = _oa416(out)
    assert finding["severity"] == "low" and GOOGLE_METADATA in finding["message"] and "plain" in finding["message"]


def test_online_server_with_s256_and_offline_by_default(online, capsys):
    route = online.get(GOOGLE_METADATA).respond(200, json={"issuer": "https://accounts.google.com", "code_challenge_methods_supported": ["S256", "plain"]})
    code, out, _ = run(capsys, "scan", GOOGLE + "&state=0123456789abcdef", GOOGLE + "&state=fedcba9876543210", "--online", "--format", "json", "--fail-on", "never")
    assert code == 0 and _oa416(out) == [] and route.call_count == 1  # one fetch per host
    code, out, _ = run(capsys, "scan", GOOGLE + "&state=0123456789abcdef", "--format", "json", "--fail-on", "never")
    assert route.call_count == 1, "no network without --online"


def test_online_without_metadata_says_so_and_goes_on(online, capsys):
    online.get(url__startswith="https://accounts.google.com/.well-known/").respond(404)
    code, out, err = run(capsys, "scan", GOOGLE + "&state=0123456789abcdef", "--online", "--format", "json", "--fail-on", "never")
    assert code == 0 and _oa416(out) == []
    assert err.count("\n") == 1 and err.startswith("oauth-audit: --online: no metadata for accounts.google.com")


def test_online_refuses_private_addresses_and_bulk_input(monkeypatch, capsys, tmp_path):
    import auditor.sources.resolve as resolve

    monkeypatch.setattr(resolve, "_system_resolver", lambda host, port: ["10.0.0.7"])
    code, out, err = run(capsys, "scan", GOOGLE + "&state=0123456789abcdef", "--online", "--format", "json", "--fail-on", "never")
    assert code == 0 and "private" in err and _oa416(out) == []
    batch = tmp_path / "urls.txt"
    batch.write_text(GOOGLE + "\n", encoding="utf-8")
    code, _, err = run(capsys, "scan", "--batch", str(batch), "--online")
    assert code == 2 and "--online" in err
