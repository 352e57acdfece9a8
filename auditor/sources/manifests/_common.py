"""Small helpers the manifest readers share: building requests and walking parsed trees."""

from __future__ import annotations

import os
import re

from auditor.errors import InputError
from auditor.model import AuthorizationRequest, Location, RequestedScope
from auditor.sources.manifests._parse import where

MAX_SCOPES = 2_000  # per file, as for a URL


def basename(path: str) -> str:
    return os.path.basename(path.replace("\\", "/")).lower()


def looks_like_json(text: str) -> bool:
    return text.lstrip("\ufeff \t\r\n").startswith("{")


_LEADING_COMMENTS = re.compile(r"(?:[\ufeff \t\r\n]+|//[^\n]*|/\*.*?\*/)*", flags=re.S)


def looks_like_jsonc(text: str) -> bool:
    """Whether the text starts with ``{`` once blanks and ``//`` or ``/* */`` comments are skipped."""
    return text.startswith("{", _LEADING_COMMENTS.match(text[:65536]).end())


def has_key(text: str, key: str) -> bool:
    """Whether ``key`` appears as a JSON key (``"key":``) or a YAML/TOML key at a line start."""
    if key not in text:
        return False  # a substring test first: detection runs over every candidate file
    k = re.escape(key)
    return re.search(rf'"{k}"\s*:|^[ \t]*{k}[ \t]*[:=]', text, flags=re.M) is not None


def load_structured(path: str, text: str) -> object:
    """JSON when the text starts with ``{`` or the file is ``*.json``; YAML otherwise."""
    from auditor.sources.manifests._parse import load_json, load_yaml

    if looks_like_json(text) or basename(path).endswith(".json"):
        return load_json(text, path)
    return load_yaml(text, path)


def expect_mapping(value: object, path: str, what: str) -> dict:
    if not isinstance(value, dict):
        raise InputError(f"{path}: expected a {what} (a mapping at the top level), found {type(value).__name__}")
    return value


def strings(value: object) -> list[str]:
    """The strings of a list (other items ignored); a lone string as a one-item list."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def scope(value: str, source: str, param: str, group: str = "") -> RequestedScope:
    """A requested scope located where ``value`` was read (its token's line and column)."""
    line, column = where(value)
    return RequestedScope(str(value), Location(source, param=param, line=line, column=column), group)


def request(source: str, provider_id: str | None, params: list[tuple[str, str]], scopes: list[RequestedScope]) -> AuthorizationRequest:
    """A manifest's request: kind ``scope_list`` (no URL, so no URL hygiene), duplicates removed."""
    seen: set[tuple[str, str]] = set()
    unique = []
    for rq in scopes:
        if (rq.scope, rq.group) in seen:
            continue
        seen.add((rq.scope, rq.group))
        unique.append(rq)
    if len(unique) > MAX_SCOPES:
        raise InputError(f"{source}: names more than {MAX_SCOPES} scopes; this is not a real manifest")
    return AuthorizationRequest(
        source=source, kind="scope_list", url="", scheme="", host="", path="", provider_id=provider_id,
        endpoint_known=False, params=tuple((str(k), str(v)) for k, v in params), scopes=tuple(unique),
    )
