"""The results layer: between analysis and rendering, one record per finding and one decision.

``scan`` and ``check`` both turn their reports into a :class:`Run`. Each finding becomes one
:class:`Item` holding its fingerprint (unique within the run, see :func:`auditor.fingerprint.fingerprints`),
where it was read, and one **status**:

* ``active`` — counts: shown by every format and considered by the gate;
* ``ignored`` — accepted by the declaration's ``[[ignore]]``, an inline comment, or left out by an
  exclude glob or a ``.gitignore`` (the reason says which);
* ``baselined`` — recorded in the ``--baseline`` file;
* ``pre-existing`` — already present at the ``--since`` revision.

The run also decides what is *shown* (``--min-severity``; a finding that fails the gate is always
shown) and owns the highest severity and the exit code. Renderers only print these decisions: a
format never decides on its own whether a finding counts. ``FORMATS`` in :mod:`auditor.ci.commands`
and the scan command pick the renderer; each takes the run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from auditor.fingerprint import (
    artifact_path,
    finding_source,
    fingerprints,
    legacy_fingerprint,
    scope_locations,
)
from auditor.model import Finding, Location, Report, Severity

ACTIVE, IGNORED, BASELINED, PREEXISTING = "active", "ignored", "baselined", "pre-existing"
STATUSES = (ACTIVE, IGNORED, BASELINED, PREEXISTING)

# Exit codes, decided by Run.exit_code for every format alike.
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_NOTHING = 0, 1, 2, 3
FAIL_ON = ("info", "low", "medium", "high", "critical", "never")


class Item(NamedTuple):
    """One finding of a run. ``location``: where its scope was read (None for a finding about the
    whole request); ``source``: the file or input it was read from; ``path``: that source as an
    artifact path (relative to the run's root), None when it is not a file; ``legacy``: its v1
    fingerprint (only to honour baselines written before v2)."""

    report: Report
    finding: Finding
    fingerprint: str
    status: str
    reason: str
    location: Location | None
    source: str
    path: str | None
    legacy: str

    @property
    def severity(self) -> Severity:
        return self.finding.severity

    @property
    def where(self) -> str:
        """``source:line:column`` as the terminal and Markdown print it."""
        loc = self.location
        if loc is not None and loc.line:
            return f"{self.source}:{loc.line}" + (f":{loc.column}" if loc.column else "")
        return self.source


def threshold(fail_on: str | None) -> Severity | None:
    """The gate's severity for a ``--fail-on`` value; None for ``never``."""
    return None if fail_on in (None, "never") else Severity.parse(fail_on)


def decide_exit(failing: bool, errors: bool = False, nothing: bool = False) -> int:
    """The exit code of every command that audits: 1 when an active finding reaches the gate; else
    2 when input could not be read (fail closed: what was not read cannot be passed); else 3 when
    there was nothing to audit; else 0. :meth:`Run.exit_code` and ``scan --batch/--har/--log`` (which
    keeps no run of every line, only its gravest finding) both decide through this one function."""
    if failing:
        return EXIT_FINDINGS
    if errors:
        return EXIT_ERROR
    if nothing:
        return EXIT_NOTHING
    return EXIT_OK


class Run:
    """The reports of one invocation and every decision about their findings.

    ``items``: every finding, in report then finding order; ``shown``: those every format prints
    (at or above the display threshold); ``active``: shown and counting. ``hidden_below``: how many
    findings ``--min-severity`` left out (they are in no format). ``errors``: ``(path, message)`` of
    files that could not be read; ``notes``: ``(kind, path, message)`` of what was not audited.
    ``compared``: whether a baseline or a ``--since`` revision was compared against (SARIF then
    writes ``baselineState``)."""

    def __init__(
        self, reports: list[Report], items: list[Item], *, fail_on: str | None = "high", min_severity: str | None = None,
        errors: Iterable[tuple[str, str]] = (), notes: Iterable[tuple[str, str, str]] = (), files: int | None = None,
        excluded: tuple = (), declaration=None, compared: bool = False, rules: dict | None = None,
    ) -> None:
        self.reports = reports
        self.items = items
        self.fail_on = fail_on
        self.gate = threshold(fail_on)
        show_from = Severity.parse(min_severity) if min_severity else Severity.INFO
        if self.gate is not None and self.gate < show_from:
            show_from = self.gate  # what can fail the gate is always shown
        self.show_from = show_from
        self.shown = [it for it in items if it.severity >= show_from]
        self.active = [it for it in self.shown if it.status == ACTIVE]
        self.hidden_below = len(items) - len(self.shown)
        self.errors = list(errors)
        self.notes = list(notes)
        self.files = files
        self.excluded = excluded
        self.declaration = declaration
        self.compared = compared
        if rules is None:
            from auditor.rules import REGISTRY, load_rules

            load_rules()
            rules = {rid: REGISTRY[rid] for rid in sorted({it.finding.rule for it in items}) if rid in REGISTRY}
        self.rules = rules

    @property
    def failing(self) -> list[Item]:
        """Active findings at or above the gate."""
        if self.gate is None:
            return []
        return [it for it in self.active if it.severity >= self.gate]

    def counts(self) -> dict[str, int]:
        """How many shown findings have each status."""
        out = dict.fromkeys(STATUSES, 0)
        for it in self.shown:
            out[it.status] += 1
        return out

    @property
    def audited_requests(self) -> list[Report]:
        """The reports of requests that were audited (not left out by an exclude or a .gitignore)."""
        skipped = {path for path, _, _ in self.excluded}
        return [r for r in self.reports if r.request.source not in skipped]

    @property
    def nothing_to_audit(self) -> bool:
        return not self.audited_requests and not self.errors

    def summary(self, lang: str = "en") -> str:
        """The closing count every human-facing format prints: requests and files audited, findings by
        status, what ``--min-severity`` hid, files that could not be read. Only our own words and
        numbers: safe as Markdown prose as it is."""
        counts = self.counts()
        requests = self.audited_requests
        audited = len({r.request.source for r in requests})
        if lang == "zh":
            parts = [f"审计了 {audited} 个文件中的 {len(requests)} 个请求：{counts['active']} 个问题"]
            for key, label in (("ignored", "已忽略"), ("baselined", "在基线中"), ("pre-existing", "早已存在")):
                if counts[key]:
                    parts.append(f"{counts[key]} 个{label}")
            if self.hidden_below:
                parts.append(f"{self.hidden_below} 个低于 --min-severity {self.show_from.label} 未显示")
            parts.append(f"{len(self.errors)} 个文件无法读取")
            return "，".join(parts) + "。"
        parts = [f"{len(requests)} request(s) in {audited} file(s): {counts['active']} finding(s) shown"]
        for key in ("ignored", "baselined", "pre-existing"):
            if counts[key]:
                parts.append(f"{counts[key]} {key}")
        if self.hidden_below:
            parts.append(f"{self.hidden_below} below --min-severity {self.show_from.label} not shown")
        parts.append(f"{len(self.errors)} file(s) could not be read")
        return ", ".join(parts) + "."

    def exit_code(self) -> int:
        """1 when an active finding reaches the gate; else 2 when a file or folder could not be read
        (fail closed: what was not read cannot be passed; exclude it in the declaration to accept
        that); else 3 when there was nothing to audit at all; else 0."""
        return decide_exit(bool(self.failing), bool(self.errors), self.nothing_to_audit)


Decide = Callable[[list[Item]], list[tuple[str, str]]]


def build(reports: list[Report], *, root: str | None = None, decide: Decide | None = None, legacy: bool = False, **kwargs) -> Run:
    """The run of ``reports``. ``decide(items)`` returns each item's ``(status, reason)``, in order; it
    is given every item of the run at once (a rule such as "a v1 baseline entry matches one finding
    only" needs them all). Without it every finding is active (a scan). ``legacy``: also compute the v1
    fingerprints (for a baseline). ``root`` as in :func:`auditor.fingerprint.artifact_path`. Other
    keyword arguments go to :class:`Run`."""
    pairs = [(r, f) for r in reports for f in r.findings]
    index: dict[int, dict] = {}
    locations = []
    for report, finding in pairs:
        scopes = index.get(id(report))
        if scopes is None:
            scopes = index[id(report)] = scope_locations(report)
        locations.append(finding.at or (scopes.get(finding.scope) if finding.scope else None))
    fps = fingerprints(pairs, root, locations)
    items: list[Item] = []
    for (report, finding), fp, loc in zip(pairs, fps, locations):
        source = finding_source(report, finding, loc)
        old = legacy_fingerprint(report, finding, root, loc) if legacy else ""
        items.append(Item(report, finding, fp, ACTIVE, "", loc, source, artifact_path(source, root), old))
    if decide is not None:
        items = [it._replace(status=status, reason=reason) for it, (status, reason) in zip(items, decide(items))]
    return Run(reports, items, **kwargs)


def as_run(reports_or_run, root: str | None = None, suppressed: dict | None = None) -> Run:
    """A renderer's input: a :class:`Run`, or a list of reports taken as a scan: every finding active
    and shown, except those whose fingerprint ``suppressed`` maps to a reason (ignored); paths
    relative to ``root``."""
    if isinstance(reports_or_run, Run):
        return reports_or_run
    def marked(item: Item) -> tuple[str, str]:
        return (IGNORED, suppressed[item.fingerprint] or "") if item.fingerprint in suppressed else (ACTIVE, "")

    return build(list(reports_or_run), root=root, decide=(lambda items: [marked(it) for it in items]) if suppressed else None, fail_on=None)
