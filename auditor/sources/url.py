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
    scopes += _carrier_scopes(all_params, source, scopes)
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


# ---------------------------------------------------------------------------------------------
# Carriers of permissions other than the scope: OpenID Connect `claims` (Core §5.5), RFC 9396
# `authorization_details`, RFC 8707 `resource`, RFC 9126 / RFC 9101 `request_uri`, and a RFC 9101
# `request` object (a JWT whose payload is decoded here WITHOUT verifying its signature). Every
# value is untrusted: JSON is read with a size cap and a depth cap, and a value that cannot be read
# is kept as a carrier with an `error` (rule OA418 reports it) rather than dropped or crashing.
# ---------------------------------------------------------------------------------------------

MAX_CARRIER_JSON = 16_384  # characters of one JSON value (claims, authorization_details, JWT payload)
MAX_CARRIER_DEPTH = 16
MAX_CARRIER_ITEMS = 200
MAX_SHOWN = 200  # characters of one untrusted value kept for the report
CARRIER_PARAMS = ("claims", "authorization_details", "resource", "request_uri", "request")
PAR_URN = "urn:ietf:params:oauth:request_uri:"


def _short(value) -> str:
    import json

    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def _depth_ok(obj) -> bool:
    stack = [(obj, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_CARRIER_DEPTH:
            return False
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
    return True


def load_carrier_json(text: str, what: str):
    """``(value, "")`` or ``(None, reason)``: JSON read with the carriers' size and depth caps."""
    import json

    if len(text) > MAX_CARRIER_JSON:
        return None, f"{what} is {len(text):,} characters long; the limit is {MAX_CARRIER_JSON:,}"
    try:
        value = json.loads(text)
    except RecursionError:
        return None, f"{what} is nested too deeply to read"
    except ValueError as exc:
        return None, f"{what} is not valid JSON ({str(exc).splitlines()[0][:80]})"
    if not _depth_ok(value):
        return None, f"{what} is nested deeper than {MAX_CARRIER_DEPTH} levels"
    return value, ""


def _claims_items(value) -> tuple[list[dict], str]:
    """The claims an OIDC ``claims`` object names: one item per claim name, with where it is asked
    for (``userinfo``, ``id_token``), whether it is essential, and a requested value or values."""
    if not isinstance(value, dict):
        return [], "claims is not a JSON object"
    by_name: dict[str, dict] = {}
    others = [k for k in value if k not in ("userinfo", "id_token")]
    for member in ("userinfo", "id_token"):
        requested = value.get(member)
        if requested is None:
            continue
        if not isinstance(requested, dict):
            return [], f"claims.{member} is not a JSON object"
        for name, spec in requested.items():
            item = by_name.setdefault(name, {"claim": _short(name), "scope": f"claim:{_short(name)}", "where": [], "essential": False})
            item["where"].append(member)
            if isinstance(spec, dict):
                if spec.get("essential") is True:
                    item["essential"] = True
                if "value" in spec:
                    item["value"] = _short(spec["value"])
                if "values" in spec:
                    item["values"] = _short(spec["values"])
            elif spec is not None:
                item["malformed"] = True  # Core §5.5.1: null or an object
            if len(by_name) > MAX_CARRIER_ITEMS:
                return [], f"claims names more than {MAX_CARRIER_ITEMS} claims"
    items = list(by_name.values())
    if others:
        items.append({"unknown_members": [_short(k) for k in others[:10]]})
    return items, ""


_RAR_LISTS = ("actions", "locations", "datatypes", "privileges")


def _rar_items(value) -> tuple[list[dict], str]:
    """The objects of an RFC 9396 ``authorization_details`` array, each with its type, common fields
    (``actions``, ``locations``, ``datatypes``, ``identifier``, ``privileges``) and the payment fields
    the RFC's example uses (``instructedAmount``, ``creditorName``, ``creditorAccount``)."""
    if not isinstance(value, list):
        return [], "authorization_details is not a JSON array"
    if len(value) > MAX_CARRIER_ITEMS:
        return [], f"authorization_details has more than {MAX_CARRIER_ITEMS} objects"
    items = []
    for index, obj in enumerate(value):
        if not isinstance(obj, dict) or not isinstance(obj.get("type"), str) or not obj["type"]:
            return [], f"authorization_details[{index}] is not an object with a type"
        item: dict = {"index": index, "type": _short(obj["type"]), "scope": f"authorization_details[{index}]:{_short(obj['type'])}"}
        for key in _RAR_LISTS:
            if key in obj:
                item[key] = [_short(v) for v in obj[key][:20]] if isinstance(obj[key], list) else [_short(obj[key])]
        if "identifier" in obj:
            item["identifier"] = _short(obj["identifier"])
        amount = obj.get("instructedAmount")
        if isinstance(amount, dict):
            item["amount"] = _short(amount.get("amount", ""))
            item["currency"] = _short(amount.get("currency", ""))
        if "creditorName" in obj:
            item["creditor"] = _short(obj["creditorName"])
        if isinstance(obj.get("creditorAccount"), dict):
            item["creditor_account"] = _short(obj["creditorAccount"])
        known = set(_RAR_LISTS) | {"type", "identifier", "instructedAmount", "creditorName", "creditorAccount"}
        extra = sorted(k for k in obj if k not in known)
        if extra:
            item["other_fields"] = [_short(k) for k in extra[:20]]
        items.append(item)
    return items, ""


_B64URL = str.maketrans("-_", "+/")


def _b64url_json(part: str, what: str):
    import base64
    import binascii

    if len(part) > MAX_CARRIER_JSON * 4 // 3 + 4:
        return None, f"{what} is longer than {MAX_CARRIER_JSON:,} characters once decoded"
    try:
        raw = base64.b64decode(part.translate(_B64URL) + "=" * (-len(part) % 4), validate=True)
        text = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return None, f"{what} is not base64url-encoded UTF-8"
    value, error = load_carrier_json(text, what)
    if not error and not isinstance(value, dict):
        return None, f"{what} is not a JSON object"
    return value, error


def _request_object(value: str) -> dict:
    """A RFC 9101 request object, decoded without verifying its signature: its ``alg`` and the
    ``scope``, ``claims`` and ``authorization_details`` it carries (raw, read by the caller)."""
    out: dict = {"param": "request", "kind": "request_object", "error": "", "verified": False, "items": []}
    parts = value.strip().split(".")
    if len(parts) == 5:
        out["error"] = "the request object is encrypted (JWE): what it asks for cannot be read"
        return out
    if len(parts) != 3:
        out["error"] = "the request object is not a JWT (expected three dot-separated parts)"
        return out
    header, error = _b64url_json(parts[0], "the request object's header")
    payload, error2 = _b64url_json(parts[1], "the request object's payload") if not error else (None, "")
    if error or error2:
        out["error"] = error or error2
        return out
    out["alg"] = _short(str(header.get("alg", "")))
    out["payload"] = payload
    return out


def _carriers_cached(params: tuple[tuple[str, str], ...]) -> tuple[dict, ...]:
    out: list[dict] = []

    def add_json(key: str, raw, view: str) -> None:
        entry: dict = {"param": key, "kind": key, "view": view, "error": "", "items": []}
        if isinstance(raw, str):
            raw, entry["error"] = load_carrier_json(raw, key)
        if not entry["error"]:
            entry["items"], entry["error"] = (_claims_items if key == "claims" else _rar_items)(raw)
        out.append(entry)

    for key, value in params:
        if key in ("claims", "authorization_details"):
            add_json(key, value, "url")
        elif key == "resource":
            out.append({"param": key, "kind": key, "view": "url", "error": "", "items": [{"resource": _short(value)}]})
        elif key == "request_uri":
            out.append({"param": key, "kind": key, "view": "url", "error": "", "items": [{"reference": _short(value), "pushed": value.startswith(PAR_URN)}]})
        elif key == "request":
            obj = _request_object(value)
            payload = obj.pop("payload", None)
            out.append(obj)
            if payload is None:
                continue
            if isinstance(payload.get("scope"), str):
                obj["items"].append({"scope": _short(payload["scope"])})
            for inner in ("claims", "authorization_details"):
                if inner in payload:
                    add_json(inner, payload[inner], "request_object")
    return tuple(out)


_CARRIER_CACHE: dict = {}


def carriers_of(request) -> tuple[dict, ...]:
    """Every carrier of permissions other than the scope that an authorization URL holds, read from
    its parameters: ``{"param", "kind", "view" ("url" or "request_object": decoded from a request
    object whose signature was not verified), "error" ("" or why it could not be read), "items"}``.
    Empty for anything but an OAuth URL. Treat the dicts as read-only (they are cached)."""
    if request.kind != "oauth" or not any(k in CARRIER_PARAMS for k, _ in request.params):
        return ()
    key = request.params
    found = _CARRIER_CACHE.get(key)
    if found is None:
        found = _carriers_cached(key)
        if len(_CARRIER_CACHE) < 256:
            _CARRIER_CACHE[key] = found
    return found


def _carrier_scopes(params: tuple[tuple[str, str], ...], source: str, existing: tuple[RequestedScope, ...]) -> tuple[RequestedScope, ...]:
    """The requested items the carriers name: ``claim:NAME`` per OIDC claim,
    ``authorization_details[N]:TYPE`` per RAR object, and the scopes of a request object, located at
    the parameter they were read from (``request`` for what a request object carries)."""
    if not any(k in CARRIER_PARAMS for k, _ in params):
        return ()
    seen = {rq.scope for rq in existing}
    out: list[RequestedScope] = []
    for carrier in _carriers_cached(params):
        param = carrier["param"] if carrier.get("view", "url") == "url" else "request"
        for item in carrier["items"]:
            names = split_scopes(item["scope"]) if carrier["kind"] == "request_object" and "scope" in item else [item["scope"]] if "scope" in item else []
            for name in names:
                if name not in seen:
                    seen.add(name)
                    out.append(RequestedScope(name, Location(source, param=param)))
    if len(out) + len(existing) > MAX_SCOPES:
        raise InputError(f"the URL names more than {MAX_SCOPES} scopes and permissions; this is not a real authorization request")
    return tuple(out)
