"""Many requests at once (``scan --batch/--har/--log``): streaming, flat memory, shared work.

Requests from one app differ mostly in values that change nothing in the verdict: a fresh ``state``
and ``nonce`` and a new PKCE challenge on every request. :class:`Auditor` keys a bounded cache on
the request with exactly those values reduced to what the rules look at, and re-attaches the real
request to the cached judgement, so a log of a million sign-ins costs a few thousand analyses:

- ``state``: the rules read only whether it is a placeholder, its length when shorter than 7, and
  whether a short one is all digits or all letters (OA402, which prints the value only when it is a
  placeholder). Any other value of 7 or more characters is reduced to one token;
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
from auditor.model import Report

_B64URL_43 = re.compile(r"^[A-Za-z0-9_-]{43}$")
MAX_CACHE = 20_000
LEVELS = ["none", "low", "medium", "high", "critical"]


def _state_key(value: str) -> str:
    from auditor.rules.hygiene import PLACEHOLDER_STATES

    if len(value) >= 7 and value.lower() not in PLACEHOLDER_STATES:
        return "\x00state"
    return value


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


class Auditor:
    """``audit(request) -> Report`` with a bounded cache of judgements (see the module docstring)."""

    def __init__(self, catalog, purpose: str | None = None, options: dict | None = None, max_cache: int = MAX_CACHE) -> None:
        self.catalog = catalog
        self.purpose = purpose
        self.options = options
        self.max_cache = max_cache
        self.cache: dict[tuple, Report] = {}
        self.hits = 0
        self.misses = 0

    def audit(self, request) -> Report:
        key = cache_key(request)
        cached = self.cache.get(key)
        if cached is None:
            self.misses += 1
            report = analyze(request, self.catalog, purpose=self.purpose, options=self.options)
            if len(self.cache) >= self.max_cache:
                self.cache.pop(next(iter(self.cache)))  # oldest first: bounded memory
            self.cache[key] = report
            return report
        self.hits += 1
        scopes = tuple(
            rs._replace(requested=rq) if i < len(request.scopes) else rs
            for i, (rs, rq) in enumerate(zip(cached.scopes, request.scopes + (None,) * (len(cached.scopes) - len(request.scopes))))
        )
        return cached._replace(request=request, scopes=scopes)


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
        self.requests += 1
        self.levels[report.risk.level] += 1
        provider = report.request.provider_id or report.request.host or "(unknown)"
        key = (provider, client or "")
        group = self.groups.get(key)
        if group is None:
            if len(self.groups) >= self.MAX_GROUPS:
                self.dropped += 1
                return
            group = self.groups[key] = {"count": 0, "level": "none", "score": 0, "scopes": Counter(), "rules": Counter()}
        group["count"] += 1
        if LEVELS.index(report.risk.level) > LEVELS.index(group["level"]):
            group["level"] = report.risk.level
        group["score"] = max(group["score"], report.risk.score)
        if len(group["scopes"]) < 200:
            group["scopes"].update({rs.scope for rs in report.scopes})
        group["rules"].update({f.rule for f in report.findings})

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


def run(kind: str, path: str, catalog, *, provider: str | None, purpose: str | None, options: dict, fmt: str, out, err, progress: bool) -> tuple[Summary, int]:
    """Stream the requests of a batch file, HAR or log to ``out`` (JSON Lines, or nothing until the
    summary); return the summary and the highest severity seen (as an int)."""
    import json
    import sys

    from auditor.errors import InputError
    from auditor.fingerprint import client_id
    from auditor.render.json import request_dict
    from auditor.render.safe import visible
    from auditor.sources import logs
    from auditor.sources.url import read_url

    stats = logs.ReadStats()
    if path == "-":
        stream = sys.stdin.buffer
    else:
        try:
            stream = open(path, "rb")
        except OSError as exc:
            raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    reader = {"batch": logs.iter_lines_urls, "har": logs.iter_har_urls, "log": logs.iter_log_urls}[kind]
    kwargs = {"stats": stats} if kind == "batch" else {"catalog": catalog, "stats": stats}
    auditor = Auditor(catalog, purpose, options)
    summary = Summary()
    worst = -1
    bar = None
    if progress:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        from auditor.render.terminal import make_console

        size = None if path == "-" else _size(path)
        bar = Progress(TextColumn("auditing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=make_console(err), transient=True)
        task = bar.add_task("scan", total=size)
        bar.start()
    try:
        name = "stdin" if path == "-" else path
        for n, (line_no, url) in enumerate(reader(stream, **kwargs), 1):
            source = f"{name}:{line_no}"
            try:
                request = read_url(url, catalog, source=source, provider=provider)
            except InputError as exc:
                summary.errors += 1
                if fmt == "jsonl":
                    out.write(json.dumps({"source": source, "error": str(exc)}, ensure_ascii=False) + "\n")
                continue
            report = auditor.audit(request)
            summary.add(report, client_id(report))
            if report.findings:
                worst = max(worst, max(int(f.severity) for f in report.findings))
            if fmt == "jsonl":
                out.write(json.dumps(request_dict(report, catalog), ensure_ascii=False, sort_keys=True) + "\n")
            if bar is not None and n % 500 == 0:
                bar.update(task, completed=stream.tell() if hasattr(stream, "tell") and path != "-" else n)
    finally:
        if bar is not None:
            bar.stop()
        if path != "-":
            stream.close()
    for warning in stats.warnings():
        err.write(f"oauth-audit: {visible(warning, 300)}\n")
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
