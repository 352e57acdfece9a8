"""Authorization URLs from large inputs, streamed: batch files, HAR captures, proxy and server logs.

Every reader is a generator of ``(line_no, url)`` over a stream opened in binary (preferred: bytes
that are not UTF-8 are decoded with U+FFFD replacement characters) or text mode. Memory stays flat
whatever the size of the input: the stream is read in chunks of :data:`CHUNK` characters, and a line
(or a HAR entry) longer than its limit is skipped without being held, and counted in the optional
:class:`ReadStats` the caller passes, so the caller can warn once at the end.

- :func:`iter_lines_urls`: one URL per line (``oauth-audit scan`` batch files); every line is yielded.
- :func:`iter_har_urls`: HTTP Archive files (browser dev tools, proxies): ``request.url`` of each entry,
  plus its redirect target (``response.redirectURL``) and ``Location`` response headers.
- :func:`iter_log_urls`: web-proxy and server logs: every absolute ``http(s)://`` URL on a line.

The HAR and log readers keep only URLs that look like authorization requests (:func:`looks_like_authorization`):
a capture holds hundreds of image and script requests, a log millions of lines. Reading each URL is
left to :func:`auditor.sources.url.read_url`.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from urllib.parse import parse_qsl, urljoin, urlsplit

from auditor.errors import InputError
from auditor.sources.url import MAX_URL_LENGTH

CHUNK = 1 << 16
MAX_LOG_LINE = 1 << 20  # a log line may carry much more than a URL (JSON logs, long user agents)
MAX_HAR_ENTRY = 64 << 20  # characters; the most a value of the HAR document is parsed whole
MAX_HAR_HEADERS = 1 << 20  # characters of one response's headers array (read to find Location)
FAST_ENTRY = 1 << 20  # characters: an entry up to this size is parsed whole, a larger one field by field
_MAX_EXAMPLES = 5

_OAUTH_QUERY = re.compile(r"[?&#;](?:client_id|response_type|scope)=")
_ABSOLUTE_URL = re.compile(r"(?i)https?://[^\s\"'<>`{}|^]+")
_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_RELATIVE_REQUEST = re.compile(r'"[A-Z]{3,10} (/[^\s"]*) HTTP/[0-9.]+"')
_WS = re.compile(r"[ \t\r\n]*")


class ReadStats:
    """What a reader skipped, for one warning line each at the end of a batch.

    ``lines``: lines (or HAR entries) read; ``too_long``: lines, URLs or HAR entries over their limit,
    skipped; ``relative``: Common Log Format request lines whose target is a relative path with OAuth
    parameters (the host is unknown, so they cannot be read); ``examples``: the first line numbers
    of each kind.
    """

    __slots__ = ("lines", "too_long", "relative", "examples")

    def __init__(self) -> None:
        self.lines = 0
        self.too_long = 0
        self.relative = 0
        self.examples: dict[str, list[int]] = {"too_long": [], "relative": []}

    def _note(self, kind: str, line_no: int) -> None:
        setattr(self, kind, getattr(self, kind) + 1)
        if len(self.examples[kind]) < _MAX_EXAMPLES:
            self.examples[kind].append(line_no)

    def warnings(self) -> list[str]:
        """One line per kind of skip, e.g. ``skipped 2 lines over the length limit (lines 3, 9)``."""
        out = []
        if self.too_long:
            out.append(f"skipped {self.too_long:,} line(s), URL(s) or entries over the length limit ({_lines(self.examples['too_long'], self.too_long)})")
        if self.relative:
            out.append(
                f"skipped {self.relative:,} request line(s) with a relative OAuth target: the log does not say the host "
                f"({_lines(self.examples['relative'], self.relative)})"
            )
        return out


def _lines(numbers: list[int], total: int) -> str:
    text = ", ".join(str(n) for n in numbers)
    return f"line {text}" if total == 1 else f"lines {text}" + (", ..." if total > len(numbers) else "")


TEXT_CHECK = 64 << 10  # bytes at the start of a batch file or log that must look like text (not_text)
_BINARY_KINDS = (
    (b"\x1f\x8b", "gzip-compressed data"), (b"BZh", "bzip2-compressed data"), (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"), (b"PK\x03\x04", "a zip archive"), (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"\x7fELF", "an executable"),
    (b"\xff\xfe", "UTF-16 text"), (b"\xfe\xff", "UTF-16 text"),
)


def not_text(head: bytes, complete: bool) -> str | None:
    """Why a batch file or log whose first :data:`TEXT_CHECK` bytes are ``head`` (the whole input
    when ``complete``) is not text, or None when it is.

    These inputs are text: a line whose bytes are not UTF-8 is read with replacement characters and
    reported on its own. Binary data as a whole (an image, an executable, a compressed log, UTF-16
    text) would instead give one unreadable line after another and no verdict, so it is refused
    before anything is read: when ``head`` holds a NUL byte (no line of text has one, and nearly
    every binary format has one within its first bytes), or when more than half of its non-blank
    lines are not valid UTF-8 (the last line of an incomplete head is left out: it may be cut in the
    middle of a character)."""
    what = next((kind for magic, kind in _BINARY_KINDS if head.startswith(magic)), None)
    hint = "; decompress it first" if what and what.endswith("compressed data") else ""
    nul = head.find(b"\x00")
    if nul >= 0:
        return f"not a text file but {what or 'binary data'}: it holds a NUL byte (byte {nul + 1:,}){hint}"
    lines = head.split(b"\n")
    if not complete and len(lines) > 1:
        lines.pop()
    total = bad = 0
    first = None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        total += 1
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as exc:
            if not complete and n == len(lines) and exc.reason == "unexpected end of data":
                continue  # one line longer than the head, cut in a character
            bad += 1
            first = first or n
    if bad * 2 > total:
        return f"not UTF-8 text{' but ' + what if what else ''}: {bad:,} of its first {total:,} lines are not UTF-8 (line {first:,} is the first){hint}"
    return None


class Rewound:
    """A binary stream read from its start again after ``head`` was read from it: ``head``, then
    the rest of ``stream``; ``tell()`` counts the bytes given."""

    def __init__(self, head: bytes, stream) -> None:
        self._head = head
        self._stream = stream
        self._given = 0

    def read(self, size: int = -1) -> bytes:
        if self._head:
            if size < 0 or size >= len(self._head):
                data, self._head = self._head, b""
                if size < 0:
                    data += self._stream.read()
            else:
                data, self._head = self._head[:size], self._head[size:]
        else:
            data = self._stream.read(size)
        self._given += len(data)
        return data

    def tell(self) -> int:
        return self._given


def peek(stream, size: int, lines: int | None = None) -> tuple[bytes, object]:
    """The first ``size`` bytes of a binary stream (fewer at the end of the input, or once they hold
    ``lines`` newlines), and the stream to read the input from its start: the same stream sought
    back when it can seek, else a :class:`Rewound` (standard input, a pipe)."""
    start = None
    try:
        if stream.seekable():
            start = stream.tell()
    except (AttributeError, OSError, ValueError):
        start = None
    parts: list[bytes] = []
    got = newlines = 0
    while got < size:
        block = stream.read(min(1 << 20, size - got))
        if not block:
            break
        parts.append(block)
        got += len(block)
        if lines is not None:
            newlines += block.count(b"\n")
            if newlines >= lines:
                break
    head = b"".join(parts)
    if start is not None:
        stream.seek(start)
        return head, stream
    return head, Rewound(head, stream)


def _chunks(stream, bom: bool = True) -> Iterator[str]:
    """The stream as text chunks; bytes are decoded as UTF-8 (a BOM dropped when ``bom``, bad bytes
    replaced)."""
    decoder = None
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            break
        if isinstance(chunk, (bytes, bytearray)):
            if decoder is None:
                decoder = codecs.getincrementaldecoder("utf-8-sig" if bom else "utf-8")(errors="replace")
            chunk = decoder.decode(chunk)
            if not chunk:
                continue
        yield chunk
    if decoder is not None:
        tail = decoder.decode(b"", final=True)
        if tail:
            yield tail


def _iter_lines(stream, limit: int, stats: ReadStats, first_line: int = 1, bom: bool = True) -> Iterator[tuple[int, str]]:
    """``(line_no, line)`` without its newline; a line over ``limit`` characters is counted, not held.

    ``first_line`` numbers the stream's first line, and ``bom`` says the stream is the start of the
    input (where a byte order mark is dropped): a part of a larger input, cut after a newline, reads
    as it would within the whole (``scan --jobs``, :mod:`auditor.parallel`). ``stats.lines`` ends as
    the number of the last line read."""
    pending: list[str] = []
    pending_len = 0
    overlong = False
    line_no = first_line - 1
    first_chunk = bom
    for chunk in _chunks(stream, bom):
        if first_chunk and chunk.startswith("\ufeff"):  # a BOM in a text-mode stream
            chunk = chunk[1:]
        first_chunk = False
        parts = chunk.split("\n")
        last = parts.pop()
        if parts:
            head = parts[0]
            line_no += 1
            if overlong or pending_len + len(head) > limit:
                stats._note("too_long", line_no)
            else:
                yield line_no, ("".join(pending) + head if pending else head)
            pending, pending_len, overlong = [], 0, False
            for i in range(1, len(parts)):
                line_no += 1
                line = parts[i]
                if len(line) > limit:
                    stats._note("too_long", line_no)
                else:
                    yield line_no, line
        if not overlong and last:
            if pending_len + len(last) > limit:
                overlong, pending, pending_len = True, [], 0
            else:
                pending.append(last)
                pending_len += len(last)
    if pending or overlong:
        line_no += 1
        if overlong:
            stats._note("too_long", line_no)
        else:
            yield line_no, "".join(pending)
    stats.lines = line_no


BATCH_LINE = MAX_URL_LENGTH + 2  # characters of a batch line read (a URL and the spaces around it)


def iter_lines_urls(stream, *, stats: ReadStats | None = None, first_line: int = 1, bom: bool = True) -> Iterator[tuple[int, str]]:
    """One URL per line: ``(line_no, url)`` for every line that is not blank and not a ``#`` comment.

    Lines are not filtered otherwise: a batch file says each line is a request, and the reader of
    each URL reports what is wrong with it. Lines longer than the URL limit (65,536 characters) are
    skipped and counted in ``stats``. ``first_line`` and ``bom``: as in :func:`_iter_lines`.
    """
    stats = stats if stats is not None else ReadStats()
    for line_no, line in _iter_lines(stream, BATCH_LINE, stats, first_line, bom):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        if len(text) > MAX_URL_LENGTH:
            stats._note("too_long", line_no)
            continue
        yield line_no, text


# -- the authorization prefilter -------------------------------------------------------------------


class _Prefilter:
    """A cheap test, before :func:`read_url`, that a URL is worth reading as an authorization."""

    def __init__(self, catalog) -> None:
        self.catalog = catalog
        self.hosts = catalog.index["hosts"]
        self.login_hosts = {m["host"] for login in catalog.session_logins for m in login["match"] if "host" in m}

    def __call__(self, url: str) -> bool:
        if _OAUTH_QUERY.search(url):
            return True
        try:
            parts = urlsplit(url)
            host = (parts.hostname or "").rstrip(".")
        except ValueError:
            return False
        if host in self.hosts:
            _, kind = self.catalog.detect(host, parts.path or "/")
            if kind in ("authorize", "device"):
                return True
        if host in self.login_hosts:
            try:
                keys = {k for k, _ in parse_qsl(parts.query, keep_blank_values=True, max_num_fields=1000)}
            except ValueError:
                return False
            return self.catalog.session_login(parts.scheme.lower(), host, parts.path or "/", keys) is not None
        return False


def looks_like_authorization(url: str, catalog=None) -> bool:
    """Whether a URL's host and path are a known authorization, device or session-login endpoint, or
    its query carries ``client_id``, ``response_type`` or ``scope``."""
    return _prefilter(catalog)(url)


def _prefilter(catalog) -> _Prefilter:
    if catalog is None:
        from auditor.catalog import load_catalog

        catalog = load_catalog()
    return _Prefilter(catalog)


# -- web-proxy and server logs --------------------------------------------------------------------


def _clean(url: str) -> str:
    """A URL as found in a log line, with JSON escaping undone and trailing punctuation dropped."""
    if "\\" in url:
        url = url.replace("\\/", "/")
        url = _JSON_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), url)
        url = url.split("\\", 1)[0]  # \" or \n ends a URL inside a JSON string
    url = url.rstrip(".,;:!?")
    while url and url[-1] in ")]" and url.count(url[-1]) > url.count("(" if url[-1] == ")" else "["):
        url = url[:-1].rstrip(".,;:!?")
    return url


def iter_log_urls(stream, *, catalog=None, stats: ReadStats | None = None, first_line: int = 1, bom: bool = True) -> Iterator[tuple[int, str]]:
    """Authorization URLs in a web-proxy or server log: ``(line_no, url)``, in the order they appear.

    Every absolute ``http://`` or ``https://`` URL on a line is a candidate, whatever the format
    (squid ``access.log``, mitmproxy dumps, nginx or Apache Common and Combined Log Format with an
    absolute request target or a ``Referer``, JSON logs with ``\\/`` and ``\\u0026`` escapes); a
    candidate is yielded when :func:`looks_like_authorization` says so. A relative request target
    (``"GET /authorize?client_id=... HTTP/1.1"``) cannot be read, since the log does not give the
    host: such lines are counted in ``stats.relative``. Lines over 1 MiB and URLs over the URL limit
    are skipped and counted in ``stats.too_long``. ``first_line`` and ``bom``: as in :func:`_iter_lines`.
    """
    stats = stats if stats is not None else ReadStats()
    keep = _prefilter(catalog)
    for line_no, line in _iter_lines(stream, MAX_LOG_LINE, stats, first_line, bom):
        if "://" not in line and ":\\/\\/" not in line:
            if "client_id=" in line or "response_type=" in line or "scope=" in line:
                m = _RELATIVE_REQUEST.search(line)
                if m and _OAUTH_QUERY.search(m.group(1)):
                    stats._note("relative", line_no)
            continue
        if "\\/" in line:
            line = line.replace("\\/", "/")
        seen: set[str] = set()
        for m in _ABSOLUTE_URL.finditer(line):
            url = _clean(m.group())
            if url in seen:
                continue
            seen.add(url)
            if len(url) > MAX_URL_LENGTH:
                stats._note("too_long", line_no)
            elif keep(url):
                yield line_no, url


# -- HAR ------------------------------------------------------------------------------------------


class _TooLarge(Exception):
    pass


class _JsonStream:
    """Incremental navigation of one large JSON document: values are parsed one at a time (each held
    in memory only while it is parsed), and a value over the size limit is skipped by a scanner that
    holds at most one chunk."""

    _decoder = json.JSONDecoder()

    def __init__(self, stream, what: str) -> None:
        self.chunks = _chunks(stream)
        self.what = what
        self.buf = ""
        self.pos = 0
        self.eof = False
        self._cpos = 0  # self._cline is the line number at buffer index self._cpos
        self._cline = 1

    # buffer

    def line_of(self, index: int) -> int:
        if index >= self._cpos:
            self._cline += self.buf.count("\n", self._cpos, index)
            self._cpos = index
            return self._cline
        return self._cline - self.buf.count("\n", index, self._cpos)

    def _fill(self, at_least: int = CHUNK) -> bool:
        """Drop what was consumed and read at least ``at_least`` more characters; False at the end."""
        if self.eof:
            return False
        if self.pos:
            self._cline = self.line_of(self.pos)
            self.buf = self.buf[self.pos:]
            self._cpos = 0
            self.pos = 0
        pieces = [self.buf]
        got = 0
        while got < at_least:
            chunk = next(self.chunks, None)
            if chunk is None:
                self.eof = True
                break
            pieces.append(chunk)
            got += len(chunk)
        self.buf = "".join(pieces)
        return got > 0

    def error(self, message: str, index: int | None = None) -> InputError:
        line = self.line_of(self.pos if index is None else index)
        return InputError(f"not a valid {self.what}: {message} at line {line}")

    # tokens

    def peek(self) -> str:
        while True:
            self.pos = _WS.match(self.buf, self.pos).end()
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._fill():
                return ""

    def expect(self, char: str, what: str) -> None:
        if self.peek() != char:
            found = self.peek()
            raise self.error(f"expected {what}, found {found!r}" if found else f"expected {what}, found the end of the file")
        self.pos += 1

    def value(self, limit: int | None = None, skip_large: bool = True):
        """Parse the next value. Raises :class:`_TooLarge` when it is over ``limit`` characters
        (default :data:`MAX_HAR_ENTRY`): after skipping it, or (``skip_large=False``) leaving the
        position at its start, for the caller to read it another way."""
        limit = MAX_HAR_ENTRY if limit is None else limit
        if not self.peek():
            raise self.error("unexpected end of the file")
        while True:
            try:
                value, end = self._decoder.raw_decode(self.buf, self.pos)
            except RecursionError:
                # The C decoder guards its own stack. A caller that can read the value another way
                # (an entry, field by field) is told to; otherwise one line, exit 2, instead of an
                # internal error.
                if not skip_large:
                    raise _TooLarge from None
                raise self.error("JSON nested too deeply to read") from None
            except json.JSONDecodeError as exc:
                if self.eof:
                    raise self.error(exc.msg, exc.pos) from None
                if len(self.buf) - self.pos > limit:
                    if skip_large:
                        self.skip()
                    raise _TooLarge from None
                self._fill(max(CHUNK, len(self.buf) - self.pos))  # geometric: each retry doubles the text
                continue
            if end == len(self.buf) and not self.eof and not isinstance(value, (dict, list, str)):
                self._fill()  # a number at the end of the buffer may continue in the next chunk
                continue
            self.span = (self.pos, end)
            self.pos = end
            return value

    def skip(self) -> None:
        """Skip the next value (an object, array or string) holding at most one chunk at a time."""
        depth = 0
        in_string = self.peek() == '"'
        if not in_string and self.buf[self.pos] not in "[{":
            raise self.error("a value too large to read")
        if in_string:
            self.pos += 1
        structure = re.compile(r'[\[\]{}"]')
        string_end = re.compile(r'["\\]')
        while True:
            m = (string_end if in_string else structure).search(self.buf, self.pos)
            if m is None:
                self.pos = len(self.buf)
                if not self._fill():
                    raise self.error("unexpected end of the file")
                continue
            char = m.group()
            if char == "\\":
                if m.end() >= len(self.buf):
                    self.pos = m.start()
                    if not self._fill():
                        raise self.error("unexpected end of the file")
                    continue
                self.pos = m.end() + 1
            elif char == '"':
                self.pos = m.end()
                in_string = not in_string
                if not in_string and depth == 0:
                    return
            elif char in "[{":
                self.pos = m.end()
                depth += 1
            else:
                self.pos = m.end()
                depth -= 1
                if depth == 0:
                    return

    def object_keys(self) -> Iterator[str]:
        """Consume ``{``; yield each key, the caller consuming its value; consume ``}``."""
        self.expect("{", "an object")
        if self.peek() == "}":
            self.pos += 1
            return
        while True:
            if self.peek() != '"':
                raise self.error("expected a key")
            try:
                key = self.value(limit=MAX_URL_LENGTH)
            except _TooLarge:
                raise self.error("a key longer than the URL limit") from None
            if not isinstance(key, str):
                raise self.error("expected a key")
            self.expect(":", "':'")
            yield key
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("}", "',' or '}'")
            return

    def array_items(self) -> Iterator[None]:
        """Consume ``[``; yield once per item, the caller consuming it; consume ``]``."""
        self.expect("[", "an array")
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            yield None
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("]", "',' or ']'")
            return

    def discard(self) -> None:
        """Consume the next value without building it: objects, arrays and strings are skipped
        holding one chunk at a time (a saved response body of 60 MB costs no memory), scalars read."""
        if self.peek() in ('"', "[", "{"):
            self.skip()
            return
        try:
            self.value(limit=CHUNK)
        except _TooLarge:
            pass

    def small(self, limit: int):
        """The next value if it is at most ``limit`` characters, else None (it is skipped)."""
        try:
            value = self.value(limit=limit)
        except _TooLarge:
            return None
        return value


def _entry_urls(entry) -> list[str]:
    """request.url, response.redirectURL and Location headers of one HAR entry, relative ones resolved."""
    if not isinstance(entry, dict):
        return []
    request = entry.get("request")
    response = entry.get("response")
    base = request.get("url") if isinstance(request, dict) else None
    urls = [base] if isinstance(base, str) and base else []
    targets = []
    if isinstance(response, dict):
        targets.append(response.get("redirectURL"))
        headers = response.get("headers")
        if isinstance(headers, list):
            for h in headers:
                if isinstance(h, dict) and isinstance(h.get("name"), str) and h["name"].lower() == "location":
                    targets.append(h.get("value"))
    for target in targets:
        if isinstance(target, str) and target.strip():
            target = target.strip()
            if base and not target.lower().startswith(("http://", "https://")):
                try:
                    target = urljoin(base, target)
                except ValueError:
                    continue
            if target not in urls:
                urls.append(target)
    return urls


def iter_har_urls(stream, *, catalog=None, stats: ReadStats | None = None) -> Iterator[tuple[int, str]]:
    """Authorization URLs in a HAR file: ``(line_no, url)`` for each entry's ``request.url``, its
    ``response.redirectURL`` and its ``Location`` headers (relative targets resolved against the
    request URL), when :func:`looks_like_authorization` says so.

    The file is parsed incrementally, and of each entry only the fields named above are built
    (bodies and everything else are skipped a chunk at a time), so a capture of any size, with
    entries of any size, is read in flat memory. A URL over the URL limit, or a headers array over
    :data:`MAX_HAR_HEADERS` characters, is counted in ``stats.too_long`` (not fully audited). The line number is that of the URL in the
    file when it is found there verbatim, else that of the entry. Raises :class:`InputError` when the
    file is not JSON or has no ``log.entries``.
    """
    stats = stats if stats is not None else ReadStats()
    keep = _prefilter(catalog)
    js = _JsonStream(stream, "HAR file")
    if js.peek() != "{":
        raise InputError("not a HAR file: it does not start with a JSON object")
    found_entries = False
    for key in js.object_keys():
        if key != "log" or js.peek() != "{":
            js.discard()
            continue
        for log_key in js.object_keys():
            if log_key != "entries":
                js.discard()
                continue
            found_entries = True
            for _ in js.array_items():
                js.peek()
                start_line = js.line_of(js.pos)
                stats.lines += 1
                entry, lines, oversize = _read_entry(js)
                if oversize:
                    stats._note("too_long", start_line)
                for url in _entry_urls(entry):
                    if len(url) > MAX_URL_LENGTH:
                        stats._note("too_long", start_line)
                    elif keep(url):
                        yield lines.get(url, start_line), url
    if js.peek():
        raise js.error("unexpected text after the JSON document")
    if not found_entries:
        raise InputError("not a HAR file: it has no log.entries")


def _read_entry(js: _JsonStream) -> tuple[dict, dict[str, int], bool]:
    """One HAR entry, reading only what :func:`_entry_urls` looks at: ``request.url``,
    ``response.redirectURL`` and ``response.headers``; everything else (request and response
    bodies, timings, cookies) is skipped without being built, so memory stays flat whatever an
    entry holds. Returns the small entry, the line of each URL read, and whether a field we read
    was over its limit (counted as not fully audited)."""
    entry: dict = {}
    lines: dict[str, int] = {}
    oversize = False
    if js.peek() != "{":
        js.discard()
        return entry, lines, oversize
    # An ordinary entry is parsed whole by the C decoder (fast); only one larger than FAST_ENTRY
    # (a saved response body) is read field by field.
    start_line = js.line_of(js.pos)
    try:
        whole = js.value(limit=FAST_ENTRY, skip_large=False)
    except _TooLarge:
        pass
    else:
        start, end = js.span
        for url in _entry_urls(whole):
            lines.setdefault(url, _url_line(js, url, start, end, start_line))
        return whole, lines, False

    def url_field(into: dict, key: str) -> None:
        nonlocal oversize
        js.peek()
        line = js.line_of(js.pos)
        value = js.small(MAX_URL_LENGTH + 2)
        if value is None:
            oversize = True
        elif isinstance(value, str):
            into[key] = value
            lines.setdefault(value.strip(), line)

    for key in js.object_keys():
        if key == "request" and js.peek() == "{":
            request: dict = {}
            for rkey in js.object_keys():
                if rkey == "url":
                    url_field(request, "url")
                else:
                    js.discard()
            entry["request"] = request
        elif key == "response" and js.peek() == "{":
            response: dict = {}
            for rkey in js.object_keys():
                if rkey == "redirectURL":
                    url_field(response, "redirectURL")
                elif rkey == "headers":
                    js.peek()
                    line = js.line_of(js.pos)
                    headers = js.small(MAX_HAR_HEADERS)
                    if headers is None:
                        oversize = True
                    else:
                        response["headers"] = headers
                        if isinstance(headers, list):
                            start, end = js.span
                            for h in headers:
                                if isinstance(h, dict) and isinstance(h.get("value"), str) and h["value"].strip() not in lines:
                                    lines[h["value"].strip()] = _url_line(js, h["value"], start, end, line)
                else:
                    js.discard()
            entry["response"] = response
        else:
            js.discard()
    return entry, lines, oversize


def _url_line(js: _JsonStream, url: str, start: int, end: int, default: int) -> int:
    for quoted in (json.dumps(url, ensure_ascii=False), json.dumps(url)):
        index = js.buf.find(quoted, start, end)
        if index >= 0:
            return js.line_of(index)
    return default
