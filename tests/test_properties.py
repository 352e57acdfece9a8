"""Property-based tests (hypothesis): every reader, any input.

For the URL reader and every manifest reader, any input either gives requests that analyse and
render cleanly in every format (the Markdown inert as cmark-gfm renders it), or an :class:`InputError` of one non-empty line; through the
command line, exit code 2 with that one line on stderr and nothing on stdout. Never a traceback,
never a raw control character in the output, never more than the deadline per example.

The settings are derandomised and keep no example database, so a CI run is repeatable and writes
nothing; ``fuzz/`` holds the coverage-guided counterpart (atheris).
"""

from __future__ import annotations

import json
import string

import pytest

hypothesis = pytest.importorskip("hypothesis", reason="property tests need hypothesis (the 'test' extra)")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from auditor.analyze import analyze  # noqa: E402
from auditor.catalog import load_catalog  # noqa: E402
from auditor.cli import main  # noqa: E402
from auditor.errors import InputError  # noqa: E402
from auditor.render import github, markdown, sarif, terminal  # noqa: E402
from auditor.render import json as json_render  # noqa: E402
from auditor.render.safe import guard_commands, output_problem  # noqa: E402
from auditor.sources import manifests  # noqa: E402
from auditor.sources.url import read_url  # noqa: E402

from . import gfm  # noqa: E402

CATALOG = load_catalog()
LINKS = gfm.catalog_links()
# Derandomised, with no example database: repeatable in CI, and nothing written to the checkout.
FAST = settings(max_examples=150, deadline=5000, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Text with what attackers use: controls, bidi, invisible characters, markup, separators, surrogates.
NASTY = st.sampled_from(["\x1b[31m", "\x1b]8;;https://e/\x07", "\u202e", "\u200b", "\n::error::x", "\r", "[b]", "**", "<i>", "%0A", "::", "\ud800", "\x00", "\x85", "\U000e0041", ",", " ", "&", "=", "#", "%", "?", "/"])
TEXT = st.lists(st.one_of(st.text(max_size=30), NASTY), max_size=8).map("".join)
SCOPE_LIKE = st.one_of(st.sampled_from(["openid", "email", "https://mail.google.com/", "repo", "chat:write", "Mail.Read", "snsapi_userinfo", "bot", "read_orders"]), TEXT)
JSON_LEAF = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=False), TEXT, SCOPE_LIKE)
JSON_VALUE = st.recursive(JSON_LEAF, lambda inner: st.one_of(st.lists(inner, max_size=5), st.dictionaries(TEXT, inner, max_size=5)), max_leaves=25)
SCOPES = st.one_of(st.lists(SCOPE_LIKE, max_size=6), JSON_VALUE)


def check_rendered(requests) -> None:
    """Analyse and render in every format; nothing raw or command-like may come out."""
    reports = [analyze(r, CATALOG) for r in requests]
    if not reports:
        return
    outputs = {
        "json": json_render.render(reports, CATALOG),
        "sarif": sarif.render(reports, CATALOG),
        "markdown": guard_commands(markdown.render(reports, CATALOG)),
        "terminal": guard_commands(terminal.render(reports, CATALOG, color=False, width=100)),
        "github": github.render(reports, CATALOG),
    }
    for fmt, text in outputs.items():
        text.encode("utf-8")
        problem = output_problem(text, commands=fmt == "github")
        assert problem is None, f"{problem} in {fmt}"
        if fmt in ("json", "sarif"):
            json.loads(text)
    gfm.inert(outputs["markdown"], LINKS)  # as GitHub renders it: nothing is markup but ours


def one_line_error(exc: InputError) -> None:
    message = str(exc)
    assert message and "\n" not in message and "\r" not in message


def read_or_error(fn, *args, **kwargs) -> None:
    try:
        requests = fn(*args, **kwargs)
    except InputError as exc:
        one_line_error(exc)
        hypothesis.event("input error")
        return
    requests = requests if isinstance(requests, list) else [requests]
    hypothesis.event("read" if requests else "read, no request")
    check_rendered(requests)


# -- the URL reader ---------------------------------------------------------------------------------

ENDPOINTS = [
    "https://accounts.google.com/o/oauth2/v2/auth", "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
    "https://github.com/login/oauth/authorize", "https://slack.com/oauth/v2/authorize", "https://discord.com/oauth2/authorize",
    "https://open.weixin.qq.com/connect/oauth2/authorize", "https://login.weixin.qq.com/l/", "https://unknown.example/authorize",
]
PARAM = st.tuples(
    st.sampled_from(["client_id", "scope", "user_scope", "redirect_uri", "state", "nonce", "response_type", "permissions", "code_challenge", "code_challenge_method", "access_type", "prompt", "appid"]) | TEXT,
    TEXT | SCOPE_LIKE | st.integers(-1, 2**70).map(str),
)


@FAST
@given(st.text(max_size=400))
def test_url_reader_any_text(text):
    read_or_error(read_url, text, CATALOG, source="prop")


@FAST
@given(st.sampled_from(ENDPOINTS), st.lists(PARAM, max_size=10), st.booleans(), TEXT)
def test_url_reader_authorization_shaped(endpoint, params, encode, fragment):
    from urllib.parse import quote

    def enc(v: str) -> str:
        return quote(v.encode("utf-8", "surrogatepass"), safe="") if encode else v

    url = endpoint + "?" + "&".join(f"{enc(k)}={enc(v)}" for k, v in params) + ("#" + fragment if fragment else "")
    read_or_error(read_url, url, CATALOG, source="prop")


# -- the manifest readers ---------------------------------------------------------------------------

def skeletons():
    """A document shaped enough like each format to reach its parser, with hostile values inside."""
    return st.one_of(
        st.builds(lambda s, x: ("appsscript", "appsscript.json", {"timeZone": "UTC", "oauthScopes": s, **x}), SCOPES, st.dictionaries(TEXT, JSON_VALUE, max_size=2)),
        st.builds(lambda n, s, p, h, c: ("chrome", "manifest.json", {"manifest_version": 3, "name": n, "oauth2": {"client_id": "x", "scopes": s}, "permissions": p, "host_permissions": h, "content_scripts": c}),
                  TEXT, SCOPES, SCOPES, st.lists(st.sampled_from(["<all_urls>", "https://mail.google.com/*", "*://*/*"]) | TEXT, max_size=3), JSON_VALUE),
        st.builds(lambda n, b, u, r: ("slack", "manifest.json", {"display_information": {"name": n}, "oauth_config": {"scopes": {"bot": b, "user": u}, "redirect_urls": r}}), TEXT, SCOPES, SCOPES, JSON_VALUE),
        st.builds(lambda n, rra, aud: ("entra", "manifest.json", {"displayName": n, "appId": "x", "signInAudience": aud, "requiredResourceAccess": rra}),
                  TEXT, st.lists(st.fixed_dictionaries({"resourceAppId": st.sampled_from(["00000003-0000-0000-c000-000000000000", "00000002-0000-0ff1-ce00-000000000000"]) | TEXT,
                                                         "resourceAccess": st.lists(st.fixed_dictionaries({"id": TEXT | st.uuids().map(str), "type": st.sampled_from(["Scope", "Role"]) | TEXT}), max_size=4) | JSON_VALUE}), max_size=3) | JSON_VALUE,
                  st.sampled_from(["AzureADMultipleOrgs", "AzureADMyOrg"]) | TEXT),
        st.builds(lambda n, p, e: ("github-app", "app.json", {"name": n, "url": "https://a.example", "default_permissions": p, "default_events": e}),
                  TEXT, st.dictionaries(st.sampled_from(["contents", "issues", "administration", "members"]) | TEXT, st.sampled_from(["read", "write", "admin"]) | TEXT, max_size=4) | JSON_VALUE, JSON_VALUE),
        st.builds(lambda p, r: ("wechat-miniprogram", "app.json", {"pages": ["pages/index/index"], "permission": p, "requiredPrivateInfos": r}),
                  st.dictionaries(st.sampled_from(["scope.userLocation", "scope.userLocationBackground", "scope.record"]) | TEXT, st.fixed_dictionaries({"desc": TEXT}) | JSON_VALUE, max_size=3) | JSON_VALUE, SCOPES),
    )


@FAST
@given(skeletons(), st.booleans())
def test_manifest_readers_hostile_documents(doc, detect):
    fmt, name, body = doc
    text = json.dumps(body)
    read_or_error(manifests.read_file, name, text=text, hint=None if detect else fmt, catalog=CATALOG)


@FAST
@given(st.sampled_from(list(manifests.FORMATS)), st.text(max_size=600))
def test_manifest_readers_any_text(fmt, text):
    read_or_error(manifests.read_file, "input", text=text, hint=fmt, catalog=CATALOG)


@FAST
@given(st.lists(st.one_of(SCOPE_LIKE, st.text(alphabet=string.ascii_letters + "_,: ", max_size=20)), max_size=6), TEXT, st.booleans())
def test_shopify_reader_hostile_toml(scopes, name, broken):
    text = f'client_id = "abc"\nname = {json.dumps(name)}\n[access_scopes]\nscopes = {json.dumps(",".join(scopes))}\n'
    if broken:
        text = text.replace("]", "", 1)
    read_or_error(manifests.read_file, "shopify.app.toml", text=text, hint="shopify", catalog=CATALOG)


@FAST
@given(st.sampled_from(["appsscript.json", "manifest.json", "manifest.yaml", "app.yml", "shopify.app.toml", "app.json", "notes.txt"]), st.binary(max_size=600))
def test_command_line_any_file_bytes(tmp_path_factory, capsys, name, data):
    """Any bytes in a file: a JSON report (exit 0), or exit 2 with one line on stderr and nothing on stdout."""
    path = tmp_path_factory.mktemp("prop") / name
    path.write_bytes(data)
    capsys.readouterr()
    with pytest.raises(SystemExit) as exc:
        main(["scan", str(path), "--format", "json", "--fail-on", "never"])
    out, err = capsys.readouterr()
    if exc.value.code == 2:
        assert out == "" and err.count("\n") == 1 and err.startswith("oauth-audit: ")
        assert output_problem(err) is None
    else:
        assert exc.value.code == 0 and json.loads(out)["schema_version"] == 1


@settings(max_examples=25, deadline=5000, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(list(manifests.FORMATS)), st.integers(1, 40), st.sampled_from(['{"a":', "[", "- ", "https://accounts.google.com/o/oauth2/auth?scope=x%20", "*&", "a: &x [*x, *x]\n"]))
def test_memory_stays_bounded_on_large_repetitive_input(fmt, kib, unit):
    """Up to 40 KiB of a repeated fragment (deep nesting, long lists, many URLs, YAML aliases):
    reading it costs at most a few MiB more than the text itself."""
    import tracemalloc

    text = unit * (kib * 1024 // len(unit))
    tracemalloc.start()
    try:
        read_or_error(manifests.read_file, "input", text=text, hint=fmt, catalog=CATALOG)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64 * len(text) + 8 * 1024 * 1024, f"{peak:,} bytes at peak for {len(text):,} characters"
