"""Carriers of permissions other than the scope: OIDC claims, RFC 9396 authorization_details,
RFC 8707 resource, RFC 9126 request_uri, RFC 9101 request objects (issue 16)."""

from __future__ import annotations

import base64
import json
from urllib.parse import quote

import pytest

from auditor.analyze import analyze
from auditor.catalog import load_catalog
from auditor.render import json as json_render
from auditor.render import terminal
from auditor.sources.url import MAX_CARRIER_JSON, carriers_of, read_url

BASE = (
    "https://accounts.google.com/o/oauth2/v2/auth?client_id=x&response_type=code&scope=openid"
    "&redirect_uri=https://app.example/cb&state=abcdefghijkl&nonce=abcdefghijkl"
    "&code_challenge=abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq&code_challenge_method=S256"
)
PAYMENT = [{"type": "payment_initiation", "instructedAmount": {"currency": "EUR", "amount": "123.50"}, "creditorName": "Merchant A"}]


def scan(extra: str):
    catalog = load_catalog()
    report = analyze(read_url(BASE + extra, catalog), catalog)
    doc = json.loads(json_render.render([report], catalog))["reports"][0]
    return report, doc, terminal.render([report], catalog, color=False, width=200)


def q(value) -> str:
    return quote(json.dumps(value), safe="")


def rules(doc) -> dict[str, str]:
    return {f["rule"]: f["severity"] for f in doc["findings"]}


def jwt(payload: dict, header: dict | None = None) -> str:
    def part(obj):
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")

    return f"{part(header or {'alg': 'RS256'})}.{part(payload)}.c2ln"


def test_claims_phone_number_is_named_and_mapped():
    report, doc, text = scan("&claims=" + q({"userinfo": {"phone_number": None}}))
    item = next(s for s in doc["scopes"] if s["scope"] == "claim:phone_number")
    assert item["grants"] == ["contact.phone:read.self"] and item["known"]
    assert "contact.phone" in [e["category"] for e in doc["exposures"]]
    carrier = next(c for c in doc["carriers"] if c["kind"] == "claims")
    assert carrier["items"][0]["claim"] == "phone_number" and carrier["items"][0]["where"] == ["userinfo"]
    assert next(s for s in report.scopes if s.scope == "claim:phone_number").requested.location.param == "claims"
    assert "phone_number" in text and "Phone number" in text
    assert "OA111" in rules(doc)


def test_claims_address_birthdate_essential_and_values():
    _, doc, text = scan("&claims=" + q({"id_token": {"address": {"essential": True}, "birthdate": None, "acr": {"values": ["urn:x:loa:3"]}}}))
    cats = [e["category"] for e in doc["exposures"]]
    assert "contact.postal_address" in cats and "profile.basic" in cats
    items = {i["claim"]: i for i in doc["carriers"][0]["items"]}
    assert items["address"]["essential"] is True and items["acr"]["values"] == '["urn:x:loa:3"]'
    assert "address (id_token) essential" in text


def test_unknown_claim_is_unknown_not_none():
    _, doc, _ = scan("&claims=" + q({"userinfo": {"credit_score": None}}))
    assert ("OA111", "low") in {(f["rule"], f["severity"]) for f in doc["findings"]}
    assert doc["risk"]["level"] != "none"
    assert "OA206" not in rules(doc) and "OA203" not in rules(doc)  # not a static-consent or unknown scope


def test_unknown_claim_means_the_request_is_not_identity_only():
    from auditor.rules import RuleContext

    catalog = load_catalog()
    for extra, expected in (("", True), ("&claims=" + q({"userinfo": {"credit_score": None}}), False)):
        request = read_url(BASE + extra, catalog)
        report = analyze(request, catalog)
        ctx = RuleContext(request, catalog, report.provider, report.scopes, report.modifiers, None)
        assert ctx.identity_only is expected


def test_chinese_report_names_the_payment():
    catalog = load_catalog()
    report = analyze(read_url(BASE + "&authorization_details=" + q(PAYMENT), catalog), catalog)
    f = next(f for f in report.findings if f.rule == "OA110")
    assert "123.50 EUR，收款方 Merchant A" in f.message_zh and " to " not in f.message_zh
    text = terminal.render([report], catalog, color=False, width=200, lang="zh")
    assert "scope 之外的授权参数" in text and "付款 123.50 EUR 收款方 Merchant A" in text


def test_payment_initiation_names_a_payment_with_the_amount():
    _, doc, text = scan("&authorization_details=" + q(PAYMENT))
    f = next(f for f in doc["findings"] if f["rule"] == "OA110")
    assert "payment" in f["message"] and "123.50 EUR" in f["message"] and "Merchant A" in f["message"]
    assert f["severity"] == "medium"  # amount and creditor fixed
    item = doc["carriers"][0]["items"][0]
    assert (item["type"], item["amount"], item["currency"], item["creditor"]) == ("payment_initiation", "123.50", "EUR", "Merchant A")
    assert "finance.transaction" in [e["category"] for e in doc["exposures"]]
    assert "payment 123.50 EUR to Merchant A" in text
    assert doc["risk"]["level"] == "medium"


def test_open_ended_payment_is_high():
    _, doc, _ = scan("&authorization_details=" + q([{"type": "payment_initiation", "creditorName": "X"}]))
    assert rules(doc)["OA110"] == "high" and doc["risk"]["level"] == "high"


def test_account_information_and_unknown_type():
    details = [
        {"type": "account_information", "actions": ["list_accounts", "read_balances"], "locations": ["https://bank.example/accounts"]},
        {"type": "customer_vault", "actions": ["read"], "datatypes": ["secrets"]},
    ]
    _, doc, text = scan("&authorization_details=" + q(details))
    known = next(s for s in doc["scopes"] if s["scope"] == "authorization_details[0]:account_information")
    assert "finance.account:read.all" in known["grants"]
    unknown = next(f for f in doc["findings"] if f["rule"] == "OA110" and f["severity"] == "medium")
    assert "customer_vault" in unknown["message"] and "cannot be assessed" in unknown["message"]
    assert "locations https://bank.example/accounts" in text


@pytest.mark.parametrize("extra,reason", [
    ("&claims=%7Bnot json", "not valid JSON"),
    ("&claims=" + q(["phone_number"]), "not a JSON object"),
    ("&claims=" + "%5B" * 5000 + "%5D" * 5000, "nested"),
    ("&claims=" + q({"userinfo": {"a" * MAX_CARRIER_JSON: None}}), "limit"),
    ("&authorization_details=" + q({"type": "payment_initiation"}), "not a JSON array"),
    ("&authorization_details=" + q([{"actions": ["x"]}]), "with a type"),
    ("&request=not-a-jwt", "not a JWT"),
    ("&request=a.b.c.d.e", "encrypted"),
    ("&request=%21%21.%21%21.x", "base64url"),
])
def test_unreadable_carriers_fail_closed(extra, reason):
    _, doc, _ = scan(extra)
    f = next(f for f in doc["findings"] if f["rule"] == "OA418")
    assert f["severity"] == "medium" and reason in f["message"]
    assert doc["risk"]["level"] != "none"
    assert any(c["error"] and reason in c["error"] for c in doc["carriers"])


def test_deep_nesting_is_not_a_crash():
    deep = "%7B%22a%22%3A" * 3000 + "1" + "%7D" * 3000
    _, doc, _ = scan("&authorization_details=" + deep)
    assert "OA418" in rules(doc)


def test_par_request_uri_says_the_request_is_elsewhere():
    _, doc, text = scan("&request_uri=urn:ietf:params:oauth:request_uri:6esc_11ACC5bwc014ltc14eY22c")
    f = next(f for f in doc["findings"] if f["rule"] == "OA417")
    assert f["severity"] == "medium" and "not in this URL" in f["message"] and "offline" in f["message"]
    assert doc["carriers"][0]["items"][0]["pushed"] is True
    assert "pushed to the provider" in text


def test_request_object_is_read_without_verifying():
    token = jwt({"scope": "openid https://www.googleapis.com/auth/gmail.readonly", "claims": {"userinfo": {"phone_number": None}},
                 "authorization_details": PAYMENT})
    report, doc, text = scan("&request=" + token)
    gmail = next(rs for rs in report.scopes if rs.scope.endswith("gmail.readonly"))
    assert gmail.known and gmail.requested.location.param == "request"
    assert "claim:phone_number" in [s["scope"] for s in doc["scopes"]]
    assert doc["risk"]["level"] in ("high", "critical")  # the mailbox read comes from the object
    obj = next(c for c in doc["carriers"] if c["kind"] == "request_object")
    assert obj["alg"] == "RS256" and obj["items"][0]["scope"].startswith("openid")
    views = {c["kind"]: c["view"] for c in doc["carriers"]}
    assert views["claims"] == "request_object" and views["authorization_details"] == "request_object"
    assert any(f["rule"] == "OA418" and "without verifying its signature" in f["message"] for f in doc["findings"])
    assert any(f["rule"] == "OA110" and "request object" in f["message"] for f in doc["findings"])
    assert "signature not verified" in text


def test_resource_is_shown_with_the_catalogued_api():
    catalog = load_catalog()
    url = ("https://login.microsoftonline.com/common/oauth2/authorize?client_id=x&response_type=code"
           "&redirect_uri=https://app.example/cb&resource=https://graph.microsoft.com&state=abcdefghijkl")
    report = analyze(read_url(url, catalog), catalog)
    doc = json.loads(json_render.render([report], catalog))["reports"][0]
    assert doc["carriers"] == [{"param": "resource", "kind": "resource", "view": "url", "error": None, "alg": None,
                                "items": [{"resource": "https://graph.microsoft.com", "api": "Microsoft Graph"}]}]
    assert "OA206" in rules(doc)  # the v1 endpoint's static consent is still reported
    assert "https://graph.microsoft.com (Microsoft Graph)" in terminal.render([report], catalog, color=False, width=200)


def test_no_carriers_no_field_content_and_terminal_escapes():
    _, doc, text = scan("")
    assert doc["carriers"] == [] and "Beyond the scope parameter" not in text
    _, doc, text = scan("&claims=" + q({"userinfo": {"\x1b[31mred": None}}))
    assert "\x1b[31m" not in text


def test_carriers_only_for_oauth_urls():
    catalog = load_catalog()
    from auditor.sources.url import read_scope_list

    req = read_scope_list("google", "openid", catalog)
    assert carriers_of(req) == ()


def test_cli_reads_a_bad_claims_value_as_a_finding_not_exit_2():
    import subprocess
    import sys
    from pathlib import Path

    proc = subprocess.run([sys.executable, "-m", "auditor", "scan", BASE + "&claims=%7Bbad", "--format", "json"],
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent, timeout=60)
    assert proc.returncode != 2, proc.stderr
    doc = json.loads(proc.stdout)["reports"][0]
    assert "OA418" in rules(doc) and doc["risk"]["level"] == "medium"


from hypothesis import given, settings, strategies as st  # noqa: E402

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.sampled_from(["userinfo", "id_token", "type", "phone_number", "actions", "x"]) | st.text(max_size=5), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None)
@given(param=st.sampled_from(["claims", "authorization_details", "request"]), value=_JSON | st.text(max_size=40))
def test_any_carrier_value_is_read_or_reported(param, value):
    catalog = load_catalog()
    raw = value if isinstance(value, str) else json.dumps(value)
    report = analyze(read_url(BASE + f"&{param}=" + quote(raw, safe=""), catalog), catalog)
    carriers = carriers_of(report.request)
    assert carriers and carriers[0]["param"] == param
    if any(c["error"] for c in carriers):
        assert any(f.rule == "OA418" and f.severity.label == "medium" for f in report.findings)
        assert report.risk.level != "none"
    terminal.render([report], catalog, color=False, width=100)
    json_render.render([report], catalog)


@pytest.mark.parametrize("extra", [
    "&authorization_details=" + q(PAYMENT),
    "&authorization_details=" + q([{"type": "account_information", "actions": ["list_accounts"]}, {"type": "vault", "locations": ["https://x.example"]}]),
    "&claims=" + q({"userinfo": {"phone_number": {"essential": True}, "x_score": None}}),
    "&request_uri=https%3A%2F%2Fapp.example%2Freq.jwt",
    "&request=" + jwt({"scope": "email", "claims": {"id_token": {"birthdate": None}}}),
    "&request=a.b.c.d.e", "&claims=%7Bbad", "&request=" + jwt({"claims": "{bad"}), "&authorization_details=" + q([{"actions": []}]),
])
def test_carrier_findings_have_proper_chinese(extra):
    from tests.test_rules_zh import check_zh

    report, _, _ = scan(extra)
    for f in report.findings:
        if f.rule in ("OA110", "OA111", "OA417", "OA418"):
            check_zh(f, report)
