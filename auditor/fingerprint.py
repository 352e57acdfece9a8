"""A finding's stable identity, shared by SARIF output and baselines.

A fingerprint names *what* was found, never *where on the page*: the SHA-256 of the rule id, the
artifact's path relative to the scan root (empty for a URL given on the command line or on standard
input), the provider, the scope and the client id. Moving a line, reformatting a manifest or
re-ordering its scopes keeps the fingerprint; renaming the file, changing the client id or asking for
another scope changes it. See ``docs/sarif.md``.

This module also says where a finding is: :func:`finding_location` maps a finding to the requested
scope it names, and :func:`artifact_path` decides whether a source is a file and how to write its path.
Both renderers (SARIF, GitHub annotations) and the baseline use them, so they always agree.
"""

from __future__ import annotations

import json
import os

from auditor.model import Finding, Location, Report

FINGERPRINT_VERSION = "v1"

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


def finding_location(report: Report, finding: Finding) -> Location | None:
    """Where the requested scope a finding names was read (the first request entry with that scope
    string), or None for a finding about the whole request or a scope the request does not list."""
    if not finding.scope:
        return None
    for rq in report.request.scopes:
        if rq.scope == finding.scope:
            return rq.location
    for rs in report.scopes:  # e.g. the "(no scope)" entry analyze adds for a request with none
        if rs.scope == finding.scope:
            return rs.requested.location
    return None


def finding_source(report: Report, finding: Finding) -> str:
    """The source a finding was read from: its scope's location, else the request's source."""
    loc = finding_location(report, finding)
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


def fingerprint(report: Report, finding: Finding, root: str | None = None) -> str:
    """A stable, line-independent identity for a finding: 64 hex digits (SHA-256).

    Hashes, in this order: the fingerprint version, the rule id, the artifact path relative to
    ``root`` (empty when the source is not a file), the provider, the scope (empty for a finding about
    the whole request) and the client id (empty when absent). The fields are JSON-encoded as a list
    before hashing, so no choice of field values can make two different tuples collide.
    """
    fields = [
        FINGERPRINT_VERSION,
        finding.rule,
        artifact_path(finding_source(report, finding), root) or "",
        provider_key(report),
        finding.scope or "",
        client_id(report) or "",
    ]
    payload = json.dumps(fields, ensure_ascii=True, separators=(",", ":"))  # ASCII: lone surrogates too
    import hashlib  # not at import time: the cold scan does not pay for OpenSSL until it needs a hash

    return hashlib.sha256(payload.encode("ascii")).hexdigest()
