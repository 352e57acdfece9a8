"""Streaming readers: batch files, HAR captures and logs, with line numbers and flat memory."""

from __future__ import annotations

import io
import json
import time
import tracemalloc

import pytest

from auditor.errors import InputError
from auditor.sources.logs import (
    MAX_LOG_LINE,
    ReadStats,
    iter_har_urls,
    iter_lines_urls,
    iter_log_urls,
    looks_like_authorization,
)
from auditor.sources.url import MAX_URL_LENGTH

from .conftest import MICROSOFT_MAIL_URL, MINIMAL_SIGNIN_URL, WECHAT_WEB_LOGIN_URL, WORM_URL


def stream(text: str, binary: bool = True):
    return io.BytesIO(text.encode("utf-8")) if binary else io.StringIO(text)


class GeneratedStream:
    """A binary stream of LINES lines made on demand, so the input itself takes no memory."""

    def __init__(self, lines: int, make) -> None:
        self.lines, self.make, self.next, self.buf = lines, make, 1, b""

    def read(self, size: int = -1) -> bytes:
        parts, have = [self.buf], len(self.buf)
        while have < size and self.next <= self.lines:
            line = self.make(self.next).encode()
            self.next += 1
            parts.append(line)
            have += len(line)
        data = b"".join(parts)
        self.buf = data[size:]
        return data[:size]


# -- one URL per line --------------------------------------------------------------------------------


@pytest.mark.parametrize("binary", [True, False])
def test_lines_skip_blank_and_comments_and_keep_line_numbers(binary):
    text = f"\ufeff# my batch\n{WORM_URL}\n\n   \n  {MINIMAL_SIGNIN_URL}  \r\n# {WORM_URL}\n{WECHAT_WEB_LOGIN_URL}"
    got = list(iter_lines_urls(stream(text, binary)))
    assert got == [(2, WORM_URL), (5, MINIMAL_SIGNIN_URL), (7, WECHAT_WEB_LOGIN_URL)]


def test_lines_over_the_url_limit_are_skipped_and_counted_not_held():
    huge = "https://example.com/?" + "a" * (MAX_URL_LENGTH * 3)
    text = f"{WORM_URL}\n{huge}\n{MINIMAL_SIGNIN_URL}\n{huge}"
    stats = ReadStats()
    assert list(iter_lines_urls(stream(text), stats=stats)) == [(1, WORM_URL), (3, MINIMAL_SIGNIN_URL)]
    assert stats.too_long == 2 and stats.lines == 4
    assert stats.warnings() == ["skipped 2 line(s), URL(s) or entries over the length limit (lines 2, 4)"]


def test_a_line_at_exactly_the_limit_is_kept():
    url = "https://example.com/?" + "a" * (MAX_URL_LENGTH - 21)
    assert len(url) == MAX_URL_LENGTH
    assert list(iter_lines_urls(stream(url + "\n"))) == [(1, url)]


def test_invalid_utf8_is_replaced_not_fatal():
    data = b"https://example.com/\xff?client_id=1\nhttps://example.com/2\n"
    got = list(iter_lines_urls(io.BytesIO(data)))
    assert got == [(1, "https://example.com/\ufffd?client_id=1"), (2, "https://example.com/2")]


# -- logs --------------------------------------------------------------------------------------------


SQUID = (
    "1700000000.123    245 10.0.0.5 TCP_MISS/302 512 GET "
    "https://accounts.google.com/o/oauth2/v2/auth?client_id=123.apps.googleusercontent.com&scope=openid - HIER_DIRECT/142.250.1.1 text/html"
)
COMBINED = (
    '10.0.0.7 - - [10/Oct/2024:13:55:36 +0000] "GET /oauth/callback?code=abc&state=xyz HTTP/1.1" 302 0 '
    f'"{MICROSOFT_MAIL_URL}" "Mozilla/5.0 (X11; Linux x86_64)"'
)
NGINX_PROXY = '10.0.0.8 - - [10/Oct/2024:13:55:37 +0000] "GET https://github.com/login/oauth/authorize?client_id=Iv1.abc&scope=repo HTTP/1.1" 200 5120 "-" "curl/8.0"'
RELATIVE = '10.0.0.9 - - [10/Oct/2024:13:55:38 +0000] "GET /authorize?client_id=abc&response_type=code HTTP/1.1" 200 10 "-" "-"'
MITMPROXY = "127.0.0.1:50312: GET https://login.weixin.qq.com/l/abc\n    << 200 OK 1.2k"
NOISE = '10.0.0.1 - - [10/Oct/2024:13:55:39 +0000] "GET https://cdn.example.com/app.js HTTP/1.1" 200 99 "https://www.example.com/" "-"'
JSON_LOG = '{"level":"info","msg":"redirect","location":"https:\\/\\/slack.com\\/oauth\\/v2\\/authorize?client_id=1\\u0026scope=chat:write"}'
PROSE = f"user opened ({WORM_URL}). then left"


def test_log_formats_and_line_numbers():
    lines = [SQUID, COMBINED, NGINX_PROXY, RELATIVE, MITMPROXY, NOISE, JSON_LOG, PROSE]
    stats = ReadStats()
    got = list(iter_log_urls(stream("\n".join(lines) + "\n"), stats=stats))
    assert got == [
        (1, "https://accounts.google.com/o/oauth2/v2/auth?client_id=123.apps.googleusercontent.com&scope=openid"),
        (2, MICROSOFT_MAIL_URL),
        (3, "https://github.com/login/oauth/authorize?client_id=Iv1.abc&scope=repo"),
        (5, WECHAT_WEB_LOGIN_URL),
        (8, "https://slack.com/oauth/v2/authorize?client_id=1&scope=chat:write"),
        (9, WORM_URL),
    ]
    assert stats.relative == 1 and stats.examples["relative"] == [4]
    assert stats.lines == 9
    assert "relative OAuth target" in stats.warnings()[0]


def test_log_line_over_the_limit_is_skipped_and_counted():
    text = f"{'x' * (MAX_LOG_LINE + 10)} {WORM_URL}\n{SQUID}\n"
    stats = ReadStats()
    got = list(iter_log_urls(stream(text), stats=stats))
    assert [n for n, _ in got] == [2] and stats.too_long == 1


def test_prefilter():
    assert looks_like_authorization("https://accounts.google.com/o/oauth2/v2/auth")  # known endpoint, no query
    assert looks_like_authorization("https://unknown.example/x?scope=read")
    assert looks_like_authorization("https://unknown.example/x#response_type=token")
    assert looks_like_authorization(WECHAT_WEB_LOGIN_URL)
    assert not looks_like_authorization("https://accounts.google.com/ServiceLogin")
    assert not looks_like_authorization("https://www.example.com/?q=scope")
    assert not looks_like_authorization("https://[broken/")


# -- HAR ---------------------------------------------------------------------------------------------


def har_entry(url: str, status: int = 200, location: str | None = None, redirect: str = "", body: str = "") -> dict:
    headers = [{"name": "Content-Type", "value": "text/html"}]
    if location:
        headers.append({"name": "Location", "value": location})
    return {
        "startedDateTime": "2024-10-10T13:55:36.000Z",
        "time": 12.5,
        "request": {"method": "GET", "url": url, "httpVersion": "HTTP/1.1", "headers": [], "queryString": []},
        "response": {"status": status, "headers": headers, "redirectURL": redirect, "content": {"size": len(body), "text": body}},
    }


def har(entries: list[dict], indent: int | None = 2) -> str:
    return json.dumps({"log": {"version": "1.2", "creator": {"name": "test", "version": "1"}, "pages": [], "entries": entries}}, indent=indent)


def test_har_request_urls_redirects_and_location_headers_with_lines():
    entries = [
        har_entry("https://www.example.com/"),
        har_entry("https://app.example.com/login", 302, location=MINIMAL_SIGNIN_URL, redirect=MINIMAL_SIGNIN_URL),
        har_entry(MINIMAL_SIGNIN_URL),
        har_entry("https://accounts.google.com/signin/oauth?x=1", 302, location="/o/oauth2/v2/auth?client_id=9&scope=email"),
        har_entry("https://cdn.example.com/logo.png"),
    ]
    text = har(entries)
    got = list(iter_har_urls(stream(text)))
    lines = text.split("\n")
    assert [u for _, u in got] == [
        MINIMAL_SIGNIN_URL,  # entry 2's redirect target (redirectURL and Location: the same, once)
        MINIMAL_SIGNIN_URL,  # entry 3's request
        "https://accounts.google.com/signin/oauth?x=1",
        "https://accounts.google.com/o/oauth2/v2/auth?client_id=9&scope=email",  # relative Location resolved
    ]
    for line_no, url in got[1:3]:  # request URLs: the line of their "url" key
        assert json.dumps(url) in lines[line_no - 1] and '"url"' in lines[line_no - 1]
    redirect_line = lines[got[0][0] - 1]  # the first place entry 2 names its target: the Location header
    assert json.dumps(MINIMAL_SIGNIN_URL) in redirect_line and '"value"' in redirect_line
    assert got[0][0] < got[1][0]


def test_minified_har_and_text_streams():
    text = har([har_entry(WORM_URL), har_entry("https://example.com/")], indent=None)
    assert list(iter_har_urls(stream(text, binary=False))) == [(1, WORM_URL)]


def test_har_keys_in_any_order_and_extra_top_level_keys():
    doc = {"comment": "x", "log": {"entries": [har_entry(WORM_URL)], "version": "1.2"}, "other": [1, 2, {"a": "}"}]}
    assert [u for _, u in iter_har_urls(stream(json.dumps(doc)))] == [WORM_URL]


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "does not start with a JSON object"),
        ("[1, 2]", "does not start with a JSON object"),
        ('{"log": {"version": "1.2"}}', "no log.entries"),
        ('{"log": {"entries": [{"request": {"url": "x"}}, ', "not a valid HAR file"),
        ('{"log": {"entries": [{"request": {"url": "x"}} {}]}}', "expected ',' or ']'"),
        ('{"log": {"entries": []}} trailing', "unexpected text after the JSON document"),
        ("{\n\n  \"log\": {\"entries\": [nope]}}", "at line 3"),
    ],
)
def test_broken_har_is_a_one_line_input_error(text, message):
    with pytest.raises(InputError, match=message) as info:
        list(iter_har_urls(stream(text)))
    assert "\n" not in str(info.value)


def test_a_har_entry_with_a_huge_body_is_read_without_building_the_body(monkeypatch):
    from auditor.sources import logs

    monkeypatch.setattr(logs, "MAX_HAR_ENTRY", 200_000)
    # The body is larger than any value we parse whole, with braces and quotes inside: the entry's
    # request URL is still read (the body is skipped a chunk at a time), so nothing goes unaudited.
    big = har_entry(MICROSOFT_MAIL_URL, body='x"}{[\\' * 100_000)
    stats = ReadStats()
    got = list(iter_har_urls(stream(har([har_entry(WORM_URL), big, har_entry("https://example.com/video")])), stats=stats))
    assert [u for _, u in got] == [WORM_URL, MICROSOFT_MAIL_URL]
    assert stats.too_long == 0 and stats.lines == 3


def test_a_har_url_over_the_limit_is_counted_as_not_audited():
    stats = ReadStats()
    long_url = "https://accounts.google.com/o/oauth2/v2/auth?client_id=1&scope=openid&x=" + "a" * 70_000
    got = list(iter_har_urls(stream(har([har_entry(long_url), har_entry(WORM_URL)])), stats=stats))
    assert [u for _, u in got] == [WORM_URL]
    assert stats.too_long == 1 and stats.lines == 2


# -- flat memory -------------------------------------------------------------------------------------
# tracemalloc slows allocation-heavy loops several times over, so the memory tests use 200,000 lines
# (about 1.5 s each); the million-line run below is untraced and checks only that it all streams through.

LINES = 200_000
PEAK = 8 * 2**20


def _peak(run) -> tuple[int, float]:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        run()
        return tracemalloc.get_traced_memory()[1], time.perf_counter() - started
    finally:
        tracemalloc.stop()


def _log_line(n: int) -> str:
    if n % 1000 == 0:
        return f'10.0.0.{n % 250} - - [10/Oct/2024:13:55:36 +0000] "GET https://github.com/login/oauth/authorize?client_id=c{n}&scope=repo HTTP/1.1" 200 1 "-" "-"\n'
    if n % 3 == 0:
        return f'10.0.0.{n % 250} - - [10/Oct/2024:13:55:36 +0000] "GET /static/{n}.js HTTP/1.1" 200 1 "https://www.example.com/" "-"\n'
    return f'10.0.0.{n % 250} - - [10/Oct/2024:13:55:36 +0000] "GET /page/{n} HTTP/1.1" 200 1 "-" "-"\n'


def test_log_lines_in_flat_memory():
    count = 0
    last = None

    def run():
        nonlocal count, last
        for last in iter_log_urls(GeneratedStream(LINES, _log_line)):
            count += 1

    peak, _ = _peak(run)
    assert count == LINES // 1000 and last[0] == LINES
    assert peak < PEAK, f"peak {peak:,} bytes"


def test_batch_lines_in_flat_memory():
    count = 0

    def run():
        nonlocal count
        for count, _ in enumerate(iter_lines_urls(GeneratedStream(LINES, lambda n: f"https://example.com/?client_id={n}\n")), 1):
            pass

    peak, _ = _peak(run)
    assert count == LINES and peak < PEAK, f"peak {peak:,} bytes"


def test_a_large_har_in_flat_memory():
    entries = 10_000
    head, tail = '{"log": {"version": "1.2", "entries": [\n', "\n]}}\n"

    def make(n: int) -> str:
        if n == 1:
            return head
        if n == entries + 2:
            return tail
        url = WORM_URL if n % 1000 == 0 else f"https://cdn.example.com/{n}.png"
        return ("" if n == 2 else ",\n") + json.dumps(har_entry(url, body="y" * 500))

    count = 0

    def run():
        nonlocal count
        for _ in iter_har_urls(GeneratedStream(entries + 2, make)):
            count += 1

    peak, _ = _peak(run)
    assert count == entries // 1000
    assert peak < PEAK, f"peak {peak:,} bytes"


def test_a_million_log_lines_stream_through():
    count = last = 0
    for last, _ in iter_log_urls(GeneratedStream(1_000_000, _log_line)):
        count += 1
    assert count == 1000 and last == 1_000_000
