"""The terminal report (rich): verdict first, then what the app sees, does and for how long.

Every untrusted string goes through :func:`auditor.render.safe.visible` and into a ``Text`` object,
so neither rich markup nor terminal escapes in a scope, client id or redirect URI are interpreted.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from auditor.model import Report, Severity
from auditor.render.safe import visible
from auditor.rules.exposure import sensitivity

LEVEL_STYLE = {"critical": "bold white on red", "high": "bold red", "medium": "bold yellow", "low": "bold cyan", "none": "bold green"}
SEVERITY_STYLE = {Severity.CRITICAL: "bold red", Severity.HIGH: "red", Severity.MEDIUM: "yellow", Severity.LOW: "cyan", Severity.INFO: "dim"}
ACCESS_WORDS = {
    "assert": "knows who you are",
    "read.self": "read",
    "read.selected": "read chosen items",
    "read.all": "read all",
    "write.create": "create",
    "write.modify": "change",
    "write.delete": "delete",
    "act.send": "send / post as you",
    "admin": "administer",
}
SENSITIVITY_WORDS = {"credential": "account takeover", "special": "sensitive (law)", "sensitive": "sensitive", "ordinary": "", "resource": "not personal data"}
SUBJECT_WORDS = {"third_party": "other people", "mixed": "you and others", "self": "you"}


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


def render_report(report: Report, catalog, console: Console) -> None:
    r = report.request
    risk = report.risk
    head = Text()
    head.append(f" {risk.level.upper()} ", style=LEVEL_STYLE[risk.level])
    head.append(f"  risk score {risk.score}/100", style="bold")
    console.print(head)
    console.print(Text(visible(_verdict_sentence(report), 600)))
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="dim", no_wrap=True)
    meta.add_column()
    if report.provider is not None:
        where = f"{r.host}{r.path}" if r.host else ""
        meta.add_row("Provider", Text(report.provider["name"] + (f"  ({visible(where, 120)})" if where else "")))
    elif r.host:
        meta.add_row("Provider", Text(f"not in the catalog ({visible(r.host, 120)})"))
    client = None
    if report.provider is not None:
        client = next((r.first(n) for n in report.provider["params"]["client_id"] if r.first(n) is not None), None)
    else:
        client = r.first("client_id")
    if client is not None:
        meta.add_row("App (client id)", Text(visible(client, 160)))
    redirect = r.first("redirect_uri")
    if redirect is not None:
        meta.add_row("Sends you back to", Text(visible(redirect, 200)))
    if report.purpose:
        meta.add_row("Declared purpose", Text(f"{report.purpose} — {catalog.purposes[report.purpose]['en']}"))
    console.print(meta)

    if r.kind == "session_login":
        login = next((x for x in catalog.session_logins if x["id"] == r.session_login_id), None)
        if login:
            _section(console, "What scanning this gives away")
            console.print(Text(login["what"]))
            if login.get("revoke"):
                _section(console, "If you already scanned it")
                console.print(Text(login["revoke"]))
        _findings(report, console)
        return

    if report.exposures:
        _section(console, "What the app can see and do")
        table = Table(box=None, padding=(0, 2, 0, 0), show_edge=False, header_style="bold")
        table.add_column("Data")
        table.add_column("Access")
        table.add_column("About")
        table.add_column("Sensitivity")
        table.add_column("Through")
        for e in report.exposures:
            cat = catalog.categories[e.category]
            kind = sensitivity(cat, e.category)
            sens = SENSITIVITY_WORDS[kind]
            if cat["cn"] == "S":
                sens = (sens + ", PIPL Art. 28").strip(", ")
            if cat["eu"] in ("SC", "A10"):
                sens = (sens + ", GDPR Art. 9" if cat["eu"] == "SC" else sens + ", GDPR Art. 10").strip(", ")
            style = "bold red" if kind == "credential" else ("red" if kind == "special" else ("yellow" if kind == "sensitive" else ""))
            table.add_row(
                Text(cat["en"], style=style),
                Text(", ".join(ACCESS_WORDS.get(a, a) for a in e.accesses)),
                Text(SUBJECT_WORDS[cat["subject"]] if not e.category.startswith("resource.") else "-"),
                Text(sens),
                Text(visible(", ".join(e.scopes), 160)),
            )
        console.print(table)

    _section(console, "For how long")
    if "offline" in report.modifiers:
        console.print(Text("Until you revoke it: the app gets a refresh token and keeps access while you are away.", style="yellow"))
    else:
        console.print(Text("While you use the app: no offline access is requested (access tokens expire, typically within an hour)."))

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
            line = Text("  ")
            line.append(visible(rs.scope, 120), style="bold")
            line.append(" → ")
            line.append(n["scope"], style="green")
            line.append(f"  (still: {n['still']})", style="dim")
            console.print(line)
        for rs in nones:
            line = Text("  ")
            line.append(visible(rs.scope, 120), style="bold")
            line.append(f": no narrower scope — {rs.entry['narrower_none']}", style="dim")
            console.print(line)

    if report.scopes:
        _section(console, "Scopes requested")
        table = Table(box=None, padding=(0, 2, 0, 0), show_header=False, show_edge=False)
        table.add_column(no_wrap=False)
        table.add_column()
        for rs in report.scopes:
            label = Text(visible(rs.scope, 200), style="bold")
            if rs.requested.group and rs.requested.group != "(none)":
                label.append(f" [{rs.requested.group}]", style="dim")
            if rs.known:
                desc = Text(rs.entry["title"])
                if rs.entry["provider_class"]:
                    desc.append(f"  ({rs.entry['provider_class']})", style="dim")
                if not rs.entry["verified"]:
                    desc.append("  [not verified at the source]", style="dim")
            else:
                desc = Text("unknown scope: not in the catalog", style="yellow")
            table.add_row(label, desc)
        console.print(table)

    if report.provider is not None:
        _section(console, "Where to revoke")
        console.print(Text(report.provider["revoke"]))
        console.print(Text(report.provider["revoke_note"] or "Revoking stops further access; it does not delete what the app already copied.", style="dim"))


def _findings(report: Report, console: Console) -> None:
    shown = report.findings
    _section(console, f"Findings ({len(shown)})")
    if not shown:
        console.print(Text("  none"))
        return
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column()
    for f in shown:
        msg = Text(f"{f.name}: ", style="dim")
        msg.append(visible(f.message, 600))
        table.add_row(Text(f"  {f.severity.label.upper()}", style=SEVERITY_STYLE[f.severity]), Text(f.rule, style="bold"), msg)
    console.print(table)


def render_explain(report: Report, console: Console) -> None:
    _section(console, "Score")
    if not report.risk.components:
        console.print(Text("  0 points: no finding adds to the score."))
    for c in report.risk.components:
        console.print(Text(f"  {c.points:>3}  {c.name}  ({', '.join(c.findings)})"))
    total = sum(c.points for c in report.risk.components)
    console.print(Text(f"  {report.risk.score:>3}  total" + (f" (sum {total}, capped at 100)" if total > 100 else "")))
    console.print(Text("  points per finding: critical 40, high 20, medium 8, low 3, info 0", style="dim"))


def _section(console: Console, title: str) -> None:
    console.print()
    console.print(Text(title, style="bold underline"))


def make_console(file=None, color: bool | None = None, width: int | None = None) -> Console:
    return Console(
        file=file, markup=False, highlight=False, emoji=False, soft_wrap=False,
        no_color=color is False, force_terminal=color if color else None, width=width,
    )


def render(reports: list[Report], catalog, *, color: bool | None = None, width: int | None = None, explain: bool = False) -> str:
    buf = io.StringIO()
    console = make_console(buf, color, width or 100)
    for i, report in enumerate(reports):
        if i:
            console.print(Text("─" * 40, style="dim"))
        render_report(report, catalog, console)
        if explain:
            render_explain(report, console)
    return buf.getvalue()
