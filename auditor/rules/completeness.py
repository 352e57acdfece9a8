"""OA7xx: audit completeness — what a limit kept the audit from reading is a finding of its own."""

from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time: it costs milliseconds on every cold start

from auditor.model import AuthorizationRequest, Location, Severity
from auditor.rules import rule

if TYPE_CHECKING:
    from typing import Iterator

    from auditor.model import Finding

    from auditor.rules import RuleContext

KIND = "incomplete"


def incomplete(source: str, message: str, message_zh: str, at: str = "") -> AuthorizationRequest:
    """A request that stands for input a limit stopped us reading (or could not vouch for): its
    report carries OA701 and so can never be clean. ``message`` says what was examined, of how
    much, and which limit applied (``"not fully audited: 3 of 5 lines examined; …"``); ``at``: the
    ``LINE:COLUMN`` in ``source`` of the first thing not read, when there is one."""
    params = (("incomplete", message), ("incomplete_zh", message_zh)) + ((("incomplete_at", at),) if at else ())
    return AuthorizationRequest(source, KIND, "", "", "", "", None, False, params, ())


def _at(source: str, value: str | None) -> Location | None:
    line, _, column = (value or "").partition(":")
    return Location(source, None, int(line), int(column)) if line.isdigit() and column.isdigit() else None


@rule("OA701", "not-fully-audited", Severity.HIGH, "not fully audited", name_zh="未完整审计")
def not_fully_audited(ctx: RuleContext) -> Iterator[Finding]:
    """Part of the input was not examined: a limit stopped reading it, or a decoder cannot vouch for it.

    ## What it detects
    Input the tool had to leave unread or could not be sure to have read in full: lines or HTTP
    Archive entries over their size limit in `--batch`, `--har` and `--log`, images that hold a
    flood of QR codes (a decoder can miss codes in dense grids, so one dangerous code among decoys
    cannot be ruled out), and manifests written as code (`manifest.ts`, `wxt.config.ts`) or filled in
    at build time (Plasmo's `$VARIABLE`) where a value that names what the app asks for is computed
    (`permissions: [...base]`, `scopes: SCOPES`): code is read, never run, so such a value is unknown.
    The finding says how much was examined, of how much, and which limit applied, or which values
    were not read and where.

    ## Why it matters
    A security tool that stops reading at a limit and then reports the rest as clean fails open: an
    attacker only has to put the dangerous request past the limit, or among 400 harmless QR codes.
    This finding keeps such a verdict at high, so the default `--fail-on high` still fails.

    ## What to do instead
    Audit the skipped part separately (split the file, crop the image to the code you were asked to
    scan), or raise the limit where the tool offers it. In a manifest written as code, write the
    permissions and scopes as literal strings, or audit the manifest the build writes out
    (`dist/manifest.json`). Never treat a report with this finding as clean.

    ## Basis
    - Fail-closed design: a limit must never produce a clean verdict (docs/security.md)
    """
    if ctx.request.kind != KIND:
        # A request read in part (a manifest written as code, some of whose values are computed)
        # carries what was not read as the same parameters.
        ats = ctx.request.values("incomplete_at")
        for i, (message, zh) in enumerate(zip(ctx.request.values("incomplete"), ctx.request.values("incomplete_zh"))):
            yield ctx.finding(Severity.HIGH, message, zh=zh, at=_at(ctx.request.source, ats[i] if i < len(ats) else None))
        return
    message = ctx.request.first("incomplete") or "not fully audited"
    zh = ctx.request.first("incomplete_zh") or "未完整审计"
    yield ctx.finding(Severity.HIGH, message, zh=zh, at=_at(ctx.request.source, ctx.request.first("incomplete_at")))
