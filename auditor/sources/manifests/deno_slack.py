"""Deno Slack SDK app manifest (``manifest.ts``) -> one Slack request, like a Slack app manifest's.

An app built with the Deno Slack SDK (``deno-slack-sdk``) declares itself in ``manifest.ts``:
``export default Manifest({ name, botScopes: [...], ... })``. The file is parsed, never run
(:mod:`auditor.sources.manifests._code`). What is read, with the groups of the Slack manifest reader
(:mod:`auditor.sources.manifests.slack`):

- ``botScopes``: scopes of the app's bot token, group ``"bot"`` (the app acts under its own name),
  ``Location.param`` ``botScopes``;
- ``userScopes`` (apps not run on Slack): scopes of user tokens, group ``"user"``;
- ``redirectUrls`` -> ``redirect_uri``; ``outgoingDomains`` -> one ``("outgoing_domain", DOMAIN)``
  parameter each (where the app's functions may send data); ``name`` (or ``displayName``) -> ``name``;
  ``runOnSlack``, ``tokenRotationEnabled``, ``socketModeEnabled`` -> ``run_on_slack``,
  ``token_rotation_enabled``, ``socket_mode_enabled`` (``true`` / ``false``).

Reported as not read (OA701), with line and column: a computed value in ``botScopes``,
``userScopes`` or ``redirectUrls`` (``botScopes: [...BASE_SCOPES]``), and every entry of
``externalAuthProviders`` that is not a literal (providers are usually defined elsewhere with
``DefineOAuth2Provider``: the scopes they ask another service for were not audited). Authorization
URLs written in the file are read as the text reader reads any source file.
"""

from __future__ import annotations

import re

from auditor.errors import InputError
from auditor.sources.manifests._common import basename, request, scope, strings

FORMAT = "deno-slack"
NAMES = tuple(f"manifest.{ext}" for ext in ("ts", "mts", "js", "mjs"))
_CALL = re.compile(r"\bManifest\s*\(")
PATHS = ("botScopes", "userScopes", "redirectUrls", "externalAuthProviders")


def detect(path: str, text: str) -> bool:
    return basename(path) in NAMES and _CALL.search(text) is not None and ("botScopes" in text or "deno-slack-sdk" in text)


def _flag(value: object) -> str | None:
    return "true" if value is True else "false" if value is False else None


def from_document(path: str, doc: dict) -> list:
    params: list[tuple[str, str]] = [("manifest", FORMAT)]
    for key in ("name", "displayName"):
        if isinstance(doc.get(key), str):
            params.append(("name", doc[key]))
            break
    scopes = []
    for key, group in (("botScopes", "bot"), ("userScopes", "user")):
        scopes += [scope(s, path, key, group) for s in strings(doc.get(key)) if s.strip()]
    params += [("redirect_uri", u) for u in strings(doc.get("redirectUrls"))]
    params += [("outgoing_domain", d) for d in strings(doc.get("outgoingDomains"))]
    for key, name in (("runOnSlack", "run_on_slack"), ("tokenRotationEnabled", "token_rotation_enabled"), ("socketModeEnabled", "socket_mode_enabled")):
        flag = _flag(doc.get(key))
        if flag is not None:
            params.append((name, flag))
    return [request(path, "slack", params, scopes)]


def parse(path: str, text: str, catalog) -> list:
    from auditor.sources.manifests._code import Code, requests_from, with_urls

    code = Code(text, path)
    args = code.calls(("Manifest",))
    node = code.first_argument(args[0]) if args else None
    if node is None:
        raise InputError(f"{path}: no Manifest({{...}}) call: not a Deno Slack SDK manifest")
    return with_urls(path, text, catalog, requests_from(path, code.manifest(node), PATHS, lambda d: from_document(path, d)))
