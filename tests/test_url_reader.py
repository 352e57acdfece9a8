"""The authorization-URL reader: parameters, providers, scopes, and hostile input."""

from __future__ import annotations

import pytest

from auditor.catalog import load_catalog
from auditor.errors import InputError
from auditor.sources.url import MAX_URL_LENGTH, read_scope_list, read_url, split_scopes


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def scopes_of(req):
    return [s.scope for s in req.scopes]


def test_query_and_percent_encoding(catalog):
    req = read_url("https://accounts.google.com/o/oauth2/v2/auth?client_id=a&scope=openid%20email+profile&state=x%26y", catalog)
    assert req.provider_id == "google" and req.endpoint_known
    assert scopes_of(req) == ["openid", "email", "profile"]
    assert req.first("state") == "x&y"


def test_fragment_parameters_are_read(catalog):
    req = read_url("https://accounts.google.com/o/oauth2/v2/auth?client_id=a#scope=openid&response_type=token", catalog)
    assert scopes_of(req) == ["openid"]
    assert req.first("response_type") == "token"


def test_repeated_parameters_keep_every_value(catalog):
    req = read_url("https://github.com/login/oauth/authorize?client_id=a&scope=read:user&scope=repo", catalog)
    assert req.values("scope") == ["read:user", "repo"]
    assert scopes_of(req) == ["read:user", "repo"]


def test_comma_and_space_separators(catalog):
    assert split_scopes("a,b c  d,,e") == ["a", "b", "c", "d", "e"]
    req = read_url("https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx1&scope=snsapi_userinfo&redirect_uri=x#wechat_redirect", catalog)
    assert req.provider_id == "wechat"
    assert scopes_of(req) == ["snsapi_userinfo"]
    assert req.fragment == "wechat_redirect"


@pytest.mark.parametrize("tenant", ["common", "organizations", "consumers", "72f988bf-86f1-41af-91ab-2d7cd011db47", "contoso.onmicrosoft.com"])
def test_microsoft_tenant_forms(catalog, tenant):
    req = read_url(f"https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize?client_id=a&scope=User.Read", catalog)
    assert req.provider_id == "microsoft" and req.endpoint_known


def test_microsoft_v1_endpoint(catalog):
    req = read_url("https://login.microsoftonline.com/common/oauth2/authorize?client_id=a&resource=https%3A%2F%2Fgraph.microsoft.com&response_type=code", catalog)
    assert req.provider_id == "microsoft" and req.endpoint_known
    assert req.first("resource") == "https://graph.microsoft.com"


def test_unknown_provider_keeps_scopes(catalog):
    req = read_url("https://auth.unknown-idp.example/authorize?client_id=a&scope=read%20write", catalog)
    assert req.provider_id is None
    assert scopes_of(req) == ["read", "write"]


def test_userinfo_does_not_fool_provider_detection(catalog):
    req = read_url("https://accounts.google.com@evil.example/o/oauth2/v2/auth?scope=openid", catalog)
    assert req.host == "evil.example"
    assert req.provider_id is None


def test_provider_override(catalog):
    req = read_url("https://proxy.example/authorize?scope=repo", catalog, provider="github")
    assert req.provider_id == "github" and not req.endpoint_known


def test_session_login_is_not_oauth(catalog):
    req = read_url("https://login.weixin.qq.com/l/abc", catalog)
    assert req.kind == "session_login"
    assert req.session_login_id


def test_scope_list(catalog):
    req = read_scope_list("github", "repo, read:org", catalog)
    assert scopes_of(req) == ["repo", "read:org"]
    with pytest.raises(InputError, match="unknown provider"):
        read_scope_list("nope", "repo", catalog)
    with pytest.raises(InputError, match="empty"):
        read_scope_list("github", " , ", catalog)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not a url", "not a URL"),
        ("", "empty input"),
        ("   ", "empty input"),
        ("https://", "no host"),
        ("https://a.example/x?\x1b[31mred", "control character"),
        ("https://a.example/x?scope=a\nb", "control character"),
        ("https://[::1/x", "not a valid URL"),
        ("x" * (MAX_URL_LENGTH + 1), "limit"),
        ("https://a.example/?" + "&".join(f"p{i}=1" for i in range(1200)), "parameters"),
    ],
)
def test_bad_input_is_one_clear_error(catalog, text, message):
    with pytest.raises(InputError, match=message) as err:
        read_url(text, catalog)
    assert "\n" not in str(err.value)


def test_percent_encoded_control_characters_are_data_not_errors(catalog):
    req = read_url("https://auth.example/authorize?client_id=%1B%5D8%3B%3Bhttps%3A%2F%2Fevil%2F%07Safe", catalog)
    assert req.first("client_id").startswith("\x1b]8;;")


def test_the_most_specific_domain_wins(catalog):
    from auditor.catalog import Catalog

    index = dict(catalog.index)
    index["providers"] = {
        "qq": {**catalog.providers["wechat"], "id": "qq", "domains": ["qq.com"]},
        "wechat": catalog.providers["wechat"],
    }
    fake = Catalog(index)
    assert fake.detect("open.weixin.qq.com", "/other")[0] == "wechat"
    assert fake.detect("graph.qq.com", "/other")[0] == "qq"
    assert fake.detect("evilqq.com", "/")[0] is None
