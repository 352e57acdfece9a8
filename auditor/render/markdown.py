"""The Markdown report: for pull-request comments and CI job summaries (``--format markdown``).

Every untrusted string (scope, client id, redirect URI, file path, message that embeds them) is made
inert before it reaches the page: control and bidi characters are shown escaped by
:func:`auditor.render.safe.visible`, then Markdown and HTML metacharacters are backslash-escaped or
entity-encoded, so a scope named ``<img src=x onerror=…>`` or ``**SAFE**`` or ``[x](javascript:…)``
prints as those characters. Table cells also escape ``|`` and never contain a newline.
"""

from __future__ import annotations

from auditor import i18n
from auditor.fingerprint import app_name, client_id
from auditor.i18n import t
from auditor.model import Report
from auditor.render.safe import visible

_MD_SPECIAL = set("\\`*_{}[]()#+-.!|~>")


def md(text: object, limit: int = 300) -> str:
    """Inert Markdown inline text: no markup, no HTML, no line break."""
    out = []
    for ch in visible(str(text), limit):
        if ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "&":
            out.append("&amp;")
        elif ch == "@":
            out.append("@&#8203;")  # a zero-width space after "@": "@user" and "@org/team" stay text, not mentions
        elif ch in _MD_SPECIAL:
            out.append("\\" + ch)
        elif ch in "\r\n":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def code(text: object, limit: int = 200) -> str:
    """Inline code, for scope names: backticks in the text are replaced (a code span cannot escape
    them), the rest is literal inside the span."""
    shown = visible(str(text), limit).replace("`", "'").replace("\n", " ").replace("|", "\\|")
    return f"`{shown}`" if shown else "``"


_LEVEL_MARK = {"critical": "🟥", "high": "🟧", "medium": "🟨", "low": "🟦", "none": "🟩"}


def _message(finding, lang: str) -> str:
    return finding.message_zh if lang == "zh" and finding.message_zh else finding.message


def _where(report: Report) -> str:
    r = report.request
    if r.url:
        return f"{r.host}{r.path}" if r.host else r.url
    return r.source


def render(reports: list[Report], catalog, *, lang: str = "en") -> str:
    zh = lang == "zh"
    lines = [f"## {t('report_title', lang)}", ""]
    top = max((rep.risk.level for rep in reports), key=lambda lv: ["none", "low", "medium", "high", "critical"].index(lv), default="none")
    lines += [t("md_summary", lang, n=len(reports), level=i18n.level(top, lang)), ""]
    for rep in reports:
        risk = rep.risk
        provider = i18n.field(rep.provider, "name", lang) if rep.provider else ""
        title = f"{_LEVEL_MARK[risk.level]} **{i18n.level(risk.level, lang)}** · {t('risk_score', lang)} {risk.score}/100"
        lines += [f"### {title}", ""]
        lines.append(f"- {t('md_source', lang)}: {code(rep.request.source, 200)}")
        if provider:
            lines.append(f"- {t('provider', lang)}: {md(provider)} ({code(_where(rep), 160)})")
        name = app_name(rep)
        if name is not None:
            lines.append(f"- {t('app_name', lang)}: {md(name, 160)}")
        client = client_id(rep)
        if client is not None:
            lines.append(f"- {t('client', lang)}: {code(client, 160)}")
        redirect = rep.request.first("redirect_uri")
        if redirect is not None:
            lines.append(f"- {t('redirect', lang)}: {code(redirect, 200)}")
        if rep.purpose:
            profile = catalog.purposes[rep.purpose]
            lines.append(f"- {t('purpose', lang)}: {code(rep.purpose)} {md(profile['zh' if zh else 'en'])}")
        if rep.actors:
            lines.append(f"- {t('who_acts', lang)}: " + ("；" if zh else "; ").join(md(i18n.actor(a, lang)) for a in rep.actors))
        if rep.request.audience:
            lines.append(f"- {t('audience', lang)}: {md(i18n.audience(rep.request.audience, lang))}")
        lines.append("")

        if rep.exposures:
            lines += [f"**{t('exposure', lang)}**", "", f"| {t('md_category', lang)} | {t('md_access', lang)} | {t('md_scope', lang)} |", "|---|---|---|"]
            for e in rep.exposures:
                cat = catalog.categories[e.category]
                accesses = i18n.sep(lang).join(i18n.access(a, lang) for a in e.accesses)
                scopes = ", ".join(code(s, 80) for s in e.scopes[:6]) + (f" (+{len(e.scopes) - 6})" if len(e.scopes) > 6 else "")
                lines.append(f"| {md(cat['zh' if zh else 'en'])} | {md(accesses)} | {scopes} |")
            lines.append("")

        lines.append(f"**{t('findings', lang, n=len(rep.findings))}**")
        lines.append("")
        if rep.findings:
            lines += [f"| {t('md_severity', lang)} | {t('md_rule', lang)} | {t('md_message', lang)} |", "|---|---|---|"]
            for f in rep.findings:
                lines.append(f"| {md(i18n.level(f.severity.label, lang))} | {md(f.rule)} | {md(_message(f, lang), 600)} |")
        else:
            lines.append(t("none", lang))
        lines.append("")

        if rep.scopes:
            lines += [f"<details><summary>{md(t('scopes', lang))} ({len(rep.scopes)})</summary>", ""]
            lines += [f"| {t('md_scope', lang)} | {t('md_meaning', lang)} |", "|---|---|"]
            for rs in rep.scopes:
                if rs.known:
                    meaning = (rs.entry.get("title_zh") or t("no_title", lang)) if zh else rs.entry["title"]
                else:
                    meaning = t("unknown_scope", lang)
                lines.append(f"| {code(rs.scope, 120)} | {md(meaning, 300)} |")
            lines += ["", "</details>", ""]
        if rep.provider is not None:
            lines.append(f"**{t('revoke', lang)}**: {md(i18n.field(rep.provider, 'revoke', lang), 600)}")
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"






def render_check(result, catalog, *, lang: str = "en", notes: list | None = None) -> str:
    """The ``check`` summary for a pull-request comment or a job summary: one table of the findings
    that count (the run's active findings: not ignored, baselined or pre-existing), then the files
    that could not be read. ``result``: a :class:`auditor.results.Run`."""
    zh = lang == "zh"
    rows = [(-int(it.severity), it.where, it.finding) for it in result.active]
    rows.sort(key=lambda r: (r[0], r[1], r[2].rule))
    lines = [f"## {t('report_title', lang)}", "", result.summary(lang), ""]
    if rows:
        lines += [f"| {t('md_severity', lang)} | {t('md_rule', lang)} | {t('md_source', lang)} | {t('md_message', lang)} |", "|---|---|---|---|"]
        for _, where, f in rows:
            lines.append(f"| {md(i18n.level(f.severity.label, lang))} | {md(f.rule)} | {code(where, 160)} | {md(_message(f, lang), 600)} |")
        lines.append("")
    if result.errors:
        lines.append("**" + ("无法读取的文件" if zh else "Files that could not be read") + "**")
        lines.append("")
        for path, message in result.errors:
            lines.append(f"- {code(path, 160)}: {md(message, 400)}")
        lines.append("")
    if notes:
        lines.append("**" + ("未审计或门槛被放宽" if zh else "Not audited, or the gate lowered") + "**")
        lines.append("")
        for _, path, message in notes:
            lines.append(f"- {code(path or 'oauth-audit', 160)}: {md(message, 400)}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
