"""Resolve a request's scopes in the catalog, run every rule, and score the risk."""

from __future__ import annotations

from auditor.catalog import Catalog, load_catalog
from auditor.errors import InputError
from auditor.model import (
    AuthorizationRequest, Exposure, Finding, Location, Report, RequestedScope, ResolvedScope, Risk,
    RiskComponent, Severity,
)
from auditor.rules import REGISTRY, RuleContext, run_rules

# The score is the sum of named components: the level's base (the bottom of its band) plus, for each
# rule component, the points of its gravest finding, capped at the top of the level's band. So a higher level
# always scores higher than a lower one, and the report can say where every point came from
# (`--explain`). See docs/design.md.
POINTS = {Severity.CRITICAL: 10, Severity.HIGH: 6, Severity.MEDIUM: 3, Severity.LOW: 1, Severity.INFO: 0}
LEVELS = {Severity.CRITICAL: "critical", Severity.HIGH: "high", Severity.MEDIUM: "medium", Severity.LOW: "low", Severity.INFO: "none"}
# Score band of each level: (base, top).
BANDS = {Severity.CRITICAL: (75, 100), Severity.HIGH: (50, 74), Severity.MEDIUM: (25, 49), Severity.LOW: (1, 24), Severity.INFO: (0, 0)}
BASE_COMPONENT = "level"
ACCESS_ORDER = ("assert", "read.self", "read.selected", "read.all", "write.create", "write.modify", "write.delete", "act.send", "admin")
NO_SCOPE = "(no scope)"


def resolve(request: AuthorizationRequest, catalog: Catalog, provider: dict | None) -> tuple[ResolvedScope, ...]:
    pid = request.provider_id if provider else None
    resolved = [
        ResolvedScope(rq, rq.scope, catalog.bit(pid, rq.scope)) if rq.group == "permissions" else ResolvedScope(rq, *catalog.lookup(pid, rq.scope))
        for rq in request.scopes
    ]
    # An application permission (Entra `Role`) acts without a user, on every user of the tenant, and
    # only an administrator can grant it.
    resolved = [
        rs._replace(entry={**rs.entry, "modifiers": sorted(set(rs.entry["modifiers"]) | {"org_wide", "admin_consent"})})
        if rs.entry is not None and rs.requested.group == "application" else rs
        for rs in resolved
    ]
    if provider is not None and not request.scopes and request.kind == "oauth" and provider["params"]["empty_grants"]:
        params = provider["params"]
        entry = {
            "title": params["empty"] or "No scope requested: the provider's default applies.",
            "title_zh": params.get("empty_zh", ""), "grants": params["empty_grants"], "modifiers": [], "identity_only": False,
            "unknown_static": False, "provider_class": "", "implies": [], "narrower": [],
            "narrower_none": "", "ids": {}, "aliases": [], "deprecated": False, "note": "",
            "source": provider["docs"], "verified": "meaning", "schemes": {}, "resource": "", "group": "",
        }
        resolved.append(ResolvedScope(RequestedScope(NO_SCOPE, Location(request.source, param="scope"), "(none)"), NO_SCOPE, entry))
    return tuple(resolved)


def tokens_never_expire(request: AuthorizationRequest, provider: dict) -> bool:
    """Whether the provider's tokens for this request last until revoked (``params.persistent``:
    GitHub OAuth app tokens). Decided here once, as the ``non_expiring`` modifier that rules and
    renderers read. Not for a request made only of app-installation permissions (``installation``):
    a GitHub App's installation token expires after an hour."""
    if not provider["params"]["persistent"] or request.kind not in ("oauth", "scope_list"):
        return False
    return not request.scopes or any(rq.group != "installation" for rq in request.scopes)


def request_modifiers(request: AuthorizationRequest, provider: dict | None, scopes: tuple[ResolvedScope, ...]) -> tuple[str, ...]:
    mods = {m for rs in scopes for m in rs.modifiers}
    if provider is not None:
        if tokens_never_expire(request, provider):
            mods.update(("offline", "non_expiring"))
        offline = provider["params"]["offline"]
        if offline and any(v == offline.get("value") for v in request.values(offline.get("name", ""))):
            mods.add("offline")
    return tuple(sorted(mods))


def exposures(scopes: tuple[ResolvedScope, ...]) -> tuple[Exposure, ...]:
    by_cat: dict[str, tuple[set[str], list[str]]] = {}
    for rs in scopes:
        for g in rs.grants:
            accesses, names = by_cat.setdefault(g.category, (set(), []))
            accesses.add(g.access)
            if rs.scope not in names:
                names.append(rs.scope)
    out = []
    for cid in sorted(by_cat):
        accesses, names = by_cat[cid]
        ordered = tuple(a for a in ACCESS_ORDER if a in accesses) + tuple(sorted(accesses - set(ACCESS_ORDER)))
        out.append(Exposure(cid, ordered, tuple(names)))
    return tuple(out)


def points(finding: Finding) -> int:
    """A finding's score: its rule's fixed points if it declares them, else by severity."""
    fixed = REGISTRY[finding.rule].points if finding.rule in REGISTRY else None
    return POINTS[finding.severity] if fixed is None else fixed


def score(findings: list[Finding]) -> Risk:
    """The level (the highest severity) and the score: the level's base component plus, for each
    named component, the points of its gravest finding, capped at the top of the level's band
    (BANDS). A component counts its gravest finding once, not every finding, so that asking for more
    never scores lower: merging two findings into one (a category moving into a graver group) cannot
    lower the sum."""
    top = max((f.severity for f in findings), default=Severity.INFO)
    base, ceiling = BANDS[top]
    components: dict[str, list[Finding]] = {}
    for f in findings:
        if points(f) and f.severity > Severity.INFO:
            components.setdefault(f.component, []).append(f)
    parts = tuple(
        sorted(
            (RiskComponent(name, max(points(f) for f in fs), tuple(dict.fromkeys(f.rule for f in fs))) for name, fs in components.items()),
            key=lambda c: (-c.points, c.name),
        )
    )
    if base:
        top_rules = tuple(dict.fromkeys(f.rule for f in findings if f.severity == top))
        parts = (RiskComponent(BASE_COMPONENT, base, top_rules),) + parts
    return Risk(LEVELS[top], min(ceiling, sum(c.points for c in parts)), parts)


JUSTIFIABLE_FAMILIES = ("1", "2", "3")  # exposure, over-breadth, combinations; never hygiene or phishing
# Credential exposure, worm, takeover and harvest: a declared purpose or an owner-only audience never
# takes these below high.
FLOOR_HIGH_RULES = ("OA101", "OA301", "OA302", "OA304", "OA305")


def justify(findings: list[Finding], scopes: tuple[ResolvedScope, ...], profile: dict) -> list[Finding]:
    """Cap at medium the findings about a scope whose every grant the declared purpose needs or allows.

    A mail client must read the mailbox; a backup app must read every file. The data is still
    sensitive ("sensitive but plausible" is medium on the reviewer's scale), so the finding stays,
    capped, and says why. OA204 (beyond purpose), OA203 (unknown) and request-hygiene or phishing
    findings are never capped: no purpose justifies them.
    """
    from auditor.catalog import pattern_matches

    allowed = list(profile.get("necessary", [])) + list(profile.get("optional", []))
    by_scope = {rs.scope: rs for rs in scopes}
    out = []
    for f in findings:
        rs = by_scope.get(f.scope) if f.scope else None
        cap = floor_of(f, Severity.MEDIUM)
        if (
            f.severity > cap and rs is not None and rs.grants and f.rule[2] in JUSTIFIABLE_FAMILIES
            and f.rule not in ("OA203", "OA204") and not (f.rule == "OA105" and f.severity == Severity.CRITICAL)
            and all(any(pattern_matches(p, str(g)) for p in allowed) for g in rs.grants)
        ):
            label, label_zh = ("medium", "中风险") if cap == Severity.MEDIUM else ("high, not lower: it still exposes credentials or other people", "高风险（不再更低：它仍会暴露凭据或他人）")
            f = f._replace(
                severity=cap,
                message=f.message + f" The declared purpose needs this, so it is rated {label}.",
                message_zh=f.message_zh + f"声明的用途需要这项访问，因此评为{label_zh}。",
            )
        out.append(f)
    return out


def floor_of(finding: Finding, cap: Severity) -> Severity:
    """The lowest a purpose or an audience may take a finding: ``cap``, but never below high for
    credential exposure (OA101 on secrets, OA304), the worm, harvest or mailbox takeover."""
    if finding.rule in FLOOR_HIGH_RULES and (finding.rule != "OA101" or "secret" in finding.message or "passwords" in finding.message.lower()):
        return max(cap, Severity.HIGH)
    return cap


def limit_to_audience(findings: list[Finding], audience: str) -> list[Finding]:
    """An owner-only deployment (only its owner can run or install it) caps exposure findings at
    medium: nobody else can be led to consent. Phishing and hygiene findings are never capped, nor
    credential, worm, harvest and takeover findings below high."""
    if audience != "owner":
        return findings
    out = []
    for f in findings:
        cap = floor_of(f, Severity.MEDIUM)
        if f.rule[2] in JUSTIFIABLE_FAMILIES and f.severity > cap:
            f = f._replace(
                severity=cap,
                message=f.message + " Only the app's owner can use this deployment, so it is rated lower.",
                message_zh=f.message_zh + "只有应用所有者本人能使用这个部署，因此评级降低。",
            )
        out.append(f)
    return out


def analyze(request: AuthorizationRequest, catalog: Catalog | None = None, purpose: str | None = None, options: dict | None = None) -> Report:
    """Audit one request: the whole judgement, from resolved scopes to a scored report.

    ``options``: ``audience`` (how many people will authorize, for OA108), ``people_per_account``
    (how many other people one account's contact or friend list holds; an assumption, default 100),
    ``app_domain`` (the app's own domain, for OA503).
    """
    catalog = catalog or load_catalog()
    if purpose is not None and catalog.purpose(purpose) is None:
        raise InputError(f"unknown purpose {purpose!r}; `oauth-audit purposes` lists them")
    provider = catalog.provider(request.provider_id) if request.provider_id else None
    scopes = resolve(request, catalog, provider)
    modifiers = request_modifiers(request, provider, scopes)
    ctx = RuleContext(request, catalog, provider, scopes, modifiers, purpose, options)
    profile = catalog.purpose(purpose) if purpose is not None else None

    def adjust(found: list[Finding]) -> list[Finding]:
        if profile is not None:
            found = justify(found, scopes, profile)
        return limit_to_audience(found, request.audience)

    findings = run_rules(ctx, adjust)
    findings = sorted(findings, key=lambda f: (-f.severity, f.rule, f.scope or "", f.message))
    return Report(request, provider, scopes, exposures(scopes), modifiers, tuple(findings), score(findings), purpose)
