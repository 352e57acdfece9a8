"""The terminal report (rich): verdict first, then what the app sees, does and for how long.

Every untrusted string goes through :func:`auditor.render.safe.visible` and into a ``Text`` object,
so neither rich markup nor terminal escapes in a scope, client id or redirect URI are interpreted.

Layout is indented blocks rather than rich tables: each block is wrapped once by rich (which knows
the cell width of CJK text) and printed with a hanging indent. Tables cost about 10 ms to lay out for
a typical report, more than the rest of the scan.
"""

from __future__ import annotations

import io

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from auditor import i18n
from auditor.fingerprint import app_name, client_id
from auditor.i18n import t
from auditor.model import Report, Severity
from auditor.render.safe import visible
from auditor.labels import legal_tags, sensitivity

LEVEL_STYLE = {"critical": "bold white on red", "high": "bold white on dark_orange3", "medium": "bold black on yellow", "low": "bold black on cyan", "none": "bold black on green"}
SEVERITY_STYLE = {Severity.CRITICAL: "bold red", Severity.HIGH: "red", Severity.MEDIUM: "yellow", Severity.LOW: "cyan", Severity.INFO: "dim"}
KIND_STYLE = {"credential": "bold red", "special": "red", "sensitive": "yellow", "ordinary": "", "resource": ""}
INDENT = 4


def _verdict_sentence(report: Report, lang: str = "en") -> str:
    top = [f for f in report.findings if f.severity >= Severity.LOW]
    if top:
        return _message(top[0], lang)
    cats = {e.category for e in report.exposures}
    if cats and cats <= {"account.identifier", "account.display_profile", "contact.email", "profile.name"}:
        return t("verdict_signin", lang)
    if not report.scopes:
        return t("verdict_no_scope", lang)
    return t("verdict_nothing", lang)


def _message(finding, lang: str) -> str:
    return finding.message_zh if lang == "zh" and finding.message_zh else finding.message


def _title(entry: dict, lang: str) -> str:
    """A scope's title; in Chinese, ``title_zh`` or, when the catalog has none, a fixed note (never
    the English sentence)."""
    if lang == "zh":
        return entry.get("title_zh") or t("no_title", lang)
    return entry["title"]


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




def render_report(report: Report, catalog, console: Console, lang: str = "en") -> None:
    r = report.request
    risk = report.risk
    zh = lang == "zh"
    head = Text()
    head.append(f" {i18n.level(risk.level, lang)} ", style=LEVEL_STYLE[risk.level])
    head.append(f"  {t('risk_score', lang)} {risk.score}/100", style="bold")
    console.print(head)
    _block(console, Text(visible(_verdict_sentence(report, lang), 600)), indent=0, hanging=0)

    console.print()
    if report.provider is not None:
        where = f"{r.host}{r.path}" if r.host else ""
        name = i18n.field(report.provider, "name", lang)
        _meta(console, t("provider", lang), name + (f" ({visible(where, 120)})" if where else ""), lang)
    elif r.host:
        _meta(console, t("provider", lang), t("provider_unknown", lang, host=visible(r.host, 120)), lang)
    name = app_name(report)
    if name is not None:
        _meta(console, t("app_name", lang), visible(name, 160), lang)
    client = client_id(report)
    if client is not None:
        _meta(console, t("client", lang), visible(client, 160), lang)
    redirect = r.first("redirect_uri")
    if redirect is not None:
        _meta(console, t("redirect", lang), visible(redirect, 200), lang)
    if report.purpose:
        profile = catalog.purposes[report.purpose]
        _meta(console, t("purpose", lang), f"{report.purpose}: {profile['zh' if zh else 'en']}", lang)
    if report.actors:
        _meta(console, t("who_acts", lang), ("；" if zh else "; ").join(i18n.actor(a, lang) for a in report.actors), lang)
    if r.audience:
        _meta(console, t("audience", lang), i18n.audience(r.audience, lang), lang)

    if r.kind == "session_login":
        login = next((x for x in catalog.session_logins if x["id"] == r.session_login_id), None)
        if login:
            _section(console, t("session_what", lang))
            _block(console, Text(i18n.field(login, "what", lang)))
            if login.get("revoke"):
                _section(console, t("session_revoke", lang))
                _block(console, Text(i18n.field(login, "revoke", lang)))
        _findings(report, console, lang)
        return

    if report.exposures:
        _section(console, t("exposure", lang))
        for e in report.exposures:
            cat = catalog.categories[e.category]
            kind = sensitivity(cat, e.category)
            line = Text("• ")
            line.append(cat["zh" if zh else "en"], style=KIND_STYLE[kind] or "bold")
            line.append(("：" if zh else ": ") + i18n.sep(lang).join(i18n.access(a, lang) for a in e.accesses))
            _block(console, line)
            about = [] if e.category.startswith("resource.") else [i18n.subject(cat["subject"], lang)]
            if kind == "credential":
                about.append(t("about_unlocks", lang))
            tags = legal_tags(cat, lang)
            if tags:
                about.append(tags)
            if e.category.startswith("resource."):
                about.append(t("about_not_personal", lang))
            glue = "；" if zh else "; "
            via = t("via", lang, scopes=visible(", ".join(e.scopes), 200))
            _block(console, Text(glue.join(about) + (glue if about else "") + via, style="dim"), indent=INDENT)

    _section(console, t("how_long", lang))
    params = report.provider["params"] if report.provider else {}
    persistent = params.get("persistent", "")
    if persistent and "non_expiring" in report.modifiers:
        why = (params.get("persistent_zh") or t("persistent_generic", lang)) if zh else persistent
        _block(console, Text(t("until_revoke_persistent", lang, why=why), style="yellow"))
    elif "offline" in report.modifiers:
        _block(console, Text(t("until_revoke_offline", lang), style="yellow"))
    else:
        _block(console, Text(t("while_using", lang)))

    _findings(report, console, lang)

    narrower = [(rs, n) for rs in report.scopes if rs.known for n in rs.entry["narrower"]]
    broad = {"read.all", "write.modify", "write.delete", "act.send", "admin"}
    nones = [
        rs for rs in report.scopes
        if rs.known and not rs.entry["narrower"] and rs.entry["narrower_none"] and any(g.access in broad for g in rs.grants)
    ]
    if narrower or nones:
        _section(console, t("narrower", lang))
        for rs, n in narrower:
            line = Text(visible(rs.scope, 100), style="bold")
            line.append(" → ")
            line.append(n["scope"], style="green")
            still = n.get("still_zh", "") if zh else n["still"]
            if still:
                line.append(("：" if zh else ": ") + t("still", lang, what=still), style="dim")
            _block(console, line)
        for rs in nones:
            line = Text(visible(rs.scope, 100), style="bold")
            why = "" if zh else rs.entry["narrower_none"]
            line.append(("：" if zh else ": ") + t("no_narrower", lang, why=why), style="dim")
            _block(console, line)

    if report.scopes:
        _section(console, t("scopes", lang))
        for rs in report.scopes:
            line = Text(visible(rs.scope, 200), style="bold")
            if rs.requested.group and rs.requested.group != "(none)":
                line.append(" " + t("group_scope", lang, group=rs.requested.group), style="dim")
            if rs.actor == "app":
                line.append(" " + t("acts_app_tag", lang), style="dim")
            line.append("  ")
            if rs.known:
                line.append(_title(rs.entry, lang))
                if not zh and rs.entry["provider_class"] and rs.entry["provider_class"] != "unclassified":
                    line.append(f" [{rs.entry['provider_class']}]", style="dim")
                if rs.entry["deprecated"]:
                    line.append(" " + t("deprecated", lang), style="dim")
                if rs.entry["verified"] is False:
                    line.append(" " + t("not_verified", lang), style="dim")
                elif rs.entry["verified"] == "name":
                    line.append(" " + t("name_only", lang), style="dim")
            else:
                line.append(t("unknown_scope", lang), style="yellow")
            _block(console, line)

    _carriers_section(report, console, lang)

    if report.provider is not None:
        _section(console, t("revoke", lang))
        _block(console, Text(i18n.field(report.provider, "revoke", lang)))
        if zh:
            note = report.provider.get("revoke_note_zh") or t("revoke_default_note", lang)
            if "不会删除" not in note:
                note += t("revoke_copied", lang)
        else:
            note = report.provider["revoke_note"] or t("revoke_default_note", lang)
        _block(console, Text(note, style="dim"))


def carrier_lines(report: Report, lang: str = "en") -> list[str]:
    """One line per carrier of permissions other than the scope (``claims``, ``authorization_details``,
    ``resource``, ``request_uri``, ``request``), as :func:`auditor.sources.url.carriers_of` read it.
    Untrusted values are made visible here."""
    from auditor.sources.url import carriers_of

    zh = lang == "zh"
    resources = {k.rstrip("/"): v for k, v in ((report.provider or {}).get("resources") or {}).items()}
    lines = []
    for c in carriers_of(report.request):
        note = (" (请求对象中，签名未经验证)" if zh else " (in the request object, signature not verified)") if c.get("view") == "request_object" else ""
        head = c["param"] + note
        if c["error"]:
            lines.append(f"{head}: " + ("无法读取：" if zh else "could not be read: ") + visible(c["error"], 160))
            continue
        if c["kind"] == "claims":
            for it in c["items"]:
                if "claim" not in it:
                    lines.append(f"{head}: " + ("未知成员 " if zh else "unknown members ") + ", ".join(visible(m, 40) for m in it["unknown_members"]))
                    continue
                text = f"{head}: {visible(it['claim'], 60)} ({', '.join(it['where'])})"
                if it.get("essential"):
                    text += " 必需" if zh else " essential"
                for key in ("value", "values"):
                    if key in it:
                        text += f" {key}={visible(it[key], 60)}"
                lines.append(text)
        elif c["kind"] == "authorization_details":
            for it in c["items"]:
                text = f"{c['param']}[{it['index']}]{note}: {visible(it['type'], 60)}"
                if "amount" in it or "creditor" in it:
                    amount = " ".join(x for x in (it.get("amount", ""), it.get("currency", "")) if x)
                    text += (" 付款 " if zh else " payment ") + visible(amount or "?", 40)
                    if it.get("creditor"):
                        text += (" 收款方 " if zh else " to ") + visible(it["creditor"], 60)
                for key in ("actions", "locations", "datatypes", "privileges"):
                    if it.get(key):
                        text += f"; {key} " + ", ".join(visible(v, 60) for v in it[key][:6])
                if it.get("identifier"):
                    text += f"; identifier {visible(it['identifier'], 60)}"
                lines.append(text)
        elif c["kind"] == "resource":
            res = c["items"][0]["resource"]
            api = resources.get(res.rstrip("/"), {}).get("name")
            lines.append(f"{head}: {visible(res, 120)}" + (f" ({visible(api, 60)})" if api else ""))
        elif c["kind"] == "request_uri":
            it = c["items"][0]
            where = ("已推送给平台：请求内容不在 URL 中" if zh else "pushed to the provider: the request is not in this URL") if it["pushed"] else ("平台从该地址获取请求" if zh else "the provider fetches the request from there")
            lines.append(f"{head}: {visible(it['reference'], 100)} ({where})")
        elif c["kind"] == "request_object":
            text = f"{head}: alg {visible(c.get('alg') or '-', 20)}, " + ("签名未经验证" if zh else "signature not verified")
            for it in c["items"]:
                text += f"; scope {visible(it['scope'], 120)}"
            lines.append(text)
    return lines


def _carriers_section(report: Report, console: Console, lang: str) -> None:
    lines = carrier_lines(report, lang)
    if not lines:
        return
    _section(console, "scope 之外的授权参数" if lang == "zh" else "Beyond the scope parameter")
    for line in lines:
        _block(console, Text(line))


def _meta(console: Console, label: str, value: str, lang: str = "en") -> None:
    width = max(18, cell_len(label) + 1)
    line = Text(label + " " * (width - cell_len(label)), style="dim")
    line.append(value)
    _block(console, line, indent=0, hanging=width)


def _findings(report: Report, console: Console, lang: str = "en") -> None:
    _section(console, t("findings", lang, n=len(report.findings)))
    if not report.findings:
        _block(console, Text(t("none", lang)))
        return
    for f in report.findings:
        label = i18n.level(f.severity.label, lang)
        line = Text(label + " " * max(1, 9 - cell_len(label)), style=SEVERITY_STYLE[f.severity])
        line.append(f.rule, style="bold")
        name = f.name_zh if lang == "zh" else f.name
        line.append(f" {name}", style="dim")
        _block(console, line)
        _block(console, Text(visible(_message(f, lang), 600)), indent=INDENT)


def render_explain(report: Report, console: Console, lang: str = "en") -> None:
    _section(console, t("score", lang))
    if not report.risk.components:
        _block(console, Text(t("score_zero", lang)))
    for c in report.risk.components:
        _block(console, Text(f"{c.points:>3}  {i18n.component(c.name, lang)} ({', '.join(c.findings)})"))
    from auditor.analyze import BANDS

    total = sum(c.points for c in report.risk.components)
    top = max((f.severity for f in report.findings), default=Severity.INFO)
    capped = t("score_capped", lang, total=total, top=BANDS[top][1], level=i18n.level(report.risk.level, lang) if lang == "zh" else report.risk.level) if total > report.risk.score else ""
    _block(console, Text(f"{report.risk.score:>3}  {t('score_total', lang)}{capped}", style="bold"))
    _block(console, Text(t("score_legend", lang), style="dim"))


def make_console(file=None, color: bool | None = None, width: int | None = None) -> Console:
    return Console(
        file=file, markup=False, highlight=False, emoji=False, soft_wrap=False,
        no_color=color is False, force_terminal=True if color else None, color_system="auto" if color else None,
        width=width, legacy_windows=False,
    )


def render(reports: list[Report], catalog, *, color: bool | None = None, width: int | None = None, explain: bool = False, lang: str = "en") -> str:
    buf = io.StringIO()
    console = make_console(buf, color, width or 100)
    for i, report in enumerate(reports):
        if i:
            console.print()
            console.print(Text("─" * min(60, console.width), style="dim"))
        render_report(report, catalog, console, lang)
        if explain:
            render_explain(report, console, lang)
    return buf.getvalue()
