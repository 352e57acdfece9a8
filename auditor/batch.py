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

:class:`Records` goes further for ``scan --batch/--har/--log``: it keeps, per judgement, the
serialised records with the fields that change from line to line (the source, the line number,
the URL) left as slots, so a line that shares a judgement costs a string format, not a report
rebuilt and re-serialised. Before parsing, the URL text itself is looked up with the values of
``state``, ``nonce`` and ``code_challenge`` reduced as above (:func:`text_key`), so a repeated
request skips the URL reader too. Output is byte-identical to serialising every line on its own
(``Records(..., reuse=False)``; a test compares them). Fingerprints in batch records name the input
file, never the line (:func:`_line_free`).
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


# The query-string values text_key reduces: unreserved characters only (RFC 3986), so the text
# is the value the URL reader decodes (no %-escape, no "+"), and it cannot hold a control character.
_REDUCIBLE = re.compile(r"(?<=[?&#])(state|nonce|code_challenge)=([A-Za-z0-9._~-]*)(?=[&#]|$)")


def _reduce(m: re.Match) -> str:
    name, value = m.group(1), m.group(2)
    if name == "state":
        return "state=" + _state_key(value)
    if name == "nonce":
        return "nonce=\x00nonce" if value else m.group()
    return "code_challenge=\x00challenge" if _B64URL_43.match(value) else m.group()


def text_key(url: str) -> str:
    """The URL text with the values that change nothing in the verdict reduced as in
    :func:`cache_key`, for a lookup before parsing. Two texts with one key read as two requests
    with one :func:`cache_key` that differ only in those values (and so in the URL itself)."""
    return _REDUCIBLE.sub(_reduce, url)


def _line_free(report: Report, name: str) -> Report:
    """The report with every source (the request's and each scope's location) set to ``name``, the
    input without the line: what a record's fingerprints are computed from."""
    from auditor.model import RequestedScope

    request = report.request
    scopes = tuple(
        RequestedScope(rq.scope, rq.location._replace(source=name), rq.group) if rq.location is not None and rq.location.source == request.source else rq
        for rq in request.scopes
    )
    new_request = request._replace(source=name, scopes=scopes)
    resolved = tuple(
        ResolvedScope(scopes[i], rs[1], rs[2]) if i < len(scopes) and rs.requested is request.scopes[i] else rs
        for i, rs in enumerate(report.scopes)
    )
    return report._replace(request=new_request, scopes=resolved)


def record_dict(report: Report, catalog, name: str, source: str | None = None, url: str | None = None) -> dict:
    """The full JSON record of a request read from input ``name`` (``source`` is ``NAME:LINE``):
    the report's :func:`auditor.render.json.request_dict`, its fingerprints computed from ``name``
    alone (a request on two lines is one finding twice, not two findings), ``source`` and the
    locations naming the line, ``url`` the request's URL."""
    from auditor.render.json import request_dict

    source = report.request.source if source is None else source
    record = request_dict(_line_free(report, name), catalog)
    record["source"] = source
    if record.get("url") is not None:
        record["url"] = report.request.url if url is None else url
    for f in record["findings"]:
        if f["location"] is not None and f["location"]["source"] == name:
            f["location"]["source"] = source
    return record


class _Judgement:
    """One distinct judgement of a run: its key, its records with per-line slots, what the summary
    and the exit code need."""

    __slots__ = ("key", "compact", "full", "provider", "client", "level", "score", "scopes", "rules", "listed", "worst", "cost", "alive")


class Records:
    """The JSON Lines records of ``scan --batch/--har/--log``, one judgement serialised once.

    ``full``: today's record, the whole report, on every line (``--full``); otherwise a compact
    record per request (source, line, provider, client id, level, score, rule ids, scopes and the
    key of its judgement) and, before the first request of each judgement, one judgement record
    holding the full report (see docs/json-format.md). ``reuse=False`` serialises every line on its
    own (no cache): the reference the reused output must equal byte for byte.

    Memory is bounded: at most :data:`MAX_CACHE` judgements and :data:`MAX_CACHE_BYTES` of their
    estimated size (records included), least recently used evicted; the text lookup holds at most
    :data:`MAX_TEXTS` URL texts. The keys of judgement records already written are kept (16 bytes
    each) so that each is written once."""

    MAX_TEXTS = 20_000

    def __init__(self, catalog, *, provider: str | None = None, purpose: str | None = None, options: dict | None = None,
                 full: bool = False, reuse: bool = True, max_cache: int = MAX_CACHE, max_bytes: int = MAX_CACHE_BYTES) -> None:
        import os
        from collections import OrderedDict

        from auditor.sources.url import read_url

        self.catalog = catalog
        self.provider = provider
        self.full = full
        self.reuse = reuse
        self.read_url = read_url
        self.purpose, self.options = purpose, options
        self.judgements: OrderedDict[tuple, _Judgement] = OrderedDict()
        self.texts: OrderedDict[str, _Judgement] = OrderedDict()
        self.max_cache, self.max_bytes, self.bytes = max_cache, max_bytes, 0
        self.written: set[str] = set()
        self.summary = Summary()
        self.worst = -1
        self.first_error: tuple[str, str] | None = None  # (source, message) of the first line not read
        token = os.urandom(8).hex()  # slots no input can spell
        self._src, self._url = f"\x00src{token}\x00", f"\x00url{token}\x00"
        self._src_json, self._url_json = json_text(self._src), json_text(self._url)  # the slots as serialised
        self._context = json_text([purpose, options or {}, provider], sort_keys=True, default=str)

    # -- one line ----------------------------------------------------------------------------------

    def line(self, name: str, line_no: int, url: str) -> str:
        """The records (JSON Lines text) for one request found at ``name:line_no``."""
        source = f"{name}:{line_no}"
        j = self.find(url, source, name)
        if j.__class__ is str:
            self.summary.errors += 1
            if self.first_error is None:
                self.first_error = (source, j)
            return self._error(name, line_no, source, j)
        return self._emit(j, name, line_no, source, url)

    def find(self, url: str, source: str, name: str) -> _Judgement | str:
        """The judgement of the request ``url`` read at ``source`` (the one of an earlier request
        when they must be judged alike), or the message saying why the URL cannot be read."""
        key = text_key(url) if self.reuse else None
        j = self.texts.get(key) if key is not None else None
        if j is not None and j.alive:
            self.texts.move_to_end(key)
            return j
        from auditor.errors import InputError

        try:
            request = self.read_url(url, self.catalog, source=source, provider=self.provider)
        except InputError as exc:
            return str(exc)
        j = self._judge(request, name)
        if key is not None and request.kind == "oauth" and j.alive:
            self.texts[key] = j
            while len(self.texts) > self.MAX_TEXTS:
                self.texts.popitem(last=False)
        return j

    def report(self, report: Report, name: str, line_no: int | None) -> str:
        """The records of a report made outside the URL reader (the not-fully-audited OA701)."""
        j = self._build(report, name)
        return self._emit(j, name, line_no, report.request.source, report.request.url or "")

    # -- internals ---------------------------------------------------------------------------------

    def _error(self, name: str, line_no: int, source: str, message: str) -> str:
        if self.full:
            return json_text({"source": source, "error": message}) + "\n"
        return json_text({"record": "error", "source": name, "line": line_no, "error": message}, sort_keys=True) + "\n"

    def _judge(self, request, name: str) -> _Judgement:
        key = cache_key(request) if self.reuse else None
        if key is not None:
            j = self.judgements.get(key)
            if j is not None:
                self.judgements.move_to_end(key)
                return j
        report = analyze(request, self.catalog, purpose=self.purpose, options=self.options)
        j = self._build(report, name)
        if key is not None:
            while self.judgements and (len(self.judgements) >= self.max_cache or self.bytes + j.cost > self.max_bytes):
                _, old = self.judgements.popitem(last=False)
                self.bytes -= old.cost
                # the text lookup may still name it: it is marked dead and its records let go, so
                # the lookup holds only small shells whatever it names
                old.alive, old.full, old.compact = False, None, None
            if j.cost <= self.max_bytes:
                self.judgements[key] = j
                self.bytes += j.cost
            else:
                j.alive = False
        return j

    def _record(self, report: Report, name: str, source: str, url: str) -> dict:
        return record_dict(report, self.catalog, name, source, url)

    def _build(self, report: Report, name: str) -> _Judgement:
        import hashlib

        from auditor.fingerprint import client_id

        j = _Judgement()
        # the full record with slots for the per-line fields
        full = json_text(self._record(report, name, self._src, self._url), sort_keys=True)
        neutral = full.replace(self._src_json, '""').replace(self._url_json, '""')
        j.key = hashlib.sha256((self._context + neutral).encode("utf-8", "surrogatepass")).hexdigest()[:16]
        j.full = full.replace("{", "{{").replace("}", "}}").replace(self._src_json, "{0}").replace(self._url_json, "{1}") + "\n"
        scopes = list(dict.fromkeys(rs.scope for rs in report.scopes))
        rules = list(dict.fromkeys(f.rule for f in report.findings))
        r = report.request
        j.provider = r.provider_id or r.host or "(unknown)"
        j.client = client_id(report)
        j.level, j.score = report.risk.level, report.risk.score
        j.scopes, j.rules = frozenset(scopes), frozenset(rules)
        j.listed = (tuple(scopes), tuple(rules))  # in report order: the sets rebuilt from them iterate alike
        j.worst = max((int(f.severity) for f in report.findings), default=-1)
        compact = json_text({
            "record": "request", "source": self._src, "line": 0, "provider": r.provider_id or r.host or None,
            "client_id": j.client, "level": j.level, "score": j.score, "rules": rules, "scopes": scopes, "judgement": j.key,
        }, sort_keys=True)
        j.compact = compact.replace("{", "{{").replace("}", "}}").replace(self._src_json, "{0}").replace('"line": 0', '"line": {1}') + "\n"
        # the records (ASCII mostly), the cache key (every parameter, twice: the URL text and the
        # key tuple) and the shell
        j.cost = 2 * (len(j.full) + len(j.compact)) + 8 * len(report.request.url) + 2_000
        j.alive = self.reuse
        return j

    def _emit(self, j: _Judgement, name: str, line_no: int | None, source: str, url: str) -> str:
        self.summary._add(j.provider, j.client, j.level, j.score, j.scopes, j.rules)
        if j.worst > self.worst:
            self.worst = j.worst
        if self.full:
            return j.full.format(json_text(source), json_text(url) if url else "null")
        out = j.compact.format(json_text(name), "null" if line_no is None else line_no)
        if j.key not in self.written:
            self.written.add(j.key)
            out = self.judgement_record(j, source, url) + out
        self.spent(j)
        return out

    def judgement_record(self, j: _Judgement, source: str, url: str) -> str:
        """The judgement record of ``j`` (compact output), with the source and URL of the request it
        comes before: the full report, keys in sorted order as ``json_text(..., sort_keys=True)``
        would write them."""
        full = j.full.format(json_text(source), json_text(url) if url else "null")
        return f'{{"judgement": "{j.key}", "record": "judgement", "report": {full[:-1]}}}\n'

    def spent(self, j: _Judgement) -> None:
        """Let go of ``j``'s full record once its judgement record is written (compact records no
        longer need it)."""
        if j.full:
            if j.alive:
                self.bytes -= len(j.full) * 2
                j.cost -= len(j.full) * 2
            j.full = ""


def _new_group() -> dict:
    return {"count": 0, "level": "none", "score": 0, "scopes": Counter(), "rules": Counter()}


class Summary:
    """Who asks for what, how often, how risky: counts per (provider, client), bounded.

    The first :data:`MAX_GROUPS` distinct apps are counted one by one (each keeping at most
    :data:`MAX_SCOPES` scopes); requests of apps beyond them are aggregated (``untracked``: their
    number, highest level and score), so memory is bounded however many apps a log holds, and a
    risky request is never lost from the levels and the highest level. :meth:`as_dict` lists the
    :data:`TOP_APPS` riskiest, most frequent apps and aggregates the rest."""

    MAX_GROUPS = 10_000
    MAX_SCOPES = 50
    TOP_APPS = 100

    def __init__(self) -> None:
        self.requests = 0
        self.errors = 0
        self.levels: Counter = Counter()
        self.groups: dict[tuple[str, str], dict] = {}
        self.untracked = _new_group()

    def add(self, report: Report, client: str | None) -> None:
        provider = report.request.provider_id or report.request.host or "(unknown)"
        self._add(provider, client, report.risk.level, report.risk.score, {rs.scope for rs in report.scopes}, {f.rule for f in report.findings})

    def add_record(self, record: dict) -> None:
        """Count one full JSON Lines record (from :func:`audit_lines` or ``scan --format jsonl --full``)."""
        if "error" in record:
            self.errors += 1
            return
        provider = (record.get("provider") or {}).get("id") or (record.get("endpoint") or {}).get("host") or "(unknown)"
        risk = record["risk"]
        self._add(provider, record.get("client_id"), risk["level"], risk["score"],
                  {s["scope"] for s in record["scopes"]}, {f["rule"] for f in record["findings"]})

    def _add(self, provider: str, client: str | None, level: str, score: int, scopes, rules, count: int = 1) -> None:
        """Count ``count`` requests with one judgement. The counts equal ``count`` calls of one request
        each: an app is counted one by one when it is among the first :data:`MAX_GROUPS` to appear,
        and a scope when it is among the first :data:`MAX_SCOPES` of its app to appear, whatever
        comes between the calls."""
        self.requests += count
        self.levels[level] += count
        key = (provider, client or "")
        group = self.groups.get(key)
        if group is None:
            if len(self.groups) >= self.MAX_GROUPS:
                group = self.untracked
            else:
                group = self.groups[key] = _new_group()
        _count(group, count, level, score, scopes, rules, self.MAX_SCOPES)

    def merge(self, other: "Summary") -> "Summary":
        """Add another summary's counts to this one (for summaries built in parallel); returns self."""
        self.requests += other.requests
        self.errors += other.errors
        self.levels.update(other.levels)
        for key, theirs in other.groups.items():
            group = self.groups.get(key)
            if group is None:
                group = self.untracked if len(self.groups) >= self.MAX_GROUPS else self.groups.setdefault(key, _new_group())
            _count(group, theirs["count"], theirs["level"], theirs["score"], theirs["scopes"], theirs["rules"], self.MAX_SCOPES)
        u = other.untracked
        if u["count"]:
            _count(self.untracked, u["count"], u["level"], u["score"], u["scopes"], u["rules"], self.MAX_SCOPES)
        return self

    def as_dict(self) -> dict:
        rows = sorted(self.groups.items(), key=lambda kv: (-LEVELS.index(kv[1]["level"]), -kv[1]["count"], kv[0]))
        top, rest = rows[: self.TOP_APPS], rows[self.TOP_APPS:]
        other_level = max([g["level"] for _, g in rest] + ([self.untracked["level"]] if self.untracked["count"] else []), key=LEVELS.index, default="none")
        return {
            "requests": self.requests,
            "errors": self.errors,
            "levels": {lv: self.levels.get(lv, 0) for lv in LEVELS},
            "by_app": [
                {
                    "provider": p, "client_id": c or None, "requests": g["count"], "highest": g["level"], "max_score": g["score"],
                    "scopes": [s for s, _ in sorted(g["scopes"].items(), key=lambda x: (-x[1], x[0]))[:20]],
                    "rules": sorted(g["rules"]),
                }
                for (p, c), g in top
            ],
            "other_apps": {
                "apps": len(rest),
                "requests": sum(g["count"] for _, g in rest) + self.untracked["count"],
                "highest": other_level,
                "untracked_requests": self.untracked["count"],
            },
        }


def _count(group: dict, count: int, level: str, score: int, scopes, rules, max_scopes: int) -> None:
    group["count"] += count
    if LEVELS.index(level) > LEVELS.index(group["level"]):
        group["level"] = level
    if score > group["score"]:
        group["score"] = score
    have = group["scopes"]
    if isinstance(scopes, Counter):
        for scope, n in scopes.items():
            if scope in have or len(have) < max_scopes:
                have[scope] += n
    else:
        for scope in scopes:
            if scope in have or len(have) < max_scopes:
                have[scope] += count
    group["rules"].update(rules if isinstance(rules, Counter) else dict.fromkeys(rules, count))


def audit_lines(lines, *, kind: str = "batch", catalog=None, provider: str | None = None, purpose: str | None = None,
                options: dict | None = None, name: str = "input", stats=None):
    """Audit an iterable of text lines and yield one JSON-ready record per request: the library entry
    point for running ``scan --batch`` / ``--log`` work inside another engine (a Dask or Spark
    partition, a message consumer). Records are JSON-serialisable dicts, the same as the JSON Lines
    of ``scan --format jsonl --full``:
    a report (``source`` is ``NAME:LINE``, the line counted within ``lines``) or
    ``{"source": ..., "error": ...}`` for a line that is not a readable request.

    ``kind`` is ``"batch"`` (one URL per line) or ``"log"`` (authorization URLs found anywhere on a
    line of a proxy or server log). Lines may keep their newlines or not. Work is shared across
    requests that differ only in ``state``, ``nonce`` or PKCE challenge (see :class:`Auditor`).
    Pass a :class:`auditor.sources.logs.ReadStats` as ``stats`` to count skipped lines.
    """
    if kind not in ("batch", "log"):
        raise ValueError("kind is 'batch' or 'log'")
    if catalog is None:
        from auditor.catalog import load_catalog

        catalog = load_catalog()
    for source, report, error in _audit_stream(kind, LinesStream(lines), name, catalog, provider, purpose, options, stats):
        if report is None:
            yield {"source": source, "error": error}
        else:
            yield record_dict(report, catalog, name)


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


def run(kind: str, path: str, catalog, *, provider: str | None, purpose: str | None, options: dict, fmt: str, out, err, progress: bool,
        full: bool = False, reuse: bool = True, jobs: int = 1) -> tuple[Summary, int]:
    """Stream the requests of a batch file, HAR or log to ``out`` (JSON Lines — compact, or the full
    record per line with ``full`` — or nothing until the summary); return the summary and the
    highest severity seen (as an int). ``jobs`` above 1 lets worker processes audit a large input
    (:mod:`auditor.parallel`), with the same output; ``full``, or a catalog other than the bundled
    one, is audited in process. ``reuse=False`` serialises every line on its own (the reference of the
    byte-identity test).

    Fails closed, with :class:`InputError` (exit code 2): a batch file or log that is not text
    (:func:`auditor.sources.logs.not_text`, before anything is read), and an input in which
    requests were found but none could be read. An input without any request returns an empty
    summary: the command line says there is nothing to audit (exit code 3)."""
    import sys

    from auditor.errors import InputError
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
    records = Records(catalog, provider=provider, purpose=purpose, options=options, full=full, reuse=reuse)
    write = out.write if fmt == "jsonl" else None
    bar = None
    size = None if path == "-" else _size(path)
    if progress:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        from auditor.render.terminal import make_console

        bar = Progress(TextColumn("auditing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=make_console(err), transient=True)
        task = bar.add_task("scan", total=size)
        bar.start()
    reader = {"batch": logs.iter_lines_urls, "har": logs.iter_har_urls, "log": logs.iter_log_urls}[kind]
    kwargs = {"stats": stats} if kind == "batch" else {"catalog": catalog, "stats": stats}
    name = "stdin" if path == "-" else path
    line = records.line
    opened = stream
    try:
        if kind != "har":
            head, stream = logs.peek(stream, logs.TEXT_CHECK)
            reason = logs.not_text(head, complete=len(head) < logs.TEXT_CHECK)
            if reason is not None:
                raise InputError(f"{name}: {reason}")
            del head

        def audit(items) -> None:
            for n, (line_no, url) in enumerate(items, 1):
                text = line(name, line_no, url)
                if write is not None:
                    write(text)
                if bar is not None and n % 500 == 0:
                    bar.update(task, completed=stream.tell() if hasattr(stream, "tell") and path != "-" else n)

        if jobs > 1:
            from auditor.catalog import load_catalog

            # --full writes the whole report on every line (11 KB each): handing that from process
            # to process costs more than the work spread (docs/performance.md), so it stays here
            if full or catalog is not load_catalog():
                jobs = 1
        if jobs > 1:
            from auditor import parallel

            def advance(position: int | None, requests: int) -> None:
                bar.update(task, completed=position if position is not None and size is not None else requests)

            parallel.run(kind, stream, name, records, stats, jobs=jobs, write=write, audit=audit, progress=advance if bar is not None else None)
        else:
            audit(reader(stream, **kwargs))
    finally:
        if bar is not None:
            bar.stop()
        if path != "-":
            opened.close()
    for warning in stats.warnings():
        err.write(f"oauth-audit: {visible(warning, 300)}\n")
    if stats.too_long:
        # Fail closed: what a limit kept us from reading is a finding of its own (OA701, high), in
        # the records, the summary and the exit code, never only a line on stderr.
        from auditor.rules.completeness import incomplete

        skipped = stats.warnings()[0]
        report = analyze(incomplete(
            name,
            f"Not fully audited: {stats.lines - stats.too_long:,} of {stats.lines:,} lines or entries examined; {skipped}.",
            f"未完整审计：共 {stats.lines:,} 行（或条目），检查了 {stats.lines - stats.too_long:,} 行；"
            f"{stats.too_long:,} 行超过长度限制被跳过（{', '.join(str(n) for n in stats.examples['too_long'])}）。",
        ), catalog)
        text = records.report(report, name, None)
        if write is not None:
            write(text)
    summary = records.summary
    if not summary.requests and summary.errors:
        # Fail closed: requests were found and none could be read, which is no verdict at all.
        source, message = records.first_error
        raise InputError(f"{name}: nothing could be audited: none of the {summary.errors:,} request(s) in it could be read "
                         f"({source}: {message})")
    return summary, records.worst


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
    other = d["other_apps"]
    apps = other["apps"] + max(0, len(d["by_app"]) - 50)
    requests = other["requests"] + sum(g["requests"] for g in d["by_app"][50:])
    if requests:
        highest = max([other["highest"]] + [g["highest"] for g in d["by_app"][50:]], key=LEVELS.index)
        untracked = other["untracked_requests"]
        if zh:
            more = f"，另有 {untracked} 个请求来自未单独统计的应用" if untracked else ""
            lines.append(f"  …… 另有 {apps} 个应用共 {requests} 个请求，最高 {i18n.level(highest, lang)}{more}")
        else:
            more = f"; {untracked} of them from apps beyond the {Summary.MAX_GROUPS:,} counted one by one" if untracked else ""
            lines.append(f"  … {apps} more app(s), {requests} request(s), highest {i18n.level(highest, lang)}{more}")
    return "\n".join(lines) + "\n"
