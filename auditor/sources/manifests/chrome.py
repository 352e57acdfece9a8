"""Chrome (and Chromium-based) extension ``manifest.json`` -> up to two requests.

The file is JSON with comments, as Chrome reads it (``base::JSON_PARSE_CHROMIUM_EXTENSIONS``, the
options Chromium loads ``manifest.json`` with): ``//`` and ``/* */`` comments are skipped, a trailing
comma is refused as Chrome refuses it. Chrome also takes a raw line break or a ``\\xNN`` escape inside
a string; such a file is refused here with a one-line error (never read in part). What is read, and
how it is represented:

1. ``oauth2.scopes`` (the scopes ``chrome.identity.getAuthToken`` asks Google for): a request for
   provider ``google``, scopes in group ``""`` with ``Location.param`` ``oauth2.scopes``, and the
   parameter ``("client_id", oauth2.client_id)``. Only when the manifest has an ``oauth2`` section.
2. The extension's own browser permissions: a request for provider ``chrome`` (no OAuth provider
   grants them; the browser does, at install time; scopes/providers/chrome.toml describes them),
   whose scopes are the permission strings as written, in these groups:

   - ``chrome_permissions`` / ``chrome_optional_permissions``: API permissions from ``permissions``
     / ``optional_permissions`` (``tabs``, ``identity``, ``cookies``, ``webRequest``...); each resolves
     to the catalog entry of that name;
   - ``chrome_host_permissions`` / ``chrome_optional_host_permissions``: match patterns from
     ``host_permissions`` / ``optional_host_permissions`` and, in Manifest V2, the URL patterns inside
     ``permissions`` / ``optional_permissions``;
   - ``chrome_content_scripts``: ``content_scripts[].matches`` patterns that reach a sensitive site
     (:data:`SENSITIVE_SITES`: web mail, messaging, sign-in, bank and payment, contacts, calendar and
     document sites) or every site. A content script reads and changes the page as you see it, so a
     script on ``https://mail.google.com/*`` reads your mail without any OAuth scope.

   A match pattern is not a catalog key: the catalog (``params.match_patterns = "chrome"``) resolves
   it with :func:`pattern_key` to the entry for what it reaches: ``host:all_sites`` (``<all_urls>``,
   ``*://*/*``, or a wildcard over a public suffix such as ``*://*.com/*``), ``host:CLASS`` for the
   most sensitive class of site it reaches (identity, mail, bank, messaging, documents, contacts,
   calendar, in that order), ``host:local_files`` for ``file://``, else ``host:site``. A string Chrome
   would not accept as a pattern stays unknown. Matching is linear (:func:`glob_match`): no regular
   expression is built from a pattern, so no pattern can make it backtrack.

   ``Location.param`` says which key (``optional_permissions``, ``content_scripts[0].matches``).
   Every sensitive site a pattern reaches is recorded as a parameter
   ``("sensitive_site", "HOST (LABEL) via PATTERN")``; a pattern that reaches every site
   (``<all_urls>``, ``*://*/*``) as ``("all_sites", PATTERN)``. Parameters ``name`` and
   ``manifest_version`` are kept too.

   This request is always returned for an extension without ``oauth2``, and otherwise only when it
   has at least one permission.
"""

from __future__ import annotations

from auditor.sources.manifests._common import basename, expect_mapping, has_key, looks_like_jsonc, request, scope, strings

FORMAT = "chrome"
PROVIDER = "chrome"  # scopes/providers/chrome.toml: the API permissions and the host-pattern classes

# (host, path prefix, label, class): sites whose pages hold mail, messages, contacts, documents, money
# or sign-in. The class names the catalog entry (``host:CLASS`` in scopes/providers/chrome.toml) that a
# pattern reaching the site resolves to.
SENSITIVE_SITES: tuple[tuple[str, str, str, str], ...] = (
    ("mail.google.com", "/", "Gmail", "mail"),
    ("inbox.google.com", "/", "Gmail", "mail"),
    ("accounts.google.com", "/", "Google sign-in", "identity"),
    ("contacts.google.com", "/", "Google Contacts", "contacts"),
    ("www.google.com", "/m8/feeds", "Google Contacts feed", "contacts"),
    ("drive.google.com", "/", "Google Drive", "documents"),
    ("docs.google.com", "/", "Google Docs", "documents"),
    ("calendar.google.com", "/", "Google Calendar", "calendar"),
    ("outlook.live.com", "/", "Outlook.com", "mail"),
    ("outlook.office.com", "/", "Outlook on the web", "mail"),
    ("outlook.office365.com", "/", "Outlook on the web", "mail"),
    ("login.microsoftonline.com", "/", "Microsoft sign-in", "identity"),
    ("login.live.com", "/", "Microsoft account sign-in", "identity"),
    ("teams.microsoft.com", "/", "Microsoft Teams", "messaging"),
    ("mail.yahoo.com", "/", "Yahoo Mail", "mail"),
    ("mail.proton.me", "/", "Proton Mail", "mail"),
    ("mail.aol.com", "/", "AOL Mail", "mail"),
    ("web.whatsapp.com", "/", "WhatsApp Web", "messaging"),
    ("web.telegram.org", "/", "Telegram Web", "messaging"),
    ("www.messenger.com", "/", "Messenger", "messaging"),
    ("app.slack.com", "/", "Slack", "messaging"),
    ("discord.com", "/", "Discord", "messaging"),
    ("mail.qq.com", "/", "QQ Mail", "mail"),
    ("wx.qq.com", "/", "WeChat Web", "messaging"),
    ("web.wechat.com", "/", "WeChat Web", "messaging"),
    ("mail.163.com", "/", "NetEase Mail", "mail"),
    ("www.paypal.com", "/", "PayPal", "bank"),
    ("www.alipay.com", "/", "Alipay", "bank"),
    ("wise.com", "/", "Wise", "bank"),
    ("secure.chase.com", "/", "Chase online banking", "bank"),
    ("www.bankofamerica.com", "/", "Bank of America", "bank"),
    ("connect.secure.wellsfargo.com", "/", "Wells Fargo online banking", "bank"),
    ("www.hsbc.co.uk", "/", "HSBC UK", "bank"),
    ("www.barclays.co.uk", "/", "Barclays", "bank"),
    ("mybank.icbc.com.cn", "/", "ICBC online banking", "bank"),
    ("www.cmbchina.com", "/", "China Merchants Bank", "bank"),
)

# When one pattern reaches sites of several classes, the first class in this order names its entry.
CLASS_ORDER = ("identity", "mail", "bank", "messaging", "documents", "contacts", "calendar")
SCHEMES = ("*", "http", "https", "ws", "wss", "ftp", "file", "urn")
WEB_SCHEMES = ("*", "http", "https")
ALL_SITES_KEY = "host:all_sites"


def detect(path: str, text: str) -> bool:
    return looks_like_jsonc(text) and has_key(text, "manifest_version") and (
        basename(path) == "manifest.json" or has_key(text, "permissions") or has_key(text, "background") or has_key(text, "oauth2")
    )


def is_pattern(value: str) -> bool:
    return value == "<all_urls>" or "://" in value


def split_pattern(pattern: str) -> tuple[str, str, str] | None:
    """``(scheme, host, path)`` of a match pattern (host lower-cased, port dropped, path ``/`` when
    absent), or None when it is not one. Plain string operations, no regular expression."""
    scheme, sep, rest = pattern.partition("://")
    if not sep or scheme not in SCHEMES:
        return None
    slash = rest.find("/")
    host, path = (rest, "/") if slash < 0 else (rest[:slash], rest[slash:])
    host = host.rpartition("@")[2].split(":")[0].lower()
    if "*" in host and not (host == "*" or (host.startswith("*.") and "*" not in host[2:])):
        return None  # Chrome allows '*' only as the whole host or as a leading '*.'
    return scheme, host, path


def glob_match(glob: str, text: str) -> bool:
    """Whether ``text`` matches ``glob``, where ``*`` stands for any run of characters.

    Linear: the literal pieces between the stars are found left to right with ``str.find``, each one
    at the earliest place after the previous (the earliest place is always a safe choice when the
    only wildcard is ``*``), so nothing is tried twice and no pattern can cause backtracking.
    """
    pieces = glob.split("*")
    if len(pieces) == 1:
        return glob == text
    first, last = pieces[0], pieces[-1]
    if len(first) + len(last) > len(text) or not text.startswith(first) or not text.endswith(last):
        return False
    pos, end = len(first), len(text) - len(last)
    for piece in pieces[1:-1]:
        if not piece:
            continue
        found = text.find(piece, pos, end)
        if found < 0:
            return False
        pos = found + len(piece)
    return True


def _host_matches(pattern_host: str, host: str) -> bool:
    if pattern_host == "*":
        return True
    if pattern_host.startswith("*."):
        base = pattern_host[2:]
        return host == base or host.endswith("." + base)
    return host == pattern_host


def matches(pattern: str, url: str) -> bool:
    """Whether a match pattern covers a URL (``scheme://host/path``), as Chrome applies it."""
    if pattern == "<all_urls>":
        return url.partition("://")[0] in SCHEMES
    parts, target = split_pattern(pattern), split_pattern(url)
    if parts is None or target is None:
        return False
    scheme, host, path = parts
    if not (scheme == target[0] or (scheme == "*" and target[0] in ("http", "https"))):
        return False
    return _host_matches(host, target[1]) and glob_match(path, target[2])


def _path_reaches(glob: str, prefix: str) -> bool:
    """Whether some path under ``prefix`` matches ``glob``: the glob's text before its first star
    either starts with the prefix, or is itself a start of the prefix and a star takes the rest."""
    head, star, _ = glob.partition("*")
    return head.startswith(prefix) or (bool(star) and prefix.startswith(head))


def reaches_all(pattern: str) -> bool:
    if pattern == "<all_urls>":
        return True
    parts = split_pattern(pattern)
    return parts is not None and parts[0] in WEB_SCHEMES and parts[1] == "*"


def reaches(pattern: str, host: str, prefix: str) -> bool:
    """Whether a match pattern covers some page of ``host`` under ``prefix`` (http or https)."""
    if pattern == "<all_urls>":
        return True
    parts = split_pattern(pattern)
    if parts is None or parts[0] not in WEB_SCHEMES:
        return False
    return _host_matches(parts[1], host) and _path_reaches(parts[2], prefix)


def _is_public_suffix(domain: str) -> bool:
    """``com``, ``co.uk``: a wildcard over one of these reaches every site under it."""
    from publicsuffixlist import PublicSuffixList

    global _PSL
    if _PSL is None:
        _PSL = PublicSuffixList()
    return _PSL.publicsuffix(domain) == domain


_PSL = None


def pattern_key(pattern: str) -> str | None:
    """The catalog entry (``host:CLASS``) a host pattern resolves to, by what it reaches; None when
    the string is not a match pattern Chrome accepts (it then stays an unknown scope)."""
    if reaches_all(pattern):
        return ALL_SITES_KEY
    parts = split_pattern(pattern)
    if parts is None:
        return None
    scheme, host, _ = parts
    if scheme == "file":
        return "host:local_files"
    if host.startswith("*.") and scheme in WEB_SCHEMES + ("ws", "wss", "ftp") and _is_public_suffix(host[2:]):
        return ALL_SITES_KEY
    found = {cls for site, prefix, _, cls in SENSITIVE_SITES if reaches(pattern, site, prefix)}
    return next((f"host:{cls}" for cls in CLASS_ORDER if cls in found), "host:site")


def sensitive(pattern: str) -> list[tuple[str, str]]:
    if reaches_all(pattern):
        return [("all_sites", pattern)]
    return [("sensitive_site", f"{host} ({label}) via {pattern}") for host, prefix, label, _ in SENSITIVE_SITES if reaches(pattern, host, prefix)]


def parse(path: str, text: str, catalog) -> list:
    from auditor.sources.manifests._parse import load_jsonc

    # Chrome strips // and /* */ comments from manifest.json, and refuses trailing commas.
    return from_document(path, expect_mapping(load_jsonc(text, path), path, "extension manifest"), FORMAT)


# Where a manifest keeps what it asks for: the readers of manifests written as code (CRXJS, WXT,
# Plasmo) report an unknown value on these paths as not read (``_code.unread``).
PERMISSION_PATHS = (
    "permissions", "optional_permissions", "host_permissions", "optional_host_permissions", "oauth2.scopes",
    "content_scripts[].matches",
)


def owner(where: str) -> str | None:
    """Which request an unknown value at ``where`` (``oauth2.scopes[1]``, ``permissions[2]``) concerns:
    ``"google"`` for ``oauth2``, ``"chrome"`` for the browser permissions, None (every request) for
    anything else, such as a spread of the whole manifest."""
    key = where.replace("[", ".").split(".", 1)[0]
    if key == "oauth2":
        return "google"
    return PROVIDER if key in ("permissions", "optional_permissions", "host_permissions", "optional_host_permissions", "content_scripts") else None


def from_document(path: str, doc: dict, fmt: str) -> list:
    """The requests of an extension manifest already parsed (from JSON, or from a manifest written as
    code: values that are not strings are skipped here, and reported by that reader)."""
    from auditor.sources.manifests._code import Unknown

    out = []
    common = [("manifest", fmt)]
    if isinstance(doc.get("name"), str):
        common.append(("name", doc["name"]))
    if "manifest_version" in doc and not isinstance(doc["manifest_version"], Unknown):
        common.append(("manifest_version", str(doc["manifest_version"])))

    oauth2 = doc.get("oauth2")
    if isinstance(oauth2, dict):
        params = list(common)
        if isinstance(oauth2.get("client_id"), str):
            params.append(("client_id", oauth2["client_id"]))
        scopes = [scope(s, path, "oauth2.scopes") for s in strings(oauth2.get("scopes")) if s.strip()]
        out.append(request(path, "google", params, scopes))

    params = list(common)
    scopes = []

    def host_pattern(value: str, key: str, group: str) -> None:
        found = sensitive(value)
        if group == "chrome_content_scripts" and not found:
            return
        scopes.append(scope(value, path, key, group))
        params.extend(p for p in found if p not in params)

    for key in ("permissions", "optional_permissions"):
        optional = key.startswith("optional_")
        for value in strings(doc.get(key)):
            if is_pattern(value):
                host_pattern(value, key, "chrome_optional_host_permissions" if optional else "chrome_host_permissions")
            else:
                scopes.append(scope(value, path, key, "chrome_optional_permissions" if optional else "chrome_permissions"))
    for key in ("host_permissions", "optional_host_permissions"):
        for value in strings(doc.get(key)):
            host_pattern(value, key, "chrome_optional_host_permissions" if key.startswith("optional_") else "chrome_host_permissions")
    cs = doc.get("content_scripts")
    if isinstance(cs, list):
        for i, block in enumerate(cs):
            if isinstance(block, dict):
                for value in strings(block.get("matches")):
                    host_pattern(value, f"content_scripts[{i}].matches", "chrome_content_scripts")
    if scopes or not out:
        out.append(request(path, PROVIDER, params, scopes))
    return out
