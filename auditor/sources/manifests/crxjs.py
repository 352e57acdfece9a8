"""CRXJS (``@crxjs/vite-plugin``) extension manifest written as code -> the Chrome reader's requests.

A CRXJS project writes its Chrome extension manifest in ``manifest.ts`` or ``manifest.config.ts``
(also ``.js``, ``.mts``, ``.mjs``): ``export default defineManifest({...})``, or
``defineManifest((env) => ({...}))``, or a plain ``export default {...}``. The file is parsed, never
run (:mod:`auditor.sources.manifests._code`); the manifest object is read with its literal values and
handed to the Chrome reader (:func:`auditor.sources.manifests.chrome.from_document`), so the requests,
groups and parameters are those of a ``manifest.json``, with ``("manifest", "crxjs")``.

A computed value where the manifest names what it asks for (``permissions: [...base, "tabs"]``,
``oauth2: { scopes: SCOPES }``, a spread of the whole manifest) is not guessed: the file gets the
request that says it was not fully audited (OA701), naming each value, its line and its column.
Computed values elsewhere (``name: pkg.name``, ``version``) are not reported. Authorization URLs
written in the file are read as the text reader reads any source file.
"""

from __future__ import annotations

import re

from auditor.errors import InputError
from auditor.sources.manifests._common import basename

FORMAT = "crxjs"
NAMES = tuple(f"{stem}.{ext}" for stem in ("manifest", "manifest.config") for ext in ("ts", "mts", "cts", "js", "mjs", "cjs"))
_CALL = re.compile(r"\bdefineManifest\s*\(")


_EXPORT_DEFAULT = re.compile(r"\bexport\s+default\b")


def detect(path: str, text: str) -> bool:
    # A call of defineManifest, or a default export beside manifest_version (a plain object). A
    # manifest.ts that only exports a function building the manifest (``export function
    # getManifest()``, as in build scripts) is not a file CRXJS reads, and is left to the text reader.
    if basename(path) not in NAMES:
        return False
    return _CALL.search(text) is not None or ("manifest_version" in text and _EXPORT_DEFAULT.search(text) is not None)


def parse(path: str, text: str, catalog) -> list:
    from auditor.sources.manifests import chrome
    from auditor.sources.manifests._code import Code, requests_from, with_urls

    code = Code(text, path)
    node = code.entry(("defineManifest",))
    if node is None:
        raise InputError(f"{path}: no defineManifest(...) call and no export default: not a CRXJS manifest")
    doc = code.manifest(node)
    return with_urls(path, text, catalog, requests_from(path, doc, chrome.PERMISSION_PATHS, lambda d: chrome.from_document(path, d, FORMAT), owner=chrome.owner))
