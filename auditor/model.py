"""The data that flows between the stages: request -> resolved scopes -> findings -> report.

Every type here is an immutable named tuple (``collections.namedtuple``) rather than a frozen
dataclass or a ``typing.NamedTuple``: a cold scan must start in a few tens of milliseconds, and
importing :mod:`dataclasses` costs about 7 ms (it pulls in :mod:`inspect`), ``typing.NamedTuple``
about 3 ms more than plain named tuples for this module. See ``docs/design.md``.
Field types are given in each class's docstring.
"""

from __future__ import annotations

from collections import namedtuple
from enum import IntEnum


class Severity(IntEnum):
    """How much a finding matters. Ordered, so thresholds compare with ``>=``."""

    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r} (expected one of: {', '.join(s.label for s in cls)})") from None


class Location(namedtuple("Location", "source param line column", defaults=(None, None, None))):
    """Where a thing was read: a URL parameter, or a file with a 1-based line and column.

    ``source: str``, ``param: str | None``, ``line: int | None``, ``column: int | None``.
    """

    __slots__ = ()


# Scope groups whose token is the app's own, not the user's: an Entra application permission (`Role`),
# Discord bot permission bits, a GitHub App installation token (``installation``; ``app_permissions``
# is the name the GitHub App manifest reader gave its permissions before that group), and Slack's bot
# `scope` on the v2 endpoint. Every other group (``""``, Slack's ``user``, GitHub's user-to-server)
# acts as the user.
APP_GROUPS = frozenset({"application", "permissions", "installation", "app_permissions", "bot"})
# App-only groups whose every value names a permission (not bits parsed from an integer): an unknown
# one is an unknown power the app itself would hold.
APP_ROLE_GROUPS = frozenset({"application", "installation", "app_permissions"})


def acting_party(group: str) -> str:
    """Who acts with a grant of this scope group: ``"app"`` (the app itself, under its own name, with
    its own token) or ``"user"`` (in the user's name, with the user's token). The one place this is
    decided; readers set ``group`` from the token type the request or manifest names."""
    return "app" if group in APP_GROUPS else "user"


class RequestedScope(namedtuple("RequestedScope", "scope location group", defaults=("",))):
    """One scope string as the request names it, before the catalog is consulted.

    ``scope: str``, ``location: Location``, ``group: str`` (e.g. ``"user"`` for Slack's
    ``user_scope``, ``"bot"`` for Slack's ``scope`` on the v2 endpoint, ``"application"`` for an Entra
    app role; ``""`` for the ordinary scope parameter).
    """

    __slots__ = ()

    @property
    def actor(self) -> str:
        """``"app"`` or ``"user"``: see :func:`acting_party`."""
        return acting_party(self.group)


class AuthorizationRequest(
    namedtuple(
        "AuthorizationRequest",
        "source kind url scheme host path provider_id endpoint_known params scopes fragment session_login_id audience",
        defaults=("", None, ""),
    )
):
    """What an authorization URL (or a manifest) asks for, as read from the input.

    ``source: str``; ``kind: str`` (``"oauth"``, ``"session_login"`` or ``"scope_list"``);
    ``url, scheme, host, path: str``; ``provider_id: str | None``; ``endpoint_known: bool``;
    ``params: tuple[tuple[str, str], ...]``; ``scopes: tuple[RequestedScope, ...]``;
    ``fragment: str``; ``session_login_id: str | None``; ``audience: str`` (who can use the app, where
    a manifest states it: ``"owner"`` for a deployment only its owner can run or install — an Apps
    Script web app with access MYSELF, a private GitHub App, an Entra app for one tenant's accounts
    is ``"organisation"``; ``""`` when the input does not say).

    ``params`` keeps every parameter with every value, in order, so nothing the request says is lost
    even when a rule does not look at it. Untrusted strings are kept verbatim: escaping is the
    renderers' job.
    """

    __slots__ = ()

    def values(self, name: str) -> list[str]:
        """Every value of a parameter, in order (query first, then fragment)."""
        return [v for k, v in self.params if k == name]

    def first(self, name: str) -> str | None:
        for k, v in self.params:
            if k == name:
                return v
        return None

    def has(self, name: str) -> bool:
        return any(k == name for k, _ in self.params)


class Grant(namedtuple("Grant", "category access")):
    """A (personal-data category, access level) pair from the taxonomy, e.g. ``comm.content:read.all``."""

    __slots__ = ()

    @classmethod
    def parse(cls, text: str) -> Grant:
        category, _, access = text.partition(":")
        return cls(category, access)

    def __str__(self) -> str:
        return f"{self.category}:{self.access}"


_PARSED_GRANTS: dict[tuple[str, ...], tuple[Grant, ...]] = {}


class ResolvedScope(namedtuple("ResolvedScope", "requested key entry")):
    """A requested scope after the catalog lookup.

    ``requested: RequestedScope``; ``key: str`` (the catalog key it resolved to, the requested string
    when unknown); ``entry: dict | None`` (None for an unknown scope).
    """

    __slots__ = ()

    @property
    def scope(self) -> str:
        return self.requested.scope

    @property
    def known(self) -> bool:
        return self.entry is not None

    @property
    def grants(self) -> tuple[Grant, ...]:
        if self.entry is None:
            return ()
        raw = tuple(self.entry["grants"])
        parsed = _PARSED_GRANTS.get(raw)
        if parsed is None:  # parsed once per distinct list: at most one per catalog entry
            parsed = _PARSED_GRANTS[raw] = tuple(Grant.parse(g) for g in raw)
        return parsed

    @property
    def modifiers(self) -> tuple[str, ...]:
        return tuple(self.entry["modifiers"]) if self.entry else ()

    @property
    def actor(self) -> str:
        """Who acts with this scope: ``"app"`` (its own token and name) or ``"user"`` (in your name).
        The token type comes from the request's group (:func:`acting_party`), or from the scope itself
        where it names a token the app holds (catalog ``acts = "app"``: a webhook posts under its own
        name, whoever installed it)."""
        if self.entry is not None and self.entry.get("acts") == "app":
            return "app"
        return self.requested.actor


class Finding(namedtuple("Finding", "rule name severity message component scope detail fix message_zh name_zh at", defaults=(None, "", "", "", "", None))):
    """One thing a rule says about a request. Built only through ``RuleContext.finding``.

    ``rule, name: str``; ``severity: Severity``; ``message: str``; ``component: str`` (the score
    component it adds to); ``scope: str | None``; ``detail, fix: str``; ``message_zh: str`` (the same
    message in Chinese, for ``--lang zh``); ``name_zh: str`` (the rule's name in Chinese); ``at: Location | None`` (where in the file the finding
    is, for one about a place rather than a scope: a value a code manifest computes).
    """

    __slots__ = ()


class RiskComponent(namedtuple("RiskComponent", "name points findings")):
    """``name: str``; ``points: int``; ``findings: tuple[str, ...]`` (the rule ids that contributed)."""

    __slots__ = ()


class Risk(namedtuple("Risk", "level score components")):
    """``level: str`` (none, low, medium, high, critical); ``score: int`` (0-100, the sum of the
    components, capped at the top of the level's band: critical 75-100, high 50-74, medium 25-49,
    low 1-24, none 0); ``components: tuple[RiskComponent, ...]`` (the first, ``level``, is the band's
    base; each other is a rule component with the points of its gravest finding)."""

    __slots__ = ()


class Exposure(namedtuple("Exposure", "category accesses scopes")):
    """One data category the request reaches: ``category: str``, ``accesses: tuple[str, ...]``,
    ``scopes: tuple[str, ...]`` (the requested scopes that grant it)."""

    __slots__ = ()


class Report(namedtuple("Report", "request provider scopes exposures modifiers findings risk purpose", defaults=(None,))):
    """Everything the renderers need; renderers look nothing up themselves.

    ``request: AuthorizationRequest``; ``provider: dict | None`` (provider metadata from the catalog
    index); ``scopes: tuple[ResolvedScope, ...]``; ``exposures: tuple[Exposure, ...]``;
    ``modifiers: tuple[str, ...]`` (offline, org_wide, admin_consent across the request);
    ``findings: tuple[Finding, ...]``; ``risk: Risk``; ``purpose: str | None``.
    """

    __slots__ = ()

    @property
    def actors(self) -> tuple[str, ...]:
        """Who acts with the grants, ``"user"`` then ``"app"``, each present at most once."""
        present = {rs.actor for rs in self.scopes if rs.requested.group != "(none)"}
        return tuple(a for a in ("user", "app") if a in present)
