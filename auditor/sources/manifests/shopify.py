"""Shopify app configuration (``shopify.app.toml``, ``shopify.app.NAME.toml``) -> one Shopify request.

What is read:

- ``[access_scopes] scopes``: a comma-separated string (``"read_products,write_orders"``), or a
  list of strings; each scope in group ``""``, ``Location.param`` ``access_scopes.scopes``;
- ``[access_scopes] optional_scopes``: the same, group ``"optional"`` (asked for later, at run
  time, with the merchant's separate consent);
- ``client_id``, ``name``, ``application_url`` as parameters of the same name; ``[auth]
  redirect_urls`` as ``redirect_uri`` parameters; ``[access_scopes] use_legacy_install_flow``
  as a parameter of that name (``true`` / ``false``).

Positions: :mod:`tomllib` gives none, so each scope is found in the text after its key's line
(inside ``[access_scopes]``), as a whole word; the column is that of the scope's first character
inside the string. If it cannot be found (an unusual layout), the key's line is used.
"""

from __future__ import annotations

import bisect
import re

from auditor.errors import InputError
from auditor.sources.manifests._common import basename, request, scope
from auditor.sources.manifests._parse import LineIndex, Pos, one_line

FORMAT = "shopify"
_WORD = re.compile(r"\w+")


def detect(path: str, text: str) -> bool:
    name = basename(path)
    if name.startswith("shopify.app") and name.endswith(".toml"):
        return True
    # A substring test first, then a pattern that cannot cross lines: ``^\s*`` under re.M let
    # ``\s`` run over newlines, and 200 KB of blank lines in any text file took most of a minute.
    return "[access_scopes]" in text and re.search(r"^[ \t]*\[access_scopes\]", text, flags=re.M) is not None


def _names(value: object) -> list[str]:
    if isinstance(value, str):
        return [s.strip() for s in value.split(",") if s.strip()]
    if isinstance(value, list):
        return [s.strip() for v in value if isinstance(v, str) for s in v.split(",") if s.strip()]
    return []


def _locate(text: str, index: LineIndex, key: str, names: list[str]) -> list[Pos]:
    """Positions of each name after ``key =`` in the ``[access_scopes]`` table (or a dotted key)."""
    table = re.search(r"^[ \t]*\[access_scopes\][ \t]*(?:#.*)?$", text, flags=re.M)
    m = None
    if table:
        nxt = re.compile(r"^[ \t]*\[", flags=re.M).search(text, table.end())
        m = re.compile(rf"^[ \t]*{key}[ \t]*=", flags=re.M).search(text, table.end(), nxt.start() if nxt else len(text))
    if m is None:
        m = re.compile(rf"^[ \t]*access_scopes\.{key}[ \t]*=", flags=re.M).search(text)
    out = []
    start = m.end() if m else 0
    # One pass over the words after the key, keeping the offsets of the names asked for; each name
    # is then the first of its word at or after the previous one (a regex search per name rescanned
    # the rest of the file for every name that was written differently, e.g. with \\u escapes).
    offsets: dict[str, list[int]] = {}
    if m:
        wanted = set(names)
        for word in _WORD.finditer(text, start):
            if word.group() in wanted:
                offsets.setdefault(word.group(), []).append(word.start())
    for name in names:
        found = None
        if m and name in offsets:
            seq = offsets[name]
            i = bisect.bisect_left(seq, start)
            if i < len(seq):
                found = seq[i]
        if found is not None:
            line, column = index.position(found)
            start = found + len(name)
        elif m is not None:
            line, column = index.position(m.start() + len(m.group()) - len(m.group().lstrip()))
        else:
            line, column = None, None
        out.append(Pos(name, line, column))
    return out


def parse(path: str, text: str, catalog) -> list:
    import tomllib

    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML: {one_line(str(exc))}") from None
    params: list[tuple[str, str]] = [("manifest", FORMAT)]
    for key in ("client_id", "name", "application_url"):
        if isinstance(doc.get(key), str):
            params.append((key, doc[key]))
    auth = doc.get("auth")
    if isinstance(auth, dict):
        params += [("redirect_uri", u) for u in (auth.get("redirect_urls") if isinstance(auth.get("redirect_urls"), list) else []) if isinstance(u, str)]
    scopes = []
    access = doc.get("access_scopes")
    if isinstance(access, dict):
        index = LineIndex(text)
        for key, group in (("scopes", ""), ("optional_scopes", "optional")):
            names = _names(access.get(key))
            for value in _locate(text, index, key, names):
                scopes.append(scope(value, path, f"access_scopes.{key}", group))
        if isinstance(access.get("use_legacy_install_flow"), bool):
            params.append(("use_legacy_install_flow", "true" if access["use_legacy_install_flow"] else "false"))
    return [request(path, "shopify", params, scopes)]
