"""The CI commands: ``check``, ``diff`` and ``init`` (registered on the click group by :func:`register`)."""

from __future__ import annotations

import os

from auditor.errors import InputError, UsageError
from auditor.output import write_output as _write_output
from auditor.render.safe import json_text
from auditor.results import EXIT_FINDINGS, EXIT_NOTHING, EXIT_OK, FAIL_ON
from auditor.sources.manifests import HINTS

def _threshold(fail_on: str):
    from auditor.results import threshold

    return threshold(fail_on)


def _json(run, catalog, *, lang: str, color, width) -> str:
    from auditor.render import json as json_render

    counts = run.counts()
    extra = {
        "errors": [{"path": p, "message": m} for p, m in run.errors], "files": run.files,
        "excluded": [{"path": p, "excluded_by": why, "requests": n} for p, why, n in run.excluded],
        "notices": [{"kind": k, "path": p, "message": m} for k, p, m in run.notes],
        "fail_on": run.fail_on, "min_severity": run.show_from.label, "findings": counts,
        "below_min_severity": run.hidden_below, "exit_code": run.exit_code(),
    }
    return json_render.render(run, catalog, extra={"check": extra})


def _sarif(run, catalog, *, lang: str, color, width) -> str:
    from auditor.render import sarif

    return sarif.render(run)


def _github(run, catalog, *, lang: str, color, width) -> str:
    from auditor.render import github

    return github.render(run)


def _markdown(run, catalog, *, lang: str, color, width) -> str:
    from auditor.render import markdown

    return markdown.render_check(run, catalog, lang=lang, notes=run.notes)


def _terminal(run, catalog, *, lang: str, color, width) -> str:
    import io

    from rich.text import Text

    from auditor import i18n
    from auditor.render.safe import visible
    from auditor.render.terminal import SEVERITY_STYLE, make_console

    zh = lang == "zh"
    buf = io.StringIO()
    console = make_console(buf, color, width or 120)
    for it in run.active:
        f = it.finding
        line = Text(visible(it.where, 200), style="bold")
        line.append(f"  {i18n.level(f.severity.label, lang)}", style=SEVERITY_STYLE[f.severity])
        line.append(f"  {f.rule}  ")
        line.append(visible(f.message_zh if zh and f.message_zh else f.message, 600))
        console.print(line, crop=False, overflow="fold")
    for path, message in run.errors:
        line = Text(visible(path, 200), style="bold")
        line.append("  error  " if not zh else "  错误  ", style="red")
        line.append(visible(message, 400))
        console.print(line, crop=False, overflow="fold")
    for kind, path, message in run.notes:
        line = Text(visible(path or "oauth-audit", 200), style="bold")
        line.append(("  not audited  " if kind == "excluded" else "  warning  ") if not zh else ("  未审计  " if kind == "excluded" else "  警告  "), style="yellow")
        line.append(visible(message, 400))
        console.print(line, crop=False, overflow="fold")
    console.print(Text(run.summary(lang), style="dim"))
    return buf.getvalue()


# The one format table of ``check``: each renders the same run (statuses, counts and the exit code
# are the run's, never a format's own).
FORMATS = {"terminal": _terminal, "json": _json, "sarif": _sarif, "github": _github, "markdown": _markdown}
CHECK_FORMATS = tuple(FORMATS)


def render_check(run, catalog, fmt: str, lang: str, color: bool | None, width: int | None = None) -> str:
    """``run``: the :class:`auditor.results.Run` of :func:`auditor.ci.run.run_check`."""
    return FORMATS[fmt](run, catalog, lang=lang, color=color, width=width)


def terminal_width(to_tty: bool) -> int:
    """The width of the terminal report: the terminal's own (at least 60 columns); ``COLUMNS`` when
    set; 120 for a log or a file."""
    import shutil

    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) >= 20:
        return int(columns)
    if to_tty:
        return max(60, shutil.get_terminal_size().columns)
    return 120


def register(cli) -> None:
    import click

    @cli.command("check")
    @click.argument("paths", nargs=-1, metavar="[PATH]...")
    @click.option("--format", "-f", "fmt", type=click.Choice(CHECK_FORMATS), default="terminal", help="Output format.")
    @click.option("--output", "-o", metavar="FILE", help="Write the report to FILE (atomically).")
    @click.option("--also", "also", multiple=True, metavar="FORMAT=FILE", help="Also write FORMAT (terminal, json, sarif, github, markdown) to FILE, from the same run (repeatable).")
    @click.option("--fail-on", type=click.Choice(FAIL_ON), default=None, help="Exit 1 when a finding is at or above this severity (default: the declaration's fail-on, else high).")
    @click.option("--min-severity", type=click.Choice(["info", "low", "medium", "high", "critical"]), default="low", show_default=True, help="Show only findings at or above this severity, in every format (findings that fail the gate are always shown).")
    @click.option("--baseline", metavar="FILE", help="Accept the findings recorded in this baseline.")
    @click.option("--write-baseline", metavar="FILE", help="Record every current finding in FILE and exit 0.")
    @click.option("--since", metavar="REV", help="Fail only on findings that are new since this git revision; report the scopes added since.")
    @click.option("--purpose", metavar="ID", help="Override the declaration's purpose.")
    @click.option("--format-hint", type=click.Choice(HINTS), help="Read every file as this format.")
    @click.option("--allow-empty", is_flag=True, help="Exit 0, not 3, when there is nothing to audit (for a hook given only the files a commit changes).")
    @click.option("--lang", type=click.Choice(["auto", "en", "zh"]), default="auto", help="Language of the terminal and Markdown output.")
    @click.option("--no-color", is_flag=True, help="Never use colour.")
    def check_cmd(paths, fmt, output, also, fail_on, min_severity, baseline, write_baseline, since, purpose, format_hint, allow_empty, lang, no_color) -> int:
        """Audit every manifest and hard-coded authorization URL under each PATH (default: here).

        \b
        Reads oauth-audit.toml (or [tool.oauth-audit] in pyproject.toml) at the repository's
        root: the app's purpose, domains, one justification per scope, and ignores with reasons.
        Honours .gitignore. Informational findings are hidden unless --min-severity info.
        Exit 0: nothing at or above --fail-on; 1: findings; 2: usage error, or a file could not
        be read (it is reported and the others are still audited; exclude it to accept that);
        3: nothing to audit (no manifest or authorization URL under PATH; 0 with --allow-empty).
        """
        import sys

        from auditor.catalog import load_catalog
        from auditor.ci.run import run_check
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
        path = " ".join(paths) if paths else "."
        result = run_check(
            list(paths) or ".", catalog=catalog, hint=format_hint, since=since, baseline=baseline, purpose=purpose,
            fail_on=fail_on, min_severity=min_severity,
        )
        if write_baseline:
            from auditor.ci.suppress import baseline_text

            entries = {
                it.fingerprint: {"rule": it.finding.rule, "path": it.source, "scope": it.finding.scope, "severity": it.finding.severity.label}
                for it in result.items
            }
            _write_output(baseline_text(entries), write_baseline)
            sys.stderr.write(f"oauth-audit: wrote {len(entries)} finding(s) to {write_baseline}\n")
            return EXIT_OK
        lang = detect_lang(os.environ) if lang == "auto" else lang
        to_tty = output in (None, "-") and sys.stdout.isatty()
        color = False if (no_color or os.environ.get("NO_COLOR") or not to_tty) else True
        width = terminal_width(to_tty)
        # Every format is rendered from this one run: the same findings, statuses and exit code.
        for name, file in extra_outputs:
            _write_output(render_check(result, catalog, name, lang, False, terminal_width(False)), file, commands=name == "github")
        _write_output(render_check(result, catalog, fmt, lang, color, width), output, commands=fmt == "github")
        code = result.exit_code()
        if code == EXIT_NOTHING and allow_empty:
            return EXIT_OK
        if code == EXIT_NOTHING:
            from auditor.render.safe import visible

            sys.stderr.write(f"oauth-audit: nothing to audit: no manifest or authorization URL found under {visible(path, 200)}\n")
        return code

    @cli.command("diff")
    @click.argument("old", required=False)
    @click.argument("new", required=False)
    @click.option("--git", "rev", metavar="REV", help="Compare the files at REV with the working tree (OLD, NEW become paths; default: every manifest here).")
    @click.option("--format", "-f", "fmt", type=click.Choice(["terminal", "json", "markdown"]), default="terminal")
    @click.option("--format-hint", type=click.Choice(HINTS))
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
