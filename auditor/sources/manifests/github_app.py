"""GitHub App manifest (Probot's ``app.yml``, or the JSON posted to GitHub's manifest flow).

What is read:

- ``default_permissions``: each ``NAME: LEVEL`` (``read``, ``write``, ``admin``) becomes the scope
  ``NAME:LEVEL`` (``contents:write``, ``pull_requests:read``) for provider ``github``, group
  ``"app_permissions"``, located at the permission's name. A level ``none`` grants nothing and is
  skipped. The catalog (``scopes/providers/github.toml``) describes only OAuth-app scopes (``repo``,
  ``read:org``...), not GitHub App permissions, so these scopes do not resolve yet: the rules
  report them as unknown, which is honest but coarse. The ``NAME:LEVEL`` form cannot collide with
  an OAuth scope (those put the level first: ``read:org``).
- ``default_events``: one ``("default_event", NAME)`` parameter each.
- ``redirect_url``, ``callback_urls``: ``redirect_uri`` parameters; ``hook_attributes.url`` as
  ``webhook_url``; ``public`` as ``public`` (``true`` / ``false``); ``name``, ``url``.

The manifest may be nested under ``manifest`` (as some tools store the form body): that is read too.
"""

from __future__ import annotations

from auditor.sources.manifests._common import basename, expect_mapping, has_key, load_structured, request, scope, strings
from auditor.sources.manifests._parse import Pos

FORMAT = "github-app"
GROUP = "app_permissions"


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
