"""GitHub Actions annotations: one workflow command per finding, for ``--format github``.

Each finding becomes one line, ``::error file=F,line=L,col=C,title=T::message`` (``error`` for
critical and high, ``warning`` for medium, ``notice`` for low and info). ``file``, ``line`` and
``col`` are given only when the finding was read from a file (a manifest); a finding about a URL
given directly is a job-level annotation, and its message names the request's source and endpoint.

Every string from the input is attacker-controlled (a scope, a client id, a file name). The runner
reads stdout line by line and obeys any line that starts with ``::``, so a newline in a scope followed
by ``::stop-commands::x`` or ``::add-mask::`` would be a command of its own. Two layers keep each
annotation on its line:

1. :func:`auditor.render.safe.visible` turns every control, bidirectional and invisible character
   (CR, LF, ESC, U+2028, U+202E, ...) into a visible escape such as ``\\x0a``;
2. the toolkit's own escaping (``actions/toolkit``, ``packages/core/src/command.ts``): in the message
   ``%`` -> ``%25``, CR -> ``%0D``, LF -> ``%0A``; in property values also ``:`` -> ``%3A`` and
   ``,`` -> ``%2C``. A literal ``%0A`` in the input becomes ``%250A`` and is shown as typed.

Only active findings are annotated (not ignored, baselined or pre-existing: :mod:`auditor.results`
decides), ordered by severity, highest first (then in report order), because the runner shows only
the first few annotations of each kind per step.
"""

from __future__ import annotations

from auditor.fingerprint import app_name, artifact_path, finding_location, finding_source
from auditor.model import Finding, Report, Severity
from auditor.render.safe import visible
from auditor.results import as_run

COMMAND = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "notice",
    Severity.INFO: "notice",
}
MAX_MESSAGE = 2000


def escape_data(text: str) -> str:
    """A workflow command's message, escaped as the toolkit's ``escapeData`` does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value, escaped as the toolkit's ``escapeProperty`` does."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, properties: dict[str, object] | None = None) -> str:
    """One workflow command line (no newline). Empty or None properties are left out, as the toolkit
    does; every value goes through :func:`visible` and :func:`escape_property`, the message through
    :func:`visible` and :func:`escape_data`."""
    props = ",".join(
        f"{key}={escape_property(visible(str(value), MAX_MESSAGE))}"
        for key, value in (properties or {}).items()
        if value is not None and value != ""
    )
    return f"::{name}{' ' + props if props else ''}::{escape_data(visible(message, MAX_MESSAGE))}"


def annotation(report: Report, finding: Finding, root: str | None = None, item=None) -> str:
    """The workflow command for one finding (``item``: its :class:`auditor.results.Item`, which
    already knows its path and location)."""
    if item is not None:
        path, loc = item.path, item.location
    else:
        path = artifact_path(finding_source(report, finding), root)
        loc = finding_location(report, finding)
    props: dict[str, object] = {}
    message = finding.message
    name = app_name(report)
    if name is not None:
        message = f"{message} (app: {name})"
    if path is not None:
        props["file"] = path
        if loc is not None and isinstance(loc.line, int) and loc.line >= 1:
            props["line"] = loc.line
            if isinstance(loc.column, int) and loc.column >= 1:
                props["col"] = loc.column
    else:
        r = report.request
        where = f"{r.host}{r.path}" if r.host else (r.provider_id or "")
        message = f"{message} ({r.source}{': ' + where if where else ''})"
    props["title"] = f"{finding.rule} {finding.name} ({finding.severity.label})"
    return command(COMMAND[finding.severity], message, props)


def render(run, catalog=None, *, root: str | None = None) -> str:
    """One annotation line per active finding (a :class:`auditor.results.Run`, or a list of reports
    taken as a scan), highest severity first; then a warning per file not audited and per notice of
    the run. ``catalog`` is accepted for the renderers' common signature and not used; ``root`` as in
    :func:`auditor.fingerprint.artifact_path` (for a list of reports)."""
    run = as_run(run, root)
    items = sorted(run.active, key=lambda it: -it.severity)  # stable: report order within a severity
    out = [annotation(it.report, it.finding, item=it) + "\n" for it in items]
    out += [command("warning", message, {"file": path, "title": "oauth-audit: file not audited"}) + "\n" for path, message in run.errors]
    out += [
        command("warning", message, {"file": path, "title": "oauth-audit: not audited" if kind == "excluded" else "oauth-audit: gate lowered"}) + "\n"
        for kind, path, message in run.notes
    ]
    return "".join(out)
