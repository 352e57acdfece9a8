"""The rule registry.

A rule is one function with metadata, registered with :func:`rule`. Its docstring is its
documentation (``docs/rules/<ID>.md`` is generated from it, and ``oauth-audit explain ID`` prints it),
written under fixed headings: ``## What it detects``, ``## Why it matters``, ``## What to do instead``,
``## Basis``. A rule yields findings built with :meth:`RuleContext.finding`, which refuses a finding
without a severity and a message and stamps the rule's id, name and score component on it.

Rule id families (stable; an id is never reused):
``OA1xx`` exposure, ``OA2xx`` over-breadth, ``OA3xx`` dangerous combinations,
``OA4xx`` request hygiene (RFC 9700), ``OA5xx`` phishing and impersonation, ``OA6xx`` manifest hygiene,
``OA7xx`` audit completeness.
"""

from __future__ import annotations

from collections import namedtuple
TYPE_CHECKING = False  # typing is not imported at run time: it costs milliseconds on every cold start

from auditor.model import Finding, Grant, Severity

if TYPE_CHECKING:
    from typing import Callable, Iterator

    from auditor.model import Location, ResolvedScope

FAMILIES = {
    "1": "exposure",
    "2": "over-breadth",
    "3": "dangerous combinations",
    "4": "request hygiene",
    "5": "phishing and impersonation",
    "6": "manifest hygiene",
    "7": "audit completeness",
}


class Rule(namedtuple("Rule", "id name severity component func points name_zh late", defaults=(None, "", False))):
    """A registered rule: ``id``, ``name``, ``severity`` (the highest it can report), ``component``
    (the score component its findings add to), ``func``, ``doc`` (its dedented docstring, worked out
    when asked for: a scan never needs it) and ``points`` (a fixed score for each of its findings, overriding the per-severity points),
    ``name_zh`` (a short Chinese title for the ``--lang zh`` report) and ``late`` (the rule runs after
    every other rule and may read their findings in ``ctx.findings``: a rule whose severity depends
    on what else the request does, such as persistence or credential exposure)."""

    __slots__ = ()

    @property
    def doc(self) -> str:
        return _dedent(self.func.__doc__ or "")

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0].strip() if self.doc.strip() else self.name

    @property
    def family(self) -> str:
        return FAMILIES[self.id[2]]


REGISTRY: dict[str, Rule] = {}


def rule(rule_id: str, name: str, severity: Severity, component: str, points: int | None = None, name_zh: str = "", late: bool = False):
    """Register a rule function under a stable id."""
    if len(rule_id) != 5 or not rule_id.startswith("OA") or not rule_id[2:].isdigit() or rule_id[2] not in FAMILIES:
        raise ValueError(f"bad rule id {rule_id!r}")
    if not name_zh:
        raise ValueError(f"rule {rule_id} has no Chinese name (name_zh)")

    def register(func: Callable[["RuleContext"], Iterator[Finding]]):
        if rule_id in REGISTRY:
            raise ValueError(f"rule id {rule_id} registered twice")
        doc = func.__doc__ or ""
        if not doc.strip():
            raise ValueError(f"rule {rule_id} has no docstring")
        REGISTRY[rule_id] = Rule(rule_id, name, severity, component, func, points, name_zh, late)
        return func

    return register


def _dedent(doc: str) -> str:
    lines = doc.expandtabs().splitlines()
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()]
    margin = min(indents) if indents else 0
    return "\n".join([lines[0].strip()] + [line[margin:].rstrip() for line in lines[1:]]).strip() + "\n"


class RuleContext:
    """What a rule may look at: the request, its resolved scopes, their grants, and the catalog."""

    def __init__(self, request, catalog, provider, scopes: tuple[ResolvedScope, ...], modifiers: tuple[str, ...], purpose: str | None, options: dict | None = None) -> None:
        self.request = request
        self.options = options or {}
        self.catalog = catalog
        self.provider = provider
        self.scopes = scopes
        self.modifiers = modifiers
        self.purpose = purpose
        self.current: Rule | None = None
        self.findings: list[Finding] = []  # what the rules run so far found (read by late rules)
        # grant -> scopes granting it, in request order; and the same split by who acts
        self.grants: dict[Grant, list[str]] = {}
        self.by_actor: dict[str, dict[Grant, list[str]]] = {"user": {}, "app": {}}
        for rs in scopes:
            for g in rs.grants:
                for table in (self.grants, self.by_actor[rs.actor]):
                    table.setdefault(g, [])
                    if rs.scope not in table[g]:
                        table[g].append(rs.scope)

    def actor(self, scope: str) -> str:
        """Who acts with a requested scope: ``"user"`` (in your name) or ``"app"`` (its own token)."""
        return next((rs.actor for rs in self.scopes if rs.scope == scope), "user")

    @property
    def implicit(self) -> bool:
        """The token comes back in the URL (``response_type`` contains ``token``)."""
        return self.request.kind == "oauth" and any("token" in v.split() for v in self.request.values("response_type"))

    @property
    def identity_only(self) -> bool:
        """What the code or token unlocks is only who you are (identifier, name, e-mail, avatar):
        no grant beyond signing in, and no scope the catalog does not know."""
        from auditor.rules.exposure import SIGN_IN_CATEGORIES

        if not self.scopes or any(not rs.known or rs.entry.get("unknown_static") or rs.entry.get("unknown_carrier") for rs in self.scopes):
            return False  # nothing named, or something unknown: what the token unlocks is not known
        return all(g.category in SIGN_IN_CATEGORIES and g.access in ("assert", "read.self") for g in self.grants)

    @property
    def admin_consent_request(self) -> str:
        """How the request asks an administrator to consent for the whole tenant: the parameter
        (``prompt=admin_consent``) or the endpoint's path, from the provider's
        ``params.admin_consent``; ``""`` when it does not."""
        if self.provider is None or self.request.kind != "oauth":
            return ""
        ac = self.provider["params"].get("admin_consent") or {}
        if ac.get("name") and any(v == ac.get("value") for v in self.request.values(ac["name"])):
            return f"{ac['name']}={ac['value']}"
        from auditor.catalog import _path_matches

        if any(_path_matches(p, self.request.path) for p in ac.get("paths", [])):
            return self.request.path
        return ""

    def category(self, cid: str) -> dict:
        return self.catalog.categories[cid]

    def label(self, cid: str) -> str:
        return self.catalog.categories[cid]["en"]

    def label_zh(self, cid: str) -> str:
        return self.catalog.categories[cid]["zh"]

    def finding(self, severity: Severity, message: str, *, zh: str = "", scope: str | None = None, detail: str = "", fix: str = "", at: Location | None = None) -> Finding:
        """Build a finding for the rule being run. Refuses one without a rule, severity, message or
        Chinese message (``zh``): the Chinese report must never fall back to English."""
        if self.current is None:
            raise RuntimeError("finding() called outside a rule")
        if not isinstance(severity, Severity) or not message or not zh:
            raise ValueError(f"{self.current.id}: a finding needs a severity, a message and a Chinese message")
        if severity > self.current.severity:
            raise ValueError(f"{self.current.id}: severity {severity.label} is above the rule's maximum {self.current.severity.label}")
        return Finding(self.current.id, self.current.name, severity, message, self.current.component, scope, detail, fix, zh, self.current.name_zh or "", at)


NO_SCOPE = "(no scope)"  # the pseudo-scope analyze.resolve adds when a provider's default applies
NO_SCOPE_ZH = "（未指定权限，按平台默认）"


def scope_zh(scope: str) -> str:
    """A scope name as the Chinese report shows it: itself, except the no-scope placeholder."""
    return NO_SCOPE_ZH if scope == NO_SCOPE else scope


_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef\u201c\u201d"
_CJK_RANGES = ((0x3000, 0x303F), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xFF00, 0xFFEF), (0x201C, 0x201D))


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _CJK_RANGES)


def tidy_zh(text: str) -> str:
    """A Chinese message with the spaces dropped that templates put around an interpolated value
    where that value turned out to be Chinese too (``已被 支付宝 弃用`` -> ``已被支付宝弃用``); a space
    between Chinese and Latin text stays. One pass over the text (a regular expression over this
    character class took 2.4 ms to compile, on every cold scan)."""
    if " " not in text:
        return text
    parts = text.split(" ")
    out = [parts[0]]
    pending = 0  # spaces seen since the last non-empty part
    for part in parts[1:]:
        pending += 1
        if not part:
            continue
        prev = out[-1]
        if prev and _is_cjk(prev[-1]) and _is_cjk(part[0]):
            out.append(part)
        else:
            out.append(" " * pending + part)
        pending = 0
    if pending:
        out.append(" " * pending)
    return "".join(out)


def provider_name_zh(provider: dict) -> str:
    """A provider's Chinese name (``name_zh``), or its own name where the catalog has none."""
    return provider.get("name_zh") or provider["name"]


def joined(items: list[str], limit: int = 3, lang: str = "en") -> str:
    """``a, b, c and 2 more`` / ``a、b、c 等 5 项``."""
    if lang == "zh":
        shown = "、".join(scope_zh(i) for i in items[:limit])
        return shown + (f" 等 {len(items)} 项" if len(items) > limit else "")
    shown = ", ".join(items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def load_rules() -> dict[str, Rule]:
    """Import every rule module (registration happens on import) and return the registry."""
    from auditor.rules import breadth, carriers, combos, completeness, crossdevice, exposure, hygiene, intel, manifest, phishing  # noqa: F401

    return REGISTRY


def run_rules(ctx: RuleContext, adjust=None) -> list[Finding]:
    """Run every rule in id order, then the late rules (which read ``ctx.findings``) in id order.

    ``adjust`` (a function of a list of findings, e.g. the declared purpose's caps) is applied to the
    early findings before the late rules read them, and to the late findings, so a late rule sees
    the severities the report will show."""
    rules = sorted(load_rules())
    ctx.findings = []
    for phase in ([r for r in rules if not REGISTRY[r].late], [r for r in rules if REGISTRY[r].late]):
        found: list[Finding] = []
        for rule_id in phase:
            r = REGISTRY[rule_id]
            ctx.current = r
            found.extend(r.func(ctx))
        ctx.current = None
        ctx.findings.extend(adjust(found) if adjust else found)
    return list(ctx.findings)
