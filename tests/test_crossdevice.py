"""OA419-OA422: cross-device flows judged against RFC 10027 (BCP 247)."""

from __future__ import annotations

from auditor import audit_url
from auditor.catalog import load_catalog
from auditor.model import Severity
from auditor.rules import RuleContext
from auditor.rules.crossdevice import BACKCHANNEL, USER_SESSION, cross_device_flow, mitigations
from auditor.sources.url import read_url

from .conftest import WECHAT_WEB_LOGIN_URL

DEVICE = "https://login.microsoftonline.com/common/oauth2/v2.0/devicecode?client_id=11111111-2222-3333-4444-555555555555"
DPOP_JKT = "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"


def by_rule(report) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in report.findings:
        out.setdefault(f.rule, []).append(f)
    return out


def context(url: str) -> RuleContext:
    from auditor.analyze import request_modifiers, resolve

    catalog = load_catalog()
    request = read_url(url, catalog)
    provider = catalog.providers.get(request.provider_id) if request.provider_id else None
    scopes = resolve(request, catalog, provider)
    return RuleContext(request, catalog, provider, scopes, request_modifiers(request, provider, scopes), None)


def test_a_mail_reading_device_code_request_reports_every_missing_mitigation():
    report = audit_url(DEVICE + "&scope=offline_access%20Mail.Read")
    found = by_rule(report)
    (pattern,) = found["OA419"]
    assert pattern.severity == Severity.INFO and "user-transferred session data pattern" in pattern.message
    assert "limited scopes: missing" in pattern.message and "short-lived tokens (no refresh token): missing" in pattern.message
    assert "sender-constrained tokens: not visible" in pattern.message
    assert [(f.severity, f.scope) for f in found["OA420"]] == [(Severity.MEDIUM, "Mail.Read")]
    assert [f.severity for f in found["OA421"]] == [Severity.MEDIUM]
    assert [f.severity for f in found["OA422"]] == [Severity.LOW]
    assert "限定权限范围：缺失" in pattern.message_zh


def test_an_identity_only_device_code_request_is_low_or_info():
    report = audit_url(DEVICE + "&scope=openid%20profile")
    found = by_rule(report)
    assert "OA420" not in found and "OA421" not in found
    assert [f.severity for f in found["OA422"]] == [Severity.INFO]
    assert "limited scopes: present" in found["OA419"][0].message
    assert all(f.severity <= Severity.LOW for rule in ("OA419", "OA420", "OA421", "OA422") for f in found.get(rule, []))
    assert report.risk.level == "low"


def test_an_identity_only_device_code_request_with_a_refresh_token_is_low():
    found = by_rule(audit_url(DEVICE + "&scope=openid%20profile%20offline_access"))
    assert [f.severity for f in found["OA421"]] == [Severity.LOW]


def test_dpop_jkt_counts_as_a_sender_constrained_token():
    url = DEVICE + "&scope=openid%20Mail.Read&dpop_jkt=" + DPOP_JKT
    found = by_rule(audit_url(url))
    assert "OA422" not in found
    assert "sender-constrained tokens: present" in found["OA419"][0].message
    assert mitigations(context(url))["sender-constrained tokens"] == "present"
    assert mitigations(context(DEVICE + "&scope=openid%20Mail.Read"))["sender-constrained tokens"] == "not visible"


def test_a_session_login_qr_is_the_user_transferred_session_pattern():
    ctx = context(WECHAT_WEB_LOGIN_URL)
    assert cross_device_flow(ctx) == (USER_SESSION, "session-login QR code")
    found = by_rule(audit_url(WECHAT_WEB_LOGIN_URL))
    assert "user-transferred session data pattern" in found["OA419"][0].message
    assert "OA420" not in found and "OA501" in found  # the whole-session login stays OA501's to judge


def test_a_ciba_request_is_the_backchannel_pattern():
    url = "https://login.example-bank.test/bc-authorize?client_id=tv&scope=openid&login_hint=alice&binding_message=W4SCT"
    assert cross_device_flow(context(url))[0] == BACKCHANNEL


def test_the_device_verification_page_is_classified_but_not_judged_for_tokens():
    found = by_rule(audit_url("https://microsoft.com/devicelogin"))
    assert "device verification page" in found["OA419"][0].message
    assert not any(r in found for r in ("OA420", "OA421", "OA422"))


def test_an_ordinary_authorization_request_is_not_a_cross_device_flow():
    url = "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=11111111-2222-3333-4444-555555555555&response_type=code&scope=offline_access%20Mail.Read&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&state=8f3k2j1h9g&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"
    found = by_rule(audit_url(url))
    assert not any(r in found for r in ("OA419", "OA420", "OA421", "OA422"))


def test_a_documented_code_lifetime_is_reported_as_short_lived_codes():
    catalog = load_catalog()
    assert catalog.providers["github"]["params"]["device_code"]["lifetime"] == 900
    (pattern,) = by_rule(audit_url("https://github.com/login/device"))["OA419"]
    assert "short-lived codes: documented: 15 minutes" in pattern.message
    assert "平台文档写明 15 分钟" in pattern.message_zh
    # Microsoft's catalog file states no code lifetime: nothing is said about it
    assert "short-lived codes" not in by_rule(audit_url(DEVICE + "&scope=openid"))["OA419"][0].message


def test_a_bad_device_code_table_is_a_schema_error():
    import tomllib
    from pathlib import Path

    from auditor.catalog.schema import validate_provider

    root = Path(__file__).resolve().parent.parent / "scopes"
    taxonomy = tomllib.loads((root / "taxonomy.toml").read_text("utf-8"))
    data = tomllib.loads((root / "providers" / "github.toml").read_text("utf-8"))
    assert validate_provider(data, taxonomy) == []
    for bad in ({"lifetime": "900", "source": "https://x.example"}, {"lifetime": 900}, {"lifetime": 0, "source": "https://x.example"}, {"lifetime": 900, "source": "https://x.example", "max": 1}):
        data["params"]["device_code"] = bad
        assert any("params.device_code" in e for e in validate_provider(data, taxonomy)), bad


def test_a_github_device_flow_gets_tokens_that_never_expire():
    found = by_rule(audit_url("https://github.com/login/device/code?client_id=Ov23liabcdef&scope=repo"))
    assert "device authorization request" in found["OA419"][0].message
    assert "short-lived codes: documented: 15 minutes" in found["OA419"][0].message
    assert [(f.severity, f.scope) for f in found["OA420"]] == [(Severity.MEDIUM, "repo")]
    (lasting,) = found["OA421"]
    assert lasting.severity == Severity.MEDIUM and "never expire" in lasting.message
