"""Manifests as projects write them: JSON with comments, manifests written as TypeScript or JavaScript
(CRXJS, WXT, Taro, uni-app, the Deno Slack SDK), Plasmo's package.json, Apps Script manifests under
any name. Project-shaped fixtures are in tests/fixtures/manifests/projects/; each is audited with
``oauth-audit check --format json`` as a user would run it."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from auditor.catalog import load_catalog
from auditor.ci.discover import walk
from auditor.errors import InputError
from auditor.sources.manifests import detect_format, read_file
from auditor.sources.manifests._parse import strip_jsonc
from tests.conftest import check_snapshot, run_cli

ROOT = Path(__file__).resolve().parents[1]
PROJECTS = Path(__file__).resolve().parent / "fixtures" / "manifests" / "projects"


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def project(name: str) -> str:
    """A project folder's path relative to the checkout, as a user would type it."""
    return str((PROJECTS / name).relative_to(ROOT))


def read(rel: str, catalog, **kw):
    return read_file(f"{project(rel.split('/')[0])}/{rel.split('/', 1)[1]}", catalog=catalog, **kw)


def located(requests, provider: str | None = None) -> list[tuple[str, str, str, int, int]]:
    """(scope, group, param, line, column) of every scope, in order."""
    return [
        (s.scope, s.group, s.location.param, s.location.line, s.location.column)
        for r in requests if provider is None or r.provider_id == provider for s in r.scopes
    ]


def at(path: Path, line: int, column: int) -> str:
    """The text of the file from the 1-based (line, column) on."""
    return path.read_text("utf-8").split("\n")[line - 1][column - 1:]


def assert_tokens_in_place(requests, root: Path = ROOT) -> None:
    """Every scope's line and column point at its token in the original file: its opening quote,
    then the scope itself."""
    for r in requests:
        for s in r.scopes:
            rest = at(root / s.location.source, s.location.line, s.location.column)
            assert rest[0] in "\"'`", (s, rest)
            assert rest[1:].startswith(s.scope), (s, rest)


def incomplete(requests) -> list[str]:
    return [v for r in requests for k, v in r.params if k == "incomplete"]


def check_json(name: str, *extra: str) -> tuple[int, dict]:
    proc = run_cli("check", project(name), "--format", "json", *extra)
    assert proc.stderr == "", proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def findings_by_source(doc: dict) -> dict[str, set[tuple[str, int | None]]]:
    """source -> {(rule, line)} over every report of a check run."""
    out: dict[str, set] = {}
    for report in doc["reports"]:
        for f in report["findings"]:
            out.setdefault(report["source"], set()).add((f["rule"], (f["location"] or {}).get("line")))
    return out


# ---------------------------------------------------------------------------------- Chrome, with comments


def test_chrome_manifest_with_comments_is_read_with_the_lines_of_the_original(catalog):
    requests = read("chrome-commented/manifest.json", catalog)
    assert detect_format(requests[0].source, (ROOT / requests[0].source).read_text()) == "chrome"
    assert located(requests, "google") == [("https://www.googleapis.com/auth/gmail.readonly", "", "oauth2.scopes", 12, 16)]
    assert located(requests, "chrome") == [
        ("identity", "chrome_permissions", "permissions", 8, 19),
        ("storage", "chrome_permissions", "permissions", 8, 31),
    ]
    assert ("client_id", "292824132082-inboxdigest.apps.googleusercontent.com") in requests[0].params
    assert_tokens_in_place(requests)


def test_check_audits_the_commented_chrome_manifest_and_not_its_scripts():
    code, doc = check_json("chrome-commented")
    assert code == 1  # gmail.readonly: OA304 at high
    assert doc["check"]["errors"] == [] and doc["check"]["files"] == 2  # manifest.json and background.js
    manifest = f"{project('chrome-commented')}/manifest.json"
    assert {r["source"] for r in doc["reports"]} == {manifest}
    assert {("OA304", 12), ("OA102", 12), ("OA101", 12)} <= findings_by_source(doc)[manifest]


def test_comment_blanking_keeps_every_offset_and_never_touches_strings():
    text = '{\r\n  // a "quoted" comment\r\n  "url": "https://x.example/a//b", /* "not */ "k": "/* kept */",\n  "e": "say \\"//\\""\n}'
    plain = strip_jsonc(text, "m.json")
    assert len(plain) == len(text) and plain.count("\n") == text.count("\n") and plain.count("\r") == text.count("\r")
    assert json.loads(plain) == {"url": "https://x.example/a//b", "k": "/* kept */", "e": 'say "//"'}


@pytest.mark.parametrize(
    "text, message",
    [
        ('{\n  "manifest_version": 3,\n  "permissions": ["tabs",],\n}\n', r"line 3, column 25\): a trailing comma before a closing bracket"),
        ('{\n  "manifest_version": 3,\n  /* never closed\n  "permissions": ["tabs"]\n}\n', r"line 3\): a /\* comment is never closed"),
        ('{\n  "manifest_version": 3, "permissions": [\'tabs\']\n}\n', r"not valid JSON \(line 2"),  # JSON5 quotes: Chrome refuses them
    ],
)
def test_chrome_refuses_what_chrome_refuses_with_one_line(catalog, text, message):
    with pytest.raises(InputError, match=message) as info:
        read_file("ext/manifest.json", text=text, catalog=catalog)
    assert "\n" not in str(info.value) and str(info.value).startswith("ext/manifest.json: ")


@pytest.mark.parametrize(
    "name, text",
    [
        ("appsscript.json", '{\n  // comment\n  "timeZone": "Etc/UTC", "oauthScopes": ["openid"]\n}\n'),
        ("app.json", '{\n  "pages": ["pages/index/index"], // comment\n  "permission": {}\n}\n'),
        ("slack/manifest.json", '{\n  /* comment */ "display_information": {"name": "x"}, "oauth_config": {"scopes": {"bot": ["chat:write"]}}\n}\n'),
    ],
)
def test_strict_json_stays_strict_elsewhere(catalog, name, text):
    with pytest.raises(InputError, match=r"not valid JSON \(line 2"):
        read_file(name, text=text, catalog=catalog)


def test_plasmo_package_json_stays_strict(catalog, tmp_path):
    text = (PROJECTS / "plasmo" / "package.json").read_text().replace('"version": "0.3.1",', '"version": "0.3.1", // comment')
    with pytest.raises(InputError, match=r"package.json: not valid JSON \(line 4"):
        read_file("package.json", text=text, catalog=catalog)


# ---------------------------------------------------------------------------------------------- CRXJS


def test_crxjs_manifest_config_ts_is_read_as_a_manifest_json(catalog):
    requests = read("crxjs/manifest.config.ts", catalog)
    assert [r.provider_id for r in requests] == ["google", "chrome"]
    assert located(requests, "google") == [
        ("https://www.googleapis.com/auth/drive.file", "", "oauth2.scopes", 17, 7),
        ("openid", "", "oauth2.scopes", 18, 7),  # single quotes
    ]
    assert located(requests, "chrome") == [
        ("tabs", "chrome_permissions", "permissions", 12, 17),
        ("storage", "chrome_permissions", "permissions", 12, 25),
        ("identity", "chrome_permissions", "permissions", 12, 36),
        ("https://www.googleapis.com/*", "chrome_host_permissions", "host_permissions", 13, 22),
        ("https://mail.google.com/*", "chrome_content_scripts", "content_scripts[0].matches", 23, 17),
    ]
    assert all(("manifest", "crxjs") in r.params for r in requests)
    # name is a conditional and version a shorthand of an identifier: neither names a permission.
    assert incomplete(requests) == []
    assert_tokens_in_place(requests)


def test_check_audits_the_crxjs_project_with_line_locations():
    code, doc = check_json("crxjs")
    assert code == 1
    # manifest.config.ts, vite.config.ts, package.json and the two scripts: only the manifest gives requests.
    assert doc["check"]["errors"] == [] and doc["check"]["files"] == 5
    manifest = f"{project('crxjs')}/manifest.config.ts"
    assert {r["source"] for r in doc["reports"]} == {manifest}
    found = findings_by_source(doc)[manifest]
    assert {("OA106", 17), ("OA201", 12), ("OA301", 23), ("OA304", 23), ("OA606", None)} <= found
    assert not any(rule == "OA701" for rule, _ in found)


def test_computed_values_are_reported_as_not_read_with_their_lines(catalog):
    requests = read("crxjs-computed/manifest.config.ts", catalog)
    google, chrome = requests
    # The literal permissions are still read; the computed ones are named, never guessed.
    assert located([chrome]) == [("storage", "chrome_permissions", "permissions", 12, 17), ("identity", "chrome_permissions", "permissions", 12, 28)]
    assert google.scopes == ()
    (g,) = incomplete([google])
    assert "oauth2.scopes at line 16, column 13 is an identifier (GOOGLE_SCOPES)" in g
    (c,) = incomplete([chrome])
    assert "permissions[2] at line 12, column 40 is a spread (...(isDev ? [\"tabs\"] : []))" in c
    assert "host_permissions[0] at line 13, column 22 is a template with substitutions (`https://${process.env.API_HOST}/*`)" in c
    assert "GOOGLE_SCOPES" not in c  # Google's unknown is on Google's request only
    zh = [v for r in requests for k, v in r.params if k == "incomplete_zh"]
    assert "第 16 行第 13 列的 oauth2.scopes 是标识符（GOOGLE_SCOPES）" in zh[0]


def test_check_never_passes_a_manifest_it_could_not_read():
    code, doc = check_json("crxjs-computed", "--fail-on", "high")
    assert code == 1
    manifest = f"{project('crxjs-computed')}/manifest.config.ts"
    high = [(r["provider"]["id"], f["rule"]) for r in doc["reports"] for f in r["findings"] if f["severity"] == "high"]
    assert sorted(high) == [("chrome", "OA701"), ("google", "OA701")]
    assert all(r["source"] == manifest for r in doc["reports"])
    # each OA701 is located at the first value it could not read, in every format
    assert {("OA701", 12), ("OA701", 16)} <= {rf for found in findings_by_source(doc).values() for rf in found}
    sarif = json.loads(run_cli("check", project("crxjs-computed"), "--format", "sarif").stdout)
    regions = sorted(
        (r["locations"][0]["physicalLocation"]["region"]["startLine"], r["locations"][0]["physicalLocation"]["region"].get("startColumn"))
        for r in sarif["runs"][0]["results"] if r["ruleId"] == "OA701"
    )
    assert regions == [(12, 40), (16, 13)]


@pytest.mark.parametrize(
    "body, expected_scopes, unknown",
    [
        # The forms CRXJS documents: an object, a function returning one (an expression or a block
        # holding only a return), a plain default export; wrappers that change no value.
        ('defineManifest({ manifest_version: 3, permissions: ["tabs"] })', ["tabs"], None),
        ('defineManifest((env) => { return { manifest_version: 3, permissions: ["tabs"] as const }; })', ["tabs"], None),
        ('defineManifest({ manifest_version: 3, permissions: ["tabs"] } satisfies ManifestV3Export)', ["tabs"], None),
        ("{ manifest_version: 3, permissions: [`tabs`] }", ["tabs"], None),
        # Anything computed: (where, what, the expression as written).
        ('defineManifest((env) => { const p = ["tabs"]; return { manifest_version: 3, permissions: p }; })', [],
         ("the manifest", "a function body with statements", '(env) => { const p = ["tabs"]; return {…')),
        ("defineManifest(config)", [], ("the manifest", "an identifier", "config")),
        ("defineManifest(Promise.resolve({ manifest_version: 3 }))", [], ("the manifest", "a function call", "Promise.resolve({ manifest_version: 3 })")),
        ('defineManifest({ manifest_version: 3, ...base, permissions: ["tabs"] })', ["tabs"], ("the manifest", "a spread", "...base")),
        ('defineManifest({ manifest_version: 3, [key]: ["tabs"] })', [], ("the manifest", "a computed key", "[key]")),
        ('defineManifest({ manifest_version: 3, permissions: ["ta" + "bs"] })', [], ("permissions[0]", "an expression", '"ta" + "bs"')),
        ("defineManifest({ manifest_version: 3, oauth2: OAUTH })", [], ("oauth2", "an identifier", "OAUTH")),
    ],
)
def test_crxjs_reads_literals_only(catalog, body, expected_scopes, unknown):
    text = f'import {{ defineManifest }} from "@crxjs/vite-plugin";\nexport default {body};\n'
    requests = read_file("manifest.ts", text=text, catalog=catalog)
    assert [s.scope for r in requests for s in r.scopes] == expected_scopes
    messages = [v for r in requests for k, v in r.params if k == "incomplete"]
    if unknown is None:
        assert messages == []
        return
    where, what, snippet = unknown
    column = text.split("\n")[1].index(snippet.rstrip("…")) + 1
    assert any(f"{where} at line 2, column {column} is {what} ({snippet})" in m for m in messages), messages


def test_a_manifest_written_as_code_is_never_run(catalog, tmp_path):
    marker = tmp_path / "ran"
    text = (
        'import { writeFileSync } from "node:fs";\n'
        f'writeFileSync("{marker}", "x");\n'
        'export default defineManifest({ manifest_version: 3, name: String(writeFileSync("x", "y")), permissions: ["storage"] });\n'
    )
    requests = read_file("manifest.ts", text=text, catalog=catalog)
    assert [s.scope for r in requests for s in r.scopes] == ["storage"]
    assert not marker.exists()


# ----------------------------------------------------------------------------------------- Deno Slack SDK


def test_deno_slack_manifest_ts_is_read_with_line_locations(catalog):
    (slack,) = read("deno-slack/manifest.ts", catalog)
    assert slack.provider_id == "slack"
    assert located([slack]) == [
        ("commands", "bot", "botScopes", 17, 5),
        ("chat:write", "bot", "botScopes", 18, 5),
        ("chat:write.public", "bot", "botScopes", 19, 5),
        ("channels:history", "bot", "botScopes", 20, 5),
    ]
    assert ("name", "standup-greeter") in slack.params and ("outgoing_domain", "api.example.com") in slack.params
    # functions and workflows are identifiers, but they name no scope: nothing is reported for them.
    assert incomplete([slack]) == []
    assert_tokens_in_place([slack])


def test_check_audits_the_deno_slack_project_and_not_its_functions():
    code, doc = check_json("deno-slack", "--min-severity", "info")
    assert doc["check"]["errors"] == [] and doc["check"]["files"] == 3  # manifest.ts, the workflow and the function
    manifest = f"{project('deno-slack')}/manifest.ts"
    assert {r["source"] for r in doc["reports"]} == {manifest}
    assert {("OA101", 20), ("OA103", 18), ("OA107", 17), ("OA104", None)} <= findings_by_source(doc)[manifest]
    assert code == 0  # nothing at high: bot scopes act under the app's own name


def test_deno_slack_computed_scopes_and_external_providers_are_not_read(catalog):
    text = (
        'import { Manifest } from "deno-slack-sdk/mod.ts";\n'
        'import GoogleProvider from "./external_auth/google_provider.ts";\n'
        'const BASE = ["commands"];\n'
        "export default Manifest({\n"
        '  name: "expenses",\n'
        "  externalAuthProviders: [GoogleProvider],\n"
        '  botScopes: [...BASE, "chat:write"],\n'
        '  userScopes: ["search:read"],\n'
        "});\n"
    )
    (slack,) = read_file("manifest.ts", text=text, catalog=catalog)
    assert located([slack]) == [("chat:write", "bot", "botScopes", 7, 24), ("search:read", "user", "userScopes", 8, 16)]
    (message,) = incomplete([slack])
    assert "externalAuthProviders[0] at line 6, column 27 is an identifier (GoogleProvider)" in message
    assert "botScopes[0] at line 7, column 15 is a spread (...BASE)" in message


# ----------------------------------------------------------------------------------------------------- WXT


def test_wxt_config_manifest_function_is_read(catalog):
    requests = read("wxt/wxt.config.ts", catalog)
    assert located(requests) == [
        ("storage", "chrome_permissions", "permissions", 9, 19),
        ("contextMenus", "chrome_permissions", "permissions", 9, 30),
        ("bookmarks", "chrome_permissions", "permissions", 9, 46),
        ("*://*.readinglist.example/*", "chrome_host_permissions", "host_permissions", 10, 24),
    ]
    assert ("manifest", "wxt") in requests[0].params and ("name", "Reading List Sync") in requests[0].params
    assert incomplete(requests) == []  # modules and vite are computed, but they are not the manifest
    assert_tokens_in_place(requests)


def test_check_audits_the_wxt_project():
    code, doc = check_json("wxt")
    assert doc["check"]["errors"] == [] and doc["check"]["files"] == 3
    config = f"{project('wxt')}/wxt.config.ts"
    assert {r["source"] for r in doc["reports"]} == {config}
    assert {("OA101", 9), ("OA106", 10)} <= findings_by_source(doc)[config]
    assert code == 0


def test_wxt_per_browser_permissions_and_spreads_are_not_read(catalog):
    text = (
        'import { defineConfig } from "wxt";\n'
        "export default defineConfig({\n"
        "  ...shared,\n"
        "  manifest: ({ browser }) => ({\n"
        '    permissions: browser === "firefox" ? ["tabs"] : ["tabs", "sidePanel"],\n'
        '    host_permissions: ["https://api.example.com/*"],\n'
        "  }),\n"
        "});\n"
    )
    (chrome,) = read_file("wxt.config.ts", text=text, catalog=catalog)
    assert [s.scope for s in chrome.scopes] == ["https://api.example.com/*"]
    (message,) = incomplete([chrome])
    assert "the configuration at line 3, column 3 is a spread (...shared)" in message
    assert "permissions at line 5, column 18 is a conditional" in message


# -------------------------------------------------------------------------------------------------- Plasmo


def test_plasmo_manifest_override_in_package_json(catalog):
    (chrome,) = read("plasmo/package.json", catalog)
    assert located([chrome]) == [
        ("storage", "chrome_permissions", "permissions", 15, 21),
        ("alarms", "chrome_permissions", "permissions", 15, 32),
        ("notifications", "chrome_permissions", "permissions", 15, 42),
        ("https://*.shop.example/*", "chrome_host_permissions", "host_permissions", 16, 26),
    ]
    assert ("manifest", "plasmo") in chrome.params and ("name", "Price Watch") in chrome.params  # displayName
    (message,) = incomplete([chrome])
    assert "host_permissions[1] at line 16, column 54 is an environment variable substituted at build time ($PLASMO_PUBLIC_API_ORIGIN/*)" in message


def test_check_audits_the_plasmo_project_and_fails_on_the_build_time_value():
    code, doc = check_json("plasmo")
    assert doc["check"]["errors"] == [] and doc["check"]["files"] == 3
    source = f"{project('plasmo')}/package.json"
    assert {r["source"] for r in doc["reports"]} == {source}
    assert {("OA701", 16), ("OA106", 16)} <= findings_by_source(doc)[source]  # OA701 at the value not read
    assert code == 1


def test_a_package_json_that_is_not_plasmo_is_not_an_extension(catalog):
    text = '{"name": "x", "manifest": {"permissions": ["tabs"]}, "dependencies": {"vite": "5"}}'
    assert detect_format("package.json", text) == "text"


# ---------------------------------------------------------------------------------------- Taro and uni-app


def test_taro_app_config_maps_like_app_json(catalog):
    (wechat,) = read("taro/src/app.config.ts", catalog)
    assert wechat.provider_id == "wechat"
    assert located([wechat]) == [
        ("scope.userLocation", "miniprogram", "permission", 8, 5),
        ("getLocation", "private_info", "requiredPrivateInfos", 12, 26),
        ("chooseAddress", "private_info", "requiredPrivateInfos", 12, 41),
    ]
    assert ("desc:scope.userLocation", "你的位置信息将用于查找附近的门店") in wechat.params
    assert_tokens_in_place([wechat])
    # The same keys in app.json give the same scopes and groups.
    app_json = json.dumps({"pages": ["pages/index/index"], "permission": {"scope.userLocation": {"desc": "你的位置信息将用于查找附近的门店"}}, "requiredPrivateInfos": ["getLocation", "chooseAddress"]})
    (same,) = read_file("app.json", text=app_json, catalog=catalog)
    assert [(s.scope, s.group, s.location.param) for s in same.scopes] == [(s, g, p) for s, g, p, _, _ in located([wechat])]


def test_check_audits_the_taro_project_and_not_its_page_configs():
    code, doc = check_json("taro")
    assert doc["check"]["errors"] == [] and doc["check"]["files"] == 6
    config = f"{project('taro')}/src/app.config.ts"
    assert {r["source"] for r in doc["reports"]} == {config}  # not index.config.ts, config/index.ts, project.config.json
    assert {("OA101", 8), ("OA102", 12)} <= findings_by_source(doc)[config]
    assert code == 0


def test_columns_count_characters_after_chinese_text(catalog):
    text = 'export default defineAppConfig({ pages: ["pages/首页/index"], requiredPrivateInfos: ["getLocation"] });\n'
    (wechat,) = read_file("src/app.config.ts", text=text, catalog=catalog)
    (scope,) = wechat.scopes
    assert scope.location.column == text.index('"getLocation"') + 1  # characters, not UTF-8 bytes


@pytest.mark.parametrize(
    "text",
    [
        "export default defineAppConfig({\n  ui: { primary: 'green' },\n})\n",  # Nuxt
        "import { defineAppConfig } from '#imports';\nexport default defineAppConfig({ analytics: { debug: true } });\n",  # WXT
        "export default ({ config }) => ({ ...config, name: 'expo-app' });\n",  # Expo
    ],
)
def test_other_frameworks_app_config_is_not_taro(text):
    assert detect_format("app.config.ts", text) == "text"


def test_uniapp_manifest_json_mp_weixin_block_with_comments_and_trailing_commas(catalog):
    (wechat,) = read("uniapp/src/manifest.json", catalog)
    assert located([wechat]) == [
        ("scope.userLocation", "miniprogram", "mp-weixin.permission", 27, 13),
        ("getLocation", "private_info", "mp-weixin.requiredPrivateInfos", 31, 36),
        ("chooseLocation", "private_info", "mp-weixin.requiredPrivateInfos", 31, 51),
    ]
    assert [p for p in wechat.params if p[0] in ("manifest", "appid", "name")] == [("manifest", "uniapp"), ("appid", "wx3b7c1d2e5f6a7b8c"), ("name", "shop-finder")]
    assert_tokens_in_place([wechat])


def test_check_audits_the_uniapp_project():
    code, doc = check_json("uniapp")
    assert doc["check"]["errors"] == [] and doc["check"]["files"] == 4  # manifest.json, pages.json (comments: text reader), index.vue, package.json
    manifest = f"{project('uniapp')}/src/manifest.json"
    assert {r["source"] for r in doc["reports"]} == {manifest}
    assert ("OA101", 27) in findings_by_source(doc)[manifest]
    assert code == 0


def test_uniapp_conditional_compilation_comments_and_manifest_config_ts(catalog):
    text = '{\n  "name": "x",\n  // #ifdef MP-WEIXIN\n  "mp-weixin": { "requiredPrivateInfos": ["getLocation"], },\n  // #endif\n}\n'
    (wechat,) = read_file("manifest.json", text=text, catalog=catalog)
    assert located([wechat]) == [("getLocation", "private_info", "mp-weixin.requiredPrivateInfos", 4, 43)]
    code = (
        "import { defineManifestConfig } from '@uni-helper/vite-plugin-uni-manifest'\n"
        "export default defineManifestConfig({\n"
        "  'mp-weixin': { appid: 'wx1234', requiredPrivateInfos: ['chooseAddress', PRIVATE] },\n"
        "})\n"
    )
    (wechat,) = read_file("src/manifest.config.ts", text=code, catalog=catalog)
    assert located([wechat]) == [("chooseAddress", "private_info", "mp-weixin.requiredPrivateInfos", 3, 58)]
    assert "mp-weixin.requiredPrivateInfos[1] at line 3, column 75 is an identifier (PRIVATE)" in incomplete([wechat])[0]


# ---------------------------------------------------------------------------------------------- Apps Script


def test_apps_script_manifests_are_found_by_content_under_any_name(catalog):
    (prod,) = read("appsscript-renamed/manifest/apps-script.json", catalog)
    assert located([prod]) == [("https://www.googleapis.com/auth/calendar.readonly", "", "oauthScopes", 2, 19)]
    assert ("manifest", "appsscript") in prod.params
    (dev,) = read("appsscript-renamed/src/appsscript.dev.json", catalog)
    assert [s.location.line for s in dev.scopes] == [9, 10] and ("advanced_service", "gmail v1") in dev.params
    # A JSON file that merely has an oauthScopes key is not taken for one.
    assert detect_format("config.json", '{"oauthScopes": ["openid"], "name": "x"}') == "text"
    assert detect_format("scopes.json", '{"oauthScopes": [{"scope": "openid"}], "dependencies": {}}') == "text"


def test_check_audits_both_apps_script_manifests_and_not_clasp_json():
    code, doc = check_json("appsscript-renamed")
    assert doc["check"]["errors"] == [] and doc["check"]["files"] == 4
    base = project("appsscript-renamed")
    assert {r["source"] for r in doc["reports"]} == {f"{base}/manifest/apps-script.json", f"{base}/src/appsscript.dev.json"}
    assert ("OA103", 9) in findings_by_source(doc)[f"{base}/src/appsscript.dev.json"]
    assert code == 1


# ------------------------------------------------------------------------------------ discovery and limits


def test_discovery_lists_every_manifest_and_only_they_are_parsed_as_code():
    files = walk(str(PROJECTS))
    formats = {f: detect_format(f, (PROJECTS / f).read_text("utf-8")) for f in files}
    code_formats = {f: fmt for f, fmt in formats.items() if fmt != "text"}
    assert code_formats == {
        "appsscript-renamed/manifest/apps-script.json": "appsscript",
        "appsscript-renamed/src/appsscript.dev.json": "appsscript",
        "chrome-commented/manifest.json": "chrome",
        "crxjs-computed/manifest.config.ts": "crxjs",
        "crxjs/manifest.config.ts": "crxjs",
        "deno-slack/manifest.ts": "deno-slack",
        "plasmo/package.json": "plasmo",
        "taro/src/app.config.ts": "taro",
        "uniapp/src/manifest.json": "uniapp",
        "wxt/wxt.config.ts": "wxt",
    }
    assert "crxjs/vite.config.ts" in formats and "taro/src/pages/index/index.config.ts" in formats  # read, as text


@pytest.mark.parametrize(
    "name, text",
    [
        ("manifest.ts", "export async function getManifest() {\n  return { manifest_version: 3, permissions: [ };\n}\n"),  # a build script
        ("manifest.ts", "export const manifest = { name: 'PWA', icons: [ }\n"),  # a web app manifest, broken
        ("src/popup.ts", "defineManifest({ permissions: [ \n"),  # not a manifest's name
        ("app.config.ts", "export default defineAppConfig({ ui: { \n"),  # Nuxt, broken
    ],
)
def test_ordinary_source_is_never_parsed_as_a_manifest(catalog, name, text):
    assert detect_format(name, text) == "text"
    assert read_file(name, text=text, catalog=catalog) == []


@pytest.mark.parametrize(
    "name, text, message",
    [
        ("manifest.ts", "export default defineManifest(" + "[" * 5000 + "]" * 5000 + ")\n", "code nested more than 64 levels deep"),
        ("manifest.ts", "export default defineManifest(" + "(" * 100_000 + "1" + ")" * 100_000 + ")\n", "code nested more than 64 levels deep"),
        ("wxt.config.ts", "export default defineConfig({ manifest: { permissions: ['tabs', \n", r"not valid TypeScript \(line 1, column 1\): the file ends before"),
        ("manifest.js", "export default Manifest({\n  botScopes: [\"commands\",, ]\n  name: 'x'\n});\n", r"not valid JavaScript \(line"),
        ("manifest.ts", "export default defineManifest({ permissions: [" + ",".join(['"t"'] * 300_000) + "] })\n", "too large for a crxjs manifest"),
        ("manifest.json", '{ "manifest_version": 3, "permissions": ' + "[" * 100 + "]" * 100 + "}", "nested more than 64 levels deep"),
    ],
)
def test_hostile_manifests_are_refused_in_one_line_and_quickly(catalog, name, text, message):
    start = time.perf_counter()
    with pytest.raises(InputError, match=message) as info:
        read_file(name, text=text, catalog=catalog)
    assert time.perf_counter() - start < 5
    assert "\n" not in str(info.value) and str(info.value).startswith(f"{name}: ")


def test_a_long_one_line_code_manifest_is_read_in_linear_time(catalog):
    # 200,000 strings on one line, within the size limit: each position costs a search, not a pass
    # over the line (a pass per position took 8 s here; this takes about 2).
    text = "export default defineManifest({ manifest_version: 3, permissions: [" + ",".join(['"t"'] * 200_000) + ', "tabs"] })\n'
    start = time.perf_counter()
    (chrome,) = read_file("manifest.ts", text=text, catalog=catalog)
    assert time.perf_counter() - start < 5
    assert [(s.scope, s.location.column) for s in chrome.scopes] == [("t", 68), ("tabs", text.index('"tabs"') + 1)]


@pytest.mark.parametrize("name", ["app.config.ts", "manifest.ts", "manifest.json", "wxt.config.ts", "package.json", "x.json", "manifest.config.ts"])
def test_detection_is_linear_on_hostile_text(name):
    for text in ("\n" * 2_000_000, " \n" * 1_000_000, "{" * 2_000_000, "/*" + " " * 2_000_000, '"oauthScopes":' * 200_000):
        start = time.perf_counter()
        detect_format(name, text)
        assert time.perf_counter() - start < 2, (name, text[:10])


def test_scan_of_a_hostile_code_manifest_is_one_line_and_exit_2(tmp_path):
    bad = tmp_path / "manifest.ts"
    bad.write_text("export default defineManifest({\n  permissions: [\"tabs\",\n", "utf-8")
    proc = run_cli("scan", str(bad))
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert "manifest.ts: not valid TypeScript (line 1, column 1): the file ends before what starts here is closed" in proc.stderr


def test_check_reports_a_hostile_manifest_and_audits_the_others(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "manifest.ts").write_text("export default defineManifest(" + "[" * 200 + "]" * 200 + ")\n", "utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "manifest.ts").write_text((PROJECTS / "deno-slack" / "manifest.ts").read_text("utf-8"), "utf-8")
    proc = run_cli("check", str(tmp_path), "--format", "json")
    assert "Traceback" not in proc.stderr
    doc = json.loads(proc.stdout)
    assert [e["path"] for e in doc["check"]["errors"]] == [str(tmp_path / "a" / "manifest.ts")]
    assert "code nested more than 64 levels deep" in doc["check"]["errors"][0]["message"]
    assert [r["provider"]["id"] for r in doc["reports"]] == ["slack"]
    # The exit code for an unreadable file beside audited ones is the check command's policy
    # (auditor/ci/commands.py), not the reader's; the terminal report names the file too.
    proc = run_cli("check", str(tmp_path), env={"COLUMNS": "400"})
    assert f"{tmp_path / 'a' / 'manifest.ts'}  error  " in proc.stdout and "1 file(s) could not be read" in proc.stdout


# ------------------------------------------------------------------------------------------- CLI output


@pytest.mark.parametrize("name", ["chrome-commented", "crxjs", "deno-slack"])
def test_check_terminal_output(name):
    proc = run_cli("check", project(name), "--no-color")
    check_snapshot(f"check-project-{name}.txt", proc.stdout)


def test_every_reader_can_be_named_with_format_hint(catalog):
    from auditor.cli import SCAN_OPTIONS
    from auditor.sources.manifests import FORMATS

    (hint,) = [o for o in SCAN_OPTIONS if o[0] == "--format-hint"]
    assert tuple(hint.choices) == tuple(FORMATS)
    text = (PROJECTS / "deno-slack" / "manifest.ts").read_text("utf-8")
    (slack,) = read_file("src/app_manifest.ts", text=text, catalog=catalog, hint="deno-slack")  # any name, with the hint
    assert [s.scope for s in slack.scopes] == ["commands", "chat:write", "chat:write.public", "channels:history"]
