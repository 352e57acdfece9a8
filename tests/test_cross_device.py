"""Cross-device and indirect authorizations (issue 16): bare login payloads, device-code pages,
and links that authorize something indirectly (a copied Google file, an Apps Script web app)."""

from __future__ import annotations

import io
import json

import pytest

from auditor.catalog import load_catalog
from auditor.sources.payload import matches, session_login_payload
from auditor.sources.qr import classify
from auditor.sources.url import read_url

from .conftest import run_cli

KEY = "A" * 43 + "="  # a 32-byte key in standard base64 is 44 characters
WHATSAPP_BARE = f"2@Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA/abc+def==,{KEY},{'B' * 43}=,{'C' * 43}=,1"
TELEGRAM = "tg://login?token=AQID_-BAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA="


def _png(text: str) -> bytes:
    segno = pytest.importorskip("segno", reason="segno (in the test extra) builds the QR images")
    pytest.importorskip("zxingcpp", reason="the optional extra reads QR images")
    buf = io.BytesIO()
    segno.make(text, micro=False).save(buf, kind="png", scale=6, border=4)
    return buf.getvalue()


# --- bare payloads ---------------------------------------------------------------------------

def test_whatsapp_bare_payload_is_a_session_login():
    catalog = load_catalog()
    request = read_url(WHATSAPP_BARE, catalog, source="qr")
    assert request.kind == "session_login"
    assert request.session_login_id == "whatsapp_linked_device"
    assert classify(WHATSAPP_BARE, catalog) == "session_login"
    # without the platform field too
    assert classify(WHATSAPP_BARE.rsplit(",", 1)[0], catalog) == "session_login"


@pytest.mark.parametrize("text", [
    "2@abc,def",  # too few fields
    f"2@abc,{KEY},{KEY}",  # three fields
    f"2@abc,{KEY[:-1]},{KEY},{KEY}",  # a key of the wrong length
    f"2@abc,{KEY},{KEY},{KEY},1,2",  # six fields
    f"2@a b,{KEY},{KEY},{KEY}",  # a space is not base64
    f"3@abc,{KEY},{KEY},{KEY}",  # another prefix
    f"2@abc,,{KEY},{KEY}",  # an empty field
    "hello, world",
])
def test_other_text_is_not_a_whatsapp_payload(text):
    catalog = load_catalog()
    assert session_login_payload(text, catalog) is None
    assert classify(text, catalog) == "text"


def test_feishu_json_payload_is_a_session_login():
    catalog = load_catalog()
    assert read_url('{"qrlogin":{"token":"Ab-12_cd34"}}', catalog).session_login_id == "feishu_web_qr"
    for other in ('{"qrlogin":{"token":""}}', '{"qrlogin":{"token":"a b"}}', '{"qrlogin": {"token":"abc"}}',
                  '{"qrlogin":{"token":"abc"}}x', '{"login":{"token":"abc"}}', '{"qrlogin":{"token":"a"}}"}}'):
        assert session_login_payload(other, catalog) is None, other
    assert classify('{"qrlogin":{"token":"abc"}}', catalog) == "session_login"
    assert classify('{"other":1}', catalog) == "text"


def test_alipay_payment_codes_are_not_logins():
    catalog = load_catalog()
    for code in ("https://qr.alipay.com/_d?_b=TRADE_DY&mergeOrder=false&tradeNo=1",
                 "https://qr.alipay.com/_d?_b=peerpay&enableWK=YES&biz_no=1",
                 "https://qr.alipay.com/_d?securityId=x&_b=PAI_LOGIN_DY"):  # not the form Alipay writes
        assert read_url(code, catalog).kind != "session_login", code
    report = _report("https://qr.alipay.com/_d?_b=PAI_LOGIN_DY&securityId=web%257Cx")
    assert report.risk.level == "critical"
    assert report.findings[0].message.startswith("This is an Alipay website QR-code login")


def test_other_line_links_are_not_logins():
    catalog = load_catalog()
    assert classify("https://line.me/R/ti/p/@example", catalog) == "url"
    assert read_url("https://line.me/R/au/q/x", catalog).session_login_id == "line_qr"


def test_payload_matcher_is_linear_on_huge_input():
    import time

    matcher = {"prefix": "2@", "separator": ",", "fields": [4, 5], "lengths": [0, 44, 44, 44], "alphabet": "base64"}
    text = "2@" + ",".join(["A" * 44] * 5000)
    start = time.perf_counter()
    assert not matches(matcher, text)
    assert not matches(matcher, "2@" + "A," * 100_000)
    assert time.perf_counter() - start < 0.5


def test_cli_scans_the_bare_payload_as_a_critical_session_transfer():
    out = run_cli("scan", WHATSAPP_BARE, "--format", "json")
    data = json.loads(out.stdout)["reports"][0]
    assert data["risk"]["level"] == "critical"
    assert data["session_login"]["id"] == "whatsapp_linked_device"
    assert "Linked devices" in data["session_login"]["revoke"]
    text = run_cli("scan", WHATSAPP_BARE).stdout
    assert "What scanning this gives away" in text and "If you already scanned it" in text
    assert "not a URL" not in text


@pytest.mark.parametrize("payload, login", [
    (WHATSAPP_BARE, "whatsapp_linked_device"),
    (TELEGRAM, "telegram_qr"),
    ("sgnl://linkdevice?uuid=Zm9v&pub_key=BQ%2Bab", "signal_link_device"),
    ("https://s.team/q/1/1234567890123456789", "steam_qr"),
    ("https://line.me/R/au/q/AbCdEf123456?secret=Zm9v&e2eeVersion=1", "line_qr"),
    ('{"qrlogin":{"token":"Ab-12_cd34"}}', "feishu_web_qr"),
    ("http://qr.dingtalk.com/action/login?code=1a2b3c4d-5e6f", "dingtalk_qr"),
    ("https://qr.alipay.com/_d?_b=PAI_LOGIN_DY&securityId=web%257Cauthcenter_qrcode_login%257Ca015RZ42", "alipay_web_qr"),
])
def test_qr_images_of_login_payloads_are_critical_not_errors(tmp_path, payload, login):
    image = tmp_path / "login.png"
    image.write_bytes(_png(payload))
    out = run_cli("scan", str(image), "--format", "json")
    assert out.returncode != 2, out.stderr
    data = json.loads(out.stdout)["reports"][0]
    assert data["risk"]["level"] == "critical"
    assert data["session_login"]["id"] == login
    assert data["findings"][0]["rule"] == "OA501"
    assert data["session_login"]["what"] and data["session_login"]["revoke"]


# --- device-code pages -----------------------------------------------------------------------

def _report(url: str):
    from auditor import audit_url

    return audit_url(url)


def _finding(report, rule_id):
    return next((f for f in report.findings if f.rule == rule_id), None)


@pytest.mark.parametrize("url, says", [
    ("https://login.salesforce.com/setup/connect", "full access and a refresh token"),
    ("https://acme.my.salesforce.com/setup/connect", "full access and a refresh token"),
    ("https://test.salesforce.com/setup/connect", "full access and a refresh token"),  # the provider's first row
    ("https://microsoft.com/devicelogin", "mail, files, chats and directory"),
    ("https://aka.ms/devicelogin", "mail, files, chats and directory"),
    ("https://device.sso.eu-west-1.amazonaws.com/", "every AWS account and role"),
    ("https://device.sso.us-east-1.amazonaws.com/?user_code=HJRZ-HIWR", "every AWS account and role"),
    ("https://d-1234567890.awsapps.com/start/#/device?user_code=ABCD-EFGH", "every AWS account and role"),
    ("https://open.weixin.qq.com/connect/confirm?uuid=081i3CTTw6o8PSt6", "WeChat identity"),
])
def test_device_code_pages_are_critical_and_say_what_a_code_hands_over(url, says):
    report = _report(url)
    assert report.risk.level == "critical", url
    finding = _finding(report, "OA505")
    assert finding is not None and finding.severity.label == "critical"
    assert "What it hands over" in finding.message and says in finding.message
    assert "会" in finding.message_zh


def test_a_prefilled_code_in_a_fragment_route_is_seen():
    finding = _finding(_report("https://d-1.awsapps.com/start/#/device?user_code=ABCD-EFGH"), "OA505")
    assert "code already filled in" in finding.message
    finding = _finding(_report("https://device.sso.eu-west-1.amazonaws.com/"), "OA505")
    assert "code already filled in" not in finding.message


def test_undo_is_said_where_the_catalog_has_no_revocation_page():
    finding = _finding(_report("https://device.sso.eu-west-1.amazonaws.com/"), "OA505")
    assert "To undo it:" in finding.message and "IAM Identity Center console" in finding.message
    assert "撤销方法" in finding.message_zh
    wechat = _finding(_report("https://open.weixin.qq.com/connect/confirm?uuid=x"), "OA505")
    assert "the content of a login QR code" in wechat.message and "Authorization Management" in wechat.message


@pytest.mark.parametrize("url", [
    "https://d-1234567890.awsapps.com/start/",  # the access portal itself, no device route
    "https://d-1234567890.awsapps.com/start/#/accounts",
    "https://device.sso.amazonaws.com/",  # no region label
    "https://device.sso.eu-west-1.amazonaws.com.example.net/",
    "https://a.b.my.salesforce.com/setup/connect",  # "*" is one label
    "https://login.salesforce.com/setup/other",
    "https://open.weixin.qq.com/connect/qrconnect?appid=wx1&redirect_uri=https%3A%2F%2Fexample.com&response_type=code&scope=snsapi_login",
])
def test_other_pages_are_not_device_pages(url):
    assert _finding(_report(url), "OA505") is None or "device-code sign-in (a cross-device flow)" in _finding(_report(url), "OA505").message


def test_cli_terminal_report_for_salesforce_device_page():
    out = run_cli("scan", "https://login.salesforce.com/setup/connect")
    text = " ".join(out.stdout.split())
    assert "CRITICAL" in text and "OA505" in text
    assert "What it hands over: a token in your org" in text


# --- indirect links (OA507-OA509) ------------------------------------------------------------

@pytest.mark.parametrize("url, rule_id", [
    ("https://docs.google.com/document/d/ID/copy", "OA507"),
    ("https://docs.google.com/spreadsheets/d/1AbC_x/copy?usp=sharing", "OA507"),
    ("https://docs.google.com/presentation/d/1AbC/copy", "OA507"),
    ("https://docs.google.com/forms/d/1AbC/copy", "OA507"),
    ("https://docs.google.com/document/u/0/d/1AbC/copy", "OA507"),
    ("https://docs.google.com/spreadsheets/d/1AbC/template/preview", "OA507"),
    ("https://script.google.com/macros/s/AKfycbx/exec", "OA508"),
    ("https://script.google.com/macros/s/AKfycbx/exec?page=1", "OA508"),
    ("https://script.google.com/a/macros/example.com/s/AKfycbx/exec", "OA508"),
    ("https://workspace.google.com/marketplace/app/some_app/123456789", "OA509"),
    ("https://workspace.google.com/u/0/marketplace/app/some_app/123456789", "OA509"),
])
def test_indirect_google_links_are_medium_and_explain_the_mechanism(url, rule_id):
    report = _report(url)
    assert report.risk.level == "medium", url
    finding = _finding(report, rule_id)
    assert finding is not None and finding.severity.label == "medium"
    assert "indeterminate" in finding.message and "无法确定" in finding.message_zh


def test_copy_link_explains_the_bound_script():
    finding = _finding(_report("https://docs.google.com/document/d/ID/copy"), "OA507")
    assert "bound Apps Script" in finding.message and "its own scopes" in finding.message
    assert "Extensions → Apps Script" in finding.message
    web = _finding(_report("https://script.google.com/macros/s/ID/exec"), "OA508")
    assert "deployer's authority" in web.message and "as you" in web.message
    market = _finding(_report("https://workspace.google.com/marketplace/app/x/1"), "OA509")
    assert "every scope the listing declares" in market.message


@pytest.mark.parametrize("url", [
    "https://docs.google.com/document/d/ID/edit",
    "https://docs.google.com/document/d/ID/copy/extra",
    "https://docs.google.com/unknown/d/ID/copy",
    "https://docs.google.com.example.net/document/d/ID/copy",
    "https://script.google.com/home",
    "https://script.google.com/macros/s//exec",
    "https://workspace.google.com/marketplace/category/popular",
    "https://example.com/marketplace/app/x/1",
])
def test_other_google_links_are_not_indirect_authorizations(url):
    report = _report(url)
    assert not any(f.rule in ("OA507", "OA508", "OA509") for f in report.findings), url


def test_terminal_report_for_a_copy_link():
    text = " ".join(run_cli("scan", "https://docs.google.com/document/d/ID/copy").stdout.split())
    assert text.startswith("MEDIUM") and "OA507" in text and "bound Apps Script" in text


@pytest.mark.parametrize("payload, rule_id, level", [
    ("https://open.weixin.qq.com/connect/confirm?uuid=081i3CTTw6o8PSt6", "OA505", "critical"),
    ("https://docs.google.com/spreadsheets/d/1AbC/copy", "OA507", "medium"),
    ("https://script.google.com/macros/s/AKfycbx/exec", "OA508", "medium"),
])
def test_qr_images_of_confirm_pages_and_indirect_links_are_audited(tmp_path, payload, rule_id, level):
    image = tmp_path / "code.png"
    image.write_bytes(_png(payload))
    out = run_cli("scan", str(image), "--format", "json")
    data = json.loads(out.stdout)["reports"][0]
    assert data["risk"]["level"] == level
    assert any(f["rule"] == rule_id for f in data["findings"])


def test_classify_keeps_ordinary_google_links_as_urls():
    catalog = load_catalog()
    assert classify("https://docs.google.com/document/d/ID/edit", catalog) == "url"
    assert classify("https://docs.google.com/document/d/ID/copy", catalog) == "authorization"
