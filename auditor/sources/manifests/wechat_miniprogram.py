"""WeChat mini program global configuration (``app.json``) -> one WeChat request.

What is read:

- ``permission``: each key (``scope.userLocation``...) is a scope in group ``"miniprogram"`` (the
  catalog's group for ``wx.authorize`` switches), located at the key. Its ``desc`` (the purpose
  text WeChat shows the user) becomes the parameter ``("desc:SCOPE", DESC)``; a permission without
  a ``desc`` has no such parameter, so a rule can tell the purpose is missing.
- ``requiredPrivateInfos``: each API name (``getLocation``, ``chooseAddress``...) is a scope in
  group ``"private_info"`` (the catalog's group for these declarations).
- ``plugins``: one ``("plugin", "NAME PROVIDER_APPID")`` parameter each (third-party code that runs
  inside the mini program); ``requiredBackgroundModes`` as ``background_mode`` parameters
  (``location`` keeps location access running after the user leaves).

Mini-game ``game.json`` has the same ``permission`` key and is read the same way when given with
``--format-hint wechat-miniprogram``.
"""

from __future__ import annotations

from auditor.sources.manifests._common import basename, expect_mapping, has_key, looks_like_json, request, scope, strings

FORMAT = "wechat-miniprogram"


def detect(path: str, text: str) -> bool:
    if not looks_like_json(text):
        return False
    if has_key(text, "requiredPrivateInfos"):
        return True
    return basename(path) in ("app.json", "game.json") and (
        has_key(text, "pages") or has_key(text, "permission") or has_key(text, "deviceOrientation")
    )


def parse(path: str, text: str, catalog) -> list:
    from auditor.sources.manifests._parse import load_json

    return from_document(path, expect_mapping(load_json(text, path), path, "mini program app.json"), FORMAT)


# Where a configuration keeps what it asks for (see chrome.PERMISSION_PATHS).
PERMISSION_PATHS = ("permission", "permission{}.desc", "requiredPrivateInfos", "requiredBackgroundModes", "plugins")


def from_document(path: str, doc: dict, fmt: str, params: list[tuple[str, str]] | None = None, where: str = "") -> list:
    """The request of a mini program configuration already parsed (``app.json``, or the same keys in
    uni-app's ``mp-weixin`` block or Taro's ``app.config.ts``); ``params`` are added after
    ``("manifest", fmt)``, and ``where`` before each ``Location.param`` (``"mp-weixin."``). Values
    that are not strings or mappings where those are expected are skipped here; the readers of code
    report them."""
    params = [("manifest", fmt)] + list(params or ())
    scopes = []
    perms = doc.get("permission")
    if isinstance(perms, dict):
        for key, spec in perms.items():
            if not key.strip():
                continue
            scopes.append(scope(key, path, f"{where}permission", "miniprogram"))
            if isinstance(spec, dict) and isinstance(spec.get("desc"), str) and spec["desc"].strip():
                params.append((f"desc:{key}", spec["desc"]))
    for name in strings(doc.get("requiredPrivateInfos")):
        if name.strip():
            scopes.append(scope(name, path, f"{where}requiredPrivateInfos", "private_info"))
    plugins = doc.get("plugins")
    if isinstance(plugins, dict):
        for name, spec in plugins.items():
            provider = spec.get("provider") if isinstance(spec, dict) else None
            params.append(("plugin", f"{name} {provider}" if isinstance(provider, str) else str(name)))
    params += [("background_mode", m) for m in strings(doc.get("requiredBackgroundModes"))]
    return [request(path, "wechat", params, scopes)]
