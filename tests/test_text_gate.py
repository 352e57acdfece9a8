"""The text reader's host gate: a URL whose host cannot hold an authorization endpoint is ruled out
by a set lookup before it is parsed. The gate must never change what is found: for any URL it gives
the same answer as the full parse (a URL it got wrong would be a hard-coded request missed)."""

from __future__ import annotations

from urllib.parse import urlsplit

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.catalog import load_catalog
from auditor.sources.manifests import text

CATALOG = load_catalog()
HOSTS = CATALOG.authorization_hosts()
SOME_HOSTS = sorted(HOSTS)[:: max(1, len(HOSTS) // 40)] + ["example.com", "github.com", "api.github.com", "www.google.com"]


def test_the_gate_knows_the_authorization_hosts():
    assert {"accounts.google.com", "github.com", "slack.com", "login.microsoftonline.com", "open.weixin.qq.com"} <= HOSTS
    assert "example.com" not in HOSTS and "www.googleapis.com" not in HOSTS


def urls():
    host = st.one_of(st.sampled_from(SOME_HOSTS), st.from_regex(r"[a-z0-9.-]{1,20}", fullmatch=True))
    return st.builds(
        lambda scheme, user, h, case, dot, port, rest: f"{scheme}://{user}{h.upper() if case else h}{dot}{port}{rest}",
        st.sampled_from(["https", "http", "HTTPS", "Http"]),
        st.sampled_from(["", "user@", "a:b@", "evil.example@", "%40@"]),
        host,
        st.booleans(),
        st.sampled_from(["", "."]),
        st.sampled_from(["", ":443", ":8080", ":"]),
        st.sampled_from(["", "/", "/o/oauth2/v2/auth?client_id=x&scope=openid", "?x=1", "#f", "/login/oauth/authorize?client_id=x",
                         "/oauth/v2/authorize?client_id=1&scope=chat:write", "/common/oauth2/v2.0/authorize?client_id=x&scope=Mail.Read",
                         "/connect/qrconnect?appid=wx1&scope=snsapi_login"]),
    )


@settings(max_examples=600, deadline=None)
@given(urls())
def test_the_gate_never_changes_what_is_found(url):
    assert text._is_authorization(url, CATALOG, HOSTS) == text._is_authorization(url, CATALOG, None)


@settings(max_examples=600, deadline=None)
@given(urls())
def test_plain_host_is_the_parsed_host_or_none(url):
    host = text.plain_host(url)
    if host is not None:
        try:
            parsed = urlsplit(url).hostname
        except ValueError:
            return
        assert host == (parsed or "").rstrip(".")
