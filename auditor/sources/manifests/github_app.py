"""GitHub App manifest (Probot's ``app.yml``, or the JSON posted to GitHub's manifest flow).

What is read:

- ``default_permissions``: each ``NAME: LEVEL`` (``read``, ``write``, ``admin``) becomes the scope
  ``NAME:LEVEL`` (``contents:write``, ``pull_requests:read``) for provider ``github``, group
  ``"installation"`` (the app acts as itself with an installation access token), located at the
  permission's name. A level ``none`` grants nothing and is skipped. The catalog
  (``scopes/providers/github.toml``) has an entry per permission and level under exactly these keys
  (group ``installation``); the ``NAME:LEVEL`` form cannot collide with an OAuth scope (those put the
  level first: ``read:org``).
- User authorization: ``request_oauth_on_install: true`` becomes ``("request_oauth_on_install",
  "true")``, and a manifest that asks users to authorize the app (that flag, or ``callback_urls``)
  also gets ``("user_authorization", HOW)``: the app can then act as each user who authorizes it,
  within its own permissions, as well as as itself.
- ``default_events``: one ``("default_event", NAME)`` parameter each (events are what the app is told
  about, not permissions; they are not scopes).
- ``redirect_url``, ``callback_urls``: ``redirect_uri`` parameters; ``hook_attributes.url`` as
  ``webhook_url``; ``public`` as ``public`` (``true`` / ``false``); ``name``, ``url``.

The manifest may be nested under ``manifest`` (as some tools store the form body): that is read too.
"""

from __future__ import annotations

from auditor.sources.manifests._common import basename, expect_mapping, has_key, load_structured, request, scope, strings
from auditor.sources.manifests._parse import Pos

FORMAT = "github-app"
GROUP = "installation"


def detect(path: str, text: str) -> bool:
    return has_key(text, "default_permissions") or has_key(text, "default_events") or (
        basename(path) in ("app.yml", "app.yaml") and has_key(text, "hook_attributes")
    )


def parse(path: str, text: str, catalog) -> list:
    doc = expect_mapping(load_structured(path, text), path, "GitHub App manifest")
    if isinstance(doc.get("manifest"), dict) and "default_permissions" not in doc:
        doc = doc["manifest"]
    params: list[tuple[str, str]] = [("manifest", FORMAT)]
    for key in ("name", "url"):
        if isinstance(doc.get(key), str):
            params.append((key, doc[key]))
    if isinstance(doc.get("public"), bool):
        params.append(("public", "true" if doc["public"] else "false"))
    hook = doc.get("hook_attributes")
    if isinstance(hook, dict) and isinstance(hook.get("url"), str):
        params.append(("webhook_url", hook["url"]))
    params += [("redirect_uri", u) for u in strings(doc.get("redirect_url")) + strings(doc.get("callback_urls"))]
    params += [("default_event", e) for e in strings(doc.get("default_events"))]
    oauth_on_install = doc.get("request_oauth_on_install") is True
    if isinstance(doc.get("request_oauth_on_install"), bool):
        params.append(("request_oauth_on_install", "true" if oauth_on_install else "false"))
    if oauth_on_install or strings(doc.get("callback_urls")):
        how = "asked on install (request_oauth_on_install)" if oauth_on_install else "through callback_urls"
        params.append(("user_authorization", f"{how}: user access tokens act as the user, within the app's permissions"))
    scopes = []
    perms = doc.get("default_permissions")
    if isinstance(perms, dict):
        for name, level in perms.items():
            if not isinstance(level, str) or level.strip().lower() == "none":
                continue
            at = name if isinstance(name, Pos) else level
            value = Pos(f"{name}:{level.strip()}", getattr(at, "line", None), getattr(at, "column", None))
            scopes.append(scope(value, path, f"default_permissions.{name}", GROUP))
    # A private GitHub App (public: false) can be installed only on the account that owns it.
    return [request(path, "github", params, scopes)._replace(audience="owner" if doc.get("public") is False else "")]
