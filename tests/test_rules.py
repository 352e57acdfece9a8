"""Every rule, with a request that triggers it and one that must not."""

from __future__ import annotations

import pytest

from auditor import audit_scopes
from auditor import audit_url as _audit_url
from auditor.model import Severity
from auditor.rules import load_rules

from .conftest import MINIMAL_SIGNIN_URL, WORM_URL

G = "https://accounts.google.com/o/oauth2/v2/auth?client_id=c.apps.googleusercontent.com&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb"
GOOD = "&response_type=code&state=Zx8pQ2mV7rT4kL9w&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"
GA = "https://www.googleapis.com/auth/"
MS = "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=a&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb" + GOOD


FB = "https://www.facebook.com/v2.0/dialog/oauth?client_id=1&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&state=Zx8pQ2mV7rT4kL9w&response_type=code"


def kit_request():
    """A request whose only scope grants an ID number and a face image (no such single scope is in
    the catalog, so the entry is built here, from the same shapes the catalog uses)."""
    from auditor.model import AuthorizationRequest, Location, RequestedScope

    return AuthorizationRequest("test", "scope_list", "", "", "", "", None, False, (), (RequestedScope("kit", Location("test")),))


def g(scopes: str, extra: str = GOOD) -> str:
    from urllib.parse import quote

    return G + "&scope=" + quote(scopes) + extra


def audit_url(url, purpose=None, options=None):
    from auditor.analyze import analyze
    from auditor.catalog import load_catalog
    from auditor.sources.url import read_url

    catalog = load_catalog()
    return analyze(read_url(url, catalog), catalog, purpose=purpose, options=options)


def audit_request(request, purpose=None):
    """Audit a synthetic request whose single scope grants an ID number and a face image."""
    from auditor.analyze import analyze
    from auditor.catalog import load_catalog
    from auditor.model import ResolvedScope
    from auditor.rules import RuleContext, run_rules

    catalog = load_catalog()
    from auditor.catalog.compile import SCOPE_DEFAULTS

    entry = {**SCOPE_DEFAULTS, "title": "kit", "grants": ["govid.number:read.self", "biometric.face:read.self"], "source": "https://x.example", "verified": True, "narrower_none": "-"}
    scopes = (ResolvedScope(request.scopes[0], "kit", entry),)
    ctx = RuleContext(request, catalog, None, scopes, (), purpose)
    from auditor.analyze import score

    findings = run_rules(ctx)
    return type("R", (), {"findings": findings, "risk": score(findings)})()


def severities(report, rule_id):
    return [f.severity for f in report.findings if f.rule == rule_id]


MS_DEVICE = "https://login.microsoftonline.com/common/oauth2/v2.0/devicecode?client_id=11111111-2222-3333-4444-555555555555"

CASES = [
    # (id, audit call, rule, expected highest severity or None for "must not fire")
    ("OA101 mail content is sensitive", lambda: audit_url(WORM_URL), "OA101", Severity.MEDIUM),
    ("OA101 sign-in only", lambda: audit_url(MINIMAL_SIGNIN_URL), "OA101", None),
    ("OA101 repository secrets", lambda: audit_scopes("github", "repo"), "OA101", Severity.HIGH),
    ("OA102 contacts are other people", lambda: audit_url(g(GA + "contacts.readonly")), "OA102", Severity.HIGH),
    ("OA102 own e-mail is not", lambda: audit_url(g("openid email")), "OA102", None),
    ("OA103 send mail as you", lambda: audit_url(g(GA + "gmail.send")), "OA103", Severity.HIGH),
    ("OA103 read-only mail does not send", lambda: audit_url(g(GA + "gmail.readonly")), "OA103", None),
    # Persistence takes the severity of the most sensitive thing that persists.
    ("OA104 access_type=offline on all files", lambda: audit_url(g(GA + "drive.readonly", GOOD + "&access_type=offline")), "OA104", Severity.HIGH),
    ("OA104 offline_access on the mailbox", lambda: audit_url(MS + "&scope=Mail.Read%20offline_access"), "OA104", Severity.HIGH),
    ("OA104 offline calendar events", lambda: audit_url(g(GA + "calendar.events.readonly", GOOD + "&access_type=offline")), "OA104", Severity.LOW),
    ("OA104 offline sign-in only is low", lambda: audit_url(MS + "&scope=openid%20offline_access"), "OA104", Severity.LOW),
    ("OA104 online", lambda: audit_url(g(GA + "drive.readonly")), "OA104", None),
    ("OA105 directory admin", lambda: audit_url(MS + "&scope=Directory.ReadWrite.All"), "OA105", Severity.HIGH),
    ("OA105 own profile", lambda: audit_url(MS + "&scope=User.Read"), "OA105", None),
    ("OA106 change calendar is low", lambda: audit_url(g(GA + "calendar")), "OA106", Severity.LOW),
    ("OA106 delete files is medium", lambda: audit_url(g(GA + "drive")), "OA106", Severity.MEDIUM),
    ("OA106 read-only calendar", lambda: audit_url(g(GA + "calendar.readonly")), "OA106", None),
    ("OA107 GitHub repo write", lambda: audit_scopes("github", "repo"), "OA107", Severity.HIGH),
    ("OA107 GitHub read:user", lambda: audit_scopes("github", "read:user"), "OA107", None),
    ("OA201 drive has drive.file", lambda: audit_url(g(GA + "drive")), "OA201", Severity.MEDIUM),
    ("OA201 calendar.events: narrower exists, low", lambda: audit_url(g(GA + "calendar.events")), "OA201", Severity.LOW),
    ("OA201 drive.file is narrowest", lambda: audit_url(g(GA + "drive.file")), "OA201", None),
    ("OA202 repo includes public_repo", lambda: audit_scopes("github", "repo public_repo"), "OA202", Severity.INFO),
    ("OA202 repo alone", lambda: audit_scopes("github", "repo"), "OA202", None),
    ("OA203 unknown Google scope", lambda: audit_url(g(GA + "no.such.scope")), "OA203", Severity.MEDIUM),
    ("OA203 unknown provider", lambda: audit_url("https://idp.example/authorize?client_id=a&scope=read" + GOOD), "OA203", Severity.MEDIUM),
    ("OA203 unknown provider, standard OpenID scopes", lambda: audit_url("https://idp.example/authorize?client_id=a&scope=openid%20email" + GOOD), "OA203", Severity.INFO),
    ("OA203 known scopes", lambda: audit_url(MINIMAL_SIGNIN_URL), "OA203", None),
    ("OA204 contacts for sign-in", lambda: audit_url(g("openid " + GA + "contacts.readonly"), purpose="auth.signin_minimal"), "OA204", Severity.HIGH),
    ("OA204 openid for sign-in", lambda: audit_url(g("openid"), purpose="auth.signin_minimal"), "OA204", None),
    ("OA204 no purpose declared", lambda: audit_url(g(GA + "contacts.readonly")), "OA204", None),
    ("OA207 beyond sign-in", lambda: audit_url(g("openid " + GA + "drive.readonly")), "OA207", Severity.INFO),
    ("OA207 sign-in only", lambda: audit_url(MINIMAL_SIGNIN_URL), "OA207", None),
    ("OA207 purpose declared", lambda: audit_url(g(GA + "drive.readonly"), purpose="files.backup_sync"), "OA207", None),
    ("OA208 all files", lambda: audit_url(g(GA + "drive.readonly")), "OA208", Severity.HIGH),
    ("OA208 backup purpose needs all files", lambda: audit_url(g(GA + "drive.readonly"), purpose="files.backup_sync"), "OA208", None),
    ("OA208 app files only", lambda: audit_url(g(GA + "drive.file")), "OA208", None),
    ("OA206 .default", lambda: audit_url(MS + "&scope=.default"), "OA206", Severity.MEDIUM),
    ("OA206 v1 resource", lambda: audit_url("https://login.microsoftonline.com/common/oauth2/authorize?client_id=a&response_type=code&state=abcdefgh12&resource=https%3A%2F%2Fgraph.microsoft.com"), "OA206", Severity.MEDIUM),
    ("OA206 explicit scopes", lambda: audit_url(MS + "&scope=Mail.Read"), "OA206", None),
    ("OA301 worm: contacts + send", lambda: audit_url(WORM_URL), "OA301", Severity.CRITICAL),
    ("OA301 send without contacts", lambda: audit_url(g(GA + "gmail.send")), "OA301", None),
    ("OA302 friends' profiles + offline", lambda: audit_url(FB + "&scope=friends_birthday,friends_likes,offline_access"), "OA302", Severity.CRITICAL),
    ("OA302 contacts + offline", lambda: audit_url(g(GA + "contacts.readonly", GOOD + "&access_type=offline")), "OA302", Severity.HIGH),
    ("OA302 contacts, online", lambda: audit_url(g(GA + "contacts.readonly")), "OA302", None),
    ("OA304 mailbox reaches one-time codes", lambda: audit_url(WORM_URL), "OA304", Severity.CRITICAL),
    ("OA304 send-only mail", lambda: audit_url(g(GA + "gmail.send")), "OA304", None),
    ("OA305 mail read + mailbox settings", lambda: audit_url(MS + "&scope=Mail.Read%20MailboxSettings.ReadWrite"), "OA305", Severity.CRITICAL),
    ("OA305 mail read only", lambda: audit_url(MS + "&scope=Mail.Read"), "OA305", None),
    ("OA401 implicit grant", lambda: audit_url(WORM_URL), "OA401", Severity.HIGH),
    ("OA401 code flow", lambda: audit_url(MINIMAL_SIGNIN_URL), "OA401", None),
    ("OA402 nothing against CSRF on a sign-in", lambda: audit_url(G + "&response_type=code&scope=openid"), "OA402", Severity.LOW),
    ("OA402 nothing against CSRF on data", lambda: audit_url(G + "&response_type=code&scope=" + GA + "drive.readonly"), "OA402", Severity.MEDIUM),
    ("OA402 short state", lambda: audit_url(G + "&response_type=code&scope=openid&state=abc"), "OA402", Severity.LOW),
    ("OA402 protected", lambda: audit_url(MINIMAL_SIGNIN_URL), "OA402", None),
    ("OA403 public client without PKCE, sign-in", lambda: audit_url("https://accounts.google.com/o/oauth2/v2/auth?client_id=c&response_type=code&scope=openid&state=Zx8pQ2mV7rT4kL9w&redirect_uri=com.example.app%3A%2Fcb"), "OA403", Severity.LOW),
    ("OA403 public client without PKCE, data", lambda: audit_url("https://accounts.google.com/o/oauth2/v2/auth?client_id=c&response_type=code&scope=" + GA + "drive.readonly&state=Zx8pQ2mV7rT4kL9w&redirect_uri=com.example.app%3A%2Fcb"), "OA403", Severity.MEDIUM),
    ("OA403 provider lacks PKCE", lambda: audit_url("https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx1&redirect_uri=com.example.app%3A%2Fcb&response_type=code&scope=snsapi_userinfo&state=Zx8pQ2mV7rT4kL9w#wechat_redirect"), "OA403", Severity.INFO),
    ("OA403 confidential client without PKCE", lambda: audit_url(G + "&response_type=code&scope=openid&state=Zx8pQ2mV7rT4kL9w"), "OA403", Severity.INFO),
    ("OA403 OpenID nonce instead of PKCE", lambda: audit_url(G + "&response_type=code&scope=openid&state=Zx8pQ2mV7rT4kL9w&nonce=n0nce1234567"), "OA403", None),
    ("OA403 with PKCE", lambda: audit_url(MINIMAL_SIGNIN_URL), "OA403", None),
    ("OA404 plain on a sign-in", lambda: audit_url(G + "&response_type=code&scope=openid&state=Zx8pQ2mV7rT4kL9w&code_challenge=abc&code_challenge_method=plain"), "OA404", Severity.LOW),
    ("OA404 plain on data", lambda: audit_url(G + "&response_type=code&scope=" + GA + "drive.readonly&state=Zx8pQ2mV7rT4kL9w&code_challenge=abc&code_challenge_method=plain"), "OA404", Severity.MEDIUM),
    ("OA404 method missing", lambda: audit_url(G + "&response_type=code&scope=" + GA + "drive.readonly&state=Zx8pQ2mV7rT4kL9w&code_challenge=abc"), "OA404", Severity.MEDIUM),
    ("OA404 malformed S256", lambda: audit_url(G + "&response_type=code&scope=openid&state=Zx8pQ2mV7rT4kL9w&code_challenge=short&code_challenge_method=S256"), "OA404", Severity.LOW),
    ("OA404 good S256", lambda: audit_url(MINIMAL_SIGNIN_URL), "OA404", None),
    ("OA405 http redirect on a sign-in", lambda: audit_url(MINIMAL_SIGNIN_URL.replace("https%3A%2F%2Fapp", "http%3A%2F%2Fapp")), "OA405", Severity.LOW),
    ("OA405 http redirect on data", lambda: audit_url(g(GA + "drive", GOOD).replace("https%3A%2F%2Fapp", "http%3A%2F%2Fapp")), "OA405", Severity.HIGH),
    ("OA405 loopback http redirect", lambda: audit_url(MINIMAL_SIGNIN_URL.replace("https%3A%2F%2Fapp.example.com", "http%3A%2F%2F127.0.0.1%3A8765")), "OA405", None),
    ("OA405 http endpoint", lambda: audit_url("http://idp.example/authorize?client_id=a&response_type=code&state=Zx8pQ2mV7rT4kL9w"), "OA405", Severity.HIGH),
    ("OA406 client secret", lambda: audit_url(MINIMAL_SIGNIN_URL + "&client_secret=s3cr3t"), "OA406", Severity.HIGH),
    ("OA406 code in URL", lambda: audit_url(MINIMAL_SIGNIN_URL + "&code=abc"), "OA406", Severity.MEDIUM),
    ("OA406 clean", lambda: audit_url(MINIMAL_SIGNIN_URL), "OA406", None),
    ("OA407 scope twice", lambda: audit_url(MINIMAL_SIGNIN_URL + "&scope=profile"), "OA407", Severity.MEDIUM),
    ("OA407 once each", lambda: audit_url(MINIMAL_SIGNIN_URL), "OA407", None),
    ("OA408 id_token without nonce on a sign-in", lambda: audit_url(G + "&response_type=id_token&scope=openid&state=Zx8pQ2mV7rT4kL9w"), "OA408", Severity.LOW),
    ("OA408 id_token without nonce on data", lambda: audit_url(G + "&response_type=id_token&scope=openid%20" + GA + "drive.readonly&state=Zx8pQ2mV7rT4kL9w"), "OA408", Severity.MEDIUM),
    ("OA408 with nonce", lambda: audit_url(G + "&response_type=id_token&scope=openid&state=Zx8pQ2mV7rT4kL9w&nonce=n0nce1234567"), "OA408", None),
    ("OA409 wildcard redirect", lambda: audit_url(MINIMAL_SIGNIN_URL.replace("oauth%2Fcallback", "%2A")), "OA409", Severity.MEDIUM),
    ("OA409 exact redirect", lambda: audit_url(MINIMAL_SIGNIN_URL), "OA409", None),
    ("OA410 fragment in redirect", lambda: audit_url(MINIMAL_SIGNIN_URL.replace("callback", "callback%23x")), "OA410", Severity.LOW),
    ("OA410 no fragment", lambda: audit_url(MINIMAL_SIGNIN_URL), "OA410", None),
    ("OA411 userinfo in redirect", lambda: audit_url(MINIMAL_SIGNIN_URL.replace("app.example.com", "app.example.com%40evil.example")), "OA411", Severity.HIGH),
    ("OA411 plain redirect", lambda: audit_url(MINIMAL_SIGNIN_URL), "OA411", None),
    ("OA412 redirect forwards elsewhere", lambda: audit_url(MINIMAL_SIGNIN_URL.replace("callback", "callback%3Fnext%3Dhttps%253A%252F%252Fevil.example")), "OA412", Severity.MEDIUM),
    ("OA412 clean redirect", lambda: audit_url(MINIMAL_SIGNIN_URL), "OA412", None),
    ("OA413 bare IP redirect", lambda: audit_url(MINIMAL_SIGNIN_URL.replace("app.example.com", "203.0.113.7")), "OA413", Severity.MEDIUM),
    ("OA413 loopback redirect", lambda: audit_url(MINIMAL_SIGNIN_URL.replace("https%3A%2F%2Fapp.example.com", "http%3A%2F%2F127.0.0.1%3A9000")), "OA413", None),
    ("OA414 prompt=none", lambda: audit_url(MINIMAL_SIGNIN_URL + "&prompt=none"), "OA414", Severity.LOW),
    ("OA414 prompt=consent", lambda: audit_url(MINIMAL_SIGNIN_URL + "&prompt=consent"), "OA414", None),
    ("OA415 request_uri by URL", lambda: audit_url(MINIMAL_SIGNIN_URL + "&request_uri=https%3A%2F%2Fevil.example%2Freq"), "OA415", Severity.LOW),
    ("OA415 PAR reference", lambda: audit_url(MINIMAL_SIGNIN_URL + "&request_uri=urn%3Aietf%3Aparams%3Aoauth%3Arequest_uri%3Aabc"), "OA415", None),
    ("OA416 server metadata without S256", lambda: audit_url(MINIMAL_SIGNIN_URL, options={"server_metadata": {"accounts.google.com": {"metadata_url": "https://accounts.google.com/.well-known/openid-configuration", "code_challenge_methods_supported": ["plain"]}}}), "OA416", Severity.LOW),
    ("OA416 server metadata with S256", lambda: audit_url(MINIMAL_SIGNIN_URL, options={"server_metadata": {"accounts.google.com": {"code_challenge_methods_supported": ["S256"]}}}), "OA416", None),
    ("OA416 offline: no metadata", lambda: audit_url(MINIMAL_SIGNIN_URL), "OA416", None),
    ("OA419 device-code request", lambda: audit_url(MS_DEVICE + "&scope=openid%20profile"), "OA419", Severity.INFO),
    ("OA419 normal sign-in", lambda: audit_url(MINIMAL_SIGNIN_URL), "OA419", None),
    ("OA420 device code reading mail", lambda: audit_url(MS_DEVICE + "&scope=Mail.Read"), "OA420", Severity.MEDIUM),
    ("OA420 identity-only device code", lambda: audit_url(MS_DEVICE + "&scope=openid%20profile"), "OA420", None),
    ("OA421 device code with a refresh token", lambda: audit_url(MS_DEVICE + "&scope=offline_access%20Mail.Read"), "OA421", Severity.MEDIUM),
    ("OA421 device code without one", lambda: audit_url(MS_DEVICE + "&scope=Mail.Read"), "OA421", None),
    ("OA422 device code without DPoP", lambda: audit_url(MS_DEVICE + "&scope=Mail.Read"), "OA422", Severity.LOW),
    ("OA422 device code with dpop_jkt", lambda: audit_url(MS_DEVICE + "&scope=Mail.Read&dpop_jkt=NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"), "OA422", None),
    # Carriers beyond scope (auditor/rules/carriers.py; more in tests/test_carriers.py)
    ("OA110 payment in authorization_details", lambda: audit_url(MINIMAL_SIGNIN_URL + "&authorization_details=%5B%7B%22type%22%3A%22payment_initiation%22%7D%5D"), "OA110", Severity.HIGH),
    ("OA110 no authorization_details", lambda: audit_url(MINIMAL_SIGNIN_URL), "OA110", None),
    ("OA111 non-standard claim", lambda: audit_url(MINIMAL_SIGNIN_URL + "&claims=%7B%22userinfo%22%3A%7B%22x_score%22%3Anull%7D%7D"), "OA111", Severity.LOW),
    ("OA111 no claims", lambda: audit_url(MINIMAL_SIGNIN_URL), "OA111", None),
    ("OA417 PAR reference", lambda: audit_url(MINIMAL_SIGNIN_URL + "&request_uri=urn%3Aietf%3Aparams%3Aoauth%3Arequest_uri%3Aabc"), "OA417", Severity.MEDIUM),
    ("OA417 request in the URL", lambda: audit_url(MINIMAL_SIGNIN_URL), "OA417", None),
    ("OA418 unreadable claims", lambda: audit_url(MINIMAL_SIGNIN_URL + "&claims=%7Bbad"), "OA418", Severity.MEDIUM),
    ("OA418 readable claims", lambda: audit_url(MINIMAL_SIGNIN_URL + "&claims=%7B%22userinfo%22%3A%7B%22email%22%3Anull%7D%7D"), "OA418", None),
    ("OA502 real domain as a subdomain", lambda: audit_url(MINIMAL_SIGNIN_URL.replace("accounts.google.com", "accounts.google.com.example.net")), "OA502", Severity.CRITICAL),
    ("OA502 homoglyph", lambda: audit_url(MINIMAL_SIGNIN_URL.replace("accounts.google.com", "accounts.g\u043e\u043egle.com")), "OA502", Severity.CRITICAL),
    ("OA502 misspelling", lambda: audit_url(MS.replace("microsoftonline", "microsoftonIine") + "&scope=openid"), "OA502", Severity.CRITICAL),
    ("OA502 unrelated provider", lambda: audit_url("https://idp.example/authorize?client_id=a&scope=read" + GOOD), "OA502", None),
    ("OA503 shortener redirect", lambda: audit_url(MINIMAL_SIGNIN_URL.replace("app.example.com%2Foauth%2Fcallback", "bit.ly%2Fabc")), "OA503", Severity.HIGH),
    ("OA503 shared hosting redirect", lambda: audit_url(MINIMAL_SIGNIN_URL.replace("app.example.com", "myapp.herokuapp.com")), "OA503", Severity.MEDIUM),
    ("OA503 unrelated to the app's domain", lambda: audit_url(MINIMAL_SIGNIN_URL, options={"app_domain": "other.example"}), "OA503", Severity.HIGH),
    ("OA503 the app's own domain", lambda: audit_url(MINIMAL_SIGNIN_URL, options={"app_domain": "example.com"}), "OA503", None),
    ("OA504 prompt=none with a bogus scope", lambda: audit_url(MS + "&scope=bogus.scope&prompt=none"), "OA504", Severity.HIGH),
    ("OA504 prompt=none with real scopes", lambda: audit_url(MS + "&scope=User.Read&prompt=none"), "OA504", None),
    ("OA505 device page", lambda: audit_url("https://microsoft.com/devicelogin"), "OA505", Severity.CRITICAL),
    ("OA505 device page with a code", lambda: audit_url("https://github.com/login/device?user_code=WDJB-MJHT"), "OA505", Severity.CRITICAL),
    ("OA505 normal sign-in", lambda: audit_url(MINIMAL_SIGNIN_URL), "OA505", None),
    ("OA506 Azure CLI with localhost", lambda: audit_url("https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A8400&scope=openid&state=Zx8pQ2mV7rT4kL9w"), "OA506", Severity.HIGH),
    ("OA506 first-party client asking .default", lambda: audit_url("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=d3590ed6-52b3-4102-aeff-aad2292ab01c&response_type=code&scope=https://graph.microsoft.com/.default&redirect_uri=https%3A%2F%2Flogin.microsoftonline.com%2Fcommon%2Foauth2%2Fnativeclient"), "OA506", Severity.CRITICAL),
    ("OA506 first-party client with resource=", lambda: audit_url("https://login.microsoftonline.com/common/oauth2/authorize?client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46&response_type=code&resource=https://graph.microsoft.com&redirect_uri=http%3A%2F%2Flocalhost%3A8400"), "OA506", Severity.CRITICAL),
    ("OA506 own app with localhost", lambda: audit_url("https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=11111111-2222-3333-4444-555555555555&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A8400&scope=openid&state=Zx8pQ2mV7rT4kL9w"), "OA506", None),
    ("OA510 listed client id, sign-in only", lambda: audit_url("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=a43e5392-f48b-46a4-a0f1-098b5eeb4757&response_type=code&scope=openid%20profile%20email&state=Zx8pQ2mV7rT4kL9w"), "OA510", Severity.MEDIUM),
    ("OA510 unlisted client id", lambda: audit_url("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=11111111-2222-3333-4444-555555555555&response_type=code&scope=openid%20profile%20email&state=Zx8pQ2mV7rT4kL9w"), "OA510", None),
    ("OA108 audience past the threshold", lambda: audit_url(g(GA + "contacts.readonly"), options={"audience": 1000}), "OA108", Severity.HIGH),
    ("OA108 small audience", lambda: audit_url(g("openid email"), options={"audience": 10}), "OA108", Severity.INFO),
    ("OA108 no audience", lambda: audit_url(g(GA + "contacts.readonly")), "OA108", None),
    ("OA303 ID number + face", lambda: audit_request(kit_request()), "OA303", Severity.CRITICAL),
    ("OA303 real-name purpose", lambda: audit_request(kit_request(), purpose="auth.realname_kyc"), "OA303", None),
    ("OA501 web WeChat login", lambda: audit_url("https://login.weixin.qq.com/l/abc"), "OA501", Severity.CRITICAL),
    ("OA701 input a limit kept from being read", lambda: _incomplete(), "OA701", Severity.HIGH),
    ("OA701 an ordinary request was read in full", lambda: audit_url("https://login.weixin.qq.com/l/abc"), "OA701", None),
    ("OA501 WeChat OAuth is not a session login", lambda: audit_url("https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx1&scope=snsapi_base&state=s1#wechat_redirect"), "OA501", None),
    ("OA501 bare WhatsApp pairing payload", lambda: audit_url("2@ref123," + ",".join(["A" * 43 + "="] * 3)), "OA501", Severity.CRITICAL),
    ("OA505 Salesforce device page", lambda: audit_url("https://login.salesforce.com/setup/connect"), "OA505", Severity.CRITICAL),
    ("OA507 Docs make-a-copy link", lambda: audit_url("https://docs.google.com/document/d/ID/copy"), "OA507", Severity.MEDIUM),
    ("OA507 Docs edit link", lambda: audit_url("https://docs.google.com/document/d/ID/edit"), "OA507", None),
    ("OA508 Apps Script web app", lambda: audit_url("https://script.google.com/macros/s/AKfycbx/exec"), "OA508", Severity.MEDIUM),
    ("OA508 Apps Script editor", lambda: audit_url("https://script.google.com/home/projects/ID/edit"), "OA508", None),
    ("OA509 Marketplace listing", lambda: audit_url("https://workspace.google.com/marketplace/app/some_app/123456789"), "OA509", Severity.MEDIUM),
    ("OA509 Marketplace home", lambda: audit_url("https://workspace.google.com/marketplace"), "OA509", None),
]


@pytest.mark.parametrize(("name", "call", "rule_id", "expected"), CASES, ids=[c[0] for c in CASES])
def test_rule(name, call, rule_id, expected):
    found = severities(call(), rule_id)
    if expected is None:
        assert found == [], f"{rule_id} fired: {found}"
    else:
        assert found, f"{rule_id} did not fire"
        assert max(found) == expected


def _incomplete():
    from auditor.analyze import analyze
    from auditor.rules.completeness import incomplete

    return analyze(incomplete("batch.txt", "Not fully audited: 1 of 2 lines examined.", "未完整审计：检查了 2 行中的 1 行。"))


def test_every_rule_has_a_positive_and_a_negative_case():
    covered_pos = {c[2] for c in CASES if c[3] is not None}
    covered_neg = {c[2] for c in CASES if c[3] is None}
    rules = {r for r in load_rules() if r[2] != "6"}  # manifest rules (OA6xx): tests/test_manifest_rules.py
    untested = {"OA205", "OA109"}  # tested in test_deprecated_scope and test_silent_authorization
    assert rules - untested <= covered_pos, f"no positive case for {sorted(rules - untested - covered_pos)}"
    assert rules - untested <= covered_neg, f"no negative case for {sorted(rules - untested - covered_neg)}"


def test_deprecated_scope():
    from auditor.catalog import load_catalog

    catalog = load_catalog()
    for pid in sorted(catalog.providers):
        deprecated = [k for k, e in catalog.entries(pid).items() if e["deprecated"]]
        current = [k for k, e in catalog.entries(pid).items() if not e["deprecated"]]
        if deprecated:
            assert severities(audit_scopes(pid, deprecated[0]), "OA205") == [Severity.LOW]
            assert severities(audit_scopes(pid, current[0]), "OA205") == []
            return
    pytest.skip("no deprecated scope in the catalog")


def test_findings_refuse_missing_fields():
    from auditor.rules import REGISTRY, RuleContext
    from auditor.catalog import load_catalog
    from auditor.sources.url import read_url

    catalog = load_catalog()
    ctx = RuleContext(read_url(MINIMAL_SIGNIN_URL, catalog), catalog, None, (), (), None)
    with pytest.raises(RuntimeError):
        ctx.finding(Severity.LOW, "outside a rule")
    ctx.current = REGISTRY["OA402"]
    with pytest.raises(ValueError):
        ctx.finding(Severity.LOW, "")
    with pytest.raises(ValueError):
        ctx.finding(Severity.CRITICAL, "above the rule's maximum")


def test_score_is_the_sum_of_components():
    report = audit_url(WORM_URL)
    total = sum(c.points for c in report.risk.components)
    assert report.risk.score == min(100, total)
    assert {c.name for c in report.risk.components} >= {"sensitive data", "acting as you", "request hygiene"}


def test_silent_authorization():
    base = audit_url("https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx1&redirect_uri=https%3A%2F%2Fa.example%2Fcb&response_type=code&scope=snsapi_base&state=s1xkw82ha#wechat_redirect")
    assert severities(base, "OA109") == [Severity.LOW]
    userinfo = audit_url("https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx1&redirect_uri=https%3A%2F%2Fa.example%2Fcb&response_type=code&scope=snsapi_userinfo&state=s1xkw82ha#wechat_redirect")
    assert severities(userinfo, "OA109") == []
