"""Follow a short link or redirect chain to the authorization request it ends at (``scan --resolve``).

This is the only module that talks to the network, and only when the user asks for it. Everything
here treats the network as hostile: the link was handed to the user by someone who may want to use
the tool as a proxy into the user's own network (SSRF), to track them, or to make it hang.

What a resolution does (see ``docs/resolve.md`` for the user-facing description):

* GET only, ``follow_redirects=False``; redirects (301, 302, 303, 307, 308 with a Location header)
  are followed here, one hop at a time, relative Locations resolved against the hop's URL, at most
  ``max_redirects`` of them. Each hop is checked again: http or https only, no userinfo
  (``user:pass@``), no port that browsers refuse to connect to.
* Requests go straight to the transport (no ``httpx.Client``): no cookie jar at all, no credentials,
  no ``Authorization`` header, no ``.netrc``, no proxy from the environment; the only headers are
  ``Host``, a fixed ``User-Agent: oauth-audit/<version>``, ``Accept`` and ``Accept-Encoding: identity``.
* A hop whose URL is an authorization endpoint the catalog knows (or a whole-session login link) is
  **not fetched**: the chain stops there, and the caller audits that URL offline.
* A hop that is not a redirect ends the chain, unless its first ``max_bytes`` hold one unambiguous
  ``<meta http-equiv="refresh" content="0; url=...">`` or, failing that, one unambiguous
  JavaScript ``location = "..."`` / ``location.replace("...")`` in a ``<script>``: that target is
  followed like a redirect (and counts towards ``max_redirects``).
* Every read is bounded: each network step by ``timeout``, each hop as a whole by a wall-clock
  deadline of ``timeout`` (a server dripping one byte at a time cannot stall it), the whole chain
  by ``CHAIN_BUDGET`` (30 s: ten slow hops cannot add up to ten timeouts), each body by
  ``max_bytes`` (streamed; reading stops there; gzip/deflate are decompressed with the same cap).

The SSRF defence, in two layers that do not depend on each other:

1. **Before each hop** the host is resolved (``getaddrinfo``, or the injected ``resolver``) and every
   address returned must be public: not private, loopback, link-local, multicast, reserved,
   unspecified, shared (100.64/10), IPv6 unique-local or site-local, nor an IPv4 address of those
   kinds embedded in IPv6 (``::ffff:127.0.0.1``, 6to4, Teredo, NAT64). Cloud-metadata addresses
   (169.254.169.254, fd00:ec2::254, 100.100.100.200, 168.63.129.16, ...) are refused even with
   ``allow_private``: no short link legitimately points at them.
2. **At connect time** the default transport is an httpx transport over an httpcore connection pool
   whose network backend never resolves names itself: ``connect_tcp(host, port)`` takes the
   addresses vetted in step 1 for that host (resolved once per chain, then pinned), connects to the
   IP literal, and checks the socket's actual peer address against the vetted set before a single
   byte is sent. The request keeps its URL, so the ``Host`` header and TLS SNI/certificate check are
   those of the name. A DNS answer that changes between the check and the connection (DNS
   rebinding) therefore cannot reach a private address: nothing is connected to that the check did
   not see. Unix sockets are refused.

A caller-supplied ``transport`` (tests pass one, or use respx) replaces layer 2; layer 1 still runs.

httpx and httpcore are imported inside the functions: importing this module, or running an offline
scan, never loads them.
"""

from __future__ import annotations

import ipaddress
import json
import re
import socket
import threading
import time
import zlib
from html.parser import HTMLParser
from typing import Any, Callable, Iterable, NamedTuple
from urllib.parse import urljoin, urlsplit

from auditor.errors import InputError

__all__ = ["Hop", "BlockedAddressError", "resolve_chain", "fetch_metadata", "address_problem"]

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_URL_LENGTH = 65_536  # the URL reader's limit
CHAIN_BUDGET = 30.0  # seconds for a whole chain (or metadata fetch), whatever the per-hop timeout
METADATA_MAX_BYTES = 500_000
MAX_METADATA_LIST = 200
MAX_METADATA_STRING = 2_048

Resolver = Callable[[str, int], Iterable[str]]

# Cloud instance-metadata and platform endpoints. Refused even with allow_private: they hand out
# credentials to whoever asks from inside the machine, and no short link legitimately ends there.
METADATA_ADDRESSES = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254",  # AWS, GCP, Azure, OpenStack, DigitalOcean, Oracle, ... (IMDS)
    "169.254.170.2",    # AWS ECS task metadata
    "169.254.170.23",   # AWS EKS pod identity agent
    "169.254.0.23",     # Tencent Cloud metadata
    "fd00:ec2::254",    # AWS IMDS over IPv6
    "fd00:ec2::23",     # AWS EKS pod identity agent over IPv6
    "fd20:ce::254",     # Google Compute Engine metadata over IPv6
    "fd00:c1::a9fe:a9fe",  # Oracle Cloud (OCI) metadata over IPv6
    "100.100.100.200",  # Alibaba Cloud metadata
    "168.63.129.16",    # Azure WireServer (a public-looking address reachable only inside Azure)
    "192.0.0.192",      # Oracle Cloud legacy metadata
))

# Ports the Fetch standard forbids browsers to connect to (mail, DNS, IRC, ...): a web redirect that
# points at one is a cross-protocol attack, never a short link.
BAD_PORTS = frozenset({
    0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
    103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465,
    512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993,
    995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668,
    6669, 6679, 6697, 10080,
})

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_SHARED = ipaddress.ip_network("100.64.0.0/10")
_RAW_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class Hop(NamedTuple):
    """One step of a chain.

    ``url`` is the URL of this hop, as written (relative Locations already resolved). ``status`` is
    the HTTP status it answered, or None when it was not fetched (a known authorization endpoint).
    ``location`` is the absolute URL it sent the client to next (Location header, or a meta refresh
    or JavaScript redirect in a 200 page), None for the last hop.
    """

    url: str
    status: int | None
    location: str | None


class BlockedAddressError(InputError):
    """A host resolved to (or a connection reached) an address the policy refuses."""


# -- address policy -----------------------------------------------------------------------------


def address_problem(address: str) -> str | None:
    """Why an IP address must not be connected to (``"loopback"``, ``"private"``, ...), or None.

    Cloud-metadata addresses answer ``"cloud-metadata"``. An IPv6 address that embeds an IPv4 one
    (IPv4-mapped, 6to4, Teredo, NAT64) is judged by the embedded address as well.
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "unparseable"
    if ip in METADATA_ADDRESSES:
        return "cloud-metadata"
    if isinstance(ip, ipaddress.IPv6Address):
        embedded: list[ipaddress.IPv4Address] = []
        if ip.ipv4_mapped is not None:
            embedded.append(ip.ipv4_mapped)
        if ip.sixtofour is not None:
            embedded.append(ip.sixtofour)
        if ip.teredo is not None:
            embedded.extend(ip.teredo)
        if ip in _NAT64:
            embedded.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        for inner in embedded:
            problem = address_problem(str(inner))
            if problem is not None:
                return f"{problem} (embedded {inner})"
        if ip in _NAT64 and embedded:
            return None  # NAT64 of a public IPv4 address is how IPv6-only networks reach it
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_multicast:
        return "multicast"
    if isinstance(ip, ipaddress.IPv4Address) and ip in _SHARED:
        return "shared (carrier-grade NAT)"
    if isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local:
        return "site-local"
    if ip.is_private:
        return "private"
    if ip.is_reserved:
        return "reserved"
    if not ip.is_global:
        return "non-public"
    return None


def _system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [info[4][0] for info in infos]


def _one_line(text: object, limit: int = 200) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class _Guard:
    """The address policy of one resolution: vets hosts, pins their addresses, holds the deadline."""

    def __init__(self, allow_private: bool, resolver: Resolver | None, timeout: float, total: float | None = None) -> None:
        self.allow_private = allow_private
        self.resolver = resolver or _system_resolver
        self.timeout = timeout
        # The whole chain (every hop, DNS and body) shares one wall-clock budget as well: ten hops
        # of a slow server must not add up to ten timeouts.
        self.total = total if total is not None else max(timeout, CHAIN_BUDGET)
        self.chain_deadline = time.monotonic() + self.total
        self.deadline = min(time.monotonic() + timeout, self.chain_deadline)
        self._pinned: dict[tuple[str, int], tuple[str, ...]] = {}

    def start_hop(self) -> None:
        if time.monotonic() >= self.chain_deadline:
            raise InputError(f"gave up: the whole redirect chain took longer than {self.total:g}s")
        self.deadline = min(time.monotonic() + self.timeout, self.chain_deadline)

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def refuse(self, host: str, address: str) -> str | None:
        problem = address_problem(address)
        always = problem is not None and problem.startswith(("cloud-metadata", "unparseable"))
        if problem is None or (self.allow_private and not always):
            return None
        hint = "" if always else "; --allow-private permits private addresses"
        what = "it is" if host.strip("[]").lower() == address.lower() else f"it resolves to {address},"
        kind, _, detail = problem.partition(" (")
        detail = f" ({detail}" if detail else ""
        return f"refusing to connect to {host}: {what} a {kind} address{detail}{hint}"

    def _lookup(self, host: str, port: int) -> list[str]:
        """Run the resolver with the timeout (getaddrinfo itself has none)."""
        result: dict[str, Any] = {}

        def work() -> None:
            try:
                result["addrs"] = [str(a) for a in self.resolver(host, port)]
            except BaseException as exc:  # reported to the caller below
                result["error"] = exc

        thread = threading.Thread(target=work, name="oauth-audit-dns", daemon=True)
        thread.start()
        thread.join(max(0.0, min(self.timeout, self.remaining())))
        if thread.is_alive():
            raise InputError(f"cannot fetch {host}: DNS lookup timed out after {self.timeout:g}s")
        if "error" in result:
            exc = result["error"]
            if isinstance(exc, InputError):
                raise exc
            detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            raise InputError(f"cannot fetch {host}: DNS lookup failed ({_one_line(detail)})")
        return result["addrs"]

    def vet(self, host: str, port: int) -> tuple[str, ...]:
        """Resolve ``host`` once per chain; every address must pass the policy. Returns them (pinned)."""
        key = (host.lower(), port)
        pinned = self._pinned.get(key)
        if pinned is not None:
            return pinned
        addrs = tuple(dict.fromkeys(self._lookup(host, port)))
        if not addrs:
            raise InputError(f"cannot fetch {host}: DNS lookup returned no address")
        for address in addrs:
            reason = self.refuse(host, address)
            if reason:
                raise BlockedAddressError(reason)
        self._pinned[key] = addrs
        return addrs


# -- the guarded httpx transport (built on first use, so httpx is imported lazily) -----------------

_NET: Any = None


def _net() -> Any:
    """httpx, httpcore and the guarded transport classes, imported and defined on first use."""
    global _NET
    if _NET is not None:
        return _NET
    import types

    import httpcore
    import httpx

    def map_exceptions(exc: Exception) -> Exception:
        if not isinstance(exc, httpcore.TimeoutException | httpcore.NetworkError | httpcore.ProtocolError
                          | httpcore.UnsupportedProtocol | httpcore.ProxyError):
            return exc
        for cls in type(exc).__mro__:
            target = getattr(httpx, cls.__name__, None)
            if isinstance(target, type) and issubclass(target, httpx.TransportError):
                mapped = target(str(exc))
                mapped.__cause__ = exc
                return mapped
        return exc

    class DeadlineStream(httpcore.NetworkStream):
        """A socket stream whose every read and write also respects the hop's wall-clock deadline."""

        def __init__(self, inner: httpcore.NetworkStream, guard: _Guard) -> None:
            self._inner = inner
            self._guard = guard

        def _budget(self, timeout: float | None, error: type[Exception]) -> float:
            left = self._guard.remaining()
            if left <= 0:
                raise error("the hop took longer than the timeout")
            return left if timeout is None else min(timeout, left)

        def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
            return self._inner.read(max_bytes, self._budget(timeout, httpcore.ReadTimeout))

        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            self._inner.write(buffer, self._budget(timeout, httpcore.WriteTimeout))

        def close(self) -> None:
            self._inner.close()

        def start_tls(self, ssl_context, server_hostname=None, timeout=None):  # type: ignore[no-untyped-def]
            inner = self._inner.start_tls(ssl_context, server_hostname, self._budget(timeout, httpcore.ConnectTimeout))
            return DeadlineStream(inner, self._guard)

        def get_extra_info(self, info: str) -> Any:
            return self._inner.get_extra_info(info)

    class GuardedBackend(httpcore.NetworkBackend):
        """Connects only to addresses the guard vetted for the host, and checks the peer it reached."""

        def __init__(self, guard: _Guard, inner: httpcore.NetworkBackend | None = None) -> None:
            self._guard = guard
            self._inner = inner or httpcore.SyncBackend()

        def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):  # type: ignore[no-untyped-def]
            addresses = self._guard.vet(host, port)  # pinned: the answers the pre-flight check saw
            error: Exception | None = None
            for address in addresses:
                left = self._guard.remaining()
                if left <= 0:
                    raise httpcore.ConnectTimeout("the hop took longer than the timeout")
                budget = left if timeout is None else min(timeout, left)
                try:
                    stream = self._inner.connect_tcp(address, port, timeout=budget, local_address=local_address,
                                                     socket_options=socket_options)
                except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                    error = exc
                    continue
                peer_ip = ""
                try:
                    peer = stream.get_extra_info("server_addr")
                    peer_ip = str(peer[0]) if peer else ""
                    same = peer_ip and ipaddress.ip_address(peer_ip.split("%", 1)[0]) == ipaddress.ip_address(address.split("%", 1)[0])
                except (ValueError, TypeError, OSError, IndexError):
                    same = False
                if not same:
                    stream.close()
                    raise BlockedAddressError(f"refusing to talk to {host}: connected to {peer_ip or 'an unknown peer'}, not the vetted {address}")
                reason = self._guard.refuse(host, peer_ip)
                if reason:
                    stream.close()
                    raise BlockedAddressError(reason)
                return DeadlineStream(stream, self._guard)
            assert error is not None
            raise error

        def connect_unix_socket(self, path, timeout=None, socket_options=None):  # type: ignore[no-untyped-def]
            raise BlockedAddressError("refusing to connect to a Unix socket")

        def sleep(self, seconds: float) -> None:
            self._inner.sleep(seconds)

    class ResponseStream(httpx.SyncByteStream):
        def __init__(self, stream: Iterable[bytes]) -> None:
            self._stream = stream

        def __iter__(self):  # type: ignore[no-untyped-def]
            try:
                yield from self._stream
            except Exception as exc:
                mapped = map_exceptions(exc)
                if mapped is exc:
                    raise
                raise mapped from exc

        def close(self) -> None:
            close = getattr(self._stream, "close", None)
            if close is not None:
                close()

    class GuardedTransport(httpx.BaseTransport):
        """httpx transport over an httpcore pool that uses :class:`GuardedBackend` (public API only)."""

        def __init__(self, guard: _Guard) -> None:
            self._pool = httpcore.ConnectionPool(
                ssl_context=httpx.create_ssl_context(),
                network_backend=GuardedBackend(guard),
                max_connections=4, max_keepalive_connections=4, keepalive_expiry=5.0,
                http1=True, http2=False, retries=0,
            )

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            req = httpcore.Request(
                method=request.method,
                url=httpcore.URL(scheme=request.url.raw_scheme, host=request.url.raw_host,
                                 port=request.url.port, target=request.url.raw_path),
                headers=request.headers.raw,
                content=request.stream,
                extensions=request.extensions,
            )
            try:
                resp = self._pool.handle_request(req)
            except Exception as exc:
                mapped = map_exceptions(exc)
                if mapped is exc:
                    raise
                raise mapped from exc
            return httpx.Response(status_code=resp.status, headers=resp.headers,
                                  stream=ResponseStream(resp.stream), extensions=resp.extensions)

        def close(self) -> None:
            self._pool.close()

    _NET = types.SimpleNamespace(
        httpx=httpx, httpcore=httpcore, GuardedBackend=GuardedBackend, GuardedTransport=GuardedTransport,
        DeadlineStream=DeadlineStream,
    )
    return _NET


def user_agent() -> str:
    from auditor import __version__

    return f"oauth-audit/{__version__}"


def _headers(accept: str) -> dict[str, str]:
    """Every header a request carries (httpx adds Host). Nothing else: no Cookie, no Authorization."""
    return {"User-Agent": user_agent(), "Accept": accept, "Accept-Encoding": "identity"}


# -- URLs -----------------------------------------------------------------------------------------


def _where(hop: int) -> str:
    return "the URL" if hop == 0 else f"hop {hop + 1}"


def _check_url(url: str, hop: int) -> tuple[str, int]:
    """Refuse what must never be fetched. Returns ``(host as sent on the wire, port)``."""
    httpx = _net().httpx
    where = _where(hop)
    if len(url) > MAX_URL_LENGTH:
        raise InputError(f"{where} is {len(url):,} characters long; the limit is {MAX_URL_LENGTH:,}")
    bad = _RAW_CONTROL.search(url)
    if bad:
        raise InputError(f"{where} contains a raw control character (U+{ord(bad.group()):04X}); refusing to fetch it")
    try:
        parts = urlsplit(url)
        parsed = httpx.URL(url)
    except (ValueError, httpx.InvalidURL) as exc:
        raise InputError(f"{where} is not a valid URL: {_one_line(exc)}") from None
    scheme = parts.scheme.lower()
    if not scheme:
        raise InputError(f"{where} has no scheme; give the whole link, starting with https://")
    if scheme not in ("http", "https") or parsed.scheme not in ("http", "https"):
        shown = _one_line(scheme, 40)
        raise InputError(f"{where} is not an http(s) URL (scheme {shown!r}); only http and https are followed")
    if "@" in parts.netloc or parsed.userinfo:
        raise InputError(f"{where} carries credentials (user info before '@'); refusing to fetch it")
    if not parsed.raw_host:
        raise InputError(f"{where} has no host")
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    if port in BAD_PORTS:
        raise InputError(f"{where} points at port {port}, which is not a web port; refusing to fetch it")
    return parsed.raw_host.decode("ascii"), port


def _join(base: str, location: str) -> str:
    """Resolve a (possibly relative) redirect target; a target without a fragment keeps the base's."""
    target = urljoin(base, location.strip())
    base_fragment = urlsplit(base).fragment
    if base_fragment and "#" not in target:
        target = f"{target}#{base_fragment}"
    return target


def _is_authorization_endpoint(url: str, catalog: Any) -> bool:
    from auditor.sources.url import read_url

    try:
        return read_url(url, catalog).endpoint_known
    except InputError:
        return False


# -- page-level redirects (meta refresh, one obvious JavaScript location) ---------------------------

def refresh_target(content: str) -> str:
    """The URL of a meta refresh ``content`` (``5; url='…'``), read left to right in one pass.

    A hand-written scan, not a regular expression: attacker pages can hold 100,000 spaces or
    digits, and adjacent optional ``\\s*`` groups backtrack polynomially on them."""
    s, i, n = content, 0, len(content)

    def skip_space(i: int) -> int:
        while i < n and s[i] in " \t\r\n\f":
            i += 1
        return i

    i = skip_space(i)
    while i < n and (s[i].isdigit() or s[i] == "."):
        i += 1
    i = skip_space(i)
    if i < n and s[i] in ";,":
        i = skip_space(i + 1)
    if s[i:i + 3].lower() == "url":
        j = skip_space(i + 3)
        if j < n and s[j] == "=":
            i = skip_space(j + 1)
    rest = s[i:].rstrip(" \t\r\n\f")
    if rest[:1] in ("'", '"'):
        quote = rest[0]
        end = rest.find(quote, 1)
        rest = rest[1:end] if end != -1 else rest[1:]
    return rest.strip()


# One obvious JavaScript navigation: ``location = "…"``, ``location.href = '…'``, ``location.replace("…")``
# (optionally behind window/document/top/self). Each string alternative is unambiguous (an escape
# starts with a backslash, any other character is neither the quote nor a backslash), so the engine
# never backtracks inside a string, whatever the page holds (tests/test_hardening.py).
_JS_LOCATION = re.compile(
    r"""\blocation[ \t]*(?:\.[ \t]*href[ \t]*)?(?:=[ \t]*|\.[ \t]*(?:replace|assign)[ \t]*\([ \t]*)"""
    r"""(?:"(?P<a>(?:\\.|[^"\\\n])*)"|'(?P<b>(?:\\.|[^'\\\n])*)')""",
)
_JS_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)


def _js_unescape(text: str) -> str:
    def sub(m: re.Match) -> str:
        code = m.group(1)
        if code[0] in "ux" and len(code) > 1:
            return chr(int(code[1:], 16))
        return code

    return _JS_ESCAPE.sub(sub, text)


class _PageScanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refresh: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            a = {k.lower(): (v or "") for k, v in attrs}
            if a.get("http-equiv", "").strip().lower() == "refresh":
                target = refresh_target(a.get("content", ""))
                if target:
                    self.refresh.append(target)
        elif tag == "script":
            self._in_script = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def page_redirect(body: bytes) -> str | None:
    """The target of one unambiguous meta refresh, else of one unambiguous JavaScript location."""
    scanner = _PageScanner()
    try:
        scanner.feed(body.decode("utf-8", errors="replace"))
        scanner.close()
    except Exception:  # a malformed page is just a page without a redirect
        pass
    refresh = set(scanner.refresh)
    if len(refresh) == 1:
        return refresh.pop()
    if refresh:
        return None
    targets = {_js_unescape(m.group("a") if m.group("a") is not None else m.group("b") or "").strip()
               for m in _JS_LOCATION.finditer("\n".join(scanner.scripts))}
    targets.discard("")
    return targets.pop() if len(targets) == 1 else None


# -- one request ----------------------------------------------------------------------------------


class _Response(NamedTuple):
    status: int
    location: str | None  # the raw Location header of a redirect
    body: bytes | None  # None for a redirect (not read) or an unsupported content-encoding
    truncated: bool
    content_type: str


def _failure(host: str, exc: BaseException) -> InputError:
    httpx = _net().httpx
    import ssl

    cause: BaseException | None = exc
    seen: set[int] = set()
    while cause is not None and id(cause) not in seen:  # exception chains can loop
        seen.add(id(cause))
        if isinstance(cause, ssl.SSLError):
            return InputError(f"cannot fetch {host}: TLS error ({_one_line(getattr(cause, 'reason', None) or cause)})")
        cause = cause.__cause__ or cause.__context__
    if re.search(r"\bSSL\b|\bTLS\b|CERTIFICATE_VERIFY|certificate verify", str(exc)):
        return InputError(f"cannot fetch {host}: TLS error ({_one_line(exc)})")
    if isinstance(exc, httpx.TimeoutException):
        return InputError(f"cannot fetch {host}: timed out ({_one_line(exc) or type(exc).__name__})")
    if isinstance(exc, httpx.ConnectError):
        return InputError(f"cannot fetch {host}: connection failed ({_one_line(exc) or 'refused'})")
    if isinstance(exc, httpx.TransportError):
        return InputError(f"cannot fetch {host}: {type(exc).__name__} ({_one_line(exc)})")
    return InputError(f"cannot fetch {host}: {_one_line(exc)}")


def _read_capped(resp: Any, max_bytes: int, guard: _Guard, host: str) -> tuple[bytes | None, bool]:
    """At most ``max_bytes`` of the (decoded) body; ``(None, False)`` for an encoding we do not decode."""
    encoding = resp.headers.get("content-encoding", "").strip().lower()
    decoder = None
    if encoding in ("gzip", "x-gzip", "deflate"):
        decoder = zlib.decompressobj(zlib.MAX_WBITS | 32)  # zlib or gzip header, detected
    elif encoding not in ("", "identity"):
        return None, False
    out = bytearray()
    raw = 0
    for chunk in resp.iter_raw():
        if guard.remaining() <= 0:
            raise InputError(f"cannot fetch {host}: timed out reading the response")
        raw += len(chunk)
        if decoder is not None:
            try:
                chunk = decoder.decompress(chunk, max_bytes + 1 - len(out))
            except zlib.error:
                return None, False
        out += chunk
        if len(out) > max_bytes or raw > max_bytes:
            return bytes(out[:max_bytes]), True
    return bytes(out), False


class _Session:
    """One resolution: a transport, its guard, and the rules every request obeys.

    Requests go straight to the transport, not through ``httpx.Client``: there is no cookie jar to
    leak, no auth, no environment (proxies, ``.netrc``), and no redirect handling of httpx's own.
    """

    def __init__(self, *, allow_private: bool, timeout: float, transport: Any, resolver: Resolver | None) -> None:
        net = _net()
        self.guard = _Guard(allow_private, resolver, timeout)
        self.timeout = net.httpx.Timeout(timeout).as_dict()
        self.own_transport = transport is None
        self.transport = net.GuardedTransport(self.guard) if transport is None else transport

    def __enter__(self) -> _Session:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.own_transport:
            self.transport.close()

    def get(self, url: str, hop: int, max_bytes: int, accept: str = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5") -> _Response:
        host, port = _check_url(url, hop)
        httpx = _net().httpx
        self.guard.start_hop()
        self.guard.vet(host, port)  # layer 1: every address of the host must be public
        request = httpx.Request("GET", url, headers=_headers(accept), extensions={"timeout": self.timeout})
        try:
            resp = self.transport.handle_request(request)
            resp.request = request
            try:
                if resp.status_code in REDIRECT_STATUSES:
                    locations = [v.strip() for v in resp.headers.get_list("location")]
                    if len(set(locations)) > 1:
                        raise InputError(f"cannot follow {host}: {_where(hop)} sends {len(set(locations))} different Location headers")
                    if locations:
                        return _Response(resp.status_code, locations[0], None, False, "")
                body, truncated = _read_capped(resp, max_bytes, self.guard, host)
                return _Response(resp.status_code, None, body, truncated, resp.headers.get("content-type", ""))
            finally:
                resp.close()
        except InputError:
            raise
        except (httpx.HTTPError, OSError) as exc:
            raise _failure(host, exc) from None


# -- public API -----------------------------------------------------------------------------------


def resolve_chain(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float = 10.0,
    max_redirects: int = 10,
    max_bytes: int = 1_000_000,
    transport: Any = None,
    resolver: Resolver | None = None,
) -> list[Hop]:
    """Follow ``url`` through its redirects to the authorization request it ends at.

    Returns every hop, the last one being where the chain ends: a known authorization endpoint
    (``status`` None: it is never fetched), or the first response that is neither a redirect nor a
    page with an unambiguous meta-refresh/JavaScript redirect (whatever its status: a 404 at the
    end is reported, not raised). Raises :class:`InputError` (one line, naming the host) for a
    refused URL or address, a DNS, connection, TLS or timeout failure, a loop, or more than
    ``max_redirects`` redirects. ``resolver(host, port) -> [ip, ...]`` replaces ``getaddrinfo``;
    ``transport`` replaces the guarded transport (the address check before each hop still runs).
    """
    from auditor.catalog import load_catalog

    catalog = load_catalog()
    current = url.strip()
    hops: list[Hop] = []
    seen: set[str] = set()
    first_host = ""
    with _Session(allow_private=allow_private, timeout=timeout, transport=transport, resolver=resolver) as session:
        while True:
            host, _ = _check_url(current, len(hops))
            first_host = first_host or host
            if _is_authorization_endpoint(current, catalog):
                hops.append(Hop(current, None, None))
                return hops
            seen.add(current)
            resp = session.get(current, len(hops), max_bytes)
            target: str | None = None
            if resp.location is not None:
                target = _join(current, resp.location)
            elif resp.body and ("html" in resp.content_type.lower() or not resp.content_type):
                found = page_redirect(resp.body)
                if found is not None:
                    target = _join(current, found)
            hops.append(Hop(current, resp.status, target))
            if target is None:
                return hops
            if len(hops) > max_redirects:
                raise InputError(f"too many redirects (>{max_redirects}) starting at {first_host}")
            if target in seen:
                raise InputError(f"redirect loop: hop {len(hops)} leads back to an earlier URL (starting at {first_host})")
            current = target


_METADATA_FIELDS = {
    "issuer": str,
    "authorization_endpoint": str,
    "token_endpoint": str,
    "device_authorization_endpoint": str,
    "pushed_authorization_request_endpoint": str,
    "require_pushed_authorization_requests": bool,
    "authorization_response_iss_parameter_supported": bool,
    "code_challenge_methods_supported": list,
    "response_types_supported": list,
    "response_modes_supported": list,
    "grant_types_supported": list,
    "scopes_supported": list,
    "token_endpoint_auth_methods_supported": list,
}


def _metadata_urls(issuer_or_host: str) -> list[str]:
    """Where an issuer's metadata may live: OIDC discovery (appended) and RFC 8414 (inserted)."""
    text = issuer_or_host.strip()
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.query or parts.fragment:
        raise InputError("an issuer has no query or fragment; give the issuer URL or just the host")
    origin = f"{parts.scheme}://{parts.netloc}"
    if "/.well-known/" in parts.path + "/":
        return [text]  # already a metadata URL
    path = parts.path.rstrip("/")
    urls = [f"{origin}{path}/.well-known/openid-configuration", f"{origin}/.well-known/oauth-authorization-server{path}"]
    if path:
        urls.append(f"{origin}/.well-known/openid-configuration{path}")
    return urls


def _clean_metadata(document: dict) -> dict:
    out: dict[str, Any] = {}
    for key, kind in _METADATA_FIELDS.items():
        value = document.get(key)
        if kind is str and isinstance(value, str):
            out[key] = value[:MAX_METADATA_STRING]
        elif kind is bool and isinstance(value, bool):
            out[key] = value
        elif kind is list and isinstance(value, list):
            out[key] = [v[:MAX_METADATA_STRING] for v in value[:MAX_METADATA_LIST] if isinstance(v, str)]
    return out


def fetch_metadata(
    issuer_or_host: str,
    *,
    allow_private: bool = False,
    timeout: float = 10.0,
    max_bytes: int = METADATA_MAX_BYTES,
    max_redirects: int = 3,
    transport: Any = None,
    resolver: Resolver | None = None,
) -> dict:
    """The authorization server's metadata (for ``--online``), as a small, type-checked dict.

    Tries ``{issuer}/.well-known/openid-configuration``, then RFC 8414's
    ``{origin}/.well-known/oauth-authorization-server{path}`` (and, for an issuer with a path, the
    inserted OpenID form), under the same network rules as :func:`resolve_chain`. A bare host means
    ``https://host``. Returns the known fields that have the right type (``issuer``,
    ``authorization_endpoint``, ``code_challenge_methods_supported``, ``response_types_supported``,
    ...) plus ``metadata_url``. A document larger than ``max_bytes``, not JSON, or not a JSON object
    raises :class:`InputError`; so does finding none.
    """
    urls = _metadata_urls(issuer_or_host)
    tried: list[str] = []
    with _Session(allow_private=allow_private, timeout=timeout, transport=transport, resolver=resolver) as session:
        for start in urls:
            current = start
            for hop in range(max_redirects + 1):
                resp = session.get(current, hop, max_bytes, accept="application/json")
                if resp.location is None:
                    break
                current = _join(current, resp.location)
            else:
                raise InputError(f"too many redirects (>{max_redirects}) fetching {start}")
            if resp.status in (404, 410) or resp.status in REDIRECT_STATUSES:
                tried.append(f"{urlsplit(start).path} {resp.status}")
                continue
            host = urlsplit(current).hostname or current
            if resp.status != 200:
                raise InputError(f"cannot fetch metadata from {host}: HTTP {resp.status}")
            if resp.body is None:
                raise InputError(f"cannot read metadata from {host}: unsupported content-encoding")
            if resp.truncated:
                raise InputError(f"metadata from {host} is larger than {max_bytes:,} bytes")
            try:
                document = json.loads(resp.body.decode("utf-8"))
            except (UnicodeDecodeError, ValueError) as exc:
                raise InputError(f"metadata from {host} is not valid JSON ({_one_line(exc, 120)})") from None
            except RecursionError:
                raise InputError(f"metadata from {host} is nested too deeply to read") from None
            if not isinstance(document, dict):
                raise InputError(f"metadata from {host} is not a JSON object")
            return {"metadata_url": current, **_clean_metadata(document)}
    host = urlsplit(urls[0]).hostname or issuer_or_host
    raise InputError(f"no authorization-server metadata at {host} (tried {', '.join(tried)})")
