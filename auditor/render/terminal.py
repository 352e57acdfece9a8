"""The terminal report (rich): verdict first, then what the app sees, does and for how long.

Every untrusted string goes through :func:`auditor.render.safe.visible` and into a ``Text`` object,
so neither rich markup nor terminal escapes in a scope, client id or redirect URI are interpreted.

Layout is indented blocks rather than rich tables: each block is wrapped once by rich (which knows
the cell width of CJK text) and printed with a hanging indent. Tables cost about 10 ms to lay out for
a typical report, more than the rest of the scan.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from auditor.model import Report, Severity
from auditor.render.safe import visible
from auditor.rules.exposure import legal_tags, sensitivity

LEVEL_STYLE = {"critical": "bold white on red", "high": "bold white on dark_orange3", "medium": "bold black on yellow", "low": "bold black on cyan", "none": "bold black on green"}
SEVERITY_STYLE = {Severity.CRITICAL: "bold red", Severity.HIGH: "red", Severity.MEDIUM: "yellow", Severity.LOW: "cyan", Severity.INFO: "dim"}
ACCESS_WORDS = {
    "assert": "knows who you are",
    "read.self": "read",
    "read.selected": "read items you choose",
    "read.all": "read all",
    "write.create": "create",
    "write.modify": "change",
    "write.delete": "delete",
    "act.send": "send or post as you",
    "admin": "administer",
}
SUBJECT_WORDS = {"third_party": "about other people", "mixed": "about you and others", "self": "about you"}
KIND_STYLE = {"credential": "bold red", "special": "red", "sensitive": "yellow", "ordinary": "", "resource": ""}
INDENT = 4


def _verdict_sentence(report: Report) -> str:
    top = [f for f in report.findings if f.severity >= Severity.LOW]
    if top:
        return top[0].message
    cats = {e.category for e in report.exposures}
    if cats and cats <= {"account.identifier", "account.display_profile", "contact.email", "profile.name"}:
        return "Sign-in only: the app learns who you are (and your name or e-mail address), nothing more."
    if not report.scopes:
        return "The request names no scope."
    return "No finding at or above low."


def _block(console: Console, text: Text, indent: int = 2, hanging: int = INDENT) -> None:
    """Print ``text`` wrapped to the console width, first line at ``indent``, the rest at ``hanging``."""
    width = max(20, console.width - hanging)
    lines = text.wrap(console, width)
    out = Text()
    for i, line in enumerate(lines):
        if i:
            out.append("\n")
        out.append(" " * (indent if i == 0 else hanging))
        out.append_text(line)
    console.print(out, no_wrap=True, crop=False, overflow="ignore")


def _section(console: Console, title: str) -> None:
    console.print()
    console.print(Text(title, style="bold underline"))


def _client_id(report: Report) -> str | None:
    names = report.provider["params"]["client_id"] if report.provider is not None else ["client_id"]
    return next((report.request.first(n) for n in names if report.request.first(n) is not None), None)


def render_report(report: Report, catalog, console: Console) -> None:
    r = report.request
    risk = report.risk
    head = Text()
    head.append(f" {risk.level.upper()} ", style=LEVEL_STYLE[risk.level])
    head.append(f"  risk score {risk.score}/100", style="bold")
    console.print(head)
    _block(console, Text(visible(_verdict_sentence(report), 600)), indent=0, hanging=0)

    console.print()
    if report.provider is not None:
        where = f"{r.host}{r.path}" if r.host else ""
        _meta(console, "Provider", report.provider["name"] + (f" ({visible(where, 120)})" if where else ""))
    elif r.host:
        _meta(console, "Provider", f"not in the catalog ({visible(r.host, 120)})")
    client = _client_id(report)
    if client is not None:
        _meta(console, "App (client id)", visible(client, 160))
    redirect = r.first("redirect_uri")
    if redirect is not None:
        _meta(console, "Sends you back to", visible(redirect, 200))
    if report.purpose:
        _meta(console, "Declared purpose", f"{report.purpose}: {catalog.purposes[report.purpose]['en']}")

    if r.kind == "session_login":
        login = next((x for x in catalog.session_logins if x["id"] == r.session_login_id), None)
        if login:
            _section(console, "What scanning this gives away")
            _block(console, Text(login["what"]))
            if login.get("revoke"):
                _section(console, "If you already scanned it")
                _block(console, Text(login["revoke"]))
        _findings(report, console)
        return

    if report.exposures:
        _section(console, "What the app can see and do")
        for e in report.exposures:
            cat = catalog.categories[e.category]
            kind = sensitivity(cat, e.category)
            line = Text("• ")
            line.append(cat["en"], style=KIND_STYLE[kind] or "bold")
            line.append(": " + ", ".join(ACCESS_WORDS.get(a, a) for a in e.accesses))
            _block(console, line)
            about = [] if e.category.startswith("resource.") else [SUBJECT_WORDS[cat["subject"]]]
            if kind == "credential":
                about.append("unlocks other accounts")
            tags = legal_tags(cat)
            if tags:
                about.append(tags)
            if e.category.startswith("resource."):
                about.append("not personal data itself")
            detail = Text("; ".join(about) + ("; " if about else "") + "via " + visible(", ".join(e.scopes), 200), style="dim")
            _block(console, detail, indent=INDENT)

    _section(console, "For how long")
    persistent = report.provider["params"]["persistent"] if report.provider else ""
    if persistent and r.kind in ("oauth", "scope_list"):
        _block(console, Text(f"Until you revoke it. {persistent}", style="yellow"))
    elif "offline" in report.modifiers:
        _block(console, Text("Until you revoke it: the app gets a refresh token and keeps access while you are away.", style="yellow"))
    else:
        _block(console, Text("While you use the app: no offline access is requested (access tokens expire, typically within an hour)."))

    _findings(report, console)

    narrower = [(rs, n) for rs in report.scopes if rs.known for n in rs.entry["narrower"]]
    broad = {"read.all", "write.modify", "write.delete", "act.send", "admin"}
    nones = [
        rs for rs in report.scopes
        if rs.known and not rs.entry["narrower"] and rs.entry["narrower_none"] and any(g.access in broad for g in rs.grants)
    ]
    if narrower or nones:
        _section(console, "Narrower alternatives")
        for rs, n in narrower:
            line = Text(visible(rs.scope, 100), style="bold")
            line.append(" → ")
            line.append(n["scope"], style="green")
            line.append(f": still {n['still']}", style="dim")
            _block(console, line)
        for rs in nones:
            line = Text(visible(rs.scope, 100), style="bold")
            line.append(f": no narrower scope. {rs.entry['narrower_none']}", style="dim")
            _block(console, line)

    if report.scopes:
        _section(console, "Scopes requested")
        for rs in report.scopes:
            line = Text(visible(rs.scope, 200), style="bold")
            if rs.requested.group and rs.requested.group != "(none)":
                line.append(f" ({rs.requested.group} scope)", style="dim")
            line.append("  ")
            if rs.known:
                line.append(rs.entry["title"])
                if rs.entry["provider_class"] and rs.entry["provider_class"] != "unclassified":
                    line.append(f" [{rs.entry['provider_class']}]", style="dim")
                if rs.entry["deprecated"]:
                    line.append(" [deprecated]", style="dim")
                if not rs.entry["verified"]:
                    line.append(" [not verified at the source]", style="dim")
            else:
                line.append("unknown scope: not in the catalog", style="yellow")
            _block(console, line)

    if report.provider is not None:
        _section(console, "Where to revoke")
        _block(console, Text(report.provider["revoke"]))
        note = report.provider["revoke_note"] or "Revoking stops further access; it does not delete what the app already copied."
        _block(console, Text(note, style="dim"))


def _meta(console: Console, label: str, value: str) -> None:
    line = Text(f"{label:<18}", style="dim")
    line.append(value)
    _block(console, line, indent=0, hanging=18)


def _findings(report: Report, console: Console) -> None:
    _section(console, f"Findings ({len(report.findings)})")
    if not report.findings:
        _block(console, Text("none"))
        return
    for f in report.findings:
        line = Text(f"{f.severity.label.upper():<8} ", style=SEVERITY_STYLE[f.severity])
        line.append(f.rule, style="bold")
        line.append(f" {f.name}", style="dim")
        _block(console, line)
        _block(console, Text(visible(f.message, 600)), indent=INDENT)


def render_explain(report: Report, console: Console) -> None:
    _section(console, "Score")
    if not report.risk.components:
        _block(console, Text("0 points: no finding adds to the score."))
    for c in report.risk.components:
        _block(console, Text(f"{c.points:>3}  {c.name} ({', '.join(c.findings)})"))
    total = sum(c.points for c in report.risk.components)
    _block(console, Text(f"{report.risk.score:>3}  total" + (f" (sum {total}, capped at 100)" if total > 100 else ""), style="bold"))
    _block(console, Text("A finding adds 40 (critical), 20 (high), 8 (medium), 3 (low) or 0 (info) points to its component; a whole-session login (OA501) adds 100.", style="dim"))


def make_console(file=None, color: bool | None = None, width: int | None = None) -> Console:
    return Console(
        file=file, markup=False, highlight=False, emoji=False, soft_wrap=False,
        no_color=color is False, force_terminal=True if color else None, color_system="auto" if color else None,
        width=width, legacy_windows=False,
    )


def render(reports: list[Report], catalog, *, color: bool | None = None, width: int | None = None, explain: bool = False) -> str:
    buf = io.StringIO()
    console = make_console(buf, color, width or 100)
    for i, report in enumerate(reports):
        if i:
            console.print()
            console.print(Text("─" * min(60, console.width), style="dim"))
        render_report(report, catalog, console)
        if explain:
            render_explain(report, console)
    return buf.getvalue()
