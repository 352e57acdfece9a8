"""The command line: ``oauth-audit``.

The click group is the command line's definition (help, errors, every command). ``scan`` is also
served by a small parser that reads the same option table (:data:`SCAN_OPTIONS`) without importing
click: importing click costs about 25 ms, three times a bare interpreter start, and a cold scan must
finish within 4x of one (``docs/performance.md``). Whatever the fast parser does not fully
understand — ``--help``, an unknown option, an invalid choice — it hands to click, so click remains
the single source of usage errors; a test checks both parse every combination alike.

Exit codes (:mod:`auditor.results`): 0 nothing at or above ``--fail-on``; 1 findings at or above
it; 2 usage or input error (one line on stderr, never a traceback); 3 nothing to audit (``check``
found no manifest or authorization URL; ``scan --batch/--har/--log`` no request in its input).
"""

from __future__ import annotations

import os
import sys
from collections import namedtuple

from auditor.errors import InputError, UsageError
from auditor.output import write_output as _write_output
from auditor.render.safe import guard_commands, json_text
from auditor.results import EXIT_ERROR, EXIT_FINDINGS, EXIT_NOTHING, EXIT_OK, FAIL_ON  # noqa: F401 (re-exported)
from auditor.sources.manifests import HINTS

MAX_STDIN_BYTES = 16 * 1024 * 1024


class Opt(namedtuple("Opt", "long short dest help choices default flag metavar", defaults=(None, None, False, None))):
    """One option of ``scan``: long and short names, destination, help, choices, default, flag, metavar."""

    __slots__ = ()


SCAN_OPTIONS: tuple[Opt, ...] = (
    Opt("--format", "-f", "fmt", "Output format.", choices=("terminal", "json", "markdown", "sarif", "github", "jsonl"), default="terminal"),
    Opt("--lang", None, "lang", "Language of the terminal and Markdown report (auto: zh when the locale is Chinese).", choices=("auto", "en", "zh"), default="auto"),
    Opt("--provider", "-p", "provider", "Provider id: with --scopes, or to treat a URL on an unknown host as this provider.", metavar="ID"),
    Opt("--scopes", "-s", "scopes", "A bare scope list (space or comma separated) to audit for --provider.", metavar="LIST"),
    Opt("--purpose", None, "purpose", "The app's declared purpose (a profile id from `oauth-audit purposes`).", metavar="ID"),
    Opt("--fail-on", None, "fail_on", "Exit 1 when a finding is at or above this severity.", choices=FAIL_ON, default="high"),
    Opt("--output", "-o", "output", "Write the report to FILE (atomically) instead of standard output.", metavar="FILE"),
    Opt("--audience", None, "audience", "How many people will authorize the app: reports the records reachable against the criminal-law thresholds.", metavar="N"),
    Opt("--people-per-account", None, "people_per_account", "With --audience: how many other people one contact or friend list holds (an assumption; default 100).", metavar="N"),
    Opt("--app-domain", None, "app_domain", "The app's own domain: a redirect elsewhere is reported.", metavar="DOMAIN"),
    Opt("--format-hint", None, "format_hint", "Read FILE inputs as this manifest format instead of detecting it.", choices=HINTS),
    Opt("--batch", None, "batch", "Audit every URL in FILE (one per line; - for standard input), streaming.", metavar="FILE"),
    Opt("--har", None, "har", "Audit the authorization requests recorded in a HAR file.", metavar="FILE"),
    Opt("--log", None, "log", "Audit the authorization URLs found in a web-proxy or server log.", metavar="FILE"),
    Opt("--full", None, "full", "With --batch, --har or --log and --format jsonl: the whole report on every line (default: a compact record per request, the full report once per distinct judgement).", flag=True, default=False),
    Opt("--jobs", "-j", "jobs", "With --batch, --har or --log: worker processes for a large input (default: the number of CPUs; 1: none). The output is the same.", metavar="N"),
    Opt("--resolve", None, "resolve", "Follow a short link or redirect chain (network) to the authorization request it ends at.", flag=True, default=False),
    Opt("--online", None, "online", "Also fetch each authorization server's published metadata (network) to check PKCE support.", flag=True, default=False),
    Opt("--allow-private", None, "allow_private", "With --resolve or --online: allow private and loopback addresses.", flag=True, default=False),
    Opt("--explain", None, "explain", "Show how the score adds up.", flag=True, default=False),
    Opt("--no-color", None, "no_color", "Never use colour in the terminal report.", flag=True, default=False),
)


class ScanArgs(
    namedtuple(
        "ScanArgs", "inputs fmt lang provider scopes purpose fail_on output audience people_per_account app_domain format_hint batch har log full jobs resolve online allow_private explain no_color",
        defaults=("terminal", "auto", None, None, None, "high", None, None, None, None, None, None, None, None, False, None, False, False, False, False, False),
    )
):
    """The parsed arguments of ``scan`` (the same fields as :data:`SCAN_OPTIONS` plus ``inputs``)."""

    __slots__ = ()


def parse_scan_fast(argv: list[str]) -> ScanArgs | None:
    """Parse ``scan``'s arguments as click would, or return None to let click handle them."""
    by_name = {}
    for o in SCAN_OPTIONS:
        by_name[o.long] = o
        if o.short:
            by_name[o.short] = o
    values: dict[str, object] = {o.dest: o.default for o in SCAN_OPTIONS}
    inputs: list[str] = []
    i = 0
    only_args = False
    while i < len(argv):
        arg = argv[i]
        i += 1
        if only_args or arg == "-" or not arg.startswith("-"):
            inputs.append(arg)
            continue
        if arg == "--":
            only_args = True
            continue
        name, eq, inline = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if not arg.startswith("--") and len(arg) > 2:
            return None  # bundled short options (-fjson): leave to click
        opt = by_name.get(name)
        if opt is None:
            return None
        if opt.flag:
            if eq:
                return None
            values[opt.dest] = True
            continue
        if eq:
            value = inline
        elif i < len(argv):
            value = argv[i]
            i += 1
        else:
            return None
        if opt.choices is not None and value not in opt.choices:
            return None
        values[opt.dest] = value
    return ScanArgs(inputs=tuple(inputs), **values)  # type: ignore[arg-type]


def _stdin_lines() -> list[tuple[int, str]]:
    """``(line number, text)`` of the non-empty, non-comment lines of standard input, bounded in size."""
    data = sys.stdin.buffer.read(MAX_STDIN_BYTES + 1)
    if len(data) > MAX_STDIN_BYTES:
        raise InputError(f"standard input is larger than {MAX_STDIN_BYTES // (1024 * 1024)} MiB")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"standard input is not UTF-8 text (byte {exc.start + 1})") from None
    # Lines end at "\n" only (a "\r" before it is dropped), as in --batch: str.splitlines() would also
    # split at U+2028, U+0085 and other separators, so the same input would be read two ways.
    lines = text.split("\n")
    return [(n, line.strip()) for n, line in enumerate(lines, 1) if line.strip() and not line.lstrip().startswith("#")]


IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF8")


def _is_image(head: bytes) -> bool:
    return head.startswith(IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")


def _read_path(path: str, catalog, args) -> list:
    """A file named on the command line: a QR image (every code in it) or a manifest/text file."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    if _is_image(head):
        from auditor.render.safe import visible
        from auditor.sources import qr
        from auditor.sources.url import read_url

        with open(path, "rb") as fh:
            data = fh.read(qr.MAX_IMAGE_BYTES + 1)
        payloads = qr.decode_image(data)
        if not payloads:
            raise InputError(f"{path}: no QR code found in the image")
        out = []
        others = 0
        for i, payload in enumerate(payloads, 1):
            kind = qr.classify(payload.text, catalog)
            source = f"qr:{path}#{i}"
            if kind in ("authorization", "session_login"):
                out.append(read_url(payload.text, catalog, source=source, provider=args.provider))
            else:
                others += 1
                if others <= 20:
                    what = "a web address" if kind == "url" else "text"
                    sys.stderr.write(f"oauth-audit: {visible(path, 200)}: QR code {i} of {len(payloads)} is {what}, not an authorization request: {visible(payload.text, 200)}\n")
        if others > 20:
            sys.stderr.write(f"oauth-audit: {visible(path, 200)}: {others - 20} more QR codes are not authorization requests\n")
        if len(payloads) > qr.QR_FLOOD:
            from auditor.rules.completeness import incomplete

            out.append(incomplete(
                f"qr:{path}",
                f"Not fully audited: the image holds {len(payloads)} QR codes (more than {qr.QR_FLOOD}); every code found was "
                f"examined, but a decoder can miss codes in a dense grid, and a flood of decoys is how a dangerous code is hidden.",
                f"未完整审计：图片中有 {len(payloads)} 个二维码（超过 {qr.QR_FLOOD} 个）；已检查找到的每个二维码，"
                f"但密集排列的二维码可能漏识别，大量干扰码正是隐藏危险二维码的手法。",
            ))
        return out
    from auditor.sources.manifests import read_file

    return read_file(path, hint=args.format_hint, catalog=catalog)


def _analysis_options(args: ScanArgs) -> dict:
    options: dict = {}
    for name, value in (("audience", args.audience), ("people_per_account", args.people_per_account)):
        if value is None:
            continue
        flag = "--" + name.replace("_", "-")
        try:
            options[name] = int(value.replace(",", "").replace("_", ""))
        except ValueError:
            raise UsageError(f"{flag} takes a whole number, not {value!r}") from None
        if not 0 < options[name] <= 10**10:
            raise UsageError(f"{flag} must be between 1 and 10,000,000,000")
    if "people_per_account" in options and "audience" not in options:
        raise UsageError("--people-per-account goes with --audience")
    if args.app_domain is not None:
        domain = args.app_domain.strip().lower().rstrip(".")
        if not domain or not all(part and all(c.isalnum() or c == "-" for c in part) for part in domain.split(".")):
            raise UsageError(f"--app-domain takes a domain name such as example.com, not {args.app_domain!r}")
        options["app_domain"] = domain
    return options


def _server_metadata(requests, args: ScanArgs) -> dict:
    """--online: each authorization server's metadata, by host; a server without any is said on
    stderr (one line) and skipped: the scan goes on."""
    from auditor.render.safe import visible
    from auditor.sources.resolve import fetch_metadata

    found: dict = {}
    for request in requests:
        host = (request.host or "").lower()
        if request.kind != "oauth" or not host or host in found:
            continue
        try:
            found[host] = fetch_metadata(f"https://{host}", allow_private=args.allow_private)
        except InputError as exc:
            found[host] = None
            sys.stderr.write(f"oauth-audit: --online: no metadata for {visible(host, 120)}: {visible(str(exc), 300)}\n")
    return {host: md for host, md in found.items() if md}


def _resolved(url: str, catalog, args: ScanArgs):
    """--resolve: follow the chain, say every hop on stderr, and read the request it ends at."""
    from auditor.render.safe import visible
    from auditor.sources.resolve import resolve_chain
    from auditor.sources.url import read_url

    hops = resolve_chain(url, allow_private=args.allow_private)
    for i, hop in enumerate(hops, 1):
        status = "not fetched (authorization endpoint)" if hop.status is None else f"HTTP {hop.status}"
        sys.stderr.write(f"oauth-audit: hop {i}: {visible(hop.url, 300)} ({status})\n")
    return read_url(hops[-1].url, catalog, source=f"resolved from {url}", provider=args.provider)


def _run_bulk(kind: str, path: str, catalog, args: ScanArgs, options: dict) -> int:
    from auditor.batch import render_summary, run

    if args.fmt not in ("jsonl", "json", "terminal"):
        raise UsageError("--batch, --har and --log write --format jsonl, json (the summary) or terminal (the summary)")
    jobs = _jobs(args.jobs)
    lang = args.lang
    if lang == "auto":
        from auditor.i18n import detect_lang

        lang = detect_lang(os.environ)
    from contextlib import nullcontext

    if args.output in (None, "-"):
        target = nullcontext(sys.stdout)
    else:
        # Streamed into the temporary file beside the output (renamed when complete): memory stays
        # flat however many records a run writes. Every record is a JSON object, so no line of it
        # can start a workflow command; the terminal summary is guarded below.
        directory = os.path.dirname(os.path.abspath(args.output))
        if not os.path.isdir(directory):
            raise InputError(f"cannot write {args.output}: the folder does not exist")
        from auditor.atomic import atomic_write

        target = atomic_write(args.output)
    progress = args.fmt != "jsonl" and sys.stderr.isatty()
    try:
        with target as out:
            summary, worst = run(kind, path, catalog, provider=args.provider, purpose=args.purpose, options=options, fmt=args.fmt, out=out,
                                 err=sys.stderr, progress=progress, full=args.full, jobs=jobs)
            if args.fmt == "json":
                out.write(json_text({"schema_version": 1, "summary": summary.as_dict()}, indent=2, sort_keys=True) + "\n")
            elif args.fmt == "terminal":
                out.write(guard_commands(render_summary(summary, lang)))
            else:
                sys.stderr.write(render_summary(summary, lang) if sys.stderr.isatty() else "")
    except BrokenPipeError:
        raise  # the reader went away (| head): main() ends quietly
    except OSError as exc:
        raise InputError(f"cannot write {args.output or 'the output'}: {exc.strerror or exc}") from None
    from auditor.results import decide_exit, threshold

    gate = threshold(args.fail_on)
    # No request in the input at all is nothing to audit, as `check` says it (exit code 3); an
    # input whose requests could not be read is an error (exit code 2), raised by run.
    code = decide_exit(gate is not None and worst >= gate, nothing=not summary.requests)
    if code == EXIT_NOTHING:
        from auditor.render.safe import visible

        sys.stderr.write(f"oauth-audit: nothing to audit: no authorization request found in {visible('stdin' if path == '-' else path, 200)}\n")
    return code


MAX_JOBS = 256


def _jobs(value: str | None) -> int:
    """``--jobs``: a whole number from 1 to :data:`MAX_JOBS`; by default the number of CPUs."""
    if value is None:
        from auditor.parallel import default_jobs

        return default_jobs()
    try:
        jobs = int(value)
    except ValueError:
        raise UsageError(f"--jobs takes a number of processes, not {value!r}") from None
    if not 1 <= jobs <= MAX_JOBS:
        raise UsageError(f"--jobs must be between 1 and {MAX_JOBS}, not {jobs}")
    return jobs


def run_scan(args: ScanArgs) -> int:
    from auditor.analyze import analyze
    from auditor.catalog import load_catalog
    from auditor.sources.url import read_scope_list, read_url

    catalog = load_catalog()
    if args.purpose is not None and catalog.purpose(args.purpose) is None:
        raise UsageError(f"unknown purpose {args.purpose!r}; `oauth-audit purposes` lists them")
    requests = []
    options = _analysis_options(args)
    bulk = [(k, v) for k, v in (("batch", args.batch), ("har", args.har), ("log", args.log)) if v is not None]
    if bulk:
        if len(bulk) > 1 or args.inputs or args.scopes is not None:
            raise UsageError("--batch, --har and --log each take the whole input: give one, without URLs or --scopes")
        if args.online or args.resolve:
            raise UsageError("--online and --resolve go with single requests, not with --batch, --har or --log")
        return _run_bulk(bulk[0][0], bulk[0][1], catalog, args, options)
    if args.fmt == "jsonl":
        raise UsageError("--format jsonl goes with --batch, --har or --log")
    if args.full:
        raise UsageError("--full goes with --batch, --har or --log")
    if args.jobs is not None:
        raise UsageError("--jobs goes with --batch, --har or --log")
    if args.scopes is not None:
        if not args.provider:
            raise UsageError("--scopes needs --provider (for example: --provider github --scopes repo)")
        if args.inputs:
            raise UsageError("give either a URL or --scopes, not both")
        requests.append(read_scope_list(args.provider, args.scopes, catalog))
    else:
        if not args.inputs:
            raise UsageError("nothing to scan: give an authorization URL, or --provider ID --scopes LIST")
        for text in args.inputs:
            if text == "-":
                for n, line in _stdin_lines():
                    requests.append(read_url(line, catalog, source=f"stdin:{n}", provider=args.provider))
            elif "://" not in text and os.path.isfile(text):
                requests.extend(_read_path(text, catalog, args))

            elif args.resolve:
                requests.append(_resolved(text, catalog, args))
            else:
                try:
                    requests.append(read_url(text, catalog, provider=args.provider))
                except InputError:
                    if "://" not in text and "?" not in text and not os.path.exists(text) and _looks_like_path(text):
                        # neither a request nor an existing file: most likely a mistyped path
                        raise InputError(f"{text}: no such file (and not an authorization URL)") from None
                    raise
        if not requests:
            raise UsageError("no authorization request found in the input")
    if args.online:
        options["server_metadata"] = _server_metadata(requests, args)
    reports = [analyze(r, catalog, purpose=args.purpose, options=options) for r in requests]

    lang = args.lang
    if lang == "auto":
        from auditor.i18n import detect_lang

        lang = detect_lang(os.environ)
    from auditor.results import build

    run = build(reports, fail_on=args.fail_on)  # every finding of a scan is active; the run decides the exit code
    if args.fmt == "json":
        from auditor.render import json as json_render

        text = json_render.render(run, catalog)
    elif args.fmt == "markdown":
        from auditor.render import markdown

        text = markdown.render(reports, catalog, lang=lang)
    elif args.fmt == "sarif":
        from auditor.render import sarif

        text = sarif.render(run)
    elif args.fmt == "github":
        from auditor.render import github

        text = github.render(run)
    else:
        from auditor.render import terminal

        to_tty = args.output in (None, "-") and sys.stdout.isatty()
        color = False if (args.no_color or os.environ.get("NO_COLOR") or not to_tty) else True
        width = None
        if to_tty:
            import shutil

            width = max(60, min(shutil.get_terminal_size().columns, 140))
        text = terminal.render(reports, catalog, color=color, width=width, explain=args.explain, lang=lang)
    _write_output(text, args.output, commands=args.fmt == "github")
    return run.exit_code()


def _looks_like_path(text: str) -> bool:
    """A folder separator or a file extension, and no space: a path rather than a bare login payload."""
    import re

    return " " not in text and ("/" in text or os.sep in text or re.search(r"\.[A-Za-z][A-Za-z0-9]{0,4}$", text) is not None)


def _fail(message: str) -> int:
    from auditor.render.safe import visible

    sys.stderr.write(f"oauth-audit: error: {visible(message, 300)}\n")
    return EXIT_ERROR


def build_cli():
    """The click group: every command, its options and help."""
    import click

    from auditor import __version__

    @click.group(context_settings={"help_option_names": ["-h", "--help"]})
    @click.version_option(__version__, prog_name="oauth-audit")
    def cli() -> None:
        """See what an OAuth authorization exposes before you press "Allow".

        \b
        Examples:
          oauth-audit scan 'https://accounts.google.com/o/oauth2/v2/auth?...'
          oauth-audit scan --provider github --scopes repo
          oauth-audit scan URL --format json --fail-on medium
        """

    def scan_callback(inputs: tuple[str, ...], **kwargs: object) -> int:
        return run_scan(ScanArgs(inputs=inputs, **kwargs))  # type: ignore[arg-type]

    params: list[click.Parameter] = [click.Argument(["inputs"], nargs=-1, metavar="[URL|FILE|-]...")]
    for o in SCAN_OPTIONS:
        decls = [o.long] + ([o.short] if o.short else []) + [o.dest]
        if o.flag:
            params.append(click.Option(decls, is_flag=True, default=False, help=o.help))
        else:
            params.append(click.Option(decls, type=click.Choice(o.choices) if o.choices else str, default=o.default, show_default=o.default is not None, help=o.help, metavar=o.metavar))
    cli.add_command(click.Command("scan", params=params, callback=scan_callback, help="Audit authorization URLs, manifests, QR images (or a bare scope list) and report what they expose."))

    @cli.command("rules")
    @click.option("--format", "-f", "fmt", type=click.Choice(["terminal", "json"]), default="terminal")
    def rules_cmd(fmt: str) -> int:
        """List every rule with its id, severity and summary."""
        from auditor.rules import load_rules

        rules = load_rules()
        if fmt == "json":
            import json

            data = [{"id": r.id, "name": r.name, "severity": r.severity.label, "family": r.family, "summary": r.summary} for r in rules.values()]
            _write_output(json.dumps(sorted(data, key=lambda d: d["id"]), indent=2) + "\n", None)
        else:
            lines = [f"{r.id}  {r.severity.label:<8}  {r.name:<26}  {r.summary}" for r in sorted(rules.values())]
            _write_output("\n".join(lines) + "\n", None)
        return EXIT_OK

    @cli.command("scopes")
    @click.argument("provider", required=False)
    @click.argument("text", required=False, default="")
    @click.option("--format", "-f", "fmt", type=click.Choice(["terminal", "json"]), default="terminal")
    def scopes_cmd(provider: str | None, text: str, fmt: str) -> int:
        """Explore the catalog: providers, a search in one provider, or one scope explained.

        \b
        oauth-audit scopes                      providers and their scope counts
        oauth-audit scopes github               every GitHub scope
        oauth-audit scopes google drive         search Google's scopes for "drive"
        oauth-audit scopes github repo          explain one scope
        """

        from auditor import explore
        from auditor.catalog import load_catalog

        catalog = load_catalog()
        if provider is None:
            kind, data = "providers", explore.providers(catalog)
        else:
            try:
                provider = catalog.provider_id(provider)  # an alias such as facebook -> meta
            except ValueError as exc:
                raise InputError(str(exc)) from None
            data = explore.explain(catalog, provider, text) if text else None
            kind = "explain"
            if data is None:
                kind, data = "search", explore.search(catalog, provider, text)
        if fmt == "json":
            _write_output(json_text(data, indent=2, sort_keys=True) + "\n", None)
        else:
            _write_output(explore.render_text(kind, data), None)
        return EXIT_OK

    @cli.command("purposes")
    @click.option("--format", "-f", "fmt", type=click.Choice(["terminal", "json"]), default="terminal")
    def purposes_cmd(fmt: str) -> int:
        """List the purpose profiles for --purpose: what each kind of app needs.

        \b
        P01-P25: design profiles (sign-in, messaging, files, ads, ...).
        CN01-CN39 (cn.*): the 39 app types of 《常见类型移动互联网应用程序必要个人信息范围规定》 (2021),
        with the regulation's basic function (基本功能服务) and necessary information (必要个人信息).
        """
        from auditor.catalog import load_catalog

        catalog = load_catalog()
        profiles = catalog.purposes
        if fmt == "json":

            _write_output(json_text(profiles, indent=2, sort_keys=True) + "\n", None)
            return EXIT_OK

        def order(pid: str) -> tuple[int, str, str]:
            number = profiles[pid].get("number", "")
            return (1 if pid.startswith("cn.") else 0, number, pid)

        lines = []
        in_cn = False
        for pid in sorted(profiles, key=order):
            p = profiles[pid]
            if pid.startswith("cn.") and not in_cn:
                in_cn = True
                lines += ["", "《常见类型移动互联网应用程序必要个人信息范围规定》 (2021): the 39 app types", ""]
            lines.append(f"{pid}  {p.get('number', '')}  {p['en']} / {p['zh']}")
            if p.get("basic_function_zh"):
                lines.append(f"    基本功能服务 (basic function): {p['basic_function_zh']}")
                lines.append(f"        {p.get('basic_function', '')}")
            if p.get("necessary_zh"):
                lines.append(f"    必要个人信息 (necessary information): {p['necessary_zh']}")
                lines.append(f"        {p.get('necessary_info', '')}")
            lines.append(f"    necessary: {', '.join(p.get('necessary', [])) or 'nothing'}")
            if p.get("optional"):
                lines.append(f"    optional (separate consent): {', '.join(p['optional'])}")
            if p.get("red_flags"):
                lines.append(f"    red flags: {', '.join(p['red_flags'])}")
        _write_output("\n".join(lines) + "\n", None)
        return EXIT_OK

    @cli.command("intel")
    @click.argument("text", required=False, default="")
    @click.option("--format", "-f", "fmt", type=click.Choice(["terminal", "json"]), default="terminal")
    def intel_cmd(text: str, fmt: str) -> int:
        """List the known-abused and malicious apps (rule OA510), or search them by id or name.

        \b
        oauth-audit intel                       every entry: provider, kind, name, id, source
        oauth-audit intel rclone                search by name
        oauth-audit intel b15665d9-eda6-4092-8539-0eec376afd59   look up a client id
        """
        from auditor.catalog import load_catalog
        from auditor.rules import intel

        rows = intel.search(load_catalog(), text)
        if fmt == "json":
            _write_output(json_text(rows, indent=2, sort_keys=True) + "\n", None)
        else:
            _write_output(intel.render_text(rows, text), None)
        return EXIT_OK

    @cli.command("explain")
    @click.argument("rule_id")
    def explain_cmd(rule_id: str) -> int:
        """Print a rule's documentation (e.g. oauth-audit explain OA101)."""
        from auditor.rules import load_rules

        rules = load_rules()
        r = rules.get(rule_id.upper()) or next((x for x in rules.values() if x.name == rule_id), None)
        if r is None:
            raise UsageError(f"unknown rule {rule_id!r}; `oauth-audit rules` lists them")
        _write_output(f"{r.id} {r.name} (up to {r.severity.label})\n\n{r.doc}", None)
        return EXIT_OK

    from auditor.ci.commands import register

    register(cli)
    return cli


def _click_main(argv: list[str]) -> int:
    import click

    cli = build_cli()
    try:
        result = cli.main(args=argv, prog_name="oauth-audit", standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as exc:  # pragma: no cover - depends on click version
        sys.stdout.write(exc.ctx.get_help() + "\n")
        return EXIT_OK
    except click.UsageError as exc:
        return _fail(exc.format_message().splitlines()[0] if exc.format_message() else "usage error")
    except click.ClickException as exc:
        return _fail(exc.format_message())
    except click.exceptions.Abort:
        return _fail("aborted")
    except click.exceptions.Exit as exc:
        return exc.exit_code
    return result if isinstance(result, int) else EXIT_OK


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        fast = parse_scan_fast(argv[1:]) if argv[:1] == ["scan"] else None
        code = run_scan(fast) if fast is not None else _click_main(argv)
    except InputError as exc:
        code = _fail(str(exc))
    except BrokenPipeError:
        code = EXIT_OK
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
    except KeyboardInterrupt:
        code = _fail("interrupted")
    except Exception as exc:  # never a traceback for the user; OAUTH_AUDIT_DEBUG=1 shows it
        if os.environ.get("OAUTH_AUDIT_DEBUG"):
            raise
        code = _fail(f"internal error ({type(exc).__name__}): {exc}. Please report it; set OAUTH_AUDIT_DEBUG=1 for details.")
    sys.exit(code)
