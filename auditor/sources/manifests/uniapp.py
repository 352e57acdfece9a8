"""uni-app ``manifest.json`` (or ``manifest.config.ts``) -> the WeChat request of its ``mp-weixin`` block.

A uni-app project builds one code base for several platforms; what it declares for the WeChat mini
program sits in the ``mp-weixin`` block of its ``manifest.json``, and uni-app copies it into the
``app.json`` it generates. The file is JSON with comments as uni-app reads it: ``//`` and ``/* */``
comments and trailing commas are accepted (HBuilderX writes comments into the file it creates).
Projects that use ``@uni-helper/vite-plugin-uni-manifest`` write the same object as code in
``manifest.config.ts`` (``defineManifestConfig({...})``), parsed and never run
(:mod:`auditor.sources.manifests._code`).

The ``mp-weixin`` block is read by the WeChat mini program reader
(:func:`auditor.sources.manifests.wechat_miniprogram.from_document`): ``permission`` keys (group
``"miniprogram"``, with ``desc:SCOPE``), ``requiredPrivateInfos`` (group ``"private_info"``),
``plugins`` and ``requiredBackgroundModes``, each ``Location.param`` prefixed with ``mp-weixin.``;
``mp-weixin.appid`` -> ``appid`` (the mini program's id), the project's ``name`` -> ``name``;
``("manifest", "uniapp")``. Other platforms' blocks (``app-plus``, ``mp-alipay``...) are not read. In
``manifest.config.ts``, a computed value on those keys, or a computed ``mp-weixin``, is reported as
not read (OA701), with line and column.
"""

from __future__ import annotations

import re

from auditor.errors import InputError
from auditor.sources.manifests._common import basename, expect_mapping, has_key, looks_like_jsonc

FORMAT = "uniapp"
BLOCK = "mp-weixin"
CODE_NAMES = tuple(f"manifest.config.{ext}" for ext in ("ts", "mts", "js", "mjs"))
_CALL = re.compile(r"\bdefineManifestConfig\s*\(")


def detect(path: str, text: str) -> bool:
    name = basename(path)
    if name == "manifest.json":
        return looks_like_jsonc(text) and has_key(text, BLOCK)
    return name in CODE_NAMES and _CALL.search(text) is not None


def _params(doc: dict, block: dict) -> list[tuple[str, str]]:
    params = []
    if isinstance(block.get("appid"), str) and block["appid"].strip():
        params.append(("appid", block["appid"]))
    if isinstance(doc.get("name"), str) and doc["name"].strip():
        params.append(("name", doc["name"]))
    return params


def _block(path: str, doc: dict) -> list:
    from auditor.sources.manifests import wechat_miniprogram as wechat

    block = doc.get(BLOCK)
    if block is None:
        return []  # the project does not build for WeChat
    if not isinstance(block, dict):
        raise InputError(f"{path}: {BLOCK} must be an object")
    return wechat.from_document(path, block, FORMAT, _params(doc, block), where=f"{BLOCK}.")


def parse(path: str, text: str, catalog) -> list:
    if basename(path).endswith(".json"):
        from auditor.sources.manifests._parse import load_jsonc

        return _block(path, expect_mapping(load_jsonc(text, path, trailing_commas=True), path, "uni-app manifest.json"))
    from auditor.sources.manifests import wechat_miniprogram as wechat
    from auditor.sources.manifests._code import Code, Unknown, requests_from, with_urls

    code = Code(text, path)
    node = code.entry(("defineManifestConfig",))
    if node is None:
        raise InputError(f"{path}: no defineManifestConfig(...) call and no export default: not a uni-app manifest")
    doc = code.manifest(node)
    paths = (BLOCK,) + tuple(f"{BLOCK}.{p}" for p in wechat.PERMISSION_PATHS)

    def build(d: dict) -> list:
        return [] if isinstance(d.get(BLOCK), Unknown) else _block(path, d)

    return with_urls(path, text, catalog, requests_from(path, doc, paths, build))
