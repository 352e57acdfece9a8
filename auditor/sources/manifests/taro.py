"""Taro mini program configuration (``app.config.ts``) -> one WeChat request, as ``app.json`` gives.

A Taro project writes its global configuration in ``app.config.ts`` (or ``.js``):
``export default defineAppConfig({ pages: [...], permission: {...}, requiredPrivateInfos: [...] })``
or a plain ``export default {...}``; Taro writes it out as the mini program's ``app.json``. The file
is taken for a Taro configuration when it has a ``pages`` key and either calls ``defineAppConfig``
or has a key only a mini program has (``window``, ``tabBar``, ``permission``...): Nuxt and WXT
also call ``defineAppConfig`` in an ``app.config.ts``, for settings that have no ``pages``. The file
is parsed, never run (:mod:`auditor.sources.manifests._code`), and its literal values are read by the
WeChat mini program reader (:func:`auditor.sources.manifests.wechat_miniprogram.from_document`):
``permission`` keys (group ``"miniprogram"``, with ``desc:SCOPE``), ``requiredPrivateInfos`` (group
``"private_info"``), ``plugins``, ``requiredBackgroundModes``; with ``("manifest", "taro")``.

Reported as not read (OA701), with line and column: a computed value on those keys
(``requiredPrivateInfos: PRIVATE``, a permission whose ``desc`` is computed), and a spread or computed
key in the configuration. Authorization URLs written in the file are read as the text reader reads
any source file.
"""

from __future__ import annotations

import re

from auditor.errors import InputError
from auditor.sources.manifests._common import basename

FORMAT = "taro"
NAMES = tuple(f"app.config.{ext}" for ext in ("ts", "mts", "js", "mjs"))
_CALL = re.compile(r"\bdefineAppConfig\s*\(")
# Keys at a line start or after ``{`` or ``,`` (blanks before them are spaces and tabs only: with
# ``\s*``, every line start would scan all the blank lines after it, quadratic on a file of blank
# lines). Every mini program configuration has ``pages``; with it, a key only a mini program has.
_KEY = r"(?:^|[{{,])[ \t]*['\"]?(?:{})['\"]?[ \t]*:"
_KEYS = re.compile(_KEY.format("window|tabBar|permission|requiredPrivateInfos|subPackages|subpackages"), flags=re.M)
_PAGES = re.compile(_KEY.format("pages"), flags=re.M)

def detect(path: str, text: str) -> bool:
    if basename(path) not in NAMES:
        return False
    return _PAGES.search(text) is not None and (_CALL.search(text) is not None or _KEYS.search(text) is not None)


def parse(path: str, text: str, catalog) -> list:
    from auditor.sources.manifests import wechat_miniprogram as wechat
    from auditor.sources.manifests._code import Code, requests_from, with_urls

    code = Code(text, path)
    node = code.entry(("defineAppConfig",))
    if node is None:
        raise InputError(f"{path}: no defineAppConfig(...) call and no export default: not a Taro app configuration")
    doc = code.manifest(node)
    return with_urls(path, text, catalog, requests_from(path, doc, wechat.PERMISSION_PATHS, lambda d: wechat.from_document(path, d, FORMAT)))
