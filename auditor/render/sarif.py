"""SARIF 2.1.0 output, for GitHub code scanning and other SARIF consumers. See ``docs/sarif.md``.

One run, tool ``oauth-audit``, built once from a :class:`auditor.results.Run`.
``tool.driver.rules`` holds every rule a result refers to (sorted by id, so ``ruleIndex`` is stable);
each result carries its finding's own level, a location, a line-independent fingerprint unique in the
run (:mod:`auditor.fingerprint`) and its status: an ignored or baselined finding has a suppression
with the reason (``inSource`` for an inline comment, else ``external``); when the run compared
against a baseline or a ``--since`` revision, ``baselineState`` is ``new`` for an active finding and
``unchanged`` for a baselined or pre-existing one. Files that could not be read and what was not
audited are ``toolExecutionNotifications``.

Deterministic: keys sorted, results in report order then finding order, no timestamps, no machine
paths unless a scanned file lies outside ``root``. Untrusted text (messages quoting scope strings,
client ids, hosts) has control, bidirectional and invisible characters made visible
(:func:`auditor.render.safe.visible`), and square brackets and backslashes escaped, so a scope string
cannot forge a SARIF embedded link (``[text](https://…)``, SARIF 2.1.0 §3.11.6).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import quote

from auditor import __version__
from auditor.fingerprint import app_name, client_id, provider_key
from auditor.model import Finding, Severity
from auditor.render.safe import json_text, visible
from auditor.results import BASELINED, IGNORED, PREEXISTING, as_run

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
TOOL_NAME = "oauth-audit"
SRCROOT = "%SRCROOT%"

# The project has no public home page yet (pyproject.toml declares no [project.urls]). When it does,
# set PROJECT_URL (-> tool.driver.informationUri) and RULE_DOCS_URL (-> each rule's helpUri; "{id}"
# is replaced by the rule id). Until then both are left out, and every rule's help text names the
# documentation file in the source tree instead (docs/rules/<ID>.md).
PROJECT_URL: str | None = None
RULE_DOCS_URL: str | None = None
RULE_DOC_PATH = "docs/rules/{id}.md"

# GitHub code scanning reads security-severity as a score: > 9.0 critical, 7.0-8.9 high, 4.0-6.9
# medium, 0.1-3.9 low. Each value sits inside its band, away from the edges. 0.0 (info) is below the
# lowest band on purpose: informational rules are not security alerts of any severity.
SECURITY_SEVERITY = {
    Severity.CRITICAL: "9.5",
    Severity.HIGH: "8.0",
    Severity.MEDIUM: "5.5",
    Severity.LOW: "3.0",
    Severity.INFO: "0.0",
}
LEVEL = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "note",
    Severity.INFO: "note",
}
FINGERPRINT_KEY = "oauthAuditFinding/v2"
MAX_DESCRIPTION = 1024  # GitHub's limit for shortDescription.text and fullDescription.text
MAX_MESSAGE = 2000

_SARIF_SPECIAL = re.compile(r"[\\\[\]]")


def plain_text(text: str | None, limit: int = MAX_MESSAGE) -> str:
    """Untrusted text for a SARIF plain-text message: visible controls, escaped ``\\``, ``[`` and ``]``."""
    return _SARIF_SPECIAL.sub(lambda m: "\\" + m.group(), visible(text, limit))


def _cut(text: str, limit: int = MAX_DESCRIPTION) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip() + "…"


def _sections(doc: str) -> tuple[str, dict[str, str]]:
    """A rule docstring's summary line and its ``## Heading`` sections."""
    lines = doc.strip().splitlines()
    summary = lines[0].strip() if lines else ""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines[1:]:
        if line.startswith("## "):
            current = sections.setdefault(line[3:].strip(), [])
        elif current is not None:
            current.append(line)
    return summary, {k: "\n".join(v).strip() for k, v in sections.items()}


def _flat(text: str) -> str:
    return " ".join(text.split())


def rule_descriptor(rule) -> dict:
    """The ``reportingDescriptor`` for a registered rule (:class:`auditor.rules.Rule`)."""
    summary, sections = _sections(rule.doc)
    summary = summary or rule.name
    detects = sections.get("What it detects", "")
    doc_path = RULE_DOC_PATH.format(id=rule.id)
    where = f"Documentation: {RULE_DOCS_URL.format(id=rule.id)}" if RULE_DOCS_URL else f"Documentation: {doc_path} in the oauth-auditor source."
    body = rule.doc.strip()
    descriptor = {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": _cut(summary)},
        "fullDescription": {"text": _cut(_flat(f"{summary} {detects}") if detects else summary)},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "help": {
            "text": f"{rule.id} {rule.name}: {body}\n\n{where}\n",
            "markdown": f"# {rule.id} `{rule.name}`\n\n**{summary}**\n\n{body[len(summary):].strip()}\n\n{where}\n",
        },
        "properties": {
            "security-severity": SECURITY_SEVERITY[rule.severity],
            "tags": ["security", "oauth", rule.family.replace(" ", "-")],
        },
    }
    if RULE_DOCS_URL:
        descriptor["helpUri"] = RULE_DOCS_URL.format(id=rule.id)
    return descriptor


def _fallback_descriptor(finding: Finding) -> dict:
    """A descriptor for a finding whose rule is not registered (never expected; keeps output valid)."""
    return {
        "id": finding.rule,
        "name": finding.name or finding.rule,
        "shortDescription": {"text": _cut(finding.name or finding.rule)},
        "fullDescription": {"text": _cut(finding.name or finding.rule)},
        "defaultConfiguration": {"level": LEVEL[finding.severity]},
        "help": {"text": f"{finding.rule}: no documentation is registered for this rule.\n"},
        "properties": {"security-severity": SECURITY_SEVERITY[finding.severity], "tags": ["security", "oauth"]},
    }


def _artifact_uri(path: str) -> dict:
    """``artifactLocation`` for a path from :func:`artifact_path`: relative to %SRCROOT%, or a
    ``file:`` URI for a file outside the root. Percent-encoded, so any file name is a valid URI
    reference (a ``:`` in the first segment cannot pass for a URI scheme)."""
    if PurePosixPath(path).is_absolute() or re.match(r"[A-Za-z]:/", path):
        absolute = path if path.startswith("/") else "/" + path
        return {"uri": "file://" + quote(_name_bytes(absolute), safe="/:")}
    return {"uri": quote(_name_bytes(path), safe="/"), "uriBaseId": SRCROOT}


def artifact_location(path: str) -> dict:
    """The public form of :func:`_artifact_uri`, for notifications about files (not audited, excluded)."""
    return _artifact_uri(path)


def _name_bytes(path: str) -> bytes:
    """A file name as bytes: names that are not valid UTF-8 reach Python with surrogate escapes
    (``os.fsdecode``); percent-encoding their original bytes gives a valid URI for any name."""
    return path.encode("utf-8", "surrogateescape")


def _location(item) -> dict:
    report, loc, path = item.report, item.location, item.path
    if path is not None:
        physical: dict = {"artifactLocation": _artifact_uri(path)}
        if loc is not None and isinstance(loc.line, int) and loc.line >= 1:
            region: dict = {"startLine": loc.line}
            if isinstance(loc.column, int) and loc.column >= 1:
                region["startColumn"] = loc.column
            physical["region"] = region
        return {"physicalLocation": physical}
    # No file: a URL given on the command line or on standard input. Say which request and which
    # parameter as a logical location; GitHub code scanning cannot place such a result on a file.
    r = report.request
    endpoint = f"{r.host}{r.path}" if r.host else (r.provider_id or r.source or "request")
    param = loc.param if loc is not None and loc.param else None
    logical = {
        "kind": "resource",
        "name": plain_text(endpoint, 400),
        "fullyQualifiedName": plain_text(f"{endpoint}?{param}" if param else endpoint, 400),
    }
    return {"logicalLocations": [logical]}


def _result(item, index: int, compared: bool) -> dict:
    report, finding, fp = item.report, item.finding, item.fingerprint
    properties = {"severity": finding.severity.label, "provider": provider_key(report) or None, "client_id": client_id(report), "app_name": app_name(report), "status": item.status}
    if finding.scope:
        properties["scope"] = finding.scope
    result: dict = {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": LEVEL[finding.severity],
        "message": {"text": plain_text(finding.message)},
        "locations": [_location(item)],
        # Our own key, and GitHub's: given primaryLocationLineHash, upload-sarif keeps it instead of
        # hashing the lines around startLine, so an alert survives lines moving in the manifest.
        "partialFingerprints": {FINGERPRINT_KEY: fp, "primaryLocationLineHash": fp},
        "properties": {k: v for k, v in properties.items() if v is not None},
    }
    if item.status in (IGNORED, BASELINED):
        suppression: dict = {"kind": "inSource" if item.reason.startswith("inline:") else "external"}
        if item.reason:
            suppression["justification"] = visible(str(item.reason), MAX_MESSAGE)
        result["suppressions"] = [suppression]
    if compared:
        result["baselineState"] = "unchanged" if item.status in (BASELINED, PREEXISTING) else "new"
    return result


def _notification(level: str, path: str, message: str) -> dict:
    item: dict = {"level": level, "message": {"text": plain_text(message)}}
    if path:
        item["locations"] = [{"physicalLocation": {"artifactLocation": _artifact_uri(path)}}]
    return item


def render(run, catalog=None, *, root: str | None = None, suppressed: dict | None = None) -> str:
    """SARIF 2.1.0 text for a :class:`auditor.results.Run` (or a list of reports, taken as a scan).

    ``catalog`` is accepted for the renderers' common signature and not used. For a list of reports:
    ``root``: paths of scanned files are written relative to it (default: as given); ``suppressed``:
    fingerprint (:func:`auditor.fingerprint.fingerprint`, with the same ``root``) -> reason; those
    findings stay in the output, marked with an ``external`` suppression. Findings below the run's
    ``--min-severity`` are left out, as in every format.
    """
    run = as_run(run, root, suppressed)
    items = run.shown
    referenced = sorted({it.finding.rule for it in items})
    descriptors = []
    for rule_id in referenced:
        if rule_id in run.rules:
            descriptors.append(rule_descriptor(run.rules[rule_id]))
        else:
            descriptors.append(_fallback_descriptor(next(it.finding for it in items if it.finding.rule == rule_id)))
    index = {rule_id: i for i, rule_id in enumerate(referenced)}

    driver: dict = {
        "name": TOOL_NAME,
        "semanticVersion": __version__,
        "version": __version__,
        "rules": descriptors,
    }
    if PROJECT_URL:
        driver["informationUri"] = PROJECT_URL
    out = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "results": [_result(it, index[it.finding.rule], run.compared) for it in items],
    }
    if run.errors or run.notes:
        out["invocations"] = [{
            "executionSuccessful": True,
            "toolExecutionNotifications": [_notification("error", p, m) for p, m in run.errors]
            + [_notification("warning", p, m) for _, p, m in run.notes],
        }]
    doc = {"$schema": SCHEMA_URI, "version": SARIF_VERSION, "runs": [out]}
    return json_text(doc, sort_keys=True, indent=2) + "\n"
