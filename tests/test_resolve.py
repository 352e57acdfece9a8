"""Network resolution (``scan --resolve``) and metadata fetching (``--online``).

No test reaches the internet: HTTP is mocked with respx, names are answered by an injected resolver,
and the end-to-end tests talk to a server the test starts on 127.0.0.1.
"""

from __future__ import annotations

import http.server
import socket
import ssl
import subprocess
import sys
import threading
import time

import httpx
import pytest
import respx

from auditor import __version__
from auditor.errors import InputError
from auditor.sources import resolve as R
from auditor.sources.resolve import BlockedAddressError, Hop, address_problem, fetch_metadata, resolve_chain

from .conftest import ROOT

GOOGLE = (
    "https://accounts.google.com/o/oauth2/v2/auth?client_id=x&scope=openid%20email&response_type=code"
    "&redirect_uri=https://a.example/cb"
)
PUBLIC_IP = "93.184.216.34"  # never connected to: every request in these tests is mocked or local

DNS = {
    "sho.rt": [PUBLIC_IP],
    "next.example": ["2606:2800:220:1:248:1893:25c8:1946"],
    "idp.example": [PUBLIC_IP],
    "internal.example": ["10.0.0.1"],
    "imds.example": ["169.254.169.254"],
    "mixed.example": [PUBLIC_IP, "10.0.0.1"],
    "mapped.example": ["::ffff:127.0.0.1"],
    "alibaba.example": ["100.100.100.200"],
    "ec2v6.example": ["fd00:ec2::254"],
}


def make_resolver(table: dict[str, list[str]] | None = None):
    """A resolver answering from ``table`` and recording every question; unknown names fail."""
    table = DNS if table is None else table
    calls: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        calls.append(host)
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return table[host]

    resolver.calls = calls  # type: ignore[attr-defined]
    return resolver


@pytest.fixture
def mock():
    with respx.mock(assert_all_called=False) as router:
        yield router


# -- redirects --------------------------------------------------------------------------------------


def test_relative_and_protocol_relative_redirects(mock):
    mock.get("https://sho.rt/abc").respond(302, headers={"Location": "/landing?x=1"})
    mock.get("https://sho.rt/landing?x=1").respond(301, headers={"Location": "//next.example/p/q"})
    mock.get("https://next.example/p/q").respond(307, headers={"Location": "../r"})
    mock.get("https://next.example/r").respond(302, headers={"Location": GOOGLE})
    google = mock.get(url__startswith="https://accounts.google.com/")
    chain = resolve_chain("https://sho.rt/abc", resolver=make_resolver())
    assert chain == [
        Hop("https://sho.rt/abc", 302, "https://sho.rt/landing?x=1"),
        Hop("https://sho.rt/landing?x=1", 301, "https://next.example/p/q"),
        Hop("https://next.example/p/q", 307, "https://next.example/r"),
        Hop("https://next.example/r", 302, GOOGLE),
        Hop(GOOGLE, None, None),
    ]
    assert not google.called


def test_stops_at_known_authorize_endpoint_without_requesting_or_resolving_it(mock):
    mock.get("https://sho.rt/abc").respond(302, headers={"Location": GOOGLE})
    google = mock.get(url__startswith="https://accounts.google.com/")
    resolver = make_resolver()
    chain = resolve_chain("https://sho.rt/abc", resolver=resolver)
    assert chain[-1] == Hop(GOOGLE, None, None)
    assert chain[-1].url == GOOGLE  # exactly as the Location said: the audit reads this text
    assert not google.called
    assert resolver.calls == ["sho.rt"]


def test_a_known_endpoint_given_directly_is_not_fetched(mock):
    google = mock.get(url__startswith="https://accounts.google.com/")
    assert resolve_chain(GOOGLE, resolver=make_resolver()) == [Hop(GOOGLE, None, None)]
    assert not google.called


def test_chain_ends_at_a_non_redirect_whatever_its_status(mock):
    mock.get("https://sho.rt/gone").respond(404, text="not found", headers={"Content-Type": "text/plain"})
    assert resolve_chain("https://sho.rt/gone", resolver=make_resolver()) == [Hop("https://sho.rt/gone", 404, None)]


def test_fragment_is_kept_across_a_redirect_without_one(mock):
    mock.get("https://sho.rt/a").respond(302, headers={"Location": "https://next.example/b"})
    mock.get("https://next.example/b").respond(200, text="hello", headers={"Content-Type": "text/plain"})
    chain = resolve_chain("https://sho.rt/a#frag", resolver=make_resolver())
    assert chain[0].location == "https://next.example/b#frag"


def _redirect_forever(request: httpx.Request) -> httpx.Response:
    n = int(request.url.path.rsplit("/", 1)[1])
    return httpx.Response(302, headers={"Location": f"/r/{n + 1}"})


def test_too_many_redirects(mock):
    mock.get(url__startswith="https://sho.rt/r/").mock(side_effect=_redirect_forever)
    with pytest.raises(InputError, match=r"too many redirects \(>10\)") as info:
        resolve_chain("https://sho.rt/r/0", resolver=make_resolver())
    assert "sho.rt" in str(info.value)
    assert mock.calls.call_count == 11


def test_exactly_max_redirects_is_allowed(mock):
    def handler(request: httpx.Request) -> httpx.Response:
        n = int(request.url.path.rsplit("/", 1)[1])
        if n == 3:
            return httpx.Response(200, text="end", headers={"Content-Type": "text/plain"})
        return httpx.Response(302, headers={"Location": f"/r/{n + 1}"})

    mock.get(url__startswith="https://sho.rt/r/").mock(side_effect=handler)
    chain = resolve_chain("https://sho.rt/r/0", max_redirects=3, resolver=make_resolver())
    assert [h.status for h in chain] == [302, 302, 302, 200]
    with pytest.raises(InputError, match=r"too many redirects \(>2\)"):
        resolve_chain("https://sho.rt/r/0", max_redirects=2, resolver=make_resolver())


def test_redirect_loop_is_reported(mock):
    mock.get("https://sho.rt/a").respond(302, headers={"Location": "/b"})
    mock.get("https://sho.rt/b").respond(302, headers={"Location": "/a"})
    with pytest.raises(InputError, match="redirect loop"):
        resolve_chain("https://sho.rt/a", resolver=make_resolver())


@pytest.mark.parametrize("location", ["ftp://files.example/x", "javascript:alert(1)", "file:///etc/passwd", "data:text/html,hi"])
def test_non_http_scheme_on_a_hop_is_refused(mock, location):
    mock.get("https://sho.rt/a").respond(302, headers={"Location": location})
    with pytest.raises(InputError, match=r"hop 2 is not an http\(s\) URL"):
        resolve_chain("https://sho.rt/a", resolver=make_resolver())


@pytest.mark.parametrize("url", ["ftp://sho.rt/a", "file:///etc/passwd", "gopher://sho.rt:70/", "sho.rt/a"])
def test_non_http_start_url_is_refused(mock, url):
    with pytest.raises(InputError, match=r"not an http\(s\) URL|has no scheme"):
        resolve_chain(url, resolver=make_resolver())
    assert mock.calls.call_count == 0


def test_userinfo_is_refused_on_the_start_url(mock):
    route = mock.get(url__startswith="https://sho.rt/")
    resolver = make_resolver()
    with pytest.raises(InputError, match="credentials"):
        resolve_chain("https://user:secret@sho.rt/a", resolver=resolver)
    assert not route.called and resolver.calls == []


def test_userinfo_is_refused_on_a_hop(mock):
    mock.get("https://sho.rt/a").respond(302, headers={"Location": "https://accounts.google.com@next.example/x"})
    nxt = mock.get(url__startswith="https://next.example/")
    with pytest.raises(InputError, match="hop 2 carries credentials"):
        resolve_chain("https://sho.rt/a", resolver=make_resolver())
    assert not nxt.called


def test_non_web_port_is_refused(mock):
    mock.get("https://sho.rt/a").respond(302, headers={"Location": "http://next.example:25/"})
    with pytest.raises(InputError, match="port 25"):
        resolve_chain("https://sho.rt/a", resolver=make_resolver())


def test_conflicting_location_headers_are_refused(mock):
    mock.get("https://sho.rt/a").respond(302, headers=[("Location", "https://next.example/1"), ("Location", "https://next.example/2")])
    with pytest.raises(InputError, match="different Location headers"):
        resolve_chain("https://sho.rt/a", resolver=make_resolver())


# -- what is (not) sent ------------------------------------------------------------------------------


def test_fixed_user_agent_no_cookies_no_credentials(mock):
    mock.get("https://sho.rt/a").respond(302, headers={"Location": "/b", "Set-Cookie": "sid=tracking; Path=/"})
    second = mock.get("https://sho.rt/b").respond(302, headers={"Location": GOOGLE})
    resolve_chain("https://sho.rt/a", resolver=make_resolver())
    for call in mock.calls:
        headers = call.request.headers
        assert headers["user-agent"] == f"oauth-audit/{__version__}"
        assert "cookie" not in headers and "authorization" not in headers
        assert call.request.method == "GET"
    assert second.called


def test_netrc_and_proxy_environment_are_ignored(mock, monkeypatch, tmp_path):
    netrc = tmp_path / "netrc"
    netrc.write_text("machine sho.rt login alice password hunter2\n")
    monkeypatch.setenv("NETRC", str(netrc))
    monkeypatch.setenv("HTTPS_PROXY", "http://10.0.0.1:3128")
    route = mock.get("https://sho.rt/a").respond(302, headers={"Location": GOOGLE})
    resolve_chain("https://sho.rt/a", resolver=make_resolver())
    assert "authorization" not in route.calls.last.request.headers


# -- page-level redirects and the size cap -------------------------------------------------------------


def test_meta_refresh_is_followed(mock):
    page = f'<html><head><meta http-equiv="refresh" content="0; url={GOOGLE.replace("&", "&amp;")}"></head></html>'
    mock.get("https://sho.rt/m").respond(200, html=page)
    chain = resolve_chain("https://sho.rt/m", resolver=make_resolver())
    assert chain == [Hop("https://sho.rt/m", 200, GOOGLE), Hop(GOOGLE, None, None)]


def test_single_javascript_location_is_followed_but_an_ambiguous_one_is_not(mock):
    mock.get("https://sho.rt/js").respond(200, html='<script>window.location.replace("https:\\/\\/next.example\\/go");</script>')
    mock.get("https://next.example/go").respond(302, headers={"Location": GOOGLE})
    assert resolve_chain("https://sho.rt/js", resolver=make_resolver())[-1] == Hop(GOOGLE, None, None)
    mock.get("https://sho.rt/two").respond(200, html='<script>if (a) location.href = "/x"; else location.href = "/y";</script>')
    assert resolve_chain("https://sho.rt/two", resolver=make_resolver()) == [Hop("https://sho.rt/two", 200, None)]


class EndlessBody(httpx.SyncByteStream):
    """An infinite response body that counts how much of it was read."""

    def __init__(self) -> None:
        self.sent = 0

    def __iter__(self):
        chunk = b"<p>" + b"x" * 4093
        while True:
            self.sent += len(chunk)
            yield chunk


def test_body_is_read_at_most_max_bytes(mock):
    body = EndlessBody()
    mock.get("https://sho.rt/big").mock(return_value=httpx.Response(200, headers={"Content-Type": "text/html"}, stream=body))
    chain = resolve_chain("https://sho.rt/big", max_bytes=10_000, resolver=make_resolver())
    assert chain == [Hop("https://sho.rt/big", 200, None)]
    assert 10_000 <= body.sent <= 10_000 + 4096


def test_meta_refresh_beyond_the_cap_is_not_seen(mock):
    page = "<html>" + "x" * 20_000 + f'<meta http-equiv="refresh" content="0; url={GOOGLE}">'
    mock.get("https://sho.rt/late").respond(200, html=page)
    assert resolve_chain("https://sho.rt/late", max_bytes=10_000, resolver=make_resolver())[-1].location is None
    assert resolve_chain("https://sho.rt/late", max_bytes=30_000, resolver=make_resolver())[-1] == Hop(GOOGLE, None, None)


def test_gzip_body_is_decompressed_under_the_same_cap(mock):
    import gzip

    page = f'<meta http-equiv="refresh" content="0; url={GOOGLE}">'.encode()
    mock.get("https://sho.rt/gz").respond(200, content=gzip.compress(page), headers={"Content-Type": "text/html", "Content-Encoding": "gzip"})
    assert resolve_chain("https://sho.rt/gz", resolver=make_resolver())[-1] == Hop(GOOGLE, None, None)
    bomb = gzip.compress(b"<p>" + b"0" * 20_000_000 + page)  # 20 MB that compresses to ~20 kB
    mock.get("https://sho.rt/bomb").respond(200, content=bomb, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"})
    assert resolve_chain("https://sho.rt/bomb", max_bytes=10_000, resolver=make_resolver()) == [Hop("https://sho.rt/bomb", 200, None)]


# -- failures ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("exc", [httpx.ConnectTimeout("timed out"), httpx.ReadTimeout("The read operation timed out")])
def test_timeout_is_one_line_naming_the_host(mock, exc):
    mock.get("https://sho.rt/slow").mock(side_effect=exc)
    with pytest.raises(InputError, match=r"^cannot fetch sho\.rt: timed out") as info:
        resolve_chain("https://sho.rt/slow", resolver=make_resolver())
    assert "\n" not in str(info.value)


def test_connect_error_names_the_host(mock):
    mock.get("https://sho.rt/x").mock(side_effect=httpx.ConnectError("[Errno 111] Connection refused"))
    with pytest.raises(InputError, match=r"^cannot fetch sho\.rt: connection failed \(\[Errno 111\] Connection refused\)$"):
        resolve_chain("https://sho.rt/x", resolver=make_resolver())


def test_tls_error_names_the_host(mock):
    def fail(request):
        try:
            raise ssl.SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed")
        except ssl.SSLError as exc:
            raise httpx.ConnectError(str(exc)) from exc

    mock.get("https://sho.rt/x").mock(side_effect=fail)
    with pytest.raises(InputError, match=r"^cannot fetch sho\.rt: TLS error"):
        resolve_chain("https://sho.rt/x", resolver=make_resolver())


def test_dns_failure_names_the_host(mock):
    with pytest.raises(InputError, match=r"^cannot fetch nowhere\.example: DNS lookup failed \(Name or service not known\)$"):
        resolve_chain("https://nowhere.example/x", resolver=make_resolver())


def test_dns_lookup_is_bounded_by_the_timeout(mock):
    def stuck(host, port):
        time.sleep(5)
        return [PUBLIC_IP]

    started = time.monotonic()
    with pytest.raises(InputError, match="DNS lookup timed out"):
        resolve_chain("https://sho.rt/x", timeout=0.3, resolver=stuck)
    assert time.monotonic() - started < 2


# -- the address policy ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "address", "problem"),
    [
        ("internal.example", "10.0.0.1", "private"),
        ("imds.example", "169.254.169.254", "cloud-metadata"),
        ("mixed.example", "10.0.0.1", "private"),
        ("mapped.example", "::ffff:127.0.0.1", "loopback"),
        ("alibaba.example", "100.100.100.200", "cloud-metadata"),
        ("ec2v6.example", "fd00:ec2::254", "cloud-metadata"),
    ],
)
def test_private_address_refused_after_resolution(mock, host, address, problem):
    route = mock.get(url__startswith=f"https://{host}/")
    with pytest.raises(BlockedAddressError) as info:
        resolve_chain(f"https://{host}/s/abc", resolver=make_resolver())
    message = str(info.value)
    assert host in message and address in message and problem in message
    assert not route.called


def test_private_address_refused_on_a_later_hop(mock):
    mock.get("https://sho.rt/a").respond(302, headers={"Location": "http://internal.example/admin"})
    internal = mock.get(url__startswith="http://internal.example/")
    with pytest.raises(BlockedAddressError, match=r"internal\.example: it resolves to 10\.0\.0\.1, a private address"):
        resolve_chain("https://sho.rt/a", resolver=make_resolver())
    assert not internal.called


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "http://[::1]/", "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/"])
def test_ip_literals_are_vetted_too(mock, url):
    with pytest.raises(BlockedAddressError):
        resolve_chain(url, resolver=lambda host, port: [host])


def test_allow_private_permits_private_but_never_cloud_metadata(mock):
    mock.get("https://internal.example/s").respond(302, headers={"Location": GOOGLE})
    chain = resolve_chain("https://internal.example/s", allow_private=True, resolver=make_resolver())
    assert chain[-1] == Hop(GOOGLE, None, None)
    for host in ("imds.example", "alibaba.example", "ec2v6.example"):
        with pytest.raises(BlockedAddressError, match="cloud-metadata"):
            resolve_chain(f"https://{host}/", allow_private=True, resolver=make_resolver())


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("8.8.8.8", None), ("2001:4860:4860::8888", None), ("64:ff9b::808:808", None),
        ("127.0.0.1", "loopback"), ("::1", "loopback"), ("10.1.2.3", "private"), ("172.16.0.1", "private"),
        ("192.168.1.1", "private"), ("169.254.1.1", "link-local"), ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"), ("ff02::1", "multicast"), ("0.0.0.0", "unspecified"), ("::", "unspecified"),
        ("100.64.0.1", "shared"), ("fc00::1", "private"), ("240.0.0.1", "private"), ("::127.0.0.1", "reserved"),
        ("169.254.169.254", "cloud-metadata"), ("fd00:ec2::254", "cloud-metadata"), ("100.100.100.200", "cloud-metadata"),
        ("::ffff:10.0.0.1", "private"), ("2002:7f00:1::", "loopback"), ("64:ff9b::a9fe:a9fe", "cloud-metadata"),
        ("not-an-ip", "unparseable"),
    ],
)
def test_address_problem(address, problem):
    got = address_problem(address)
    assert (got is None) if problem is None else (got is not None and got.startswith(problem)), got


# -- connect-time enforcement (the guarded network backend) --------------------------------------------------


class FakeStream:
    def __init__(self, peer: str) -> None:
        self.peer = peer
        self.closed = False

    def get_extra_info(self, info):
        return (self.peer, 80) if info == "server_addr" else None

    def close(self):
        self.closed = True


class FakeInner:
    """Stands in for httpcore's socket backend: records where it was asked to connect."""

    def __init__(self, peer: str | None = None) -> None:
        self.connects: list[str] = []
        self.peer = peer
        self.streams: list[FakeStream] = []

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        self.connects.append(host)
        self.streams.append(FakeStream(self.peer or host))
        return self.streams[-1]


def test_backend_connects_only_to_the_pinned_vetted_address_despite_rebinding():
    answers = iter([[PUBLIC_IP], ["127.0.0.1"], ["127.0.0.1"]])
    calls = []

    def rebinding(host, port):
        calls.append(host)
        return next(answers)

    guard = R._Guard(False, rebinding, 5.0)
    guard.vet("rebind.example", 443)  # the pre-flight check sees the public answer
    inner = FakeInner()
    backend = R._net().GuardedBackend(guard, inner=inner)
    backend.connect_tcp("rebind.example", 443)
    assert inner.connects == [PUBLIC_IP]  # the IP literal, never the name: no second DNS answer is used
    assert calls == ["rebind.example"]


def test_backend_refuses_a_private_answer_before_connecting():
    guard = R._Guard(False, lambda host, port: ["10.0.0.1"], 5.0)
    inner = FakeInner()
    with pytest.raises(BlockedAddressError, match="10.0.0.1"):
        R._net().GuardedBackend(guard, inner=inner).connect_tcp("sneaky.example", 80)
    assert inner.connects == []


def test_backend_checks_the_actual_peer_address():
    guard = R._Guard(False, lambda host, port: [PUBLIC_IP], 5.0)
    inner = FakeInner(peer="10.0.0.1")
    with pytest.raises(BlockedAddressError, match="connected to 10.0.0.1"):
        R._net().GuardedBackend(guard, inner=inner).connect_tcp("sho.rt", 80)
    assert inner.streams[0].closed


def test_backend_refuses_unix_sockets():
    guard = R._Guard(True, lambda host, port: ["127.0.0.1"], 5.0)
    with pytest.raises(BlockedAddressError):
        R._net().GuardedBackend(guard).connect_unix_socket("/var/run/docker.sock")


# -- end to end, against a real server on 127.0.0.1 ----------------------------------------------------------


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        self.server.seen.append((self.path, dict(self.headers)))
        try:
            if self.path == "/s/abc":
                self.send_response(302)
                self.send_header("Location", GOOGLE)
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif self.path == "/slow":
                time.sleep(3)
                self.send_response(200)
                self.end_headers()
            elif self.path == "/drip":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(50):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
            elif self.path == "/big":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(200):
                    self.wfile.write(b"y" * 65536)
                self.wfile.write(f'<meta http-equiv="refresh" content="0; url={GOOGLE}">'.encode())
            else:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture
def server():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    srv.seen = []
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()


def local_only(host, port):
    """Answers 127.0.0.1 for the test's own names and fails for anything else: no test reaches the internet."""
    local_only.calls.append(host)
    if host in ("127.0.0.1", "short.test"):
        return ["127.0.0.1"]
    raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")


@pytest.fixture(autouse=True)
def _reset_local_only():
    local_only.calls = []


def test_end_to_end_short_link_to_google_with_allow_private(server):
    port = server.server_address[1]
    start = f"http://127.0.0.1:{port}/s/abc"
    chain = resolve_chain(start, allow_private=True, resolver=local_only)
    assert chain == [Hop(start, 302, GOOGLE), Hop(GOOGLE, None, None)]
    assert [path for path, _ in server.seen] == ["/s/abc"]  # Google was never fetched
    assert "accounts.google.com" not in local_only.calls
    assert server.seen[0][1]["User-Agent"] == f"oauth-audit/{__version__}"


def test_end_to_end_name_is_pinned_to_the_vetted_ip_and_keeps_its_host_header(server):
    port = server.server_address[1]
    chain = resolve_chain(f"http://short.test:{port}/s/abc", allow_private=True, resolver=local_only)
    assert chain[-1] == Hop(GOOGLE, None, None)
    assert server.seen[0][1]["Host"] == f"short.test:{port}"


def test_end_to_end_loopback_refused_without_allow_private(server):
    port = server.server_address[1]
    with pytest.raises(InputError) as info:
        resolve_chain(f"http://127.0.0.1:{port}/s/abc", resolver=local_only)
    assert "127.0.0.1" in str(info.value) and "loopback" in str(info.value)
    with pytest.raises(InputError, match="loopback"):
        resolve_chain(f"http://short.test:{port}/s/abc", resolver=local_only)
    assert server.seen == []


def test_end_to_end_system_resolver_on_an_ip_literal(server):
    port = server.server_address[1]
    with pytest.raises(InputError, match=r"127\.0\.0\.1: it is a loopback address"):
        resolve_chain(f"http://127.0.0.1:{port}/s/abc")
    assert resolve_chain(f"http://127.0.0.1:{port}/s/abc", allow_private=True)[-1] == Hop(GOOGLE, None, None)


def test_end_to_end_timeout(server):
    port = server.server_address[1]
    started = time.monotonic()
    with pytest.raises(InputError, match=r"^cannot fetch 127\.0\.0\.1: timed out"):
        resolve_chain(f"http://127.0.0.1:{port}/slow", allow_private=True, timeout=0.5, resolver=local_only)
    assert time.monotonic() - started < 2.5


def test_end_to_end_slow_drip_is_cut_by_the_hop_deadline(server):
    port = server.server_address[1]
    started = time.monotonic()
    with pytest.raises(InputError, match="timed out"):
        resolve_chain(f"http://127.0.0.1:{port}/drip", allow_private=True, timeout=0.5, resolver=local_only)
    assert time.monotonic() - started < 2.5  # each byte came within the read timeout; the hop deadline ended it


def test_end_to_end_size_cap(server):
    port = server.server_address[1]
    url = f"http://127.0.0.1:{port}/big"
    assert resolve_chain(url, allow_private=True, max_bytes=100_000, resolver=local_only) == [Hop(url, 200, None)]


def test_end_to_end_tls_error(server):
    port = server.server_address[1]  # a plain-HTTP server: the TLS handshake fails
    with pytest.raises(InputError, match=r"^cannot fetch 127\.0\.0\.1: TLS error"):
        resolve_chain(f"https://127.0.0.1:{port}/s/abc", allow_private=True, timeout=3, resolver=local_only)


def test_end_to_end_connection_refused():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    with pytest.raises(InputError, match=r"^cannot fetch 127\.0\.0\.1: connection failed"):
        resolve_chain(f"http://127.0.0.1:{port}/x", allow_private=True, resolver=local_only)


# -- metadata (--online) ---------------------------------------------------------------------------------------


METADATA = {
    "issuer": "https://idp.example",
    "authorization_endpoint": "https://idp.example/authorize",
    "code_challenge_methods_supported": ["S256", 7, "plain"],
    "response_types_supported": ["code"],
    "require_pushed_authorization_requests": "yes",  # wrong type: dropped
    "jwks_uri": "https://idp.example/jwks",  # not needed: dropped
}


def test_fetch_metadata_openid_configuration(mock):
    route = mock.get("https://idp.example/.well-known/openid-configuration").respond(200, json=METADATA)
    got = fetch_metadata("idp.example", resolver=make_resolver())
    assert got == {
        "metadata_url": "https://idp.example/.well-known/openid-configuration",
        "issuer": "https://idp.example",
        "authorization_endpoint": "https://idp.example/authorize",
        "code_challenge_methods_supported": ["S256", "plain"],
        "response_types_supported": ["code"],
    }
    assert route.calls.last.request.headers["user-agent"] == f"oauth-audit/{__version__}"


def test_fetch_metadata_falls_back_to_rfc8414_with_issuer_path(mock):
    mock.get("https://idp.example/tenant/.well-known/openid-configuration").respond(404)
    mock.get("https://idp.example/.well-known/oauth-authorization-server/tenant").respond(200, json=METADATA)
    got = fetch_metadata("https://idp.example/tenant/", resolver=make_resolver())
    assert got["metadata_url"] == "https://idp.example/.well-known/oauth-authorization-server/tenant"
    assert got["code_challenge_methods_supported"] == ["S256", "plain"]


def test_fetch_metadata_accepts_a_metadata_url(mock):
    mock.get("https://idp.example/.well-known/oauth-authorization-server").respond(200, json=METADATA)
    got = fetch_metadata("https://idp.example/.well-known/oauth-authorization-server", resolver=make_resolver())
    assert got["issuer"] == "https://idp.example"


def test_fetch_metadata_none_found(mock):
    mock.get(url__startswith="https://idp.example/").respond(404)
    with pytest.raises(InputError, match=r"no authorization-server metadata at idp\.example"):
        fetch_metadata("idp.example", resolver=make_resolver())


@pytest.mark.parametrize(
    ("body", "message"),
    [(b"{not json", "not valid JSON"), (b"[1, 2]", "not a JSON object"), (b"\xff\xfe", "not valid JSON")],
)
def test_fetch_metadata_bad_json(mock, body, message):
    mock.get("https://idp.example/.well-known/openid-configuration").respond(200, content=body)
    with pytest.raises(InputError, match=message):
        fetch_metadata("idp.example", resolver=make_resolver())


def test_fetch_metadata_size_cap(mock):
    big = b'{"issuer": "' + b"a" * 20_000 + b'"}'
    mock.get("https://idp.example/.well-known/openid-configuration").respond(200, content=big)
    with pytest.raises(InputError, match="larger than 10,000 bytes"):
        fetch_metadata("idp.example", max_bytes=10_000, resolver=make_resolver())


def test_fetch_metadata_private_address_refused(mock):
    route = mock.get(url__startswith="https://internal.example/")
    with pytest.raises(BlockedAddressError, match="10.0.0.1"):
        fetch_metadata("internal.example", resolver=make_resolver())
    assert not route.called


def test_fetch_metadata_redirect_to_private_refused(mock):
    mock.get("https://idp.example/.well-known/openid-configuration").respond(302, headers={"Location": "http://imds.example/latest"})
    with pytest.raises(BlockedAddressError, match="cloud-metadata"):
        fetch_metadata("idp.example", resolver=make_resolver())


# -- import cost ----------------------------------------------------------------------------------------------------


def test_importing_the_module_does_not_import_httpx():
    code = "import sys\nimport auditor.sources.resolve\nsys.stderr.write(repr(sorted(m for m in ('httpx', 'httpcore') if m in sys.modules)))\n"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.stderr == "[]"
