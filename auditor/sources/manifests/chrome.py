"""Chrome (and Chromium-based) extension ``manifest.json`` -> up to two requests.

What is read, and how it is represented:

1. ``oauth2.scopes`` (the scopes ``chrome.identity.getAuthToken`` asks Google for): a request for
   provider ``google``, scopes in group ``""`` with ``Location.param`` ``oauth2.scopes``, and the
   parameter ``("client_id", oauth2.client_id)``. Only when the manifest has an ``oauth2`` section.
2. The extension's own browser permissions: a request with ``provider_id`` None (no OAuth provider
   grants them; the browser does, at install time), whose scopes are the permission strings as
   written, in three groups:

   - ``chrome_permissions``: API permissions from ``permissions`` and ``optional_permissions``
     (``tabs``, ``identity``, ``cookies``, ``webRequest``...);
   - ``chrome_host_permissions``: match patterns from ``host_permissions``,
     ``optional_host_permissions`` and, in Manifest V2, the URL patterns inside ``permissions``;
   - ``chrome_content_scripts``: ``content_scripts[].matches`` patterns that reach a sensitive site
     (:data:`SENSITIVE_SITES`: webmail, messaging, Google and Microsoft account and document sites)
     or every site. A content script reads and changes the page as you see it, so a script on
     ``https://mail.google.com/*`` reads your mail without any OAuth scope.

   ``Location.param`` says which key (``optional_permissions``, ``content_scripts[0].matches``).
   Every sensitive site a pattern reaches is recorded as a parameter
   ``("sensitive_site", "HOST (LABEL) via PATTERN")``; a pattern that reaches every site
   (``<all_urls>``, ``*://*/*``) as ``("all_sites", PATTERN)``. Parameters ``name`` and
   ``manifest_version`` are kept too.

   This request is always returned for an extension without ``oauth2``, and otherwise only when it
   has at least one permission.
"""

from __future__ import annotations

import re

from auditor.sources.manifests._common import basename, expect_mapping, has_key, looks_like_json, request, scope, strings

FORMAT = "chrome"

# (host, path prefix, label): sites whose pages hold mail, messages, contacts, documents or sign-in.
SENSITIVE_SITES: tuple[tuple[str, str, str], ...] = (
    ("mail.google.com", "/", "Gmail"),
    ("inbox.google.com", "/", "Gmail"),
    ("accounts.google.com", "/", "Google sign-in"),
    ("contacts.google.com", "/", "Google Contacts"),
    ("www.google.com", "/m8/feeds", "Google Contacts feed"),
    ("drive.google.com", "/", "Google Drive"),
    ("docs.google.com", "/", "Google Docs"),
    ("calendar.google.com", "/", "Google Calendar"),
    ("outlook.live.com", "/", "Outlook.com"),
    ("outlook.office.com", "/", "Outlook on the web"),
    ("outlook.office365.com", "/", "Outlook on the web"),
    ("login.microsoftonline.com", "/", "Microsoft sign-in"),
    ("teams.microsoft.com", "/", "Microsoft Teams"),
    ("mail.yahoo.com", "/", "Yahoo Mail"),
    ("mail.proton.me", "/", "Proton Mail"),
    ("mail.aol.com", "/", "AOL Mail"),
    ("web.whatsapp.com", "/", "WhatsApp Web"),
    ("web.telegram.org", "/", "Telegram Web"),
    ("www.messenger.com", "/", "Messenger"),
    ("app.slack.com", "/", "Slack"),
    ("discord.com", "/", "Discord"),
    ("mail.qq.com", "/", "QQ Mail"),
    ("wx.qq.com", "/", "WeChat Web"),
    ("web.wechat.com", "/", "WeChat Web"),
    ("mail.163.com", "/", "NetEase Mail"),
)

_PATTERN = re.compile(r"^(\*|https?|wss?|ftp|file|urn)://([^/]*)(/.*)?$")


def detect(path: str, text: str) -> bool:
    return looks_like_json(text) and has_key(text, "manifest_version") and (
        basename(path) == "manifest.json" or has_key(text, "permissions") or has_key(text, "background") or has_key(text, "oauth2")
    )


def is_pattern(value: str) -> bool:
    return value == "<all_urls>" or "://" in value


def reaches_all(pattern: str) -> bool:
    if pattern == "<all_urls>":
        return True
    m = _PATTERN.match(pattern)
    return bool(m) and m.group(1) in ("*", "http", "https") and m.group(2).split(":")[0] == "*"


def reaches(pattern: str, host: str, prefix: str) -> bool:
    """Whether a match pattern covers some page of ``host`` under ``prefix`` (http or https)."""
    if pattern == "<all_urls>":
        return True
    m = _PATTERN.match(pattern)
    if not m or m.group(1) not in ("*", "http", "https"):
        return False
    h = m.group(2).split(":")[0].lower()
    if not (h == "*" or h == host or (h.startswith("*.") and (host == h[2:] or host.endswith("." + h[2:])))):
        return False
    if prefix == "/":
        return True
    path = m.group(3) or "/"
    glob = re.compile("".join(".*" if ch == "*" else re.escape(ch) for ch in path) + "$")
    return path.split("*")[0].startswith(prefix) or bool(glob.match(prefix + "/x"))


def sensitive(pattern: str) -> list[tuple[str, str]]:
    if reaches_all(pattern):
        return [("all_sites", pattern)]
    return [("sensitive_site", f"{host} ({label}) via {pattern}") for host, prefix, label in SENSITIVE_SITES if reaches(pattern, host, prefix)]


def parse(path: str, text: str, catalog) -> list:
    from auditor.sources.manifests._parse import load_json

    doc = expect_mapping(load_json(text, path), path, "extension manifest")
    out = []
    common = [("manifest", FORMAT)]
    if isinstance(doc.get("name"), str):
        common.append(("name", doc["name"]))
    if "manifest_version" in doc:
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
        for value in strings(doc.get(key)):
            if is_pattern(value):
                host_pattern(value, key, "chrome_host_permissions")
            else:
                scopes.append(scope(value, path, key, "chrome_permissions"))
    for key in ("host_permissions", "optional_host_permissions"):
        for value in strings(doc.get(key)):
            host_pattern(value, key, "chrome_host_permissions")
    cs = doc.get("content_scripts")
    if isinstance(cs, list):
        for i, block in enumerate(cs):
            if isinstance(block, dict):
                for value in strings(block.get("matches")):
                    host_pattern(value, f"content_scripts[{i}].matches", "chrome_content_scripts")
    if scopes or not out:
        out.append(request(path, None, params, scopes))
    return out
