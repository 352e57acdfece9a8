"""WXT (``wxt.config.ts``) extension configuration -> the Chrome reader's requests.

A WXT project gives the parts of its extension manifest that are not generated from entry points in
``wxt.config.ts`` (also ``.js``, ``.mts``, ``.mjs``): ``export default defineConfig({ manifest: {...} })``,
where ``manifest`` is an object or a function returning one (``manifest: ({ browser }) => ({...})``).
The file is parsed, never run (:mod:`auditor.sources.manifests._code`); the ``manifest`` object's
literal values go to the Chrome reader (:func:`auditor.sources.manifests.chrome.from_document`), with
``("manifest", "wxt")``. A configuration without ``manifest`` declares no permission: it gives the
extension's request with no scopes.

Not read: what WXT adds from entry points when it builds (a content script's
``defineContentScript({ matches })`` in ``entrypoints/``). A computed value where the manifest names
what it asks for, a computed ``manifest``, or a spread or computed key in the configuration (it may
hold ``manifest``) is reported as not read (OA701), with its line and column.
"""

from __future__ import annotations

from auditor.errors import InputError
from auditor.sources.manifests._common import basename

FORMAT = "wxt"
NAMES = tuple(f"wxt.config.{ext}" for ext in ("ts", "mts", "cts", "js", "mjs", "cjs"))


def detect(path: str, text: str) -> bool:
    return basename(path) in NAMES


def parse(path: str, text: str, catalog) -> list:
    from auditor.sources.manifests import chrome
    from auditor.sources.manifests._code import Code, Obj, requests_from, unread, with_urls

    code = Code(text, path)
    node = code.entry(("defineConfig",))
    if node is None:
        raise InputError(f"{path}: no defineConfig(...) call and no export default: not a WXT configuration")
    config = code.manifest(node)
    if not isinstance(config, dict):
        out = requests_from(path, config, (), lambda d: [], root="the configuration")
    else:
        manifest_node = code.property(code.returned(node), "manifest")
        doc = code.manifest(manifest_node) if manifest_node is not None else Obj()
        out = requests_from(
            path, doc, chrome.PERMISSION_PATHS, lambda d: chrome.from_document(path, d, FORMAT), root="manifest", owner=chrome.owner,
            around=unread(config, (), "the configuration"),  # its spreads and computed keys may hold `manifest`
        )
    return with_urls(path, text, catalog, out)
