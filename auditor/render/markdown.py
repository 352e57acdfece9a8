"""The Markdown report: for pull-request comments and CI job summaries (``--format markdown``).

Written for GitHub's renderer (cmark-gfm and the filters GitHub runs after it), so that the page
shows every value exactly as the request wrote it (after :func:`auditor.render.safe.visible`) and
nothing in a value becomes markup, HTML, a link, a mention or an issue reference:

- :func:`code`: an untrusted value (scope, URL, path, client id, app name) as a code span, where
  every character is literal. The fence is one backtick longer than the longest run of backticks in
  the value, with a space inside each end where the value starts or ends with a backtick or a space
  (CommonMark strips one space from each end). A ``|`` would end a table cell even inside a code
  span, and its ``\\|`` escape shows its backslash outside tables, so a ``|`` stands between two code
  spans as ``\\|``, which renders ``|`` in a table cell and in prose alike.
- :func:`md`: text that embeds untrusted values (a finding's message, a reader's error): each run of
  ASCII characters (between spaces and non-ASCII characters) that holds anything but letters, digits
  and plain punctuation (a ``:``, ``@``, ``#``, ``*``, ``_``, ``<``, ``&``, backslash...), or spells
  a ``www.`` address, ``GH-1`` or a commit hash, goes into a code span, without the sentence's
  punctuation around it; the rest stays prose as it is, unescaped.
- :func:`prose`: our own text (catalog titles, headings, revocation instructions): the few
  characters that are markup anywhere in a line are backslash-escaped, ``<`` and entity-like ``&``
  encoded, ``@`` and ``#`` before a name or number broken by a zero-width space entity; its
  ``http(s)://`` URLs become ``<…>`` autolinks, the only links the report makes, and other addresses
  (``chrome://extensions``) code.

Control characters and newlines never reach the page: :func:`visible` shows them escaped, and no
output starts a block (list, heading, quote) at the start of a line: a backslash escapes it. tests/test_markdown.py renders the
real output with cmark-gfm and checks the HTML.
"""

from __future__ import annotations

import re
from html import escape as html_escape

from auditor import i18n
from auditor.fingerprint import app_name, client_id
from auditor.i18n import t
from auditor.model import Report
from auditor.render.safe import has_unsafe, visible

_BACKTICKS = re.compile(r"`+")


def _span(text: str) -> str:
    """One code span holding exactly ``text`` (not empty, no ``|``, no newline)."""
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(text)), default=0) + 1)
    if text.strip(" ") and (text[0] in "` " or text[-1] in "` "):
        text = f" {text} "
    return f"{fence}{text}{fence}"


def _spans(text: str) -> str:
    """``text`` as code spans, with ``\\|`` for each ``|`` between them."""
    return "\\|".join(_span(part) if part else "" for part in text.split("|"))


def code(text: object, limit: int = 200) -> str:
    """An untrusted value as inline code, in prose or in a table cell: rendered, it reads exactly
    ``visible(text, limit)``, with every character but ``|`` inside code. CommonMark has no empty
    code span: an empty value is a code span holding one space."""
    shown = visible(str(text), limit)
    return _spans(shown) if shown else "` `"


# The ASCII characters that are never markup in the middle of a line, on GitHub or in CommonMark:
# with no "[", "<", "*", "_", "~", "`", "\\", "|", "&", "$" (math) there is no link, emphasis, code
# or HTML to close or open, and without ":", "@" and "#" no autolink, emoji, mention or reference.
_PLAIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789,.;!?'\"()/%+=-")
# Plain characters that GitHub still links: a www. address, GH-123, a commit hash.
_LINKED = re.compile(r"(?i)www\.|(?<![a-z0-9])gh-\d|(?<![a-z0-9])(?=[0-9]*[a-f])[0-9a-f]{7,}(?![a-z0-9])")
_RUN = re.compile(r"[!-~]+")  # a run of ASCII characters but the space: the unit md() judges
_LEADING = "(\"'"
_TRAILING = ".,;:!?\"')"
# What would start a block at the start of a line: a list, a heading, a quote, a setext underline.
_BLOCK_START = re.compile(r"^(?:[-+=#>*]|\d{1,9}[.)])")


def _run(run: str) -> str:
    start, end = 0, len(run)
    while start < end and run[start] in _LEADING:
        start += 1
    while end > start and run[end - 1] in _TRAILING:
        if run[end - 1] == ")" and run.count("(", start, end) >= run.count(")", start, end):
            break  # a closing parenthesis that belongs to the value: "foo(bar)"
        end -= 1
    core = run[start:end]
    if not core or (_PLAIN.issuperset(core) and not _LINKED.search(run, start)):  # "www." with its dot
        return run  # trailing ":" and "!" stand alone here: no emoji name, no image
    return run[:start] + _spans(core) + run[end:]


def _no_block(text: str) -> str:
    """Backslash-escape what would make the text a list, heading or quote at the start of a line."""
    m = _BLOCK_START.match(text)
    if not m:
        return text
    return text[: m.end() - 1] + "\\" + text[m.end() - 1 :]


def md(text: object, limit: int = 300) -> str:
    """Text that may embed untrusted values, as inert Markdown inline text: rendered, it reads
    exactly ``visible(text, limit)``; no markup, HTML, link, mention, reference or line break."""
    return _no_block(_RUN.sub(lambda m: _run(m.group()), visible(str(text), limit)))


_PROSE_ESCAPE = re.compile(r"[\\`*_\[\]~$|]|<|&(?=#?[A-Za-z0-9]+;)|@(?=[A-Za-z0-9])|#(?=\d)")
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")


def _prose_part(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        ch = m.group()
        if ch == "<":
            return "&lt;"
        if ch == "&":
            return "&amp;"
        if ch in "@#":
            return ch + "&#8203;"  # a zero-width space: "@user" and "#123" stay text, not a mention or reference
        return "\\" + ch

    return _PROSE_ESCAPE.sub(one, text)


def prose(text: object, limit: int = 600) -> str:
    """Our own text (never a value from the request) as Markdown prose: markup characters escaped,
    each ``http(s)://`` URL an autolink, any other address (``chrome://extensions``) code. It goes
    through :func:`visible` only if it holds a control or invisible character (our own text holds
    none) or is longer than ``limit``: visible() also breaks the verdict's words ("risk score"),
    which our headings spell."""
    shown = str(text)
    if has_unsafe(shown) or len(shown) > limit:
        shown = visible(shown, limit)
    out, pos = [], 0
    for m in _URL.finditer(shown):
        url = m.group()
        while url[-1] in _TRAILING and not (url[-1] == ")" and url.count("(") >= url.count(")")):
            url = url[:-1]
        linked = url.lower().startswith(("http://", "https://"))
        out += [_prose_part(shown[pos : m.start()]), f"<{url}>" if linked else _spans(url)]
        pos = m.start() + len(url)
    out.append(_prose_part(shown[pos:]))
    return _no_block("".join(out))


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
            lines.append(f"- {t('provider', lang)}: {prose(provider)} ({code(_where(rep), 160)})")
        name = app_name(rep)
        if name is not None:
            lines.append(f"- {t('app_name', lang)}: {code(name, 160)}")
        client = client_id(rep)
        if client is not None:
            lines.append(f"- {t('client', lang)}: {code(client, 160)}")
        redirect = rep.request.first("redirect_uri")
        if redirect is not None:
            lines.append(f"- {t('redirect', lang)}: {code(redirect, 200)}")
        if rep.purpose:
            profile = catalog.purposes[rep.purpose]
            lines.append(f"- {t('purpose', lang)}: {code(rep.purpose)} {prose(profile['zh' if zh else 'en'])}")
        if rep.actors:
            lines.append(f"- {t('who_acts', lang)}: " + ("；" if zh else "; ").join(prose(i18n.actor(a, lang)) for a in rep.actors))
        if rep.request.audience:
            lines.append(f"- {t('audience', lang)}: {prose(i18n.audience(rep.request.audience, lang))}")
        lines.append("")

        if rep.exposures:
            lines += [f"**{t('exposure', lang)}**", "", f"| {t('md_category', lang)} | {t('md_access', lang)} | {t('md_scope', lang)} |", "|---|---|---|"]
            for e in rep.exposures:
                cat = catalog.categories[e.category]
                accesses = i18n.sep(lang).join(i18n.access(a, lang) for a in e.accesses)
                scopes = ", ".join(code(s, 80) for s in e.scopes[:6]) + (f" (+{len(e.scopes) - 6})" if len(e.scopes) > 6 else "")
                lines.append(f"| {prose(cat['zh' if zh else 'en'])} | {prose(accesses)} | {scopes} |")
            lines.append("")

        lines.append(f"**{t('findings', lang, n=len(rep.findings))}**")
        lines.append("")
        if rep.findings:
            lines += [f"| {t('md_severity', lang)} | {t('md_rule', lang)} | {t('md_message', lang)} |", "|---|---|---|"]
            for f in rep.findings:
                lines.append(f"| {i18n.level(f.severity.label, lang)} | {f.rule} | {md(_message(f, lang), 600)} |")
        else:
            lines.append(t("none", lang))
        lines.append("")

        if rep.scopes:
            # An HTML block: its line is HTML, not Markdown, so the summary is HTML-escaped.
            lines += [f"<details><summary>{html_escape(t('scopes', lang))} ({len(rep.scopes)})</summary>", ""]
            lines += [f"| {t('md_scope', lang)} | {t('md_meaning', lang)} |", "|---|---|"]
            for rs in rep.scopes:
                if rs.known:
                    meaning = (rs.entry.get("title_zh") or t("no_title", lang)) if zh else rs.entry["title"]
                else:
                    meaning = t("unknown_scope", lang)
                lines.append(f"| {code(rs.scope, 120)} | {prose(meaning, 300)} |")
            lines += ["", "</details>", ""]
        if rep.provider is not None:
            lines.append(f"**{t('revoke', lang)}**: {prose(i18n.field(rep.provider, 'revoke', lang), 600)}")
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
