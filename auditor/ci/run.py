"""The ``check`` pipeline: discover, read, analyze, suppress, decide.

Files are audited one by one; a file that cannot be read (too large, binary, broken JSON or YAML)
becomes an error entry naming it, and the others are still audited. Paths in reports are relative
to the repository's root whatever the working directory (:func:`display_path`), so SARIF locations,
annotations, fingerprints and ignores match the repository. The result is a
:class:`auditor.results.Run`: each finding's status (active, ignored, baselined, pre-existing) is
decided here, once, by :func:`run_check`'s ``decide``.
"""

from __future__ import annotations

import os
import subprocess
from collections import Counter

from auditor.ci import config, discover, suppress
from auditor.errors import InputError
from auditor.model import AuthorizationRequest, Location, Report, RequestedScope
from auditor.results import ACTIVE, BASELINED, IGNORED, PREEXISTING, Item, Run, build


GATE_ORDER = ("info", "low", "medium", "high", "critical", "never")


def notices(excluded, decl, fail_on_given: bool = False) -> list[tuple[str, str, str]]:
    """What every format must say about how much was audited: ``(kind, path, message)``.

    ``excluded``: a file left out by an exclude glob or a .gitignore that holds authorization
    requests; ``gate``: the repository's own declaration lowers the failing threshold below the
    default (``high``) — a contributor's change to the file under audit could otherwise switch the
    gate off silently. Decided here once; the renderers only print it."""
    out = []
    for path, origin, count in excluded:
        out.append(("excluded", path, f"{count} authorization request(s) not audited: excluded by {origin}"))
    if decl.fail_on and not fail_on_given and GATE_ORDER.index(decl.fail_on) > GATE_ORDER.index("high"):
        out.append(("gate", decl.path, f"the repository's declaration sets fail-on = {decl.fail_on!r}, above the default 'high'; pass --fail-on to the check in CI to keep the gate under your control"))
    return out


_ROOTS: dict[str, str | None] = {}


def repo_root(path: str) -> str | None:
    """The top of the git work tree holding ``path`` (a file or folder), or None outside one.

    Found as git finds it, by walking up to the nearest folder that holds ``.git`` (a folder, or the
    file of a worktree or submodule), with every folder on the way cached: one ``git`` process per
    folder cost more than the rest of a check of 2,000 files. With ``GIT_DIR`` or ``GIT_WORK_TREE``
    set, git itself is asked (once per folder)."""
    folder = os.path.abspath(path if os.path.isdir(path) else os.path.dirname(os.path.abspath(path)))
    if folder in _ROOTS:
        return _ROOTS[folder]
    if os.environ.get("GIT_DIR") or os.environ.get("GIT_WORK_TREE"):
        try:
            proc = subprocess.run(["git", "-C", folder, "rev-parse", "--show-toplevel"], capture_output=True, text=True, timeout=30)
            _ROOTS[folder] = os.path.abspath(proc.stdout.strip()) if proc.returncode == 0 and proc.stdout.strip() else None
        except (OSError, subprocess.TimeoutExpired):
            _ROOTS[folder] = None
        return _ROOTS[folder]
    seen = []
    current = folder
    while True:
        if current in _ROOTS:
            top = _ROOTS[current]
            break
        seen.append(current)
        if os.path.lexists(os.path.join(current, ".git")):
            top = current
            break
        parent = os.path.dirname(current)
        if parent == current:
            top = None
            break
        current = parent
    for f in seen:
        _ROOTS[f] = top
    return top


def display_path(path: str) -> str:
    """A path as reports show it: relative to the repository's root when it is in a git work tree
    (SARIF URIs, annotations, fingerprints and ignores match the repository whatever the working
    directory), else relative to the current directory when under it, else absolute."""
    absolute = os.path.abspath(path)
    top = repo_root(absolute)
    if top is not None:
        rel = os.path.relpath(absolute, top)
        if not rel.startswith(os.pardir):
            return rel.replace(os.sep, "/")
    rel = os.path.relpath(absolute, os.getcwd())
    return absolute if rel.startswith(os.pardir) else rel.replace(os.sep, "/")


def find_declaration(root: str) -> str | None:
    """The declaration that governs ``root``: the nearest ``oauth-audit.toml`` (or ``pyproject.toml``
    with ``[tool.oauth-audit]``) in ``root`` or a folder above it, up to the repository's root; outside
    a git work tree, only ``root`` itself."""
    folder = os.path.abspath(root)
    top = repo_root(folder)
    while True:
        found = config.find(folder)
        if found or top is None or folder == top:
            return found
        parent = os.path.dirname(folder)
        if parent == folder or not parent.startswith(top):
            return None
        folder = parent


def read_requests(path: str, shown: str, catalog, hint: str | None = None, text: str | None = None) -> tuple[list[AuthorizationRequest], str]:
    from auditor.sources.manifests import read_file, read_text

    if text is None:
        try:
            text = read_text(path)
        except InputError as exc:
            raise InputError(str(exc).replace(path, shown, 1)) from None
    return read_file(shown, text=text, hint=hint, catalog=catalog), text


def _options(decl, extra: dict | None = None, once: set | None = None) -> dict:
    # ``once``: rules already reported for the whole run (OA601, a missing purpose, is a fact about
    # the repository: said once, on its first request, not once per request).
    opts = {"check": True, "declaration": decl, "once_per_run": once if once is not None else set()}
    if decl.domains:
        opts["app_domain"] = decl.domains[0]
    if extra:
        opts.update(extra)
    return opts


def _key(request: AuthorizationRequest) -> tuple[str, str]:
    return (request.source, request.provider_id or request.host or "")


def run_check(
    target: str | list[str] | tuple[str, ...], *, catalog, hint: str | None = None, since: str | None = None, baseline: str | None = None,
    purpose: str | None = None, fail_on: str | None = None, min_severity: str | None = "low",
) -> Run:
    """Audit ``target``: a folder or a file, or several (a hook passes the files a commit changes).
    The declaration is the one that governs the folder holding them all. ``fail_on``: the gate given
    on the command line (default: the declaration's ``fail-on``, else ``high``); ``min_severity``: the
    lowest severity shown (what can fail the gate is always shown)."""
    from auditor.analyze import analyze

    targets = [target] if isinstance(target, str) else list(target) or ["."]
    for t in targets:
        if not t:
            raise InputError("an empty PATH: name a file or folder")
        if not os.path.exists(t):
            raise InputError(f"{t}: no such file or folder")
    folders = [os.path.abspath(t if os.path.isdir(t) else os.path.dirname(os.path.abspath(t))) for t in targets]
    root = folders[0] if len(folders) == 1 else os.path.commonpath(folders)
    found = find_declaration(root)
    decl = config.load(found, display_path(found), catalog) if found else config.EMPTY
    if purpose is not None:
        decl = decl._replace(purpose=purpose)
    excluded_paths: list[tuple[str, str]] = []
    errors: list[tuple[str, str]] = []
    files: list[str] = []
    spec = discover._spec(list(decl.exclude)) if decl.exclude and found else None
    for t, folder in zip(targets, folders):
        if not os.path.isdir(t):
            # a file named on the command line (or by a hook) is still subject to the declaration's
            # excludes: it is read, and reported as not audited
            rel = os.path.relpath(os.path.abspath(t), os.path.dirname(os.path.abspath(found))).replace(os.sep, "/") if spec else ""
            if spec is not None and not rel.startswith("../") and spec.match_file(rel):
                excluded_paths.append((t, "exclude"))
            else:
                files.append(t)
            continue
        # exclude globs are written relative to the declaration's folder
        base = os.path.relpath(folder, os.path.dirname(os.path.abspath(found))).replace(os.sep, "/") if found else "."
        tree = discover.scan_tree(folder, decl.exclude, discover.tracked_files(folder), exclude_base="" if base == "." else base)
        files += [os.path.join(folder, rel) for rel in tree.files]
        excluded_paths += [(os.path.join(folder, rel), why) for rel, why in tree.excluded]
        errors += [(display_path(os.path.join(folder, rel)), f"not audited: {why}") for rel, why in tree.unreadable]
    if len(targets) > 1:
        # one file named twice, or a file inside a folder also given, is audited once
        seen: set[str] = set()
        files = [f for f in files if not (os.path.abspath(f) in seen or seen.add(os.path.abspath(f)))]

    old: dict[tuple[str, str], tuple[set[str], set[str]]] | None = None
    old_fps: set[str] | None = None
    old_once: set[str] = set()
    if since is not None:
        old, old_fps = {}, set()

    reports: list[Report] = []
    texts: dict[str, str] = {}
    once: set[str] = set()
    for path in files:
        shown = display_path(path)
        try:
            requests, text = read_requests(path, shown, catalog, hint)
        except InputError as exc:
            errors.append((shown, str(exc)))
            continue
        if not requests:
            continue
        texts[shown] = text
        if since is not None:
            _load_old(path, shown, since, catalog, hint, decl, old, old_fps, old_once)
        for request in requests:
            extra = {}
            if old is not None:
                scopes, cats = old.get(_key(request), (set(), set()))
                extra = {"old_scopes": scopes, "old_categories": cats, "since": since}
            reports.append(analyze(request, catalog, purpose=decl.purpose, options=_options(decl, extra, once)))

    # Left out by an exclude glob or a .gitignore: still read, so that what is not audited is said.
    excluded: list[tuple[str, str, int]] = []
    excluded_by: dict[int, str] = {}  # id(report) -> reason
    for path, why in excluded_paths:
        shown = display_path(path)
        try:
            requests, _ = read_requests(path, shown, catalog, hint)
        except InputError:
            continue  # an unreadable excluded file holds nothing we could report
        if not requests:
            continue
        origin = f"{decl.path or 'oauth-audit.toml'} exclude" if why == "exclude" else why
        excluded.append((shown, origin, len(requests)))
        for request in requests:
            report = analyze(request, catalog, purpose=decl.purpose, options=_options(decl, once=once))
            reports.append(report)
            excluded_by[id(report)] = f"excluded by {origin}"

    if decl.present:
        requested = {rs.scope for r in reports for rs in r.scopes}
        stale = [s for s in decl.scopes if s not in requested]
        if stale:
            reports.append(_declaration_report(decl, stale, catalog))

    base = suppress.read_baseline(baseline) if baseline else {}

    def status(item: Item, legacy_counts: dict) -> tuple[str, str]:
        if id(item.report) in excluded_by:
            return IGNORED, excluded_by[id(item.report)]
        reason = _ignore_reason(item, decl, texts)
        if reason:
            return IGNORED, reason
        entry = base.get(item.fingerprint)
        if entry is None and legacy_counts.get(item.legacy) == 1:
            entry = base.get(item.legacy)  # a v1 baseline entry: honoured where it names one finding only
        if entry is not None:
            return BASELINED, f"baseline: {entry.get('reason') or 'accepted when the baseline was written'}"
        if old_fps is not None and item.fingerprint in old_fps:
            return PREEXISTING, f"present at {since}"
        return ACTIVE, ""

    def decide(items: list[Item]) -> list[tuple[str, str]]:
        # v1 fingerprints (computed only when a baseline is read) are counted over the whole run first
        legacy_counts = Counter(it.legacy for it in items) if base else {}
        return [status(it, legacy_counts) for it in items]

    gate = fail_on or decl.fail_on or "high"
    return build(
        reports, decide=decide, legacy=bool(base), fail_on=gate, min_severity=min_severity, errors=errors,
        notes=notices(excluded, decl, fail_on_given=fail_on is not None), files=len(files), excluded=tuple(excluded),
        declaration=decl, compared=bool(base) or since is not None,
    )


def _ignore_reason(item: Item, decl, texts: dict) -> str:
    """The declaration's or an inline comment's reason for accepting the finding, else ""."""
    finding, loc, source = item.finding, item.location, item.source
    for ig in decl.ignores:
        if ig.matches(finding.rule, source, finding.scope):
            return f"{decl.path}: {ig.reason}"
    if loc is not None and loc.line and source in texts:
        if isinstance(texts[source], str):
            texts[source] = texts[source].splitlines()  # once per file, for all its findings
        for rules, reason in suppress.inline_ignores(texts[source], loc.line):
            if finding.rule in rules and reason:
                return f"inline: {reason}"
    return ""


def inline_without_reason(result: Run) -> list[tuple[str, int]]:
    """Inline ignores that name no reason (they suppress nothing): ``(path, line)``."""
    out = []
    for path, text in result_texts(result):
        for n, line in enumerate(text.splitlines(), 1):
            m = suppress.INLINE.search(line)
            if m and not m.group(2).strip().rstrip("*/-->").strip():
                out.append((path, n))
    return out


def result_texts(result: Run):
    seen = set()
    for r in result.reports:
        src = r.request.source
        if src in seen or not os.path.isfile(src):
            continue
        seen.add(src)
        try:
            with open(src, encoding="utf-8", errors="replace") as fh:
                yield src, fh.read(5 * 1024 * 1024)
        except OSError:
            continue


def _declaration_report(decl, stale: list[str], catalog) -> Report:
    from auditor.analyze import exposures, score
    from auditor.rules import REGISTRY, RuleContext, load_rules

    load_rules()
    request = AuthorizationRequest(
        decl.path, "scope_list", "", "", "", "", None, False, (("manifest", "declaration"),),
        tuple(RequestedScope(s, Location(decl.path, "scopes", decl.scope_lines.get(s))) for s in stale),
    )
    ctx = RuleContext(request, catalog, None, (), (), decl.purpose, {"check": True, "declaration": decl, "stale_scopes": stale})
    ctx.current = REGISTRY["OA604"]
    findings = list(REGISTRY["OA604"].func(ctx))
    ctx.current = None
    from auditor.model import ResolvedScope

    scopes = tuple(ResolvedScope(rq, rq.scope, None) for rq in request.scopes)
    return Report(request, None, scopes, exposures(()), (), tuple(findings), score(findings), decl.purpose)


def git_show(path: str, rev: str) -> str | None:
    """The file's text at ``rev``, or None when it did not exist there. Raises InputError when
    ``rev`` is not a revision or the folder is not in a git work tree."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        top = subprocess.run(["git", "-C", folder, "rev-parse", "--show-toplevel"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise InputError(f"cannot run git: {exc}") from None
    if top.returncode:
        raise InputError(f"{display_path(path)}: not in a git work tree")
    rel = os.path.relpath(os.path.realpath(path), os.path.realpath(top.stdout.strip())).replace(os.sep, "/")
    if rev.startswith("-"):
        raise InputError(f"{rev!r} is not a git revision")
    verify = subprocess.run(["git", "-C", folder, "rev-parse", "--verify", "--quiet", rev + "^{commit}"], capture_output=True, text=True, timeout=30)
    if verify.returncode:
        shallow = subprocess.run(["git", "-C", folder, "rev-parse", "--is-shallow-repository"], capture_output=True, text=True, timeout=30)
        if shallow.stdout.strip() == "true":
            raise InputError(
                f"{rev!r} is not in this shallow clone: fetch the history first "
                f"(git fetch --unshallow, or actions/checkout with fetch-depth: 0)"
            )
        raise InputError(f"{rev!r} is not a git revision")
    shown = subprocess.run(["git", "-C", folder, "show", f"{verify.stdout.strip()}:{rel}"], capture_output=True, timeout=30)
    if shown.returncode:
        return None
    if len(shown.stdout) > 5 * 1024 * 1024:
        raise InputError(f"{display_path(path)} at {rev}: file too large")
    return shown.stdout.decode("utf-8-sig", errors="replace")


def _load_old(path, shown, since, catalog, hint, decl, old, old_fps, once) -> None:
    from auditor.analyze import analyze
    from auditor.fingerprint import fingerprints

    text = git_show(path, since)
    if text is None:
        return
    try:
        requests, _ = read_requests(path, shown, catalog, hint, text=text)
    except InputError:
        return
    pairs = []
    for request in requests:
        scopes = {rs.scope for rs in request.scopes}
        report = analyze(request, catalog, purpose=decl.purpose, options=_options(decl, once=once))
        cats = {e.category for e in report.exposures}
        have = old.setdefault(_key(request), (set(), set()))
        have[0].update(scopes)
        have[1].update(cats)
        pairs += [(report, f) for f in report.findings]
    # ranks as in the current run: the path is part of each identity, so one file's ranks are the run's
    old_fps.update(fingerprints(pairs))


def diff_requests(old: list[AuthorizationRequest], new: list[AuthorizationRequest], catalog, since: str = "OLD") -> list[Report]:
    """Reports of the NEW requests, analyzed against OLD: each carries OA605 findings for the scopes it
    adds; added and removed scopes are worked out by :func:`scope_changes`."""
    from auditor.analyze import analyze

    have: dict[str, tuple[set[str], set[str]]] = {}
    for request in old:
        report = analyze(request, catalog)
        entry = have.setdefault(request.provider_id or request.host or "", (set(), set()))
        entry[0].update(rs.scope for rs in request.scopes)
        entry[1].update(e.category for e in report.exposures)
    out = []
    for request in new:
        scopes, cats = have.get(request.provider_id or request.host or "", (set(), set()))
        out.append(analyze(request, catalog, options={"old_scopes": scopes, "old_categories": cats, "since": since}))
    return out


def scope_changes(old: list[AuthorizationRequest], new: list[AuthorizationRequest]) -> dict[str, tuple[list[str], list[str]]]:
    """provider -> (added scopes, removed scopes), in file order."""
    def by_provider(requests):
        out: dict[str, list[str]] = {}
        for r in requests:
            lst = out.setdefault(r.provider_id or r.host or "", [])
            lst.extend(s.scope for s in r.scopes if s.scope not in lst)
        return out

    a, b = by_provider(old), by_provider(new)
    changes = {}
    for provider in list(dict.fromkeys(list(b) + list(a))):
        before, after = a.get(provider, []), b.get(provider, [])
        added = [s for s in after if s not in before]
        removed = [s for s in before if s not in after]
        if added or removed:
            changes[provider] = (added, removed)
    return changes
