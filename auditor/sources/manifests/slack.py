"""Slack app manifest (YAML or JSON, as exported from api.slack.com/apps) -> one Slack request.

What is read:

- ``oauth_config.scopes.bot``: scopes for the bot token, group ``"bot"`` (as ``scope=`` on the v2
  endpoint: the app acts under its own name);
- ``oauth_config.scopes.user``: scopes for the user token, group ``"user"`` (as ``user_scope=``
  in a URL, the same group :func:`auditor.sources.url.read_url` gives them);
- ``oauth_config.redirect_urls``: one ``("redirect_uri", URL)`` parameter each;
- ``settings.event_subscriptions.bot_events`` / ``user_events``: ``("bot_event", NAME)`` and
  ``("user_event", NAME)`` parameters; ``settings.org_deploy_enabled``,
  ``settings.token_rotation_enabled`` and ``settings.socket_mode_enabled`` as parameters of the
  same name (``true`` / ``false``); the app's ``display_information.name`` as ``name``.

``Location.param`` is ``oauth_config.scopes.bot`` or ``oauth_config.scopes.user``.
"""

from __future__ import annotations

from auditor.sources.manifests._common import expect_mapping, has_key, load_structured, request, scope, strings

FORMAT = "slack"


def detect(path: str, text: str) -> bool:
    return has_key(text, "oauth_config") and (has_key(text, "display_information") or has_key(text, "scopes") or has_key(text, "redirect_urls"))


def _flag(value: object) -> str:
    return "true" if value is True else "false" if value is False else str(value)


def parse(path: str, text: str, catalog) -> list:
    doc = expect_mapping(load_structured(path, text), path, "Slack app manifest")
    params: list[tuple[str, str]] = [("manifest", FORMAT)]
    info = doc.get("display_information")
    if isinstance(info, dict) and isinstance(info.get("name"), str):
        params.append(("name", info["name"]))
    scopes = []
    oauth = doc.get("oauth_config")
    if isinstance(oauth, dict):
        for url in strings(oauth.get("redirect_urls")):
            params.append(("redirect_uri", url))
        declared = oauth.get("scopes")
        if isinstance(declared, dict):
            for key, group in (("bot", "bot"), ("user", "user")):
                for s in strings(declared.get(key)):
                    if s.strip():
                        scopes.append(scope(s, path, f"oauth_config.scopes.{key}", group))
    settings = doc.get("settings")
    if isinstance(settings, dict):
        events = settings.get("event_subscriptions")
        if isinstance(events, dict):
            for key, name in (("bot_events", "bot_event"), ("user_events", "user_event")):
                params.extend((name, e) for e in strings(events.get(key)))
        for key in ("org_deploy_enabled", "token_rotation_enabled", "socket_mode_enabled"):
            if key in settings:
                params.append((key, _flag(settings[key])))
    return [request(path, "slack", params, scopes)]
