"""A finding's stable identity, shared by SARIF output and baselines.

A fingerprint names *what* was found, never *where on the page*: the SHA-256 of the rule id, the
artifact's path relative to the scan root (empty for a URL given on the command line or on standard
input), the provider, the scope, the client id and the severity (one rule may say two things of
different weight about one scope). Should a run still hold two findings with all of these equal
(two identical requests in one file), the second and later get a rank, so no two findings of a run
share a fingerprint (:func:`fingerprints`). Moving a line, reformatting a manifest or re-ordering its
scopes keeps the fingerprint; renaming the file, changing the client id or asking for another scope
changes it. See ``docs/sarif.md``.

Version 1 fingerprints (no severity, no rank) are still computed by :func:`legacy_fingerprint`, so a
baseline written before version 2 keeps accepting what it recorded where that is unambiguous.

This module also says where a finding is: :func:`finding_location` maps a finding to the requested
scope it names, and :func:`artifact_path` decides whether a source is a file and how to write its path.
Both renderers (SARIF, GitHub annotations) and the baseline use them, so they always agree.
"""

from __future__ import annotations

import json
import os

from auditor.model import Finding, Location, Report

FINGERPRINT_VERSION = "v2"

# Sources that name no file: a URL on the command line, a bare --scopes list, a QR image decoded to a
# URL, standard input ("stdin:N", N being the input line; a line number must never reach a fingerprint).
NON_FILE_SOURCES = ("", "url", "scopes", "qr", "-")
NON_FILE_PREFIXES = ("stdin", "qr:")


def _posix(path: str) -> str:
    return path.replace(os.sep, "/") if os.sep != "/" else path


def is_file_source(source: str | None) -> bool:
    """Whether a request's ``source`` names a file (a manifest), rather than a URL given directly."""
    if source is None or source in NON_FILE_SOURCES or source.startswith(NON_FILE_PREFIXES):
        return False
    return "://" not in source


def artifact_path(source: str | None, root: str | None = None) -> str | None:
    """The path of a file source, with ``/`` separators, or None when the source is not a file.

    With ``root``, a file under it is written relative to it (``config/apps.json``) and a file outside
    it as an absolute path. Without ``root``, a relative path is kept relative (normalised, no ``./``)
    and an absolute one absolute. Symbolic links are not resolved: the path is the one the user gave.
    """
    if not is_file_source(source):
        return None
    assert source is not None
    if root is not None:
        absolute = os.path.abspath(source)
        try:
            rel = os.path.relpath(absolute, os.path.abspath(root))
        except ValueError:  # another drive (Windows)
            return _posix(absolute)
        if rel == os.pardir or rel.startswith(os.pardir + os.sep):
            return _posix(absolute)
        return _posix(rel)
    return _posix(os.path.normpath(source))


def scope_locations(report: Report) -> dict[str, Location]:
    """Scope string -> where it was first read: the request's entries, then the resolved scopes
    (e.g. the "(no scope)" entry analyze adds for a request with none). Built once per report, so
    locating every finding is linear in the number of scopes."""
    out: dict[str, Location] = {}
    for rs in report.scopes:
        out.setdefault(rs.scope, rs.requested.location)
    for rq in reversed(report.request.scopes):  # the first entry of a repeated scope wins
        out[rq.scope] = rq.location
    return out


def finding_location(report: Report, finding: Finding) -> Location | None:
    """Where the requested scope a finding names was read (the first request entry with that scope
    string), the place a finding names itself (``finding.at``), or None for a finding about the whole request or a scope the request does not list.
    For many findings of one report, index once with :func:`scope_locations`."""
    if finding.at is not None:
        return finding.at
    if not finding.scope:
        return None
    for rq in report.request.scopes:
        if rq.scope == finding.scope:
            return rq.location
    for rs in report.scopes:
        if rs.scope == finding.scope:
            return rs.requested.location
    return None


_UNSET = object()


def finding_source(report: Report, finding: Finding, location=_UNSET) -> str:
    """The source a finding was read from: its scope's location, else the request's source.
    ``location``: the finding's location when the caller already has it."""
    loc = finding_location(report, finding) if location is _UNSET else location
    return loc.source if loc is not None and loc.source else report.request.source


def app_name(report: Report) -> str | None:
    """The app's own name as its manifest gives it (Slack ``display_information.name``, a Chrome
    extension's or GitHub App's ``name``, Entra ``displayName``, ...); ``None`` for a URL. Written by
    the app's author: print it only through the renderers' escaping."""
    return report.request.first("name") if report.request.kind == "scope_list" else None


def client_id(report: Report) -> str | None:
    """The app's client id (``appid`` for WeChat): the first value of the provider's client-id parameter."""
    names = report.provider["params"]["client_id"] if report.provider else ["client_id"]
    for name in names:
        value = report.request.first(name)
        if value is not None:
            return value
    return None


def provider_key(report: Report) -> str:
    """The provider id, or the endpoint host when the catalog does not know the provider."""
    return report.request.provider_id or report.request.host or ""


def _digest(fields: list) -> str:
    payload = json.dumps(fields, ensure_ascii=True, separators=(",", ":"))  # ASCII: lone surrogates too
    import hashlib  # not at import time: the cold scan does not pay for OpenSSL until it needs a hash

    return hashlib.sha256(payload.encode("ascii")).hexdigest()


def identity(report: Report, finding: Finding, root: str | None = None, location=_UNSET) -> tuple[str, ...]:
    """What a fingerprint hashes, before the version and the rank: rule id, artifact path relative to
    ``root`` (empty when the source is not a file), provider, scope (empty for a finding about the
    whole request), client id (empty when absent) and severity."""
    return (
        finding.rule,
        artifact_path(finding_source(report, finding, location), root) or "",
        provider_key(report),
        finding.scope or "",
        client_id(report) or "",
        finding.severity.label,
    )


def fingerprint(report: Report, finding: Finding, root: str | None = None, rank: int = 0, location=_UNSET) -> str:
    """A stable, line-independent identity for a finding: 64 hex digits (SHA-256) of the version and
    :func:`identity`, JSON-encoded as a list (no choice of field values makes two tuples collide).
    ``rank`` > 0 (the second, third, … finding of a run with the same identity) is hashed too; rank 0
    is not, so a finding's fingerprint does not change when a twin appears after it."""
    fields = [FINGERPRINT_VERSION, *identity(report, finding, root, location)]
    if rank:
        fields.append(rank)
    return _digest(fields)


def fingerprints(pairs: list[tuple[Report, Finding]], root: str | None = None, locations: list | None = None) -> list[str]:
    """The fingerprints of a run's findings, ``(report, finding)`` in run order: each finding whose
    identity an earlier finding of the run already has gets the next rank, so all are distinct."""
    seen: dict[tuple, int] = {}
    out = []
    for i, (report, finding) in enumerate(pairs):
        loc = locations[i] if locations is not None else _UNSET
        ident = identity(report, finding, root, loc)
        rank = seen.get(ident, 0)
        seen[ident] = rank + 1
        fields = [FINGERPRINT_VERSION, *ident]
        if rank:
            fields.append(rank)
        out.append(_digest(fields))
    return out


def legacy_fingerprint(report: Report, finding: Finding, root: str | None = None, location=_UNSET) -> str:
    """The version 1 fingerprint (rule, path, provider, scope, client; no severity, no rank), kept to
    match baselines written by earlier releases."""
    rule, path, provider, scope, client, _severity = identity(report, finding, root, location)
    return _digest(["v1", rule, path, provider, scope, client])
