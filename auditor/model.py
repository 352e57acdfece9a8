"""The data that flows between the stages: request -> resolved scopes -> findings -> report.

Every type here is immutable. They are ``NamedTuple`` classes rather than frozen dataclasses: a cold
scan must start in a few tens of milliseconds, and importing :mod:`dataclasses` alone costs about
7 ms (it pulls in :mod:`inspect`). See ``docs/performance.md``.
"""

from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple


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


class Location(NamedTuple):
    """Where a thing was read: a URL parameter, or a file with a 1-based line and column."""

    source: str
    param: str | None = None
    line: int | None = None
    column: int | None = None


class RequestedScope(NamedTuple):
    """One scope string as the request names it, before the catalog is consulted."""

    scope: str
    location: Location
    group: str = ""  # e.g. "user" for Slack's user_scope; "" for the ordinary scope parameter


class AuthorizationRequest(NamedTuple):
    """What an authorization URL (or a manifest) asks for, as read from the input.

    ``params`` keeps every parameter with every value, in order, so nothing the request says is lost
    even when a rule does not look at it. Untrusted strings are kept verbatim: escaping is the
    renderers' job.
    """

    source: str
    kind: str  # "oauth" | "session_login" | "scope_list"
    url: str
    scheme: str
    host: str
    path: str
    provider_id: str | None
    endpoint_known: bool
    params: tuple[tuple[str, str], ...]
    scopes: tuple[RequestedScope, ...]
    fragment: str = ""
    session_login_id: str | None = None

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


class Grant(NamedTuple):
    """A (personal-data category, access level) pair from the taxonomy, e.g. ``comm.content:read.all``."""

    category: str
    access: str

    @classmethod
    def parse(cls, text: str) -> Grant:
        category, _, access = text.partition(":")
        return cls(category, access)

    def __str__(self) -> str:
        return f"{self.category}:{self.access}"


class ResolvedScope(NamedTuple):
    """A requested scope after the catalog lookup. ``entry`` is None for an unknown scope."""

    requested: RequestedScope
    key: str  # the catalog key it resolved to (the requested string when unknown)
    entry: dict | None

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
        return tuple(Grant.parse(g) for g in self.entry["grants"])

    @property
    def modifiers(self) -> tuple[str, ...]:
        return tuple(self.entry["modifiers"]) if self.entry else ()


class Finding(NamedTuple):
    """One thing a rule says about a request. Built only through :func:`auditor.rules.finding`."""

    rule: str
    name: str
    severity: Severity
    message: str
    component: str  # the score component the finding adds to
    scope: str | None = None
    detail: str = ""
    fix: str = ""


class RiskComponent(NamedTuple):
    name: str
    points: int
    findings: tuple[str, ...]  # rule ids that contributed


class Risk(NamedTuple):
    level: str  # none | low | medium | high | critical
    score: int  # 0..100, the sum of the components (capped at 100)
    components: tuple[RiskComponent, ...]


class Exposure(NamedTuple):
    """One data category the request reaches, with the access levels and the scopes that grant it."""

    category: str
    accesses: tuple[str, ...]
    scopes: tuple[str, ...]


class Report(NamedTuple):
    """Everything the renderers need; renderers look nothing up themselves."""

    request: AuthorizationRequest
    provider: dict | None  # provider metadata from the catalog index (name, revoke, ...)
    scopes: tuple[ResolvedScope, ...]
    exposures: tuple[Exposure, ...]
    modifiers: tuple[str, ...]  # offline, org_wide, admin_consent across the whole request
    findings: tuple[Finding, ...]
    risk: Risk
    purpose: str | None = None
