"""The app's own declaration: ``oauth-audit.toml``, or ``[tool.oauth-audit]`` in ``pyproject.toml``.

.. code-block:: toml

    purpose = "auth.signin_profile"        # a profile id from `oauth-audit purposes`
    domains = ["example.com"]              # the app's own domains (redirects elsewhere are reported)
    fail-on = "high"                       # default threshold for `check`
    exclude = ["vendor/**"]                # paths not to audit, in addition to .gitignore

    [scopes]                               # one justification per requested scope
    "openid" = "Sign the user in"
    "https://www.googleapis.com/auth/drive.file" = "Save the exports the user asks for"

    [[ignore]]                             # a finding the team accepts, with the reason (mandatory)
    rule = "OA403"
    path = "extension/manifest.json"       # optional: a glob; default every file
    scope = "identity"                     # optional: only for this scope
    reason = "Chrome's identity API does PKCE for us"

Everything here is untrusted text too (a pull request can change it): types are checked, sizes are
bounded, and an error names the file and the key.
"""

from __future__ import annotations

import os
from collections import namedtuple

from auditor.errors import InputError

MAX_CONFIG_BYTES = 1024 * 1024
CONFIG_NAMES = ("oauth-audit.toml", ".oauth-audit.toml")
KEYS = {"purpose", "domains", "fail-on", "exclude", "scopes", "ignore"}
FAIL_ON = ("info", "low", "medium", "high", "critical", "never")


class Ignore(namedtuple("Ignore", "rule path scope reason line")):
    """One accepted finding: ``rule`` (an id), ``path`` (a glob or ``""``), ``scope`` (or ``""``),
    ``reason`` (never empty), ``line`` (where it is declared, for messages)."""

    __slots__ = ()

    def matches(self, rule: str, path: str, scope: str | None) -> bool:
        from fnmatch import fnmatchcase

        if self.rule != rule:
            return False
        if self.path and not (fnmatchcase(path, self.path) or path == self.path):
            return False
        return not self.scope or self.scope == (scope or "")


class Declaration(namedtuple("Declaration", "path purpose domains fail_on exclude scopes ignores scope_lines")):
    """``path`` (relative, or ``""`` when there is none), ``purpose``, ``domains: tuple``, ``fail_on``
    (``None`` unless set), ``exclude: tuple``, ``scopes: dict[scope, justification]``, ``ignores``,
    ``scope_lines: dict[scope, line]`` (where each justification is, for findings)."""

    __slots__ = ()

    @property
    def present(self) -> bool:
        return bool(self.path)


EMPTY = Declaration("", None, (), None, (), {}, (), {})


def find(root: str) -> str | None:
    """The declaration file under ``root``: ``oauth-audit.toml`` first, then a ``pyproject.toml`` with
    a ``[tool.oauth-audit]`` table."""
    for name in CONFIG_NAMES:
        path = os.path.join(root, name)
        if os.path.isfile(path):
            return path
    path = os.path.join(root, "pyproject.toml")
    if os.path.isfile(path):
        text = _read(path)
        if "[tool.oauth-audit" in text:
            return path
    return None


def _read(path: str) -> str:
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_CONFIG_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_CONFIG_BYTES:
        raise InputError(f"{path}: larger than {MAX_CONFIG_BYTES // 1024} KiB")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start + 1})") from None


def load(path: str, display: str | None = None, catalog=None) -> Declaration:
    """Read and check a declaration. ``display`` is the path shown in messages and findings."""
    import tomllib

    shown = display or path
    text = _read(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{shown}: invalid TOML: {exc}") from None
    if os.path.basename(path) == "pyproject.toml":
        data = data.get("tool", {}).get("oauth-audit")
        if not isinstance(data, dict):
            raise InputError(f"{shown}: [tool.oauth-audit] must be a table")
    return parse(data, shown, text, catalog)


def parse(data: dict, shown: str, text: str = "", catalog=None) -> Declaration:
    unknown = sorted(set(data) - KEYS)
    if unknown:
        raise InputError(f"{shown}: unknown key {unknown[0]!r} (known: {', '.join(sorted(KEYS))})")
    purpose = data.get("purpose")
    if purpose is not None:
        if not isinstance(purpose, str) or not purpose:
            raise InputError(f"{shown}: purpose must be a profile id (a string)")
        if catalog is not None and catalog.purpose(purpose) is None:
            raise InputError(f"{shown}: unknown purpose {purpose!r}; `oauth-audit purposes` lists them")
    domains = _strings(data.get("domains", []), shown, "domains")
    excludes = _strings(data.get("exclude", []), shown, "exclude")
    fail_on = data.get("fail-on")
    if fail_on is not None and fail_on not in FAIL_ON:
        raise InputError(f"{shown}: fail-on must be one of {', '.join(FAIL_ON)}")
    scopes = data.get("scopes", {})
    if not isinstance(scopes, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in scopes.items()):
        raise InputError(f"{shown}: [scopes] maps each scope to its justification (a string)")
    index = _key_lines(text)
    ignores = []
    raw = data.get("ignore", [])
    if not isinstance(raw, list):
        raise InputError(f"{shown}: ignore must be an array of tables ([[ignore]])")
    for i, item in enumerate(raw, 1):
        if not isinstance(item, dict):
            raise InputError(f"{shown}: ignore #{i} must be a table")
        extra = sorted(set(item) - {"rule", "path", "scope", "reason"})
        if extra:
            raise InputError(f"{shown}: ignore #{i}: unknown key {extra[0]!r}")
        rule = item.get("rule")
        reason = item.get("reason")
        if not isinstance(rule, str) or not (len(rule) == 5 and rule.startswith("OA") and rule[2:].isdigit()):
            raise InputError(f"{shown}: ignore #{i}: rule must be a rule id such as OA403")
        if not isinstance(reason, str) or not reason.strip():
            raise InputError(f"{shown}: ignore #{i} ({rule}): a reason is mandatory")
        for key in ("path", "scope"):
            if not isinstance(item.get(key, ""), str):
                raise InputError(f"{shown}: ignore #{i}: {key} must be a string")
        ignores.append(Ignore(rule, item.get("path", ""), item.get("scope", ""), reason.strip(), index.get(("rule", rule))))
    lines = {scope: index.get(("key", scope)) for scope in scopes}
    return Declaration(shown, purpose, domains, fail_on, excludes, dict(scopes), tuple(ignores), lines)


def _strings(value: object, shown: str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{shown}: {key} must be an array of strings")
    return tuple(value)


def _key_lines(text: str) -> dict[tuple[str, str], int]:
    """1-based lines of the declaration's keys, for locations, from one pass over the file:
    ``("key", name)`` for a line ``"name" = …`` / ``'name' = …`` / ``name = …`` (the first such
    line), ``("rule", id)`` for a line ``rule = "id"``. A lookup per scope that re-read the file was
    quadratic in its size."""
    out: dict[tuple[str, str], int] = {}
    for n, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if "=" not in stripped:
            continue
        if stripped[:1] in ('"', "'"):
            end = stripped.find(stripped[0], 1)
            if end > 0:
                out.setdefault(("key", stripped[1:end]), n)
            continue
        name, _, value = stripped.partition("=")
        name, value = name.strip(), value.strip()
        out.setdefault(("key", name), n)
        if name == "rule" and len(value) >= 2 and value[0] == value[-1] and value[0] in ('"', "'"):
            out.setdefault(("rule", value[1:-1]), n)
    return out
