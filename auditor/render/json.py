"""JSON output (``--format json``), schema version 1, documented in ``docs/json-format.md``.

Deterministic: keys sorted, lists in a defined order, no timestamps, so the same input gives
byte-identical output. Renderer-facing dictionaries are built here, separate from the internal
types, so the internal model can change without breaking consumers.
"""

from __future__ import annotations

from auditor import __version__
from auditor.fingerprint import app_name, client_id, finding_location, fingerprint
from auditor.model import Report
from auditor.render.safe import json_text
from auditor.results import ACTIVE, as_run

SCHEMA_VERSION = 1


def _location(report: Report, finding, loc=None) -> dict | None:
    loc = finding_location(report, finding) if loc is None else loc
    if loc is None or (loc.line is None and loc.param is None):
        return None
    return {"source": loc.source, "param": loc.param, "line": loc.line, "column": loc.column}


def _finding_dict(report: Report, f, suppressed: dict, item=None) -> dict:
    """One finding. With ``item`` (a :class:`auditor.results.Item`), its fingerprint, location and
    status come from the run; ``status`` is written then, with ``reason`` for any status but active
    and, as before, ``suppressed`` for an ignored or baselined one."""
    if item is not None:
        fp = item.fingerprint
    else:
        fp = fingerprint(report, f)
    out = {
        "rule": f.rule,
        "name": f.name,
        "severity": f.severity.label,
        "message": f.message,
        "message_zh": f.message_zh or None,
        "scope": f.scope,
        "fix": f.fix or None,
        "location": _location(report, f, item.location if item is not None else None),
        "fingerprint": fp,
    }
    if item is not None:
        out["status"] = item.status
        if item.status != ACTIVE:
            out["reason"] = item.reason
            if item.status in ("ignored", "baselined"):
                out["suppressed"] = item.reason
    elif fp in suppressed:
        out["status"], out["reason"], out["suppressed"] = "ignored", suppressed[fp], suppressed[fp]
    else:
        out["status"] = ACTIVE
    return out


def _carriers(report: Report) -> list[dict]:
    """The carriers of permissions other than the scope, as the URL reader parsed them (copied:
    the reader's dicts are cached). See docs/json-format.md."""
    from auditor.sources.url import carriers_of

    resources = {k.rstrip("/"): v for k, v in ((report.provider or {}).get("resources") or {}).items()}
    out = []
    for c in carriers_of(report.request):
        items = [dict(it) for it in c["items"]]
        if c["kind"] == "resource":
            for it in items:
                it["api"] = resources.get(it["resource"].rstrip("/"), {}).get("name")
        out.append({
            "param": c["param"], "kind": c["kind"], "view": c.get("view", "url"), "error": c["error"] or None,
            "alg": c.get("alg"), "items": items,
        })
    return out


def request_dict(report: Report, catalog, suppressed: dict | None = None, items: list | None = None) -> dict:
    """One request's record. ``items``: the report's shown findings from a run (with their statuses);
    without, every finding, marked from ``suppressed`` (fingerprint -> reason)."""
    suppressed = suppressed or {}
    r = report.request
    provider = report.provider
    out: dict = {
        "source": r.source,
        "kind": r.kind,
        "url": r.url or None,
        "provider": None if provider is None else {"id": provider["id"], "name": provider["name"], "endpoint_known": r.endpoint_known},
        "endpoint": None if not r.host else {"scheme": r.scheme, "host": r.host, "path": r.path},
        "client_id": client_id(report),
        "app_name": app_name(report),
        "redirect_uri": r.first("redirect_uri"),
        "response_type": r.first("response_type"),
        "purpose": report.purpose,
        "acting_parties": list(report.actors),
        "audience": r.audience or None,
        "scopes": [
            {
                "scope": rs.scope,
                "known": rs.known,
                "key": rs.key if rs.known else None,
                "group": rs.requested.group,
                "acts": rs.actor,
                "title": rs.entry["title"] if rs.known else None,
                "grants": [str(g) for g in rs.grants],
                "modifiers": list(rs.modifiers),
                "provider_class": rs.entry["provider_class"] if rs.known else None,
                "narrower": [dict(n) for n in rs.entry["narrower"]] if rs.known else [],
                "narrower_none": (rs.entry["narrower_none"] or None) if rs.known else None,
                "deprecated": rs.entry["deprecated"] if rs.known else False,
                "source": rs.entry["source"] if rs.known else None,
                "verified": rs.entry["verified"] if rs.known else False,
            }
            for rs in report.scopes
        ],
        "exposures": [
            {
                "category": e.category,
                "label": catalog.categories[e.category]["en"],
                "label_zh": catalog.categories[e.category]["zh"],
                "cn": catalog.categories[e.category]["cn"],
                "eu": catalog.categories[e.category]["eu"],
                "subject": catalog.categories[e.category]["subject"],
                "tier": catalog.categories[e.category]["tier"],
                "accesses": list(e.accesses),
                "scopes": list(e.scopes),
            }
            for e in report.exposures
        ],
        "modifiers": list(report.modifiers),
        "carriers": _carriers(report),
        "risk": {
            "level": report.risk.level,
            "score": report.risk.score,
            "components": [{"name": c.name, "points": c.points, "rules": list(c.findings)} for c in report.risk.components],
        },
        "findings": [_finding_dict(report, f, suppressed) for f in report.findings] if items is None
        else [_finding_dict(report, it.finding, suppressed, it) for it in items],
        "revoke": None if provider is None else {"url": provider["revoke"], "note": provider["revoke_note"] or None},
    }
    if r.kind == "session_login":
        login = next((x for x in catalog.session_logins if x["id"] == r.session_login_id), None)
        if login is not None:
            out["session_login"] = {"id": login["id"], "name": login["name"], "what": login["what"], "revoke": login.get("revoke")}
    return out




def render(run, catalog, *, suppressed: dict | None = None, extra: dict | None = None) -> str:
    """The JSON document of a :class:`auditor.results.Run` (or a list of reports, taken as a scan;
    ``suppressed``, fingerprint -> reason, then marks accepted findings). ``extra`` adds top-level
    keys (``check`` adds its own). ``summary.highest`` is the highest risk level of the requests."""
    run = as_run(run, suppressed=suppressed)
    reports = run.reports
    levels = ["none", "low", "medium", "high", "critical"]
    shown: dict[int, list] = {id(r): [] for r in reports}
    for it in run.shown:
        shown[id(it.report)].append(it)
    doc = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "oauth-auditor", "version": __version__},
        "reports": [request_dict(r, catalog, items=shown[id(r)]) for r in reports],
        "summary": {
            "requests": len(reports),
            "highest": max((r.risk.level for r in reports), key=levels.index, default="none"),
        },
    }
    if extra:
        doc.update(extra)
    return json_text(doc, sort_keys=True, indent=2) + "\n"
