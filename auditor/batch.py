"""Many requests at once (``scan --batch/--har/--log``): streaming, flat memory, shared work.

Requests from one app differ mostly in values that change nothing in the verdict: a fresh ``state``
and ``nonce`` and a new PKCE challenge on every request. :class:`Auditor` keys a bounded cache on
the request with exactly those values reduced to what the rules look at, and re-attaches the real
request to the cached judgement, so a log of a million sign-ins costs a few thousand analyses:

- ``state``: the rules read only whether it is a placeholder, its length when shorter than 7, and
  whether a short one is all digits or all letters (OA402, which prints the value only when it is a
  placeholder). A placeholder stays word for word; a short value is reduced to its length and
  class; any other value of 7 or more characters to one token;
- ``nonce``: the rules read only whether it is present;
- ``code_challenge``: only whether it is 43 base64url characters (OA404).

Everything else (every other parameter, host, path, scopes) is part of the key, so two requests
share a judgement only when every rule must give them the same findings. A test checks that cached
and uncached reports are identical over a generated corpus.
"""

from __future__ import annotations

import re
from collections import Counter

from auditor.analyze import analyze
from auditor.model import Report, ResolvedScope
from auditor.render.safe import json_text

_B64URL_43 = re.compile(r"^[A-Za-z0-9_-]{43}$")
MAX_CACHE = 20_000
MAX_CACHE_BYTES = 48 * 1024 * 1024  # estimated size of the cached judgements (see _cost)
LEVELS = ["none", "low", "medium", "high", "critical"]


_PLACEHOLDERS: frozenset | None = None


def _state_key(value: str) -> str:
    global _PLACEHOLDERS
    if _PLACEHOLDERS is None:
        from auditor.rules.hygiene import PLACEHOLDER_STATES

        _PLACEHOLDERS = frozenset(PLACEHOLDER_STATES)
    if value.lower() in _PLACEHOLDERS:
        return value  # OA402 prints a placeholder, so it stays in the key word for word
    if len(value) >= 7:
        return "\x00state"
    # A short state: OA402 reads only its length and whether it is all digits or all letters.
    return f"\x00state:{len(value)}:{int(value.isdigit())}:{int(value.isalpha())}"


def cache_key(request) -> tuple:
    params = []
    for k, v in request.params:
        if k == "state":
            v = _state_key(v)
        elif k == "nonce":
            v = "\x00nonce"
        elif k == "code_challenge" and _B64URL_43.match(v):
            v = "\x00challenge"
        params.append((k, v))
    return (request.kind, request.scheme, request.host, request.path, request.provider_id, request.endpoint_known, request.session_login_id, tuple(params))


def _cost(key: tuple, report: Report) -> int:
    """An estimate, in bytes, of what a cached judgement holds beyond the shared catalog: its key
    and request (every parameter, the URL), and its findings' messages. Characters are counted at 4
    bytes (the widest str storage) plus a fixed overhead per object, so the estimate stays above the
    real size for hostile input made of long values."""
    r = report.request
    chars = len(r.url) + sum(len(k) + len(v) for k, v in r.params) * 2 + sum(len(s.scope) for s in r.scopes)
    chars += sum(len(f.message) + len(f.message_zh) + len(f.detail) + len(f.fix) for f in report.findings)
    return 4 * chars + 2_000 + 300 * (len(r.params) + len(r.scopes) + len(report.findings))


class Auditor:
    """``audit(request) -> Report`` with a bounded cache of judgements (see the module docstring).

    The cache is bounded twice: at most ``max_cache`` judgements, and at most ``max_bytes`` of their
    estimated size (:func:`_cost`), so a log of a few very long distinct requests cannot fill memory
    either. It evicts the least recently used judgement: a log that cycles through more apps than
    the cache holds keeps its hot ones."""

    def __init__(self, catalog, purpose: str | None = None, options: dict | None = None, max_cache: int = MAX_CACHE,
                 max_bytes: int = MAX_CACHE_BYTES) -> None:
        from collections import OrderedDict

        self.catalog = catalog
        self.purpose = purpose
        self.options = options
        self.max_cache = max_cache
        self.max_bytes = max_bytes
        self.cache: OrderedDict[tuple, tuple[Report, int]] = OrderedDict()
        self.bytes = 0
        self.hits = 0
        self.misses = 0

    def audit(self, request) -> Report:
        key = cache_key(request)
        hit = self.cache.get(key)
        if hit is None:
            self.misses += 1
            report = analyze(request, self.catalog, purpose=self.purpose, options=self.options)
            cost = _cost(key, report)
            if cost > self.max_bytes:
                return report  # too large to keep at all
            while self.cache and (len(self.cache) >= self.max_cache or self.bytes + cost > self.max_bytes):
                _, (_, old) = self.cache.popitem(last=False)  # least recently used
                self.bytes -= old
            self.cache[key] = (report, cost)
            self.bytes += cost
            return report
        self.cache.move_to_end(key)
        cached = hit[0]
        self.hits += 1
        requested = request.scopes
        n = len(requested)
        scopes = tuple([ResolvedScope(requested[i], rs[1], rs[2]) if i < n else rs for i, rs in enumerate(cached.scopes)])
        return cached._replace(request=request, scopes=scopes)


def _new_group() -> dict:
    return {"count": 0, "level": "none", "score": 0, "scopes": Counter(), "rules": Counter()}


class Summary:
    """Who asks for what, how often, how risky: counts per (provider, client), bounded."""

    MAX_GROUPS = 10_000

    def __init__(self) -> None:
        self.requests = 0
        self.errors = 0
        self.levels: Counter = Counter()
        self.groups: dict[tuple[str, str], dict] = {}
        self.dropped = 0

    def add(self, report: Report, client: str | None) -> None:
        provider = report.request.provider_id or report.request.host or "(unknown)"
        self._add(provider, client, report.risk.level, report.risk.score, {rs.scope for rs in report.scopes}, {f.rule for f in report.findings})

    def add_record(self, record: dict) -> None:
        """Count one JSON Lines record (from :func:`audit_lines` or ``scan --format jsonl``)."""
        if "error" in record:
            self.errors += 1
            return
        provider = (record.get("provider") or {}).get("id") or (record.get("endpoint") or {}).get("host") or "(unknown)"
        risk = record["risk"]
        self._add(provider, record.get("client_id"), risk["level"], risk["score"],
                  {s["scope"] for s in record["scopes"]}, {f["rule"] for f in record["findings"]})

    def _add(self, provider: str, client: str | None, level: str, score: int, scopes: set, rules: set) -> None:
        self.requests += 1
        self.levels[level] += 1
        key = (provider, client or "")
        group = self.groups.get(key)
        if group is None:
            if len(self.groups) >= self.MAX_GROUPS:
                self.dropped += 1
                return
            group = self.groups[key] = _new_group()
        group["count"] += 1
        if LEVELS.index(level) > LEVELS.index(group["level"]):
            group["level"] = level
        group["score"] = max(group["score"], score)
        if len(group["scopes"]) < 200:
            group["scopes"].update(scopes)
        group["rules"].update(rules)

    def merge(self, other: "Summary") -> "Summary":
        """Add another summary's counts to this one (for summaries built in parallel); returns self."""
        self.requests += other.requests
        self.errors += other.errors
        self.levels.update(other.levels)
        self.dropped += other.dropped
        for key, theirs in other.groups.items():
            group = self.groups.get(key)
            if group is None:
                if len(self.groups) >= self.MAX_GROUPS:
                    self.dropped += theirs["count"]
                    continue
                group = self.groups[key] = _new_group()
            group["count"] += theirs["count"]
            if LEVELS.index(theirs["level"]) > LEVELS.index(group["level"]):
                group["level"] = theirs["level"]
            group["score"] = max(group["score"], theirs["score"])
            if len(group["scopes"]) < 200:
                group["scopes"].update(theirs["scopes"])
            group["rules"].update(theirs["rules"])
        return self

    def as_dict(self) -> dict:
        rows = sorted(self.groups.items(), key=lambda kv: (-LEVELS.index(kv[1]["level"]), -kv[1]["count"], kv[0]))
        return {
            "requests": self.requests,
            "errors": self.errors,
            "levels": {lv: self.levels.get(lv, 0) for lv in LEVELS},
            "groups_not_counted": self.dropped,
            "by_app": [
                {
                    "provider": p, "client_id": c or None, "requests": g["count"], "highest": g["level"], "max_score": g["score"],
                    "scopes": [s for s, _ in sorted(g["scopes"].items(), key=lambda x: (-x[1], x[0]))[:20]],
                    "rules": sorted(g["rules"]),
                }
                for (p, c), g in rows
            ],
        }


def audit_lines(lines, *, kind: str = "batch", catalog=None, provider: str | None = None, purpose: str | None = None,
                options: dict | None = None, name: str = "input", stats=None):
    """Audit an iterable of text lines and yield one JSON-ready record per request: the library entry
    point for running ``scan --batch`` / ``--log`` work inside another engine (a Dask or Spark
    partition, a message consumer). Records are JSON-serialisable dicts, the same as the JSON Lines
    of ``scan --format jsonl``:
    a report (``source`` is ``NAME:LINE``, the line counted within ``lines``) or
    ``{"source": ..., "error": ...}`` for a line that is not a readable request.

    ``kind`` is ``"batch"`` (one URL per line) or ``"log"`` (authorization URLs found anywhere on a
    line of a proxy or server log). Lines may keep their newlines or not. Work is shared across
    requests that differ only in ``state``, ``nonce`` or PKCE challenge (see :class:`Auditor`).
    Pass a :class:`auditor.sources.logs.ReadStats` as ``stats`` to count skipped lines.
    """
    from auditor.render.json import request_dict

    if kind not in ("batch", "log"):
        raise ValueError("kind is 'batch' or 'log'")
    if catalog is None:
        from auditor.catalog import load_catalog

        catalog = load_catalog()
    for source, report, error in _audit_stream(kind, LinesStream(lines), name, catalog, provider, purpose, options, stats):
        if report is None:
            yield {"source": source, "error": error}
        else:
            yield request_dict(report, catalog)


def audit_to_file(lines, path: str, *, kind: str = "batch", name: str = "input", catalog=None, provider: str | None = None,
                  purpose: str | None = None, options: dict | None = None) -> "Summary":
    """Audit lines into a JSON Lines file and return their :class:`Summary` (one call per partition
    of a distributed job; summaries combine with :meth:`Summary.merge`).

    The file is written beside ``path`` under a temporary name and renamed into place at the end, so
    a failed or cancelled task never leaves a partial file. Memory stays flat: records are written as
    they are made. Lines that cannot be read appear as error records and in ``summary.errors``.
    """
    from auditor.atomic import atomic_write

    summary = Summary()
    with atomic_write(path, newline="\n") as fh:
        for record in audit_lines(lines, kind=kind, catalog=catalog, provider=provider, purpose=purpose, options=options, name=name):
            summary.add_record(record)
            fh.write(json_text(record, sort_keys=True) + "\n")
    return summary


class LinesStream:
    """A ``read()``-able text stream over an iterable of lines, for the streaming readers."""

    def __init__(self, lines) -> None:
        self._it = iter(lines)

    def read(self, size: int = -1) -> str:
        parts: list[str] = []
        total = 0
        for line in self._it:
            if not isinstance(line, str):
                line = bytes(line).decode("utf-8", "replace")
            if not line.endswith("\n"):
                line += "\n"
            parts.append(line)
            total += len(line)
            if size >= 0 and total >= size:
                break
        return "".join(parts)


def _audit_stream(kind: str, stream, name: str, catalog, provider, purpose, options, stats, auditor=None):
    """``(source, report, None)`` or ``(source, None, error message)`` for each request of a stream."""
    from auditor.errors import InputError
    from auditor.sources import logs
    from auditor.sources.url import read_url

    stats = stats if stats is not None else logs.ReadStats()
    reader = {"batch": logs.iter_lines_urls, "har": logs.iter_har_urls, "log": logs.iter_log_urls}[kind]
    kwargs = {"stats": stats} if kind == "batch" else {"catalog": catalog, "stats": stats}
    auditor = auditor if auditor is not None else Auditor(catalog, purpose, options)
    for line_no, url in reader(stream, **kwargs):
        source = f"{name}:{line_no}"
        try:
            request = read_url(url, catalog, source=source, provider=provider)
        except InputError as exc:
            yield source, None, str(exc)
            continue
        yield source, auditor.audit(request), None


def run(kind: str, path: str, catalog, *, provider: str | None, purpose: str | None, options: dict, fmt: str, out, err, progress: bool) -> tuple[Summary, int]:
    """Stream the requests of a batch file, HAR or log to ``out`` (JSON Lines, or nothing until the
    summary); return the summary and the highest severity seen (as an int)."""
    import sys

    from auditor.errors import InputError
    from auditor.fingerprint import client_id
    from auditor.render.json import request_dict
    from auditor.render.safe import visible
    from auditor.sources import logs

    stats = logs.ReadStats()
    if path == "-":
        stream = sys.stdin.buffer
    else:
        try:
            stream = open(path, "rb")
        except OSError as exc:
            raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    summary = Summary()
    worst = -1
    bar = None
    if progress:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        from auditor.render.terminal import make_console

        size = None if path == "-" else _size(path)
        bar = Progress(TextColumn("auditing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=make_console(err), transient=True)
        task = bar.add_task("scan", total=size)
        bar.start()
    try:
        name = "stdin" if path == "-" else path
        for n, (source, report, error) in enumerate(_audit_stream(kind, stream, name, catalog, provider, purpose, options, stats), 1):
            if report is None:
                summary.errors += 1
                if fmt == "jsonl":
                    out.write(json_text({"source": source, "error": error}) + "\n")
                continue
            summary.add(report, client_id(report))
            if report.findings:
                worst = max(worst, max(int(f.severity) for f in report.findings))
            if fmt == "jsonl":
                out.write(json_text(request_dict(report, catalog), sort_keys=True) + "\n")
            if bar is not None and n % 500 == 0:
                bar.update(task, completed=stream.tell() if hasattr(stream, "tell") and path != "-" else n)
    finally:
        if bar is not None:
            bar.stop()
        if path != "-":
            stream.close()
    for warning in stats.warnings():
        err.write(f"oauth-audit: {visible(warning, 300)}\n")
    if stats.too_long:
        # Fail closed: what a limit kept us from reading is a finding of its own (OA701, high), in
        # the records, the summary and the exit code, never only a line on stderr.
        from auditor.analyze import analyze
        from auditor.rules.completeness import incomplete

        skipped = stats.warnings()[0]
        report = analyze(incomplete(
            "stdin" if path == "-" else path,
            f"Not fully audited: {stats.lines - stats.too_long:,} of {stats.lines:,} lines or entries examined; {skipped}.",
            f"未完整审计：共 {stats.lines:,} 行（或条目），检查了 {stats.lines - stats.too_long:,} 行；"
            f"{stats.too_long:,} 行超过长度限制被跳过（{', '.join(str(n) for n in stats.examples['too_long'])}）。",
        ), catalog)
        summary.add(report, None)
        worst = max(worst, max(int(f.severity) for f in report.findings))
        if fmt == "jsonl":
            out.write(json_text(request_dict(report, catalog), sort_keys=True) + "\n")
    return summary, worst


def _size(path: str) -> int | None:
    import os

    try:
        return os.path.getsize(path)
    except OSError:
        return None


def render_summary(summary: Summary, lang: str = "en") -> str:
    from auditor import i18n
    from auditor.render.safe import visible

    d = summary.as_dict()
    zh = lang == "zh"
    lines = []
    levels = ", ".join(f"{i18n.level(lv, lang)} {d['levels'][lv]}" for lv in reversed(LEVELS) if d["levels"][lv])
    if zh:
        lines.append(f"共审计 {d['requests']} 个请求（{levels or '无'}）；{d['errors']} 行无法读取。")
        lines.append("")
        lines.append("按应用（平台、client id）：")
    else:
        lines.append(f"{d['requests']} request(s) audited ({levels or 'none'}); {d['errors']} line(s) could not be read.")
        lines.append("")
        lines.append("By app (provider, client id):")
    for g in d["by_app"][:50]:
        client = visible(g["client_id"] or "-", 60)
        scopes = visible(" ".join(g["scopes"][:6]), 160)
        lines.append(f"  {i18n.level(g['highest'], lang):<8} {g['requests']:>8}  {visible(g['provider'], 40)}  {client}  {scopes}")
    if len(d["by_app"]) > 50:
        lines.append(f"  … {len(d['by_app']) - 50} more" if not zh else f"  …… 另有 {len(d['by_app']) - 50} 个")
    return "\n".join(lines) + "\n"
