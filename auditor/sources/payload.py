"""Session-login payloads that are not URLs (a WhatsApp pairing code's bare text, ...).

A login QR code's text is machine-written, so some logins are recognised by their exact form rather
than by URL parts: codes that hold no URL at all, and URLs whose meaning is one parameter's value
(Alipay's ``qr.alipay.com/_d?_b=PAI_LOGIN_DY&securityId=…``, where other ``_b`` values are payment
codes). Some "scan to log in" QR codes hold no URL at all: WhatsApp Web's pairing code is the bare text
``<ref>,<noise key>,<identity key>,<secret>[,<platform>]`` (the ref usually starts ``2@``), Feishu's
web login code a small JSON object ``{"qrlogin":{"token":"…"}}``. The
URL reader would refuse it as "not a URL"; :func:`read_payload` reads it for what it is instead.

A catalog login (``scopes/session_logins.toml``) names its bare forms in ``payload``, a list of
matchers with these keys (only ``prefix`` is required):

- ``prefix``: the text starts with it (case-sensitive);
- ``suffix``: the text ends with it (after the prefix, with at least one character between them);
- ``separator`` and ``fields = [min, max]``: the text splits at the separator into that many fields;
- ``lengths``: the length of each field in order (0 = any non-empty length; fields past the list are
  free);
- ``alphabet``: the characters every field may hold besides the prefix and the suffix (``"base64"``, ``"base64url"``
  or ``"alnum"``).

Matching is linear in the input (a prefix test, one split, one pass over the characters): no
regular expression is run on untrusted text.
"""

from __future__ import annotations

from auditor.model import AuthorizationRequest

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"  # not `string`: a cold scan imports this
ALPHABETS = {
    "base64": frozenset(_ALNUM + "+/="),
    "base64url": frozenset(_ALNUM + "-_="),
    "alnum": frozenset(_ALNUM),
}
MAX_PAYLOAD = 4096  # a pairing code is a few hundred characters


def matches(matcher: dict, text: str) -> bool:
    """Whether ``text`` has the bare form ``matcher`` describes (see the module's docstring)."""
    prefix, suffix = matcher["prefix"], matcher.get("suffix", "")
    if not text.startswith(prefix) or len(text) > MAX_PAYLOAD:
        return False
    if suffix:
        if not text.endswith(suffix) or len(text) <= len(prefix) + len(suffix):
            return False
        text = text[: len(text) - len(suffix)]
    sep = matcher.get("separator")
    fields = text.split(sep) if sep else [text]
    low, high = matcher.get("fields", [1, 1] if not sep else [1, MAX_PAYLOAD])
    if not low <= len(fields) <= high:
        return False
    lengths = matcher.get("lengths", [])
    for i, field in enumerate(fields):
        if not field:
            return False
        if i < len(lengths) and lengths[i] and len(field) != lengths[i]:
            return False
    allowed = ALPHABETS.get(matcher.get("alphabet", ""))
    if allowed is not None:
        rest = text[len(prefix):]
        if any(ch not in allowed and ch != sep for ch in rest):
            return False
    return True


def session_login_payload(text: str, catalog) -> dict | None:
    """The catalog login whose bare (non-URL) payload ``text`` is, if any."""
    for login in catalog.session_logins:
        for matcher in login.get("payload", ()):
            if matches(matcher, text):
                return login
    return None


def read_payload(text: str, catalog, source: str) -> AuthorizationRequest | None:
    """A whole-session login request for a bare payload the catalog knows, else ``None``."""
    login = session_login_payload(text, catalog)
    if login is None:
        return None
    return AuthorizationRequest(
        source=source, kind="session_login", url=text, scheme="", host="", path="",
        provider_id=login.get("provider") or None, endpoint_known=True, params=(), scopes=(),
        fragment="", session_login_id=login["id"],
    )
