"""Authorization URL -> :class:`AuthorizationRequest`.

The URL is untrusted: it may be huge, hold control characters, repeat parameters, or hide the real
host behind userinfo (``https://accounts.google.com@evil.example/``). The reader keeps everything
the URL says (every parameter, every value, in order) and decides only what can be decided from the
text: which provider's endpoint it is, and which scopes it names. Judgement is left to the rules.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from auditor.catalog import Catalog
from auditor.errors import InputError
from auditor.model import AuthorizationRequest, Location, RequestedScope

MAX_URL_LENGTH = 65_536
MAX_PARAMS = 1_000
MAX_SCOPES = 2_000

# C0 and C1 controls and DEL. A pasted URL never legitimately contains them raw (percent-encoded,
# they are data and are decoded and shown escaped); raw, they are an attempt at terminal or log
# injection, or a broken paste.
_RAW_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SCOPE_SPLIT = re.compile(r"[\s,]+")
_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*")


def split_scopes(value: str) -> list[str]:
    """Split a scope parameter value. Providers use spaces or commas (``+`` is already a space)."""
    return [s for s in _SCOPE_SPLIT.split(value) if s]


def _scopes_from(params: list[tuple[str, str]], names: list[str], source: str, group_of: dict[str, str]) -> tuple[RequestedScope, ...]:
    seen: set[tuple[str, str]] = set()
    out: list[RequestedScope] = []
    for key, value in params:
        if key not in names and key not in group_of:
            continue
        group = group_of.get(key, "")
        for scope in split_scopes(value):
            if (scope, group) in seen:
                continue
            seen.add((scope, group))
            out.append(RequestedScope(scope, Location(source, param=key), group))
            if len(out) > MAX_SCOPES:
                raise InputError(f"the URL names more than {MAX_SCOPES} scopes; this is not a real authorization request")
    return tuple(out)


MAX_BITS = 64


def _bits_from(params: tuple[tuple[str, str], ...], name: str, bits: dict, source: str) -> tuple[RequestedScope, ...]:
    """Decode a permissions bitfield (Discord's ``permissions=``) into one requested item per set bit.

    Each set bit becomes a requested scope in the ``permissions`` group, named by the catalog's bit
    table (``ADMINISTRATOR``) or ``bit N`` when the catalog does not know the bit. A value that is not
    a non-negative integer below 2**64 is kept as one unknown item, never dropped.
    """
    by_bit = {b["bit"]: n for n, b in bits.items()}
    out: list[RequestedScope] = []
    for key, value in params:
        if key != name:
            continue
        loc = Location(source, param=key)
        text = value.strip()
        if not text.isdigit() or len(text) > 20 or int(text) >= 2**MAX_BITS:
            out.append(RequestedScope(f"{name}={value}", loc, "permissions"))
            continue
        number = int(text)
        for bit in range(MAX_BITS):
            if number >> bit & 1:
                out.append(RequestedScope(by_bit.get(bit, f"bit {bit}"), loc, "permissions"))
    return tuple(out)


def _provider_id(catalog: Catalog, name: str) -> str:
    """A provider name as typed (an id or an alias such as ``facebook``) -> the catalog id."""
    try:
        return catalog.provider_id(name)
    except ValueError as exc:
        raise InputError(str(exc)) from None


def read_url(text: str, catalog: Catalog, source: str = "url", provider: str | None = None) -> AuthorizationRequest:
    """Read one authorization URL (or a whole-session login link or bare login payload). Raises :class:`InputError`.

    ``provider`` treats the URL as that provider's (a self-hosted GitLab, a proxy) whatever its host.
    """
    if provider is not None:
        provider = _provider_id(catalog, provider)
    if len(text) > MAX_URL_LENGTH:
        raise InputError(f"the URL is {len(text):,} characters long; the limit is {MAX_URL_LENGTH:,}")
    text = text.strip()
    if not text:
        raise InputError("empty input: expected an authorization URL such as https://provider.example/authorize?...")
    bad = _RAW_CONTROL.search(text)
    if bad:
        raise InputError(f"the URL contains a raw control character (U+{ord(bad.group()):04X}) at position {bad.start() + 1}; refusing to read it")
    # A login QR's exact text (auditor.sources.payload): a bare payload that is not a URL, or a URL
    # whose meaning is one parameter's value. Prefix tests only, before the text is parsed.
    from auditor.sources.payload import read_payload

    bare = read_payload(text, catalog, source)
    if bare is not None:
        return bare
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").rstrip(".")
    except ValueError as exc:
        raise InputError(f"not a valid URL: {exc}") from None
    scheme = parts.scheme.lower()
    if not scheme or not (scheme in ("https", "http") or _SCHEME.fullmatch(scheme)):
        raise InputError("not a URL: expected an authorization URL such as https://provider.example/authorize?...")
    if scheme in ("http", "https") and not host:
        raise InputError("not a URL: it has no host")
    if scheme not in ("http", "https") and not host and not parts.path:
        raise InputError(f"not a URL: nothing follows '{scheme}:'")
    try:
        params = parse_qsl(parts.query, keep_blank_values=True, errors="replace", max_num_fields=MAX_PARAMS)
        fragment_params: list[tuple[str, str]] = []
        if "=" in parts.fragment:
            fragment_params = parse_qsl(parts.fragment, keep_blank_values=True, errors="replace", max_num_fields=MAX_PARAMS)
    except ValueError:
        raise InputError(f"the URL has more than {MAX_PARAMS} parameters") from None
    all_params = tuple(params) + tuple(fragment_params)
    path = parts.path or "/"

    login = catalog.session_login(scheme, host, path, {k for k, _ in all_params})
    if login is not None:
        return AuthorizationRequest(
            source=source, kind="session_login", url=text, scheme=scheme, host=host, path=path,
            provider_id=login.get("provider"), endpoint_known=True, params=all_params, scopes=(),
            fragment=parts.fragment, session_login_id=login["id"],
        )

    pid, kind = catalog.detect(host, path) if host else (None, None)
    if provider is not None and provider != pid:
        pid, kind = provider, "override"
    names = ["scope"]
    group_of: dict[str, str] = {}
    if pid is not None:
        p = catalog.providers[pid]["params"]
        names = list(p["scope"])
        group_of = dict(p.get("scope_groups", {}))
        # Where the token type depends on the endpoint (Slack's v2 endpoint issues a bot token for
        # `scope`), the provider names the path and the group (params.path_scope_groups).
        for rule_ in p.get("path_scope_groups", []):
            if path.rstrip("/") == rule_["path"].rstrip("/"):
                group_of[rule_["param"]] = rule_["group"]
    scopes = _scopes_from(list(all_params), names, source, group_of)
    if pid is not None and catalog.providers[pid]["params"]["bitfield_param"]:
        scopes += _bits_from(all_params, catalog.providers[pid]["params"]["bitfield_param"], catalog.scope_table(pid)["bits"], source)
    return AuthorizationRequest(
        source=source, kind="oauth", url=text, scheme=scheme, host=host, path=path,
        provider_id=pid, endpoint_known=kind in ("authorize", "device"), params=all_params,
        scopes=scopes, fragment=parts.fragment,
    )


def read_scope_list(provider_id: str, scopes: str, catalog: Catalog, source: str = "scopes") -> AuthorizationRequest:
    """A bare scope list for a named provider (``scan --provider ID --scopes "S1 S2"``)."""
    provider_id = _provider_id(catalog, provider_id)
    if len(scopes) > MAX_URL_LENGTH:
        raise InputError(f"the scope list is {len(scopes):,} characters long; the limit is {MAX_URL_LENGTH:,}")
    bad = _RAW_CONTROL.search(scopes.replace("\n", " ").replace("\t", " "))
    if bad:
        raise InputError(f"the scope list contains a raw control character (U+{ord(bad.group()):04X})")
    names = split_scopes(scopes)
    if not names:
        raise InputError("the scope list is empty")
    requested = _scopes_from([("scope", " ".join(names))], ["scope"], source, {})
    return AuthorizationRequest(
        source=source, kind="scope_list", url="", scheme="", host="", path="", provider_id=provider_id,
        endpoint_known=False, params=(("scope", " ".join(names)),), scopes=requested,
    )
