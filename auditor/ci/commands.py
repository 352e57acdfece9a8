"""The CI commands: ``check``, ``diff`` and ``init`` (registered on the click group by :func:`register`)."""

from __future__ import annotations

import os

from auditor.errors import InputError, UsageError
from auditor.render.safe import json_text

CHECK_FORMATS = ("terminal", "json", "sarif", "github", "markdown")


def _threshold(fail_on: str):
    from auditor.model import Severity

    return None if fail_on == "never" else Severity.parse(fail_on)


def render_check(result, catalog, fmt: str, lang: str, color: bool | None, notes: list | None = None) -> str:
    """``notes``: :func:`auditor.ci.run.notices` (what was not audited, a lowered gate), rendered by
    every format."""
    reports = result.reports
    notes = list(notes or [])
    if fmt == "json":
        from auditor.render import json as json_render

        extra = {
            "errors": [{"path": p, "message": m} for p, m in result.errors], "files": result.files,
            "excluded": [{"path": p, "excluded_by": why, "requests": n} for p, why, n in result.excluded],
            "notices": [{"kind": k, "path": p, "message": m} for k, p, m in notes],
        }
        return json_render.render(reports, catalog, suppressed=result.suppressed, extra={"check": extra})
    if fmt == "sarif":
        from auditor.render import sarif

        text = sarif.render(reports, catalog, suppressed=result.suppressed, root=None)
        if not result.errors and not notes:
            return text
        import json

        def notification(level: str, path: str, message: str) -> dict:
            item: dict = {"level": level, "message": {"text": sarif.plain_text(message)}}
            if path:
                item["locations"] = [{"physicalLocation": {"artifactLocation": sarif.artifact_location(path)}}]
            return item

        doc = json.loads(text)
        doc["runs"][0]["invocations"] = [{
            "executionSuccessful": True,
            "toolExecutionNotifications": [notification("error", p, m) for p, m in result.errors]
            + [notification("warning", p, m) for _, p, m in notes],
        }]
        return json_text(doc, indent=2, sort_keys=True) + "\n"
    if fmt == "github":
        from auditor.render import github

        text = github.render([_unsuppressed(r, result) for r in reports], catalog)
        errors = "".join(github.command("warning", message, {"file": path, "title": "oauth-audit: file not audited"}) + "\n" for path, message in result.errors)
        extra = "".join(
            github.command("warning", message, {"file": path, "title": "oauth-audit: not audited" if kind == "excluded" else "oauth-audit: gate lowered"}) + "\n"
            for kind, path, message in notes
        )
        return text + errors + extra
    if fmt == "markdown":
        from auditor.render import markdown

        return markdown.render_check(result, catalog, lang=lang, notes=notes)
    return _terminal(result, catalog, lang, color, notes)


def _unsuppressed(report, result):
    from auditor.fingerprint import fingerprint

    kept = tuple(f for f in report.findings if fingerprint(report, f) not in result.suppressed)
    return report._replace(findings=kept)


def _terminal(result, catalog, lang: str, color: bool | None, notes: list | None = None) -> str:
    import io

    from rich.text import Text

    from auditor import i18n
    from auditor.fingerprint import finding_location, fingerprint
    from auditor.render.safe import visible
    from auditor.render.terminal import SEVERITY_STYLE, make_console

    zh = lang == "zh"
    buf = io.StringIO()
    console = make_console(buf, color, 120)
    shown = 0
    hidden = 0
    for r in result.reports:
        for f in r.findings:
            fp = fingerprint(r, f)
            if fp in result.suppressed:
                hidden += 1
                continue
            if result.new is not None and fp not in result.new:
                hidden += 1
                continue
            loc = finding_location(r, f)
            where = r.request.source
            if loc is not None and loc.line:
                where += f":{loc.line}" + (f":{loc.column}" if loc.column else "")
            line = Text(visible(where, 200), style="bold")
            line.append(f"  {i18n.level(f.severity.label, lang)}", style=SEVERITY_STYLE[f.severity])
            line.append(f"  {f.rule}  ")
            line.append(visible(f.message_zh if zh and f.message_zh else f.message, 600))
            console.print(line, crop=False, overflow="fold")
            shown += 1
    for path, message in result.errors:
        line = Text(visible(path, 200), style="bold")
        line.append("  error  " if not zh else "  错误  ", style="red")
        line.append(visible(message, 400))
        console.print(line, crop=False, overflow="fold")
    for kind, path, message in notes or []:
        line = Text(visible(path or "oauth-audit", 200), style="bold")
        line.append(("  not audited  " if kind == "excluded" else "  warning  ") if not zh else ("  未审计  " if kind == "excluded" else "  警告  "), style="yellow")
        line.append(visible(message, 400))
        console.print(line, crop=False, overflow="fold")
    skipped = {path for path, _, _ in result.excluded}
    requests = [r for r in result.reports if r.request.source not in skipped]
    audited = len({r.request.source for r in requests})
    if zh:
        summary = f"审计了 {audited} 个文件中的 {len(requests)} 个请求：{shown} 个问题，{hidden} 个已忽略或早已存在，{len(result.errors)} 个文件无法读取。"
    else:
        summary = f"{len(requests)} request(s) in {audited} file(s): {shown} finding(s) shown, {hidden} ignored or pre-existing, {len(result.errors)} file(s) could not be read."
    console.print(Text(summary, style="dim"))
    return buf.getvalue()


def register(cli) -> None:
    import click

    from auditor.cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, FAIL_ON, _write_output

    @cli.command("check")
    @click.argument("path", required=False, default=".")
    @click.option("--format", "-f", "fmt", type=click.Choice(CHECK_FORMATS), default="terminal", help="Output format.")
    @click.option("--output", "-o", metavar="FILE", help="Write the report to FILE (atomically).")
    @click.option("--also", "also", multiple=True, metavar="FORMAT=FILE", help="Also write FORMAT (terminal, json, sarif, github, markdown) to FILE, from the same run (repeatable).")
    @click.option("--fail-on", type=click.Choice(FAIL_ON), default=None, help="Exit 1 when a finding is at or above this severity (default: the declaration's fail-on, else high).")
    @click.option("--baseline", metavar="FILE", help="Accept the findings recorded in this baseline.")
    @click.option("--write-baseline", metavar="FILE", help="Record every current finding in FILE and exit 0.")
    @click.option("--since", metavar="REV", help="Fail only on findings that are new since this git revision; report the scopes added since.")
    @click.option("--purpose", metavar="ID", help="Override the declaration's purpose.")
    @click.option("--format-hint", type=click.Choice(["appsscript", "chrome", "entra", "slack", "github-app", "shopify", "wechat-miniprogram", "text"]), help="Read every file as this format.")
    @click.option("--lang", type=click.Choice(["auto", "en", "zh"]), default="auto", help="Language of the terminal and Markdown output.")
    @click.option("--no-color", is_flag=True, help="Never use colour.")
    def check_cmd(path, fmt, output, also, fail_on, baseline, write_baseline, since, purpose, format_hint, lang, no_color) -> int:
        """Audit every manifest and hard-coded authorization URL under PATH (default: here).

        \b
        Reads oauth-audit.toml (or [tool.oauth-audit] in pyproject.toml): the app's purpose,
        domains, one justification per scope, and ignores with reasons. Honours .gitignore.
        Exit 0: nothing at or above --fail-on; 1: findings; 2: usage error (a file that cannot
        be read is reported and the others are still audited).
        """
        import sys

        from auditor.catalog import load_catalog
        from auditor.ci.run import run_check
        from auditor.fingerprint import fingerprint
        from auditor.i18n import detect_lang

        extra_outputs = []
        for item in also:
            name, sep, file = item.partition("=")
            if not sep or name not in CHECK_FORMATS or not file:
                raise UsageError(f"--also takes FORMAT=FILE with FORMAT one of {', '.join(CHECK_FORMATS)}, not {item!r}")
            extra_outputs.append((name, file))
        catalog = load_catalog()
        if purpose is not None and catalog.purpose(purpose) is None:
            raise UsageError(f"unknown purpose {purpose!r}; `oauth-audit purposes` lists them")
        result = run_check(path, catalog=catalog, hint=format_hint, since=since, baseline=baseline, purpose=purpose)
        if write_baseline:
            from auditor.ci.suppress import baseline_text

            entries = {
                fingerprint(r, f): {"rule": f.rule, "path": r.request.source, "scope": f.scope, "severity": f.severity.label}
                for r in result.reports for f in r.findings
            }
            _write_output(baseline_text(entries), write_baseline)
            sys.stderr.write(f"oauth-audit: wrote {len(entries)} finding(s) to {write_baseline}\n")
            return EXIT_OK
        lang = detect_lang(os.environ) if lang == "auto" else lang
        to_tty = output in (None, "-") and sys.stdout.isatty()
        color = False if (no_color or os.environ.get("NO_COLOR") or not to_tty) else True
        from auditor.ci.run import notices

        notes = notices(result, fail_on_given=fail_on is not None)
        # Every format is rendered from this one run: the same findings, statuses and exit code.
        for name, file in extra_outputs:
            _write_output(render_check(result, catalog, name, lang, False, notes), file, commands=name == "github")
        _write_output(render_check(result, catalog, fmt, lang, color, notes), output, commands=fmt == "github")
        threshold = _threshold(fail_on or result.declaration.fail_on or "high")
        if result.failing(threshold):
            return EXIT_FINDINGS
        return EXIT_ERROR if result.errors and not result.reports else EXIT_OK

    @cli.command("diff")
    @click.argument("old", required=False)
    @click.argument("new", required=False)
    @click.option("--git", "rev", metavar="REV", help="Compare the files at REV with the working tree (OLD, NEW become paths; default: every manifest here).")
    @click.option("--format", "-f", "fmt", type=click.Choice(["terminal", "json", "markdown"]), default="terminal")
    @click.option("--format-hint", type=click.Choice(["appsscript", "chrome", "entra", "slack", "github-app", "shopify", "wechat-miniprogram", "text"]))
    @click.option("--fail-on", type=click.Choice(FAIL_ON), default="never", help="Exit 1 when an addition is at or above this severity (medium: it newly exposes a data category).")
    @click.option("--output", "-o", metavar="FILE")
    def diff_cmd(old, new, rev, fmt, format_hint, fail_on, output) -> int:
        """Permission creep: scopes added and removed between two versions, and what the additions newly expose.

        \b
        oauth-audit diff old/appsscript.json appsscript.json
        oauth-audit diff --git origin/main              every manifest here, against origin/main
        oauth-audit diff --git HEAD~1 appsscript.json
        """
        from auditor.catalog import load_catalog

        catalog = load_catalog()
        pairs = _diff_pairs(old, new, rev, catalog)
        text, worst = render_diff(pairs, catalog, fmt, format_hint, rev)
        _write_output(text, output)
        threshold = _threshold(fail_on)
        return EXIT_FINDINGS if threshold is not None and worst is not None and worst >= threshold else EXIT_OK

    @cli.command("init")
    @click.argument("path", required=False, default=".")
    @click.option("--purpose", metavar="ID", help="The app's purpose profile (`oauth-audit purposes`).")
    @click.option("--force", is_flag=True, help="Overwrite an existing oauth-audit.toml.")
    def init_cmd(path, purpose, force) -> int:
        """Write a starting oauth-audit.toml from the manifests found under PATH."""
        import sys

        from auditor.catalog import load_catalog
        from auditor.ci.init import declaration_text

        catalog = load_catalog()
        if purpose is not None and catalog.purpose(purpose) is None:
            raise UsageError(f"unknown purpose {purpose!r}; `oauth-audit purposes` lists them")
        if not os.path.isdir(path):
            raise UsageError(f"{path}: not a folder")
        target = os.path.join(path, "oauth-audit.toml")
        if os.path.exists(target) and not force:
            raise UsageError(f"{target} exists; use --force to overwrite it")
        text, count = declaration_text(path, catalog, purpose)
        _write_output(text, target)
        sys.stderr.write(f"oauth-audit: wrote {target} with {count} scope(s) to justify\n")
        return EXIT_OK


def _diff_pairs(old, new, rev, catalog):
    """``[(label, old requests, new requests)]``."""
    from auditor.ci.run import display_path, find_declaration, git_show, read_requests

    pairs = []
    if rev is not None:
        paths = [p for p in (old, new) if p]
        if not paths:
            from auditor.ci import config, discover

            found = find_declaration(".")
            decl = config.load(found, display_path(found), catalog) if found else config.EMPTY
            paths = discover.walk(".", decl.exclude)
        for path in paths:
            if not os.path.isfile(path):
                raise InputError(f"{path}: no such file")
            shown = display_path(path)
            try:
                new_requests, _ = read_requests(path, shown, catalog)
            except InputError:
                if len(paths) == 1:
                    raise
                continue
            before = git_show(path, rev)
            old_requests = read_requests(path, shown, catalog, text=before)[0] if before is not None else []
            if old_requests or new_requests:
                pairs.append((f"{shown} ({rev} → working tree)", old_requests, new_requests))
        return pairs
    if not old or not new:
        raise UsageError("diff needs OLD and NEW files, or --git REV")
    for path in (old, new):
        if not os.path.isfile(path):
            raise InputError(f"{path}: no such file")
    a = read_requests(old, display_path(old), catalog)[0]
    b = read_requests(new, display_path(new), catalog)[0]
    pairs.append((f"{display_path(old)} → {display_path(new)}", a, b))
    return pairs


def render_diff(pairs, catalog, fmt: str, hint, rev) -> tuple[str, object]:

    from auditor.ci.run import diff_requests, scope_changes
    from auditor.render.safe import visible

    worst = None
    docs = []
    for label, old, new in pairs:
        reports = diff_requests(old, new, catalog, since=rev or "OLD")
        changes = scope_changes(old, new)
        entries = []
        for provider, (added, removed) in changes.items():
            adds = []
            for r in reports:
                if (r.request.provider_id or r.request.host or "") != provider:
                    continue
                for f in r.findings:
                    if f.rule == "OA605" and f.scope in added and f.scope not in [a["scope"] for a in adds]:
                        rs = next(s for s in r.scopes if s.scope == f.scope)
                        worst = f.severity if worst is None or f.severity > worst else worst
                        adds.append({
                            "scope": f.scope, "severity": f.severity.label, "message": f.message,
                            "title": rs.entry["title"] if rs.known else None,
                            "grants": [str(g) for g in rs.grants],
                        })
            entries.append({"provider": provider, "added": adds, "removed": removed})
        docs.append({"files": label, "changes": entries})
    if fmt == "json":
        return json_text({"schema_version": 1, "diff": docs}, indent=2, sort_keys=True) + "\n", worst
    lines = []
    md = fmt == "markdown"
    if md:
        from auditor.render.markdown import code
        from auditor.render.markdown import md as mdtext

        lines.append("## OAuth permission changes")
        lines.append("")
    for doc in docs:
        lines.append(("### " + mdtext(doc["files"])) if md else visible(doc["files"], 300))
        if not doc["changes"]:
            lines.append("  no scope added or removed")
        for change in doc["changes"]:
            prov = change["provider"] or "(unknown provider)"
            for a in change["added"]:
                name = code(a["scope"]) if md else visible(a["scope"], 200)
                lines.append(f"{'- ' if md else '  + '}added {name} [{prov}]: {mdtext(a['message']) if md else visible(a['message'], 600)}")
                if a["title"]:
                    lines.append(f"{'  - ' if md else '      '}{mdtext(a['title']) if md else a['title']}")
            for s in change["removed"]:
                name = code(s) if md else visible(s, 200)
                lines.append(f"{'- ' if md else '  - '}removed {name} [{prov}]")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n", worst
