"""oauth-auditor: see what an OAuth authorization exposes before you press "Allow".

The public API::

    from auditor import audit_url, audit_request, load_catalog, Report, Finding, Severity

    report = audit_url("https://accounts.google.com/o/oauth2/v2/auth?...")
    print(report.risk.level, report.risk.score)
    for finding in report.findings:
        print(finding.rule, finding.severity.label, finding.message)

Names are imported lazily so that ``import auditor`` stays cheap for the command line.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = [
    "AuthorizationRequest", "Finding", "Report", "Severity", "InputError",
    "audit_request", "audit_url", "audit_scopes", "load_catalog", "__version__",
]


def audit_url(url: str, *, purpose: str | None = None, source: str = "url"):
    """Read an authorization URL (or a session-login link) and audit it. Raises InputError."""
    from auditor.analyze import analyze
    from auditor.catalog import load_catalog
    from auditor.sources.url import read_url

    catalog = load_catalog()
    return analyze(read_url(url, catalog, source=source), catalog, purpose=purpose)


def audit_scopes(provider: str, scopes: str, *, purpose: str | None = None):
    """Audit a bare scope list for a provider, e.g. ``audit_scopes("github", "repo read:org")``."""
    from auditor.analyze import analyze
    from auditor.catalog import load_catalog
    from auditor.sources.url import read_scope_list

    catalog = load_catalog()
    return analyze(read_scope_list(provider, scopes, catalog), catalog, purpose=purpose)


def audit_request(request, *, purpose: str | None = None):
    """Audit an :class:`AuthorizationRequest` built by any source."""
    from auditor.analyze import analyze

    return analyze(request, purpose=purpose)


def __getattr__(name: str):
    if name in ("AuthorizationRequest", "Finding", "Report", "Severity"):
        from auditor import model

        return getattr(model, name)
    if name == "InputError":
        from auditor.errors import InputError

        return InputError
    if name == "load_catalog":
        from auditor.catalog import load_catalog

        return load_catalog
    raise AttributeError(f"module 'auditor' has no attribute {name!r}")
