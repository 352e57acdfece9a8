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


def _response_types(ctx: RuleContext) -> set[str]:
    return {t for v in ctx.request.values("response_type") for t in v.split()}


def _oauth(ctx: RuleContext) -> bool:
    return ctx.request.kind == "oauth"


@rule("OA401", "implicit-grant", Severity.HIGH, "request hygiene")
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
            fix="Use response_type=code with PKCE (S256).",
        )


@rule("OA402", "no-csrf-protection", Severity.MEDIUM, "request hygiene")
def no_csrf_protection(ctx: RuleContext) -> Iterator[Finding]:
    """Has no state, no PKCE and no nonce: nothing protects the flow against CSRF or code injection.

    ## What it detects
    An authorization request without a `state` parameter, a PKCE `code_challenge`, or an OpenID
    Connect `nonce`.

    ## Why it matters
    Without any of them an attacker can make the victim's browser complete the attacker's
    authorization (login CSRF) or inject a stolen code. It is the app's bug more than the consenting
    user's risk, hence medium; it is also a sign of a hand-made, unreviewed integration.

    ## What to do instead
    Use PKCE with S256 and a one-time `state` bound to the browser session; with OpenID Connect, a
    `nonce` as well.

    ## Basis
    - RFC 9700 §2.1 and §4.7.1; RFC 6749 §10.12
    """
    r = ctx.request
    if not _oauth(ctx) or not r.params or not (r.has("client_id") or r.has("response_type")):
        return
    if not r.has("state") and not r.has("code_challenge") and not r.has("nonce"):
        yield ctx.finding(Severity.MEDIUM, "No state, PKCE code_challenge or nonce: the flow is open to CSRF and authorization-code injection.", fix="Add PKCE (S256) and a one-time state.")
    elif r.has("state"):
        state = r.first("state") or ""
        if len(state) < 8 or state.isdigit() or state.isalpha() and len(state) < 16:
            yield ctx.finding(Severity.LOW, f"state is short or guessable ({len(state)} characters): it must be unguessable and single-use.")


@rule("OA403", "pkce-missing", Severity.MEDIUM, "request hygiene")
def pkce_missing(ctx: RuleContext) -> Iterator[Finding]:
    """An authorization code request without PKCE.

    ## What it detects
    `response_type=code` without `code_challenge`. Medium when the client looks public (a custom-
    scheme or loopback redirect URI: a mobile or desktop app, which cannot keep a secret); low
    otherwise (a confidential client should still use PKCE).

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
    yield ctx.finding(
        Severity.MEDIUM if public else Severity.LOW,
        "Authorization code flow without PKCE" + (" from what looks like a mobile or desktop app (public client)." if public else "."),
        fix="Add code_challenge with code_challenge_method=S256.",
    )


@rule("OA404", "pkce-weak", Severity.MEDIUM, "request hygiene")
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
        yield ctx.finding(Severity.MEDIUM, "code_challenge without code_challenge_method: the method defaults to 'plain', which exposes the verifier.")
    elif method.lower() == "plain":
        yield ctx.finding(Severity.MEDIUM, "code_challenge_method=plain: the challenge is the verifier itself; use S256.")
    elif method == "S256" and not _B64URL_43.match(challenge):
        yield ctx.finding(Severity.LOW, f"The S256 code_challenge is malformed ({len(challenge)} characters; expected 43 base64url characters).")


@rule("OA405", "insecure-transport", Severity.HIGH, "request hygiene")
def insecure_transport(ctx: RuleContext) -> Iterator[Finding]:
    """The authorization endpoint or the redirect URI uses plain http.

    ## What it detects
    An `http://` authorization endpoint, or an `http://` redirect URI whose host is not a loopback
    address (native apps may use `http://127.0.0.1:port`).

    ## Why it matters
    The authorization code or token then crosses the network unencrypted, readable and replaceable by
    anyone on the path (public Wi-Fi, a hostile proxy).

    ## What to do instead
    Use https for every endpoint and redirect URI; loopback http only for native apps.

    ## Basis
    - RFC 9700 §2.6; RFC 8252 §7.3; RFC 6749 §3.1.2.1
    """
    r = ctx.request
    if not _oauth(ctx):
        return
    if r.scheme == "http" and not is_loopback(r.host):
        yield ctx.finding(Severity.HIGH, f"The authorization endpoint {r.host} is plain http: your sign-in and consent travel unencrypted.")
    red = redirect_parts(ctx)
    if red is not None and red.scheme == "http" and not is_loopback(red.hostname or ""):
        yield ctx.finding(Severity.HIGH, f"redirect_uri is plain http to {red.hostname}: the code or token is sent unencrypted.")


@rule("OA406", "secret-in-url", Severity.HIGH, "request hygiene")
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
        yield ctx.finding(Severity.HIGH, f"The URL contains {', '.join(present)}: treat it as leaked and rotate it.")
    codes = [k for k in CODE_PARAMS if ctx.request.has(k)]
    if codes:
        yield ctx.finding(Severity.MEDIUM, f"The URL contains {', '.join(codes)}, a credential that can be replayed by whoever sees the URL.")


@rule("OA407", "repeated-parameter", Severity.MEDIUM, "request hygiene")
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
            yield ctx.finding(Severity.MEDIUM, f"{name} appears {len(values)} times; providers differ in which value they use.")


@rule("OA408", "oidc-nonce-missing", Severity.MEDIUM, "request hygiene")
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
        yield ctx.finding(Severity.MEDIUM, "response_type includes id_token but there is no nonce: the ID token can be replayed.")
