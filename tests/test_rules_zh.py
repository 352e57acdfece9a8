"""The Chinese report: every rule's findings carry a real Chinese message, and every rule a Chinese name.

A finding's ``message_zh`` must be Chinese throughout: it contains CJK characters, and the only
Latin words in it are ones the English message shows as data, not prose — scope strings, hosts,
URLs, parameter names and values taken from the request, provider names — or the few standard
technical names (OAuth, PKCE, CSRF, GDPR, …) that the English message uses as well. An English
word left over from the English message ("through", "Reads", "scope", "the") fails the test.
"""

from __future__ import annotations

import re

import pytest

from auditor.analyze import analyze
from auditor.catalog import load_catalog
from auditor.model import Severity
from auditor.rules import REGISTRY, RuleContext, load_rules, rule
from auditor.sources.url import read_url

from .conftest import MINIMAL_SIGNIN_URL
from .test_corpus import load as load_corpus
from .test_corpus import requests_of as corpus_requests
from .test_rules import CASES, audit_scopes, audit_url, g, kit_request

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Standard technical names a Chinese text keeps in Latin letters. Each is allowed only where the
# English message uses it too.
TERMS = {
    "oauth", "openid", "connect", "pkce", "csrf", "gdpr", "http", "https", "url", "uri", "ip", "id",
    "webhook", "userinfo", "plain", "state", "nonce", "unionid", "rfc", "dpop", "mtls",
}
# A token of the English message is data (an identifier), not prose, when it carries one of these.
IDENTIFIER_MARKS = re.compile(r"[._/:=@#%0-9*]")
STRIP = "()[]{}'\"“”‘’,;:!?。，；：（）"


def _english_identifier_words(message: str, scopes: set[str]) -> set[str]:
    """The Latin words that are part of identifiers in the English message (scope strings, hosts,
    URLs, ``name=value`` pairs, ``GB/T``)."""
    words: set[str] = set()
    for token in message.split():
        token = token.strip(STRIP + ".")
        if token in scopes or IDENTIFIER_MARKS.search(token):
            words.update(w.lower() for w in LATIN_WORD.findall(token))
    return words


def _data_words(request) -> set[str]:
    """Latin words of what the request itself says (scope strings, host, parameter names and values)
    and of the catalog's names (providers, whole-session logins, the known-abused apps of
    scopes/intel.toml with their sources and the product names in their descriptions): a message
    may echo them."""
    texts = [request.url, request.host, request.path] + [s.scope for s in request.scopes] + [x for kv in request.params for x in kv]
    catalog = load_catalog()
    for item in list(catalog.providers.values()) + catalog.session_logins:
        texts += [item["name"], item.get("name_zh", "")]
    texts += [x for app in catalog.intel for x in (app["name"], app["source_name"], app["used_for_zh"])]
    return {w.lower() for t in texts if t for w in LATIN_WORD.findall(t)}


def _request_identifier_words(zh: str, request) -> set[str]:
    """Latin words of identifiers in the Chinese message that the request itself contains (its host,
    a path, ``client_id``): data shown in Chinese even where the English message names it otherwise."""
    url = request.url.lower()
    words: set[str] = set()
    for token in re.split(r"[\s\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+", zh):
        token = token.strip(STRIP + ".")
        if IDENTIFIER_MARKS.search(token) and token.lower() in url:
            words.update(w.lower() for w in LATIN_WORD.findall(token))
    return words


def check_zh(finding, report) -> None:
    zh, en = finding.message_zh, finding.message
    where = f"{finding.rule}: {zh!r} (English: {en!r})"
    assert zh, f"{finding.rule}: no Chinese message for {en!r}"
    assert CJK.search(zh), f"no Chinese characters in {where}"
    assert zh != en, where
    request = getattr(report, "request", None) or kit_request()
    en_lower = en.lower()
    requested = {s.scope for s in request.scopes}
    # scope names the catalog suggests instead (OA201) are identifiers too
    catalogued = {n["scope"] for rs in getattr(report, "scopes", ()) if rs.entry for n in rs.entry["narrower"]}
    identifiers = _english_identifier_words(en, requested | catalogued | ({finding.scope} if finding.scope else set()))
    identifiers |= _request_identifier_words(zh, request)
    data = _data_words(request)
    for word in LATIN_WORD.findall(zh):
        w = word.lower()
        in_english = re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", en_lower) is not None
        assert w in identifiers or in_english and (w in TERMS or w in data), f"English word {word!r} in {where}"
    # what the finding is about stays visible: its scope and every identifier of the English message
    # (access levels such as read.all excepted: the Chinese message says them in words)
    if finding.scope in requested:
        assert finding.scope in zh, f"scope {finding.scope!r} missing from {where}"
    access = set(load_catalog().access)
    for token in en.split():
        token = token.strip(STRIP + ".")
        if re.search(r"[_=]|\w\.\w|://", token) and token not in access:
            assert token in zh, f"identifier {token!r} missing from {where}"


POSITIVE = [c for c in CASES if c[3] is not None]


def _deprecated_case():
    catalog = load_catalog()
    for pid in sorted(catalog.providers):
        deprecated = [k for k, e in catalog.entries(pid).items() if e["deprecated"]]
        if deprecated:
            return audit_scopes(pid, deprecated[0])
    pytest.skip("no deprecated scope in the catalog")


EXTRA = [
    ("OA205 deprecated scope", _deprecated_case, "OA205", Severity.LOW),
    (
        "OA109 silent authorization",
        lambda: audit_url("https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx1&redirect_uri=https%3A%2F%2Fa.example%2Fcb&response_type=code&scope=snsapi_base&state=s1xkw82ha#wechat_redirect"),
        "OA109",
        Severity.LOW,
    ),
    ("OA204 optional and red-flag grants", lambda: audit_url(g("https://mail.google.com/"), purpose="email.client"), "OA204", Severity.INFO),
    ("OA204 modifier red flag", lambda: audit_url(g("openid https://www.googleapis.com/auth/contacts.readonly", "&state=Zx8pQ2mV7rT4kL9w&response_type=code&access_type=offline"), purpose="social.find_friends"), "OA204", Severity.HIGH),
    ("OA108 below the thresholds", lambda: audit_url(g("openid email"), options={"audience": 10}), "OA108", Severity.INFO),
    ("OA104 Alipay merchant link without scope", lambda: audit_url("https://openauth.alipay.com/oauth2/appToAppAuth.htm?app_id=2015101400446982&redirect_uri=https%3A%2F%2Fa.example%2Fcb"), "OA104", None),
]


@pytest.mark.parametrize(("name", "call", "rule_id", "expected"), POSITIVE + EXTRA, ids=[c[0] for c in POSITIVE + EXTRA])
def test_every_finding_has_a_chinese_message(name, call, rule_id, expected):
    report = call()
    if expected is not None:
        assert any(f.rule == rule_id for f in report.findings), f"{rule_id} did not fire"
    for f in report.findings:
        check_zh(f, report)


def test_every_rule_is_covered():
    """Every rule of the URL audit (OA1xx-OA5xx; manifest rules, OA6xx, have their own tests) fires
    in at least one case above."""
    covered = {c[2] for c in POSITIVE + EXTRA if c[3] is not None}
    rules = {r for r in load_rules() if r[2] in "12345"}
    assert rules <= covered, f"no Chinese check for {sorted(rules - covered)}"


@pytest.mark.parametrize("item", load_corpus(), ids=lambda i: i["id"])
def test_corpus_findings_have_chinese_messages(item):
    catalog = load_catalog()
    for request in corpus_requests(item, catalog):
        report = analyze(request, catalog, purpose=item.get("purpose"))
        for f in report.findings:
            check_zh(f, report)


def test_the_purpose_cap_is_said_in_both_languages():
    report = audit_url(g("https://mail.google.com/"), purpose="email.client")
    capped = [f for f in report.findings if f.message.endswith("so it is rated medium.")]
    assert capped
    for f in capped:
        assert f.severity == Severity.MEDIUM
        assert f.message_zh.endswith("声明的用途需要这项访问，因此评为中风险。"), f.message_zh
        assert f.message_zh.count("声明的用途") == 1


RULE_NAME_TERMS = {"pkce", "csrf", "url", "uri", "ip", "nonce", "prompt", "none"}


@pytest.mark.parametrize("rule_id", sorted(load_rules()))
def test_every_rule_has_a_chinese_name(rule_id):
    r = REGISTRY[rule_id]
    assert r.name_zh and CJK.search(r.name_zh), f"{rule_id}: name_zh {r.name_zh!r}"
    for word in LATIN_WORD.findall(r.name_zh):
        assert word.lower() in RULE_NAME_TERMS, f"{rule_id}: English word {word!r} in name_zh {r.name_zh!r}"


def test_a_finding_needs_a_chinese_message():
    catalog = load_catalog()
    ctx = RuleContext(read_url(MINIMAL_SIGNIN_URL, catalog), catalog, None, (), (), None)
    ctx.current = REGISTRY["OA402"]
    with pytest.raises(ValueError, match="Chinese message"):
        ctx.finding(Severity.LOW, "an English message only")
    assert ctx.finding(Severity.LOW, "a message", zh="一条消息").message_zh == "一条消息"


def test_a_rule_needs_a_chinese_name():
    with pytest.raises(ValueError, match="name_zh"):
        rule("OA499", "no-chinese-name", Severity.LOW, "request hygiene")
    assert "OA499" not in REGISTRY
