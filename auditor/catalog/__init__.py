"""The bundled catalog, read from the compiled JSON index (``auditor/catalog/compiled/``).

Loading is lazy: :func:`load_catalog` reads only ``index.json`` (taxonomy, purposes, provider
endpoints); a provider's scope table is read the first time that provider is looked up. The index
lives inside the package, so a source checkout and an installed wheel load it the same way.
"""

from __future__ import annotations

import json
import os

_COMPILED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "compiled")


class CatalogError(Exception):
    """The compiled catalog is missing or unreadable (an installation problem, not bad input)."""


def _read(name: str) -> dict:
    path = os.path.join(_COMPILED, name)
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as exc:
        raise CatalogError(f"cannot read the bundled catalog ({name}): {exc}") from None


def _path_matches(pattern: str, path: str) -> bool:
    want = pattern.strip("/").split("/")
    have = path.strip("/").split("/")
    if len(want) != len(have):
        return False
    return all(w == "*" and h != "" or w == h for w, h in zip(want, have))


def pattern_matches(pattern: str, grant: str, modifiers: tuple[str, ...] = ()) -> bool:
    """Whether a purpose pattern (``cat:access``, ``group.*``, ``cat``, ``modifier:x``) covers a grant."""
    if pattern.startswith("modifier:"):
        return pattern[9:] in modifiers
    pcat, _, pacc = pattern.partition(":")
    gcat, _, gacc = grant.partition(":")
    if pcat.endswith(".*"):
        if gcat.split(".")[0] != pcat[:-2]:
            return False
    elif pcat != gcat:
        return False
    return not pacc or pacc == gacc


# Names people type for a provider the catalog files under another id. Only where the name is the
# same sign-in: a Taobao login is not an Alipay one, and Alibaba Cloud is neither, so they have none.
PROVIDER_ALIASES = {
    "facebook": "meta", "instagram": "meta", "threads": "meta", "whatsapp": "meta",
    "twitter": "x",
    "azure": "microsoft", "azuread": "microsoft", "entra": "microsoft", "office365": "microsoft", "o365": "microsoft",
    "outlook": "microsoft", "live": "microsoft", "msa": "microsoft",
    "weixin": "wechat",
    "lark": "feishu", "larksuite": "feishu",
}


# Requested items the URL reader makes from carriers other than the scope (auditor.sources.url).
CARRIER_PREFIXES = ("claim:", "authorization_details[")


class Catalog:
    """Lookups over the compiled catalog. Create it with :func:`load_catalog`."""

    def provider_id(self, name: str) -> str:
        """The catalog id for a provider name as typed (``facebook`` -> ``meta``). Raises ValueError
        with a one-line message naming the closest known names when there is none."""
        key = (name or "").strip().lower()
        if key in self.providers:
            return key
        if key in PROVIDER_ALIASES and PROVIDER_ALIASES[key] in self.providers:
            return PROVIDER_ALIASES[key]
        import difflib

        names = sorted(set(self.providers) | set(PROVIDER_ALIASES))
        close = difflib.get_close_matches(key, names, n=3, cutoff=0.6)
        shown = [f"{c} ({PROVIDER_ALIASES[c]})" if c in PROVIDER_ALIASES else c for c in close]
        hint = f"; did you mean {' or '.join(shown)}?" if shown else "; `oauth-audit scopes` lists them"
        raise ValueError(f"unknown provider {name!r}{hint}")

    def __init__(self, index: dict) -> None:
        self.index = index
        self.categories: dict[str, dict] = index["taxonomy"]["categories"]
        self.access: dict[str, dict] = index["taxonomy"]["access"]
        self.modifiers: dict[str, dict] = index["taxonomy"]["modifiers"]
        self.purposes: dict[str, dict] = index["purposes"]
        self.providers: dict[str, dict] = index["providers"]
        self.session_logins: list[dict] = index["session_logins"]
        self.phishing: dict[str, list[dict]] = index["phishing"]
        self.intel: list[dict] = index.get("intel", [])  # scopes/intel.toml: known-abused and malicious apps
        self._scopes: dict[str, dict] = {}

    def intel_match(self, pid: str | None, app_id: str) -> dict | None:
        """The ``scopes/intel.toml`` entry for a client id or extension id (case-insensitive), of
        provider ``pid`` when one is given; ``None`` when the dataset does not list it."""
        key = (app_id or "").strip().lower()
        if not key:
            return None
        return next((a for a in self.intel if (a["client_id"] or a["extension_id"]).lower() == key and (pid is None or a["provider"] == pid)), None)

    def provider(self, pid: str) -> dict | None:
        return self.providers.get(pid)

    def scope_table(self, pid: str) -> dict:
        """The provider's compiled scope file, loaded once: ``{"scopes", "aliases", "lower", "bits"}``.

        ``scopes`` maps each key to its entry as JSON text; :meth:`entry` parses one on demand.
        """
        table = self._scopes.get(pid)
        if table is None:
            if pid not in self.providers:
                raise KeyError(pid)
            table = self._scopes[pid] = _read(f"{pid}.json")
            table["parsed"] = {}
        return table

    def entry(self, pid: str, key: str) -> dict:
        """One catalog entry, parsed once."""
        table = self.scope_table(pid)
        parsed = table["parsed"].get(key)
        if parsed is None:
            parsed = table["parsed"][key] = json.loads(table["scopes"][key])
        return parsed

    def entries(self, pid: str) -> dict[str, dict]:
        """Every entry of a provider, parsed (for documentation and tests; a scan needs only a few)."""
        return {key: self.entry(pid, key) for key in self.scope_table(pid)["scopes"]}

    def lookup(self, pid: str | None, scope: str) -> tuple[str, dict | None]:
        """Resolve a scope string to ``(catalog key, entry)``; ``(scope, None)`` when unknown.

        For a provider not in the catalog only the standard OpenID Connect scopes resolve. A provider
        with ``params.match_patterns`` (Chrome extensions) resolves a match pattern (``<all_urls>``,
        ``https://mail.google.com/*``) to the entry for what it reaches (``host:mail``). For a
        catalogued one it otherwise tries the exact string, an alias, the provider's resource prefixes
        (``https://graph.microsoft.com/Mail.Read`` -> ``Mail.Read``), its tenant-specific resources
        (``params.resource_patterns``: ``https://contoso.sharepoint.com/AllSites.Read`` ->
        ``https://{tenant}.sharepoint.com/AllSites.Read``), then a case-insensitive match
        where the provider treats scopes case-insensitively.
        """
        if scope.startswith(CARRIER_PREFIXES):
            return self.carrier_entry(scope)
        if pid is None or pid not in self.providers:
            entry = self.index["oidc"].get(scope)  # standard OpenID Connect scopes mean the same everywhere
            return scope, entry
        table = self.scope_table(pid)
        params = self.providers[pid]["params"]
        if params.get("match_patterns") == "chrome":
            if scope == "<all_urls>" or "://" in scope:
                from auditor.sources.manifests.chrome import pattern_key  # host patterns resolve by reach

                key = pattern_key(scope)
                return (key, self.entry(pid, key)) if key in table["scopes"] else (scope, None)
            if scope.startswith("host:"):
                return scope, None  # the host:* entries are reached through patterns only, never by name
        candidates = [scope]
        for prefix in params["strip_prefixes"]:
            if scope.lower().startswith(prefix.lower()) and len(scope) > len(prefix):
                candidates.append(scope[len(prefix):])
        for pattern, canonical in params.get("resource_patterns", {}).items():
            # "https://*.sharepoint.com/" -> "https://{tenant}.sharepoint.com/": "*" is one host part
            head, _, tail = pattern.lower().partition("*")
            low = scope.lower()
            if low.startswith(head):
                end = low.find(tail, len(head))
                if end > len(head) and "/" not in low[len(head):end] and len(low) > end + len(tail):
                    candidates.append(canonical + scope[end + len(tail):])
        for cand in candidates:
            if cand in table["scopes"]:
                return cand, self.entry(pid, cand)
            key = table["aliases"].get(cand)
            if key is not None:
                return key, self.entry(pid, key)
            if params["case_insensitive"]:
                key = table["lower"].get(cand.lower())
                if key is not None:
                    return key, self.entry(pid, key)
        return scope, None

    def carrier_entry(self, item: str) -> tuple[str, dict]:
        """An item read from another carrier of permissions than the scope (``claim:phone_number``
        from OIDC ``claims``, ``authorization_details[0]:payment_initiation`` from RFC 9396) ->
        ``(key, entry)`` from ``scopes/oidc.toml``. A claim or type that file does not list gets an
        entry with no grants and ``unknown_carrier``: it is reported as unknown (OA110, OA111), and a
        request holding one is never identity-only."""
        tables = self.index.get("carriers", {})
        if item.startswith("claim:"):
            name, table, what = item[len("claim:"):], "claims", "claim"
        else:
            name, table, what = item.partition("]:")[2], "authorization_details", "authorization_details type"
        entry = tables.get(table, {}).get(name)
        if entry is not None:
            return name, entry
        return item, {
            "title": f"A {what} the catalog does not know: what it grants cannot be assessed",
            "title_zh": f"目录中没有的 {what}：无法评估它授予什么", "grants": [], "modifiers": [],
            "identity_only": False, "unknown_static": False, "unknown_carrier": True, "provider_class": "", "implies": [], "narrower": [],
            "narrower_none": "", "ids": {}, "aliases": [], "deprecated": False, "note": "", "schemes": {},
            "resource": "", "group": table, "acts": "", "source": "https://www.rfc-editor.org/rfc/rfc9396" if table != "claims"
            else "https://openid.net/specs/openid-connect-core-1_0.html#ClaimsParameter", "verified": False,
        }

    def bit(self, pid: str | None, name: str) -> dict | None:
        """A permission bit (Discord ``permissions=``) as a scope-shaped entry; None when unknown."""
        if pid is None or pid not in self.providers:
            return None
        b = self.scope_table(pid)["bits"].get(name)
        if b is None:
            return None
        return {
            "title": b["title"], "title_zh": b["title_zh"], "grants": b["grants"], "modifiers": [],
            "identity_only": False, "unknown_static": False,
            "provider_class": f"permission bit {b['bit']} (value {1 << b['bit']})" + ("; needs 2FA on servers that require it" if b["two_factor"] else ""),
            "implies": [], "narrower": [], "narrower_none": "Each permission is a separate bit: request only the bits the bot uses.",
            "ids": {"bit": b["bit"]}, "aliases": [], "deprecated": False, "note": b["note"], "schemes": {},
            "resource": "", "group": "permissions", "source": b["source"], "verified": b["verified"],
        }

    def detect(self, host: str, path: str) -> tuple[str | None, str | None]:
        """Which provider an endpoint belongs to: ``(provider id, endpoint kind)``.

        The kind is ``"authorize"`` or ``"device"`` for a documented endpoint, ``"domain"`` when
        only the host's domain is the provider's, and None when nothing matches.
        """
        cache = self.__dict__.setdefault("_detected", {})
        found = cache.get((host, path))
        if found is None:
            found = self._detect(host, path)
            if len(cache) < 4096:  # a batch of many requests meets the same endpoints again and again
                cache[(host, path)] = found
        return found

    def _detect(self, host: str, path: str) -> tuple[str | None, str | None]:
        for pattern, pid, kind in self.index["hosts"].get(host, ()):
            if _path_matches(pattern, path):
                return pid, kind
        best: tuple[int, str] | None = None
        for pid, meta in self.providers.items():
            for domain in meta["domains"]:
                if (host == domain or host.endswith("." + domain)) and (best is None or len(domain) > best[0]):
                    best = (len(domain), pid)  # the most specific domain wins: weixin.qq.com over qq.com
        return (best[1], "domain") if best else (None, None)

    def authorization_hosts(self) -> frozenset[str] | None:
        """Every host at which :meth:`detect` can find an authorization or device endpoint, or
        :meth:`session_login` a login: a URL on any other host is neither. None when some login form
        names no host (then no host can be ruled out)."""
        hosts = self.__dict__.get("_authorization_hosts", False)
        if hosts is False:
            logins = [m for login in self.session_logins for m in login["match"]]
            if any("host" not in m for m in logins):
                hosts = None
            else:
                hosts = frozenset(h for h, entries in self.index["hosts"].items() if any(kind in ("authorize", "device") for _, _, kind in entries))
                hosts |= frozenset(m["host"] for m in logins)
            self.__dict__["_authorization_hosts"] = hosts
        return hosts

    def session_login(self, scheme: str, host: str, path: str, query_keys: set[str]) -> dict | None:
        """The whole-session login (QR or link) a URL belongs to, if any."""
        hosts = self.__dict__.get("_login_hosts")
        if hosts is None:
            matches = [m for login in self.session_logins for m in login["match"]]
            hosts = self.__dict__["_login_hosts"] = False if any("host" not in m for m in matches) else frozenset(m["host"] for m in matches)
        if hosts is not False and host not in hosts:
            return None  # every form names its host: a quick no for all other hosts
        for login in self.session_logins:
            for m in login["match"]:
                if m.get("scheme") != scheme:
                    continue
                if "host" in m and m["host"] != host:
                    continue
                if "path_prefix" in m and not path.startswith(m["path_prefix"]):
                    continue
                if "query_param" in m and m["query_param"] not in query_keys:
                    continue
                return login
        return None

    def purpose(self, pid: str) -> dict | None:
        return self.purposes.get(pid)


_CATALOG: Catalog | None = None


def load_catalog() -> Catalog:
    """The bundled catalog (read once per process)."""
    global _CATALOG
    if _CATALOG is None:
        _CATALOG = Catalog(_read("index.json"))
    return _CATALOG
