"""OA4xx: request hygiene — the checks of RFC 9700 that an authorization URL decides by itself."""

from __future__ import annotations

import re
TYPE_CHECKING = False  # typing is not imported at run time: it costs milliseconds on every cold start
from urllib.parse import urlsplit

from auditor.model import Severity
from auditor.rules import rule

if TYPE_CHECKING:
    from typing import Iterator

    from auditor.model import Finding

    from auditor.rules import RuleContext

_B64URL_43 = re.compile(r"^[A-Za-z0-9_-]{43}$")
SECRET_PARAMS = ("client_secret", "access_token", "refresh_token", "password")
CODE_PARAMS = ("code", "id_token")
PLACEHOLDER_STATES = {
    "state", "test", "xyz", "abc", "abc123", "123", "1234", "12345", "123456", "random", "randomstate",
    "state123", "foo", "bar", "none", "null", "undefined", "true", "false", "0", "1", "state_parameter_passthrough_value",
    "your_state", "csrf", "nonce", "xxx", "string",
}
OPEN_REDIRECT_NAMES = {"next", "url", "redirect", "redirect_url", "redirect_uri", "return", "return_to", "returnto", "returnurl", "return_url", "goto", "target", "dest", "destination", "continue", "r", "u", "to", "callback", "forward"}
SECURITY_PARAMS = ("scope", "redirect_uri", "response_type", "client_id", "state", "code_challenge", "code_challenge_method", "nonce", "response_mode", "prompt")


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost") or host == "::1":
        return True
    parts = host.split(".")
    return len(parts) == 4 and parts[0] == "127" and all(p.isdigit() and int(p) < 256 for p in parts)


def redirect_parts(ctx: RuleContext):
    value = ctx.request.first("redirect_uri")
    if not value:
        return None
    try:
        parts = urlsplit(value)
        parts.hostname  # noqa: B018 - raises on a malformed netloc
        return parts
    except ValueError:
        return None


def visible_short(value: str) -> str:
    from auditor.render.safe import visible

    return visible(value, 40)


def _is_ip(host: str) -> bool:
    host = host.strip("[]")
    if ":" in host:
        return all(c in "0123456789abcdefABCDEF:." for c in host) and host.count(":") >= 2
    parts = host.split(".")
    return len(parts) == 4 and all(p.isdigit() and 0 <= int(p) < 256 for p in parts)


def _response_types(ctx: RuleContext) -> set[str]:
    return {t for v in ctx.request.values("response_type") for t in v.split()}


def _oauth(ctx: RuleContext) -> bool:
    return ctx.request.kind == "oauth"


def _scaled(ctx: RuleContext, severity: Severity) -> Severity:
    """A flaw in how the code or token travels weighs what the code or token unlocks: at most low when
    it unlocks only who you are (and the token does not come back in the URL); the rule's own
    severity when it unlocks data or comes through the implicit grant."""
    if ctx.identity_only and not ctx.implicit:
        return min(severity, Severity.LOW)
    return severity


def provider_lacks_pkce(ctx: RuleContext) -> bool:
    """The provider's documentation shows no PKCE support (``params.pkce = false``)."""
    return ctx.provider is not None and ctx.provider["params"].get("pkce") is False


@rule("OA401", "implicit-grant", Severity.HIGH, "request hygiene", name_zh="隐式授权")
def implicit_grant(ctx: RuleContext) -> Iterator[Finding]:
    """Uses the implicit grant: the access token comes back in the browser's address bar.

    ## What it detects
    `response_type` containing `token` (the implicit grant, or a hybrid flow that returns an access
    token from the authorization endpoint).

    ## Why it matters
    A token in the redirect URL leaks through browser history, referrer headers, logs and injected
    scripts, and cannot be bound to the client. The 2017 Google Docs worm used the implicit grant.
    RFC 9700 says clients SHOULD NOT use it.

    ## What to do instead
    Use the authorization code flow (`response_type=code`) with PKCE (`code_challenge_method=S256`).

    ## Basis
    - RFC 9700 §2.1.2 and §4.1.3
    """
    if _oauth(ctx) and "token" in _response_types(ctx):
        yield ctx.finding(
            Severity.HIGH,
            "response_type includes 'token' (implicit grant): the access token is delivered in the URL, where it leaks through history, logs and referrers.",
            zh="response_type 包含 token（隐式授权）：访问令牌直接放在 URL 中返回，会通过浏览记录、日志和来源页信息泄露。",
            fix="Use response_type=code with PKCE (S256).",
        )


@rule("OA402", "no-csrf-protection", Severity.MEDIUM, "request hygiene", name_zh="缺少 CSRF 防护")
def no_csrf_protection(ctx: RuleContext) -> Iterator[Finding]:
    """Has no state, no PKCE and no nonce: nothing protects the flow against CSRF or code injection.

    ## What it detects
    An authorization request that delivers a code or token (it has a `redirect_uri` or a
    `response_type`) without a `state` parameter, a PKCE `code_challenge`, or an OpenID Connect
    `nonce`.

    ## Why it matters
    A `state` that is a placeholder (`state`, `test`, `12345`, …) or short (fewer than 5 characters,
    or fewer than 7 when all letters or all digits, OAUTHScan's heuristic) is low.

    Without any of them an attacker can make the victim's browser complete the attacker's
    authorization (login CSRF) or inject a stolen code. It is the app's bug more than the consenting
    user's risk, hence medium; it is also a sign of a hand-made, unreviewed integration. Low when the
    code unlocks only who you are (a sign-in), and PKCE is not advised where the provider lacks it
    (`params.pkce = false` in the catalog).

    ## What to do instead
    Use PKCE with S256 and a one-time `state` bound to the browser session; with OpenID Connect, a
    `nonce` as well.

    ## Basis
    - RFC 9700 §2.1 and §4.7.1; RFC 6749 §10.12
    """
    r = ctx.request
    if not _oauth(ctx) or not (r.has("redirect_uri") or r.has("response_type")):
        return  # nothing is delivered back (a bot invite, a bare link): there is no flow to protect
    if not r.has("state") and not r.has("code_challenge") and not r.has("nonce"):
        if provider_lacks_pkce(ctx):
            yield ctx.finding(
                _scaled(ctx, Severity.MEDIUM),
                "No state or nonce (the provider lacks PKCE): the flow is open to CSRF and authorization-code injection.",
                zh="没有 state 或 nonce（该平台不支持 PKCE）：该流程容易受到 CSRF 和授权码注入攻击。",
                fix="Add a one-time state bound to the browser session; the provider lacks PKCE.",
            )
        else:
            yield ctx.finding(
                _scaled(ctx, Severity.MEDIUM),
                "No state, PKCE code_challenge or nonce: the flow is open to CSRF and authorization-code injection.",
                zh="没有 state、PKCE code_challenge 或 nonce：该流程容易受到 CSRF 和授权码注入攻击。",
                fix="Add PKCE (S256) and a one-time state.",
            )
    elif r.has("state"):
        state = r.first("state") or ""
        if state.lower() in PLACEHOLDER_STATES:
            yield ctx.finding(
                Severity.LOW,
                f"state is a placeholder value ({visible_short(state)}): it must be unguessable and single-use, so a constant gives no protection.",
                zh=f"state 是占位值（{visible_short(state)}）：它必须不可猜测且只能使用一次，固定值起不到任何保护作用。",
            )
        elif len(state) < 5 or len(state) < 7 and (state.isdigit() or state.isalpha()):
            yield ctx.finding(
                Severity.LOW,
                f"state is short or guessable ({len(state)} characters): it must be unguessable and single-use.",
                zh=f"state 过短或容易猜到（{len(state)} 个字符）：它必须不可猜测且只能使用一次。",
            )


@rule("OA403", "pkce-missing", Severity.MEDIUM, "request hygiene", name_zh="未使用 PKCE")
def pkce_missing(ctx: RuleContext) -> Iterator[Finding]:
    """An authorization code request without PKCE.

    ## What it detects
    `response_type=code` without `code_challenge`. Medium when the client looks public (a custom-
    scheme or loopback redirect URI: a mobile or desktop app, which cannot keep a secret: PKCE is a
    MUST) and the code unlocks data, low when it unlocks only who you are; information otherwise
    (RECOMMENDED for confidential clients), and nothing for a confidential OpenID Connect client
    that sends a `nonce`, which RFC 9700 allows instead. Where the provider lacks PKCE (WeChat, QQ,
    Weibo, Alipay, Douyin, DingTalk: `params.pkce = false`), information that says so.

    ## Why it matters
    PKCE binds the code to the client instance that started the flow, so an intercepted code is
    useless. Public clients MUST use it; RFC 9700 recommends it for everyone.

    ## What to do instead
    Send `code_challenge` (the S256 hash of a fresh random verifier) and `code_challenge_method=S256`.

    ## Basis
    - RFC 9700 §2.1.1; RFC 7636; RFC 8252 §8.1 (native apps)
    """
    r = ctx.request
    if not _oauth(ctx) or "code" not in _response_types(ctx) or r.has("code_challenge"):
        return
    if not r.has("state") and not r.has("nonce"):
        return  # OA402 already reports the missing protection
    red = redirect_parts(ctx)
    public = red is not None and (red.scheme not in ("http", "https") or is_loopback(red.hostname or ""))
    oidc_nonce = r.has("nonce") and any(s.scope == "openid" for s in r.scopes)
    if oidc_nonce and not public:
        return  # RFC 9700 §2.1.1: confidential OpenID Connect clients may use nonce instead of PKCE
    if provider_lacks_pkce(ctx):
        yield ctx.finding(
            Severity.INFO,
            "Authorization code flow without PKCE: the provider lacks PKCE, so the app cannot add it; the one-time state is the protection left.",
            zh="授权码流程未使用 PKCE：该平台不支持 PKCE，应用无法添加；剩下的保护只有一次性的 state。",
        )
        return
    yield ctx.finding(
        _scaled(ctx, Severity.MEDIUM) if public else Severity.INFO,
        "Authorization code flow without PKCE" + (" from what looks like a mobile or desktop app (public client)." if public else "."),
        zh="授权码流程未使用 PKCE" + ("，而发起请求的看起来是移动或桌面应用（公共客户端）。" if public else "。"),
        fix="Add code_challenge with code_challenge_method=S256.",
    )


@rule("OA404", "pkce-weak", Severity.MEDIUM, "request hygiene", name_zh="PKCE 强度不足")
def pkce_weak(ctx: RuleContext) -> Iterator[Finding]:
    """PKCE with the `plain` method, or a malformed challenge.

    ## What it detects
    `code_challenge_method=plain`, a challenge without a method (which defaults to `plain`), or an
    S256 challenge that is not 43 base64url characters.

    ## Why it matters
    With `plain` the challenge is the verifier itself: anyone who sees the authorization request can
    redeem an intercepted code. A malformed challenge suggests a constant or broken implementation.

    ## What to do instead
    Use `code_challenge_method=S256` with `BASE64URL(SHA256(verifier))`, a fresh verifier per request.

    ## Basis
    - RFC 9700 §2.1.1; RFC 7636 §4.2-4.3
    """
    r = ctx.request
    if not _oauth(ctx) or not r.has("code_challenge"):
        return
    method = r.first("code_challenge_method")
    challenge = r.first("code_challenge") or ""
    if method is None:
        yield ctx.finding(
            _scaled(ctx, Severity.MEDIUM),
            "code_challenge without code_challenge_method: the method defaults to 'plain', which exposes the verifier.",
            zh="有 code_challenge 却没有 code_challenge_method：方法默认为 plain，会暴露验证值本身。",
        )
    elif method.lower() == "plain":
        yield ctx.finding(
            _scaled(ctx, Severity.MEDIUM),
            "code_challenge_method=plain: the challenge is the verifier itself; use S256.",
            zh="code_challenge_method=plain：挑战值就是验证值本身；应改用 S256。",
        )
    elif method == "S256" and not _B64URL_43.match(challenge):
        yield ctx.finding(
            Severity.LOW,
            f"The S256 code_challenge is malformed ({len(challenge)} characters; expected 43 base64url characters).",
            zh=f"S256 的 code_challenge 格式不正确（{len(challenge)} 个字符；应为 43 个 base64url 字符）。",
        )


@rule("OA405", "insecure-transport", Severity.HIGH, "request hygiene", name_zh="明文传输")
def insecure_transport(ctx: RuleContext) -> Iterator[Finding]:
    """The authorization endpoint or the redirect URI uses plain http.

    ## What it detects
    An `http://` authorization endpoint, or an `http://` redirect URI whose host is not a loopback
    address (native apps may use `http://127.0.0.1:port`).

    ## Why it matters
    The authorization code or token then crosses the network unencrypted, readable and replaceable by
    anyone on the path (public Wi-Fi, a hostile proxy).

    High when the code or token unlocks data or comes back in the URL (implicit grant); low when it
    unlocks only who you are (a sign-in with `openid`, e-mail, name).

    ## What to do instead
    Use https for every endpoint and redirect URI; loopback http only for native apps.

    ## Basis
    - RFC 9700 §2.6; RFC 8252 §7.3; RFC 6749 §3.1.2.1
    """
    r = ctx.request
    if not _oauth(ctx):
        return
    if r.scheme == "http" and not is_loopback(r.host):
        yield ctx.finding(
            _scaled(ctx, Severity.HIGH),
            f"The authorization endpoint {r.host} is plain http: your sign-in and consent travel unencrypted.",
            zh=f"授权端点 {r.host} 使用明文 http：你的登录和授权同意都未经加密传输。",
        )
    red = redirect_parts(ctx)
    if red is not None and red.scheme == "http" and not is_loopback(red.hostname or ""):
        yield ctx.finding(
            _scaled(ctx, Severity.HIGH),
            f"redirect_uri is plain http to {red.hostname}: the code or token is sent unencrypted.",
            zh=f"redirect_uri 以明文 http 指向 {red.hostname}：授权码或令牌未经加密发送。",
        )


@rule("OA406", "secret-in-url", Severity.HIGH, "request hygiene", name_zh="URL 中含有密钥或凭证")
def secret_in_url(ctx: RuleContext) -> Iterator[Finding]:
    """The URL carries a client secret, a token, a password or an authorization code.

    ## What it detects
    Parameters named `client_secret`, `access_token`, `refresh_token` or `password` (high), or
    `code` / `id_token` (medium) in an authorization URL.

    ## Why it matters
    Anything in a URL ends up in browser history, server logs, proxies and referrer headers. A
    client secret in a front-channel URL is no longer secret; a token or code in it can be replayed.

    ## What to do instead
    Authenticate the client at the token endpoint (ideally with a private key), never in the browser.
    Revoke and rotate any secret or token that appeared in a URL.

    ## Basis
    - RFC 9700 §2.5 and §4.3.2; RFC 6750 §2.3
    """
    if not _oauth(ctx):
        return
    present = [k for k in SECRET_PARAMS if ctx.request.has(k)]
    if present:
        yield ctx.finding(
            Severity.HIGH,
            f"The URL contains {', '.join(present)}: treat it as leaked and rotate it.",
            zh=f"URL 中包含 {'、'.join(present)}：应视为已泄露并立即更换。",
        )
    codes = [k for k in CODE_PARAMS if ctx.request.has(k)]
    if codes:
        yield ctx.finding(
            Severity.MEDIUM,
            f"The URL contains {', '.join(codes)}, a credential that can be replayed by whoever sees the URL.",
            zh=f"URL 中包含 {'、'.join(codes)}：这是一种凭证，任何看到该 URL 的人都可以重放使用。",
        )


@rule("OA407", "repeated-parameter", Severity.MEDIUM, "request hygiene", name_zh="参数重复")
def repeated_parameter(ctx: RuleContext) -> Iterator[Finding]:
    """A security-relevant parameter appears more than once.

    ## What it detects
    `scope`, `redirect_uri`, `response_type`, `client_id`, `state`, PKCE or `prompt` parameters given
    twice (in the query twice, or in the query and the fragment).

    ## Why it matters
    Servers disagree on which copy wins (the first, the last, or a join), so what a reviewer reads
    may not be what the provider grants: parameter pollution hides a scope or a redirect. The tool
    analyses the union of all values.

    ## What to do instead
    Send each parameter once.

    ## Basis
    - RFC 6749 §3.1 ("Request and response parameters MUST NOT be included more than once")
    """
    if not _oauth(ctx):
        return
    for name in SECURITY_PARAMS:
        values = ctx.request.values(name)
        if len(values) > 1:
            yield ctx.finding(
                Severity.MEDIUM,
                f"{name} appears {len(values)} times; providers differ in which value they use.",
                zh=f"{name} 出现了 {len(values)} 次；各平台实际采用哪一个值并不一致。",
            )


@rule("OA408", "oidc-nonce-missing", Severity.MEDIUM, "request hygiene", name_zh="缺少 nonce")
def oidc_nonce_missing(ctx: RuleContext) -> Iterator[Finding]:
    """An OpenID Connect implicit or hybrid request without a nonce.

    ## What it detects
    `response_type` containing `id_token` without a `nonce` parameter.

    ## Why it matters
    The nonce binds the ID token to the browser session; without it a stolen ID token can be replayed
    to sign in as the user.

    ## What to do instead
    Send a fresh, unguessable `nonce` and check it in the ID token, or use the code flow with PKCE.

    ## Basis
    - OpenID Connect Core 1.0 §3.2.2.1 and §15.5.2
    """
    if _oauth(ctx) and "id_token" in _response_types(ctx) and not ctx.request.has("nonce"):
        yield ctx.finding(
            _scaled(ctx, Severity.MEDIUM),
            "response_type includes id_token but there is no nonce: the ID token can be replayed.",
            zh="response_type 包含 id_token，却没有 nonce：ID 令牌可被重放。",
        )


@rule("OA409", "redirect-uri-wildcard", Severity.MEDIUM, "request hygiene", name_zh="重定向 URI 含通配符")
def redirect_uri_wildcard(ctx: RuleContext) -> Iterator[Finding]:
    """The redirect URI contains a wildcard or path traversal.

    ## What it detects
    A `redirect_uri` with `*` in it, or with `..` or encoded slashes in its path.

    ## Why it matters
    Authorization servers must compare redirect URIs by exact string. A wildcard or a traversal
    means either that the app registered a pattern (any matching URL, including an attacker's page
    on the same host, receives the code) or that the request probes for a lax comparison.

    ## What to do instead
    Register and send one exact redirect URI per client.

    ## Basis
    - RFC 9700 §2.1 and §4.1.3 (exact redirect URI matching)
    """
    value = ctx.request.first("redirect_uri")
    if not _oauth(ctx) or not value:
        return
    path = value.split("?", 1)[0]
    if "*" in value or "/../" in path or path.endswith("/..") or "%2f" in path.lower() or "%2e%2e" in path.lower():
        yield ctx.finding(
            Severity.MEDIUM,
            f"redirect_uri has a wildcard or path traversal ({visible_short(value)}): redirect URIs must match exactly.",
            zh=f"redirect_uri 含有通配符或路径穿越（{visible_short(value)}）：重定向 URI 必须精确匹配。",
        )


@rule("OA410", "redirect-uri-fragment", Severity.LOW, "request hygiene", name_zh="重定向 URI 含片段")
def redirect_uri_fragment(ctx: RuleContext) -> Iterator[Finding]:
    """The redirect URI contains a fragment (`#`).

    ## What it detects
    A `redirect_uri` value with a `#` fragment.

    ## Why it matters
    The redirection endpoint URI must not include a fragment: the provider appends the response to
    the URI, and a fragment changes where the code or token ends up (and what scripts on the page can
    read).

    ## What to do instead
    Use a redirect URI without a fragment; put client state in `state`.

    ## Basis
    - RFC 6749 §3.1.2 ("The endpoint URI MUST NOT include a fragment component")
    """
    value = ctx.request.first("redirect_uri")
    if _oauth(ctx) and value and "#" in value:
        yield ctx.finding(
            Severity.LOW,
            "redirect_uri contains a fragment (#), which a redirection endpoint must not have.",
            zh="redirect_uri 含有片段（#），而重定向端点不得带有片段。",
        )


@rule("OA411", "redirect-uri-userinfo", Severity.HIGH, "request hygiene", name_zh="重定向 URI 隐藏真实主机")
def redirect_uri_userinfo(ctx: RuleContext) -> Iterator[Finding]:
    """The redirect URI hides its real host behind userinfo (`https://trusted.example@evil.example/`).

    ## What it detects
    A `redirect_uri` whose authority contains `@`: everything before it is a user name, and the host
    after it is where the code or token really goes.

    ## Why it matters
    `https://login.example.com@evil.example/cb` reads like a trusted address but delivers the
    authorization response to `evil.example`. No legitimate redirect URI needs userinfo.

    ## What to do instead
    Do not consent. A legitimate app's redirect URI never contains `@` before its host.

    ## Basis
    - RFC 3986 §3.2.1 (userinfo); RFC 9700 §4.1 (redirect URI manipulation)
    """
    red = redirect_parts(ctx)
    if _oauth(ctx) and red is not None and "@" in red.netloc:
        yield ctx.finding(
            Severity.HIGH,
            f"redirect_uri hides its host behind userinfo: the response really goes to {visible_short(red.hostname or '')}.",
            zh=f"redirect_uri 把真实主机藏在用户信息（userinfo）部分之后：授权响应实际发往 {visible_short(red.hostname or '')}。",
        )


@rule("OA412", "open-redirect-parameter", Severity.MEDIUM, "request hygiene", name_zh="疑似开放重定向")
def open_redirect_parameter(ctx: RuleContext) -> Iterator[Finding]:
    """The redirect URI carries another URL in a parameter: an open-redirect smell.

    ## What it detects
    A `redirect_uri` whose own query has a parameter such as `next`, `url`, `return_to` or `goto`, or
    any parameter whose value is an absolute `http(s)` URL.

    ## Why it matters
    If the app's callback forwards to that URL, an attacker who controls it receives the user (and,
    with the implicit grant or a leaky referrer, the token). Open redirectors are a classic way to
    steal authorization responses.

    ## What to do instead
    Keep post-login destinations in server-side state, or validate them against an allow list; the
    redirect URI itself should carry no destination.

    ## Basis
    - RFC 9700 §4.11 (open redirection); §2.1 ("clients and authorization servers MUST NOT expose
      URLs that forward the user's browser to arbitrary URIs")
    """
    red = redirect_parts(ctx)
    if not _oauth(ctx) or red is None or not red.query:
        return
    from urllib.parse import parse_qsl

    for key, value in parse_qsl(red.query, keep_blank_values=True):
        v = value.strip().lower()
        if v.startswith(("http://", "https://", "//")) or (key.lower() in OPEN_REDIRECT_NAMES and v):
            yield ctx.finding(
                Severity.MEDIUM,
                f"redirect_uri forwards to another address in its '{visible_short(key)}' parameter: an open-redirect smell.",
                zh=f"redirect_uri 通过其中的 {visible_short(key)} 参数转发到另一个地址：疑似开放重定向。",
            )
            return


@rule("OA413", "redirect-uri-ip-literal", Severity.MEDIUM, "request hygiene", name_zh="重定向到裸 IP 地址")
def redirect_uri_ip_literal(ctx: RuleContext) -> Iterator[Finding]:
    """The redirect URI is a bare IP address (not loopback).

    ## What it detects
    A `redirect_uri` whose host is an IPv4 or IPv6 literal other than a loopback address.

    ## Why it matters
    A real service redirects to its own domain. A bare public or private IP means a test setup left
    in production, a device on a local network, or a server that does not want a name attached to it.
    (Loopback addresses are how native apps receive codes and are fine.)

    ## What to do instead
    Use an https redirect URI on the app's own domain; native apps use `127.0.0.1` or a claimed
    https URL.

    ## Basis
    - RFC 8252 §7.3 (loopback for native apps); RFC 9700 §2.6
    """
    red = redirect_parts(ctx)
    host = (red.hostname or "") if red is not None else ""
    if _oauth(ctx) and host and _is_ip(host) and not is_loopback(host):
        yield ctx.finding(
            Severity.MEDIUM,
            f"redirect_uri points at a bare IP address ({visible_short(host)}), not a named service.",
            zh=f"redirect_uri 指向裸 IP 地址（{visible_short(host)}），而不是有域名的服务。",
        )


@rule("OA414", "silent-prompt", Severity.LOW, "request hygiene", name_zh="无界面授权（prompt=none）")
def silent_prompt(ctx: RuleContext) -> Iterator[Finding]:
    """`prompt=none`: no screen is shown, and the provider redirects straight back.

    ## What it detects
    A request with `prompt=none` whose redirect URI is not a loopback address.

    ## Why it matters
    With `prompt=none` the provider answers without showing the user anything: silently issuing a
    code if consent was given before, or bouncing the browser to the redirect URI with an error.
    Attackers use the second case to send victims from a trusted provider address to a phishing page
    (see OA504).

    ## What to do instead
    Use `prompt=none` only for silent re-authentication inside the app's own frames or tabs; a link
    someone sends you should never need it.

    ## Basis
    - OpenID Connect Core 1.0 §3.1.2.1; RFC 9700 §4.11.2
    """
    red = redirect_parts(ctx)
    if _oauth(ctx) and "none" in (ctx.request.first("prompt") or "").split() and red is not None and not is_loopback(red.hostname or ""):
        yield ctx.finding(
            Severity.LOW,
            "prompt=none: the provider shows nothing and redirects straight to the redirect URI.",
            zh="prompt=none：平台不显示任何页面，直接跳转到重定向 URI。",
        )


@rule("OA415", "request-object-by-reference", Severity.LOW, "request hygiene", name_zh="请求内容在别处")
def request_object_by_reference(ctx: RuleContext) -> Iterator[Finding]:
    """The real request is elsewhere: `request_uri` points to a URL, or a `request` object is passed.

    ## What it detects
    A `request_uri` that is an http(s) URL (low: the provider fetches it, and what it contains is not
    in the link), or a `request` parameter (a JWT request object, information: its parameters may
    differ from the ones in the URL). A pushed-authorization `urn:ietf:params:oauth:request_uri:`
    reference is the recommended form and is not reported.

    ## Why it matters
    The scopes and redirect URI you can read in the link may not be the ones the provider acts on;
    an arbitrary `request_uri` also makes the provider fetch an attacker-chosen URL.

    ## What to do instead
    Use pushed authorization requests (PAR, RFC 9126), whose reference is an opaque URN.

    ## Basis
    - RFC 9101 (JAR); RFC 9126 (PAR); RFC 9700 §4.1.3
    """
    if not _oauth(ctx):
        return
    ref = ctx.request.first("request_uri")
    if ref and ref.lower().startswith(("http://", "https://")):
        yield ctx.finding(
            Severity.LOW,
            f"request_uri makes the provider fetch the real request from {visible_short(ref)}: the link does not show what it asks for.",
            zh=f"request_uri 让平台从 {visible_short(ref)} 获取真正的请求：链接本身看不出它申请了什么。",
        )
    if ctx.request.has("request"):
        yield ctx.finding(
            Severity.INFO,
            "A request object (request=…) is passed: its parameters, not the URL's, may be what the provider uses.",
            zh="传入了请求对象（request=…）：平台实际采用的可能是其中的参数，而不是 URL 中的参数。",
        )


@rule("OA416", "server-lacks-pkce", Severity.LOW, "request hygiene", name_zh="授权服务器未声明支持 PKCE")
def server_lacks_pkce(ctx: RuleContext) -> Iterator[Finding]:
    """With `--online`: the authorization server's published metadata does not list PKCE S256.

    ## What it detects
    Only when asked to go online (`oauth-audit scan URL --online`): the server's metadata
    (`/.well-known/openid-configuration`, or RFC 8414's `/.well-known/oauth-authorization-server`)
    was fetched, and its `code_challenge_methods_supported` is absent or does not contain `S256`.
    Low; nothing is reported when no metadata was fetched or found.

    ## Why it matters
    Without PKCE an intercepted authorization code can be redeemed by whoever holds it. A server
    that does not say it supports S256 may ignore the challenge the app sends, so the app's
    protection may be an illusion; RFC 9700 asks servers to support PKCE and to publish it.

    ## What to do instead
    For an app: check with the provider that PKCE is enforced before relying on it. For a server:
    support S256 and list it in `code_challenge_methods_supported`.

    ## Basis
    - RFC 9700 §2.1.1 (servers MUST support PKCE; publishing it in metadata is RECOMMENDED)
    - RFC 8414 §2 (`code_challenge_methods_supported`); RFC 7636
    """
    if not _oauth(ctx) or not ctx.request.host:
        return
    metadata = (ctx.options.get("server_metadata") or {}).get(ctx.request.host.lower())
    if not metadata:
        return
    methods = metadata.get("code_challenge_methods_supported")
    if isinstance(methods, list) and "S256" in methods:
        return
    from auditor.render.safe import visible

    where = visible(str(metadata.get("metadata_url") or ctx.request.host), 160)
    listed = ", ".join(visible_short(str(m)) for m in methods[:5]) if isinstance(methods, list) and methods else None
    yield ctx.finding(
        Severity.LOW,
        f"The authorization server's metadata ({where}) does not list PKCE S256"
        + (f" (code_challenge_methods_supported: {listed})." if listed else " (no code_challenge_methods_supported)."),
        zh=f"授权服务器的元数据（{where}）未列出 PKCE S256" + (f"（code_challenge_methods_supported：{listed}）。" if listed else "（没有 code_challenge_methods_supported）。"),
        fix="Confirm with the provider that PKCE is supported and enforced before relying on it.",
    )
