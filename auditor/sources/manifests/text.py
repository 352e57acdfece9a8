"""Any text file (source code, README, HTML, configuration) -> one request per authorization URL in it.

Every ``http://`` or ``https://`` URL in the text whose host and path are a catalogued provider's
authorization or device endpoint (:meth:`Catalog.detect`), or a whole-session login link
(:meth:`Catalog.session_login`), is read with :func:`auditor.sources.url.read_url`, exactly as if
it had been pasted: a Discord bot invite (``https://discord.com/oauth2/authorize?...&permissions=8``)
in a README, a Google consent URL built in code. URLs on another host (documentation links, API
calls) are ignored, and so are URLs that only share a provider's domain.

How a URL is cut out of the text: it runs to the first whitespace, quote, ``<``, ``>``, backtick or
backslash; trailing punctuation (``.,;:!?``) and unbalanced closing brackets are dropped (Markdown
links, sentences); ``&amp;`` is read as ``&`` (HTML). A URL put together by code (``"...scope=" +
scopes``) is read as far as it is written.

Each request's ``source`` is the file path; each scope's ``Location`` keeps the URL parameter it
came from (``scope``, ``user_scope``, ``permissions``) and gets the line and column of the scope
inside the URL when it is written there as-is or percent-encoded, else of the parameter's value,
else of the URL. More than :data:`MAX_URLS` authorization URLs in one file is refused.
"""

from __future__ import annotations

import re
from urllib.parse import quote, quote_plus, urlsplit

from auditor.errors import InputError
from auditor.model import Location
from auditor.sources.manifests._parse import LineIndex

FORMAT = "text"
MAX_URLS = 1_000

_URL = re.compile(r"""https?://[^\s"'<>`\\]+""", flags=re.I)
_TRAILING = ".,;:!?*"
_CLOSERS = {")": "(", "]": "[", "}": "{"}


def detect(path: str, text: str) -> bool:
    return True


def _trim(url: str) -> str:
    while url:
        last = url[-1]
        if last in _TRAILING:
            url = url[:-1]
        elif last in _CLOSERS and url.count(last) > url.count(_CLOSERS[last]):
            url = url[:-1]
        else:
            break
    return url


def plain_host(url: str) -> str | None:
    """The host of an ``http(s)://`` URL cut out by :data:`_URL` as ``urlsplit(url).hostname``
    gives it (lower case, without port or trailing dot), found without parsing the URL; None when
    its authority is not plain (user info, brackets, percent-escapes, non-ASCII), which only a full
    parse reads right."""
    start = url.find("://") + 3
    end = len(url)
    for ch in "/?#":
        at = url.find(ch, start)
        if at != -1 and at < end:
            end = at
    netloc = url[start:end]
    if "@" in netloc or "[" in netloc or "%" in netloc or not netloc.isascii():
        return None
    return netloc.partition(":")[0].lower().rstrip(".")


def _is_authorization(url: str, catalog, hosts: frozenset[str] | None = None) -> bool:
    if hosts is not None:
        # most URLs in source code are on other hosts: a set lookup rules them out before any parse
        host = plain_host(url)
        if host is not None and host not in hosts:
            return False
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        return False
    if not host:
        return False
    path = parts.path or "/"
    keys = {kv.split("=", 1)[0] for kv in re.split(r"[&;]", parts.query) if kv}
    if catalog.session_login(parts.scheme.lower(), host, path, keys) is not None:
        return True
    _, kind = catalog.detect(host, path)
    return kind in ("authorize", "device")


_SEPARATOR = re.compile(r"[\s,+]|%20|%2C", re.I)


class _ScopeOffsets:
    """Where each scope value stands in one raw URL: each parameter's value is split into its
    words once (at spaces, commas, ``+``, ``%20`` and ``%2C``), and a scope is looked up among them
    in each of the forms a URL may write it in. Linear in the URL, whatever the number of scopes
    (a search per scope and form over the value was quadratic)."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.params: dict[str, tuple[int, dict[str, int]] | None] = {}

    def _words(self, param: str) -> tuple[int, dict[str, int]] | None:
        if param not in self.params:
            m = re.search(rf"(?<=[?&#;]){re.escape(param)}=([^&#]*)", self.raw)
            if m is None:
                self.params[param] = None
            else:
                words: dict[str, int] = {}
                segment, start, at = m.group(1), m.start(1), 0
                for sep in _SEPARATOR.finditer(segment):
                    words.setdefault(segment[at:sep.start()].lower(), start + at)
                    at = sep.end()
                words.setdefault(segment[at:].lower(), start + at)
                self.params[param] = (start, words)
        return self.params[param]

    def offset(self, param: str | None, value: str) -> int:
        """Offset in the raw URL text of a scope value (or its parameter's value, or 0)."""
        if not param:
            return 0
        found = self._words(param)
        if found is None:
            return 0
        start, words = found
        for form in (value, quote(value, safe=""), quote(value, safe=":/"), quote_plus(value), quote_plus(value, safe=":/")):
            at = words.get(form.lower())
            if at is not None:
                return at
        return start


def parse(path: str, text: str, catalog) -> list:
    from auditor.sources.url import read_url

    index = None  # built at the first authorization URL: most files hold none
    hosts = catalog.authorization_hosts()
    out = []
    for m in _URL.finditer(text):
        raw = _trim(m.group())
        url = raw.replace("&amp;", "&")
        if not _is_authorization(url, catalog, hosts):
            continue
        if len(out) >= MAX_URLS:
            raise InputError(f"{path}: more than {MAX_URLS} authorization URLs in one file; refusing to read it")
        if index is None:
            index = LineIndex(text)
        line, column = index.position(m.start())
        try:
            req = read_url(url, catalog, source=path)
        except InputError as exc:
            raise InputError(f"{path}: line {line}: {exc}") from None
        scopes = []
        offsets = _ScopeOffsets(raw)
        for rq in req.scopes:
            at = index.position(m.start() + offsets.offset(rq.location.param, rq.scope))
            scopes.append(rq._replace(location=Location(path, param=rq.location.param, line=at[0], column=at[1])))
        out.append(req._replace(scopes=tuple(scopes)))
    return out
