"""Manifest readers (auditor/sources/manifests/): formats, positions, limits, and the real-world corpus."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest

from auditor.analyze import analyze
from auditor.catalog import load_catalog
from auditor.errors import InputError
from auditor.sources.manifests import MAX_FILE_BYTES, FORMATS, detect_format, read_file
from auditor.sources.manifests.appsscript import ABSENT

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "manifests"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")

CORPUS_FORMATS = {
    "googleappsscript-": "appsscript",
    "chromeext-": "chrome",
    "slack-": "slack",
    "githubapp-": "github-app",
    "shopify-": "shopify",
    "wechatmp-": "wechat-miniprogram",
    "README": "text",
}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def fixture(name: str) -> str:
    """A fixture's path relative to the checkout, as a user would type it."""
    return str((FIXTURES / name).relative_to(ROOT))


def read(name: str, catalog, **kw):
    return read_file(fixture(name), catalog=catalog, **kw)


def scopes_of(requests, provider=...):
    return [(s.scope, s.group) for r in requests if provider is ... or r.provider_id == provider for s in r.scopes]


def assert_located(requests, path: str, text: str) -> None:
    """Every scope has the file's path, a 1-based line and column, and its token is at that place."""
    lines = text.split("\n")
    for r in requests:
        assert r.source == path
        for s in r.scopes:
            loc = s.location
            assert loc.source == path
            assert loc.line is not None and loc.column is not None, s
            assert 1 <= loc.line <= len(lines) and loc.column >= 1, s
            token = lines[loc.line - 1][loc.column - 1:].lstrip("\"'")
            if s.group == "installation":  # GitHub App: NAME:LEVEL, located at the name
                name, level = s.scope.split(":")
                assert re.match(rf"{re.escape(name)}\s*[\"']?\s*:\s*[\"']?{re.escape(level)}", token), (s, token)
            elif s.group in ("delegated", "application"):  # Entra: located at the GUID it was read from
                assert GUID.match(token), (s, token)
            elif s.group == "permissions":  # a Discord permission bit: located at the bitfield value
                assert token[:1].isdigit(), (s, token)
            else:
                forms = (s.scope, quote(s.scope, safe=""), quote(s.scope, safe=":/"))
                assert any(token.startswith(f) for f in forms), (s, token)


# ----------------------------------------------------------------------------------------------- corpus


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.iterdir() if p.is_file())


@pytest.mark.parametrize("name", [p.name for p in corpus_files()] or ["(corpus absent)"])
def test_every_corpus_file_parses_with_line_locations(name, catalog):
    if not CORPUS.is_dir():
        pytest.skip("the real-world manifest corpus (shared/corpus beside the checkout) is not present")
    path = CORPUS / name
    text = path.read_text("utf-8")
    expected = next((fmt for prefix, fmt in CORPUS_FORMATS.items() if name.startswith(prefix)), None)
    if expected is not None:
        assert detect_format(name, text) == expected
    requests = read_file(name, text=text, catalog=catalog)
    assert_located(requests, name, text)
    if expected not in (None, "text"):
        assert requests, name
        assert all(r.kind == "scope_list" and ("manifest", expected) in r.params for r in requests)
        # Reading it from disk gives the same requests, with the path as given.
        assert read_file(str(path), catalog=catalog)[0].scopes == tuple(
            s._replace(location=s.location._replace(source=str(path))) for s in requests[0].scopes
        )
    for r in requests:
        analyze(r, catalog)  # every request can be judged


def corpus_text(prefix: str) -> tuple[str, str]:
    found = [p for p in corpus_files() if p.name.startswith(prefix)]
    if not found:
        pytest.skip(f"no corpus file starting with {prefix!r}")
    return found[0].name, found[0].read_text("utf-8")


def test_corpus_apps_script_without_oauth_scopes_is_unknown_not_none(catalog):
    name, text = corpus_text("googleappsscript-gmail-scraping-client")
    (req,) = read_file(name, text=text, catalog=catalog)
    assert req.scopes == () and req.first("oauthScopes") == ABSENT
    assert req.values("advanced_service") == ["calendar v3", "sheets v4"]


def test_corpus_chrome_extension_reads_gmail_through_oauth2(catalog):
    name, text = corpus_text("chromeext-gmail-notification")
    google, browser = read_file(name, text=text, catalog=catalog)
    assert google.provider_id == "google" and browser.provider_id == "chrome"
    assert ("https://www.googleapis.com/auth/gmail.readonly", "") in scopes_of([google])
    assert ("identity", "chrome_permissions") in scopes_of([browser])


def test_corpus_wechat_and_slack(catalog):
    name, text = corpus_text("wechatmp-")
    (req,) = read_file(name, text=text, catalog=catalog)
    assert ("scope.userLocation", "miniprogram") in scopes_of([req])
    assert ("getLocation", "private_info") in scopes_of([req])
    assert req.first("desc:scope.userLocation")
    name, text = corpus_text("slack-")
    (req,) = read_file(name, text=text, catalog=catalog)
    assert ("chat:write", "bot") in scopes_of([req])


# ----------------------------------------------------------------------------------------------- formats


@pytest.mark.parametrize(
    "name, fmt",
    [
        ("appsscript-mail-merge.json", "appsscript"),
        ("appsscript-inferred.json", "appsscript"),
        ("chrome-mail-helper.json", "chrome"),
        ("slack-standup-bot.yaml", "slack"),
        ("slack-standup-bot.json", "slack"),
        ("entra-mail-archiver.json", "entra"),
        ("entra-legacy-reader.json", "entra"),
        ("app.yml", "github-app"),
        ("github-app-manifest.json", "github-app"),
        ("shopify.app.toml", "shopify"),
        ("app.json", "wechat-miniprogram"),
        ("README-install.md", "text"),
        ("login_button.html", "text"),
    ],
)
def test_fixture_format_and_locations(name, fmt, catalog):
    path = fixture(name)
    text = (FIXTURES / name).read_text("utf-8")
    assert detect_format(path, text) == fmt
    requests = read_file(path, catalog=catalog)
    assert requests
    assert_located(requests, path, text)
    assert read_file(path, catalog=catalog, hint=fmt) == requests
    for r in requests:
        report = analyze(r, catalog)
        assert report.risk.level in ("none", "low", "medium", "high", "critical")


def test_apps_script(catalog):
    (req,) = read("appsscript-mail-merge.json", catalog)
    assert req.provider_id == "google" and req.kind == "scope_list"
    assert [s.scope for s in req.scopes] == [
        "https://www.googleapis.com/auth/spreadsheets.currentonly",
        "https://www.googleapis.com/auth/gmail.send",
        "https://www.googleapis.com/auth/script.external_request",
    ]
    first = req.scopes[0].location
    assert (first.source, first.param, first.line, first.column) == (fixture("appsscript-mail-merge.json"), "oauthScopes", 10, 5)
    assert req.values("advanced_service") == ["drive v3"]
    assert req.first("webapp.executeAs") == "USER_ACCESSING"
    assert req.first("oauthScopes") is None
    (absent,) = read("appsscript-inferred.json", catalog)
    assert absent.scopes == () and absent.first("oauthScopes") == ABSENT


def test_chrome_extension(catalog):
    google, browser = read("chrome-mail-helper.json", catalog)
    assert google.provider_id == "google"
    assert scopes_of([google]) == [("https://www.googleapis.com/auth/gmail.modify", ""), ("email", "")]
    assert google.first("client_id").startswith("555000111222-")
    assert browser.provider_id == "chrome"
    assert scopes_of([browser]) == [
        ("identity", "chrome_permissions"),
        ("storage", "chrome_permissions"),
        ("scripting", "chrome_permissions"),
        ("downloads", "chrome_optional_permissions"),  # optional: granted only when the extension asks
        ("https://mail.google.com/*", "chrome_host_permissions"),
        ("https://api.inboxtidy.example/*", "chrome_host_permissions"),
        ("https://outlook.office.com/mail/*", "chrome_content_scripts"),
        ("<all_urls>", "chrome_content_scripts"),
    ]
    # A content script on a site that is not sensitive is not a scope.
    assert "https://inboxtidy.example/*" not in [s for s, _ in scopes_of([browser])]
    assert browser.values("sensitive_site") == [
        "mail.google.com (Gmail) via https://mail.google.com/*",
        "outlook.office.com (Outlook on the web) via https://outlook.office.com/mail/*",
    ]
    assert browser.values("all_sites") == ["<all_urls>"]
    outlook = next(s for s in browser.scopes if s.scope.startswith("https://outlook"))
    assert (outlook.location.param, outlook.location.line, outlook.location.column) == ("content_scripts[0].matches", 16, 19)


def test_chrome_match_patterns():
    from auditor.sources.manifests.chrome import reaches, reaches_all

    assert reaches("*://*.google.com/*", "mail.google.com", "/")
    assert reaches("https://mail.google.com/mail/u/0/*", "mail.google.com", "/")
    assert not reaches("https://google.com.evil.example/*", "mail.google.com", "/")
    assert not reaches("https://notmail.google.com.example/*", "mail.google.com", "/")
    assert reaches("http://www.google.com/m8/feeds/*", "www.google.com", "/m8/feeds")
    assert not reaches("https://www.google.com/search*", "www.google.com", "/m8/feeds")
    assert reaches_all("*://*/*") and reaches_all("<all_urls>") and not reaches_all("https://*.example.com/*")


def test_slack_yaml_and_json(catalog):
    (req,) = read("slack-standup-bot.yaml", catalog)
    assert req.provider_id == "slack"
    assert scopes_of([req]) == [("chat:write", "bot"), ("users:read", "bot"), ("channels:read", "bot"), ("search:read", "user")]
    assert req.values("redirect_uri") == ["https://standup.example.net/slack/oauth_redirect"]
    assert req.first("token_rotation_enabled") == "true"
    quoted = req.scopes[1].location
    assert (quoted.param, quoted.line, quoted.column) == ("oauth_config.scopes.bot", 14, 9)
    (from_json,) = read("slack-standup-bot.json", catalog)
    assert scopes_of([from_json]) == [("chat:write", "bot"), ("users:read", "bot"), ("search:read", "user")]
    # The same groups as a Slack authorization URL's scope= and user_scope=.
    from auditor.sources.url import read_url

    url = read_url("https://slack.com/oauth/v2/authorize?client_id=1&scope=chat:write,users:read&user_scope=search:read", catalog)
    assert scopes_of([url]) == scopes_of([from_json])


def test_entra_resolves_guids_by_resource_and_type(catalog):
    (req,) = read("entra-mail-archiver.json", catalog)
    assert req.provider_id == "microsoft"
    by_guid_position = {s.location.param: s for s in req.scopes}
    exchange = by_guid_position["requiredResourceAccess[1].resourceAccess[0].id"]
    assert exchange.scope.endswith("full_access_as_app")
    assert exchange.group == "application"
    key, entry = catalog.lookup("microsoft", exchange.scope)
    assert entry is not None and key.endswith("/full_access_as_app")
    assert entry["ids"]["application"] == "dc890d15-9560-4a4c-9b7f-a736ec74ec40"
    assert (exchange.location.line, exchange.location.column) == (23, 17)
    assert scopes_of([req]) == [
        ("User.Read", "delegated"),
        ("Mail.Read", "application"),  # a Role: the application permission, every mailbox
        ("0b0f0a0e-1111-4222-8333-944455556666", "application"),  # unknown GUID: kept, unknown
        ("https://outlook.office365.com/full_access_as_app", "application"),
        ("99999999-8888-4777-8666-555544443333", "delegated"),  # an API the catalog does not know
    ]
    assert catalog.lookup("microsoft", "0b0f0a0e-1111-4222-8333-944455556666")[1] is None
    assert req.first("signInAudience") == "AzureADMultipleOrgs"
    assert req.values("redirect_uri") == ["https://archiver.contoso.example/auth", "https://archiver.contoso.example/app"]
    assert req.values("implicit_grant") == ["id_token"]
    assert "11111111-2222-4333-8444-555555555555 (unknown API)" in req.values("resource")
    report = analyze(req, catalog)
    assert report.risk.level == "critical"
    assert any(f.scope == exchange.scope for f in report.findings)


def test_entra_legacy_manifest(catalog):
    (req,) = read("entra-legacy-reader.json", catalog)
    assert scopes_of([req]) == [("Mail.Read", "delegated"), ("offline_access", "delegated")]
    assert req.values("redirect_uri") == ["http://localhost:5000/signin-oidc"]
    assert req.values("implicit_grant") == ["access_token"]
    # Tabs count as one column each.
    assert (req.scopes[0].location.line, req.scopes[0].location.column) == (12, 13)


def test_github_app_manifest(catalog):
    (req,) = read("app.yml", catalog)
    assert req.provider_id == "github"
    assert scopes_of([req]) == [
        ("contents:write", "installation"),
        ("pull_requests:read", "installation"),
        ("metadata:read", "installation"),
        ("members:read", "installation"),
    ]  # administration: none grants nothing
    assert req.values("default_event") == ["release", "pull_request"]
    assert req.values("redirect_uri") == ["https://scribe.example.dev/setup"]
    assert req.first("webhook_url") == "https://scribe.example.dev/webhooks"
    (as_json,) = read("github-app-manifest.json", catalog)
    assert scopes_of([as_json]) == [("issues:write", "installation"), ("metadata:read", "installation")]


def test_shopify(catalog):
    (req,) = read("shopify.app.toml", catalog)
    assert req.provider_id == "shopify"
    assert scopes_of([req]) == [("read_orders", ""), ("write_customers", ""), ("read_products", ""), ("read_discounts", "optional")]
    assert [(s.location.line, s.location.column) for s in req.scopes] == [(8, 11), (8, 23), (8, 40), (9, 21)]
    assert req.first("client_id") == "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
    assert req.values("redirect_uri") == ["https://giftwrap.example.shop/auth/callback"]
    assert all(s.location.param.startswith("access_scopes.") for s in req.scopes)


def test_wechat_mini_program(catalog):
    (req,) = read("app.json", catalog)
    assert req.provider_id == "wechat"
    assert scopes_of([req]) == [
        ("scope.userLocation", "miniprogram"),
        ("scope.werun", "miniprogram"),
        ("chooseAddress", "private_info"),
        ("getLocation", "private_info"),
    ]
    assert req.first("desc:scope.userLocation") == "用于计算配送距离"
    assert req.first("desc:scope.werun") is None  # no purpose text declared
    assert req.values("plugin") == ["mapPlugin wx0000000000000001"]
    assert all(analyze(req, catalog).scopes[i].known for i in range(4))


def test_text_reader_finds_authorization_urls(catalog):
    discord, google = read("README-install.md", catalog)
    assert discord.provider_id == "discord" and discord.kind == "oauth"
    assert ("bot", "") in scopes_of([discord]) and ("applications.commands", "") in scopes_of([discord])
    assert any(g == "permissions" for _, g in scopes_of([discord]))
    assert google.provider_id == "google"
    assert ("https://www.googleapis.com/auth/drive.readonly", "") in scopes_of([google])
    assert all(s.location.line == 7 for s in google.scopes)
    assert google.first("state") == "s1"  # the URL ends at '>', not at the sentence's '.'
    (slack,) = read("login_button.html", catalog)
    assert scopes_of([slack]) == [("chat:write", "bot"), ("users:read", "bot"), ("search:read", "user")]  # &amp; read as &


def test_text_reader_ignores_other_urls(catalog):
    text = "See https://developers.google.com/identity and https://accounts.google.com/ServiceLogin for help.\n"
    assert read_file("notes.txt", text=text, catalog=catalog) == []


def test_hints(catalog):
    path = fixture("chrome-mail-helper.json")
    assert read_file(path, catalog=catalog, hint="text") == []
    with pytest.raises(InputError, match="unknown format hint"):
        read_file(path, catalog=catalog, hint="firefox")
    assert set(FORMATS) == {
        "appsscript", "chrome", "uniapp", "plasmo", "deno-slack", "crxjs", "wxt", "taro", "slack", "entra", "github-app", "shopify",
        "wechat-miniprogram", "text",
    }


# ----------------------------------------------------------------------------------------------- malformed input


def assert_refused(fn, *, match: str, within: float = 2.0) -> InputError:
    start = time.perf_counter()
    with pytest.raises(InputError, match=match) as info:
        fn()
    assert time.perf_counter() - start < within
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    return info.value


def test_broken_json_names_file_and_line(catalog):
    err = assert_refused(lambda: read("broken.json", catalog), match="not valid JSON")
    assert fixture("broken.json") in str(err) and "line 4" in str(err)


def test_broken_yaml_names_file_and_line(catalog):
    err = assert_refused(lambda: read("broken-slack.yaml", catalog), match="not valid YAML")
    assert fixture("broken-slack.yaml") in str(err) and "line 6" in str(err)


def test_broken_toml(catalog):
    text = '[access_scopes]\nscopes = "read_orders\n'
    err = assert_refused(lambda: read_file("shopify.app.toml", text=text, catalog=catalog), match="not valid TOML")
    assert "line" in str(err)


def test_yaml_alias_bomb_is_refused_quickly(catalog):
    assert_refused(lambda: read("alias-bomb.yaml", catalog), match="aliases expand", within=1.0)
    many = "oauth_config:\n  a: &a x\n  scopes:\n    bot: [" + ", ".join(["*a"] * 500) + "]\n"
    assert_refused(lambda: read_file("m.yaml", text=many, catalog=catalog), match="YAML aliases")
    recursive = "oauth_config: &a\n  scopes: *a\n"
    assert_refused(lambda: read_file("m.yaml", text=recursive, catalog=catalog), match="alias")


def test_a_few_aliases_and_merge_keys_are_fine(catalog):
    text = "base: &base\n  - chat:write\noauth_config:\n  scopes:\n    bot: *base\n    user: [search:read]\n"
    (req,) = read_file("m.yaml", text=text, catalog=catalog)
    assert scopes_of([req]) == [("chat:write", "bot"), ("search:read", "user")]


def test_deep_nesting_is_refused(catalog):
    deep_json = '{"manifest_version": 3, "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    assert_refused(lambda: read_file("manifest.json", text=deep_json, catalog=catalog), match="nested")
    deep_yaml = "oauth_config:\n  scopes:\n    bot: " + "[" * 10_000 + "]" * 10_000 + "\n"
    assert_refused(lambda: read_file("m.yaml", text=deep_yaml, catalog=catalog), match="nest")
    within_libyaml = "oauth_config:\n  scopes:\n    bot: " + "[" * 100 + "]" * 100 + "\n"
    assert_refused(lambda: read_file("m.yaml", text=within_libyaml, catalog=catalog), match="nested more than 64")


def test_fifty_megabytes_is_refused_before_reading(tmp_path, catalog):
    big = tmp_path / "manifest.json"
    with open(big, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: costs no disk and no time
    assert_refused(lambda: read_file(str(big), catalog=catalog), match="file too large", within=0.5)
    text = "{" + " " * (50 * 1024 * 1024) + "}"
    assert_refused(lambda: read_file("manifest.json", text=text, catalog=catalog), match="file too large", within=0.5)
    assert MAX_FILE_BYTES == 5 * 1024 * 1024


def test_binary_and_non_utf8_are_refused(tmp_path, catalog):
    binary = tmp_path / "app.json"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 100)
    assert_refused(lambda: read_file(str(binary), catalog=catalog), match="binary")
    assert_refused(lambda: read_file("app.json", text='{"a": "\x00"}', catalog=catalog), match="binary")
    latin1 = tmp_path / "README.txt"
    latin1.write_bytes("caf\xe9 https://example.org".encode("latin-1"))
    assert_refused(lambda: read_file(str(latin1), catalog=catalog), match="UTF-8")


def test_missing_file(tmp_path, catalog):
    assert_refused(lambda: read_file(str(tmp_path / "nope.json"), catalog=catalog), match="cannot read")


def test_a_json_manifest_does_not_import_yaml():
    code = (
        "import sys\n"
        "from auditor.sources.manifests import read_file\n"
        f"read_file({fixture('chrome-mail-helper.json')!r})\n"
        f"read_file({fixture('entra-mail-archiver.json')!r})\n"
        "assert 'yaml' not in sys.modules, 'yaml imported'\n"
        f"read_file({fixture('slack-standup-bot.yaml')!r})\n"
        "assert 'yaml' in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


SLACK_IN_A_DICT = 'MANIFEST = {\n    "display_information": {"name": "x"},\n    "oauth_config": {"scopes": {"bot": ["chat:write"]}},\n}\n'


@pytest.mark.parametrize("name", ["test_slack.py", "manifest.ts", "notes.md", "conf.ini"])
def test_source_code_holding_a_manifest_like_dict_is_read_as_text(name, catalog, tmp_path):
    """Structured formats are detected only in their own file types: source code that holds a
    manifest-shaped literal is read for URLs, never failed as a broken Slack manifest."""
    from auditor.sources.manifests import detect_format, read_file

    assert detect_format(name, SLACK_IN_A_DICT) == "text"
    assert read_file(name, text=SLACK_IN_A_DICT, catalog=catalog) == []


@pytest.mark.parametrize("name", ["manifest.json", "slack-app.yaml", "app-manifest.yml", "manifest"])
def test_a_slack_manifest_is_still_detected_in_its_own_file_types(name, catalog):
    import json

    from auditor.sources.manifests import detect_format

    doc = {"display_information": {"name": "x"}, "oauth_config": {"scopes": {"bot": ["chat:write"]}}}
    text = json.dumps(doc) if not name.endswith(("yaml", "yml")) else "display_information:\n  name: x\noauth_config:\n  scopes:\n    bot: [chat:write]\n"
    assert detect_format(name, text) == "slack"
