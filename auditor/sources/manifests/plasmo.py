"""Plasmo extension manifest (the ``manifest`` key of ``package.json``) -> the Chrome reader's requests.

A Plasmo project generates its extension manifest; what it adds by hand (permissions, host
permissions, ``oauth2``) goes in the ``manifest`` object of its ``package.json``. That object is
read by the Chrome reader (:func:`auditor.sources.manifests.chrome.from_document`), with
``("manifest", "plasmo")`` and the package's ``displayName`` (else ``name``) as ``name`` when the
object has none. ``package.json`` is strict JSON, as npm reads it.

Plasmo replaces ``$NAME`` in these strings with an environment variable when it builds, and drops
the field when the variable is unset (``"host_permissions": ["$PLASMO_PUBLIC_SITE_URL/*"]``): such a
value is not known from the file and is reported as not read (OA701), with its line and column.
Not read: what Plasmo adds from the code when it builds (a content script's ``config.matches`` in
``contents/``, permissions its libraries need).
"""

from __future__ import annotations

import re

from auditor.errors import InputError
from auditor.sources.manifests._common import basename, expect_mapping, has_key

FORMAT = "plasmo"
_ENV = re.compile(r"\$[A-Za-z_][A-Za-z0-9_]*")


def detect(path: str, text: str) -> bool:
    return basename(path) == "package.json" and '"plasmo"' in text and has_key(text, "manifest")


def _environment(value):
    """The manifest with each string that names an environment variable made an Unknown."""
    from auditor.sources.manifests._code import Unknown

    if isinstance(value, dict):
        return {k: _environment(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_environment(v) for v in value]
    if isinstance(value, str) and _ENV.search(value):
        text = value if len(value) <= 40 else value[:39] + "…"
        return Unknown("an environment variable substituted at build time", text, getattr(value, "line", None), getattr(value, "column", None))
    return value


def parse(path: str, text: str, catalog) -> list:
    from auditor.sources.manifests import chrome
    from auditor.sources.manifests._code import requests_from
    from auditor.sources.manifests._parse import load_json

    package = expect_mapping(load_json(text, path), path, "package.json")
    manifest = package.get("manifest")
    if not isinstance(manifest, dict):
        raise InputError(f"{path}: the manifest key of a Plasmo package.json must be an object")
    doc = _environment(manifest)
    if "name" not in doc:
        for key in ("displayName", "name"):
            if isinstance(package.get(key), str):
                doc["name"] = package[key]
                break
    return requests_from(path, doc, chrome.PERMISSION_PATHS, lambda d: chrome.from_document(path, d, FORMAT), root="manifest", owner=chrome.owner)
