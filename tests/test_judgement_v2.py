"""Judgement v2 (issue 14): who acts, how far it reaches, stakes as a ladder, hygiene scaled by what
it unlocks, purpose and audience, level and score agreeing, and provider names people type."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from auditor import audit_url
from auditor.analyze import BANDS, analyze
from auditor.catalog import load_catalog
from auditor.model import Severity
from auditor.sources.manifests import read_file
from auditor.sources.url import read_scope_list, read_url

from .conftest import MINIMAL_SIGNIN_URL, WORM_URL, run_cli

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "manifests"
GA = "https://www.googleapis.com/auth/"
SLACK = "https://slack.com/oauth/v2/authorize?client_id=1.2&redirect_uri=https%3A%2F%2Fbot.example.com%2Fcb&state=Zx8pQ2mV7rT4kL9w"
GOOGLE = "https://accounts.google.com/o/oauth2/v2/auth?client_id=1.apps.googleusercontent.com&response_type=code&state=Zx8pQ2mV7rT4kL9w"
MS_STATE = "&client_id=00001111-aaaa-2222-bbbb-3333cccc4444&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&state=Zx8pQ2mV7rT4kL9w"


def scopes(provider: str, text: str):
    catalog = load_catalog()
    return analyze(read_scope_list(provider, text, catalog), catalog)


def rules(report) -> dict[str, str]:
    out: dict[str, str] = {}
    for f in report.findings:
        if f.rule not in out or Severity[f.severity.name] > Severity[out[f.rule].upper()]:
            out[f.rule] = f.severity.label
    return out


# 1. Who acts ---------------------------------------------------------------------------------


def test_a_slack_bot_posts_under_its_own_name():
    bot = audit_url(SLACK + "&scope=chat:write,users:read")
    assert "OA301" not in rules(bot)
    assert Severity[bot.risk.level.upper() if bot.risk.level != "none" else "INFO"] <= Severity.MEDIUM, rules(bot)
    assert {rs.scope: rs.actor for rs in bot.scopes} == {"chat:write": "app", "users:read": "app"}
    assert bot.actors == ("app",)


def test_the_same_scopes_as_user_scope_are_a_worm():
    user = audit_url(SLACK + "&user_scope=chat:write,users:read")
    assert rules(user)["OA301"] == "critical"
    assert user.actors == ("user",)


def test_the_worm_needs_read_and_send_by_the_same_party():
    mixed = audit_url(SLACK + "&scope=chat:write&user_scope=users:read")
    assert "OA301" not in rules(mixed)
    assert mixed.actors == ("user", "app")


def test_who_acts_is_said_in_every_report(tmp_path):
    url = SLACK + "&scope=chat:write&user_scope=search:read"
    en = " ".join(run_cli("scan", url).stdout.split())
    assert "Who acts" in en and "the app itself: under its own name" in en and "you: the app acts in your name" in en
    zh = run_cli("scan", url, "--lang", "zh").stdout
    assert "谁在行事" in zh and "应用本身" in zh
    md = run_cli("scan", url, "--format", "markdown").stdout
    assert "Who acts" in md
    doc = json.loads(run_cli("scan", url, "--format", "json").stdout)["reports"][0]
    assert doc["acting_parties"] == ["user", "app"]
    assert {s["scope"]: s["acts"] for s in doc["scopes"]} == {"chat:write": "app", "search:read": "user"}


# 2. How far it reaches -------------------------------------------------------------------------


def test_one_discord_permission_bit_is_not_administrator():
    one = audit_url("https://discord.com/oauth2/authorize?client_id=123&permissions=16&scope=bot")
    assert one.risk.level == "medium", rules(one)
    admin = audit_url("https://discord.com/oauth2/authorize?client_id=123&permissions=8&scope=bot")
    assert admin.risk.level in ("high", "critical"), rules(admin)


def test_an_app_that_can_make_itself_global_administrator_is_critical():
    catalog = load_catalog()
    (request,) = read_file(str(FIXTURES / "entra-role-escalation.json"), catalog=catalog)
    assert {rs.group for rs in request.scopes} == {"application"}
    report = analyze(request, catalog)
    assert report.risk.level == "critical"
    assert rules(report)["OA105"] == "critical"
    assert report.request.audience == "organisation"


def test_the_same_roles_delegated_are_high_not_critical():
    report = scopes("microsoft", "RoleManagement.ReadWrite.Directory Directory.ReadWrite.All")
    assert report.risk.level == "high", rules(report)


@pytest.mark.parametrize("path", ["/contoso.onmicrosoft.com/oauth2/authorize", "/organizations/oauth2/v2.0/authorize"])
def test_prompt_admin_consent_is_a_tenant_wide_grant(path):
    url = "https://login.microsoftonline.com" + path + "?response_type=code&scope=openid&prompt=admin_consent" + MS_STATE
    report = audit_url(url)
    assert Severity[report.risk.level.upper()] >= Severity.MEDIUM
    (f,) = [f for f in report.findings if f.rule == "OA105"]
    assert "whole tenant" in f.message and "整个租户" in f.message_zh


@pytest.mark.parametrize("path", ["/common/adminconsent", "/contoso.onmicrosoft.com/v2.0/adminconsent"])
def test_the_adminconsent_endpoints_are_tenant_wide(path):
    report = audit_url("https://login.microsoftonline.com" + path + "?" + MS_STATE[1:])
    assert report.risk.level == "medium"
    assert any(f.rule == "OA105" and "whole tenant" in f.message for f in report.findings)


# 3. Stakes as a ladder -----------------------------------------------------------------------


def test_reading_mail_metadata_is_high_not_critical():
    report = scopes("google", GA + "gmail.metadata")
    assert report.risk.level == "high", rules(report)
    assert rules(report)["OA304"] == "high"


def test_labels_are_not_mail_routing():
    report = scopes("google", GA + "gmail.readonly " + GA + "gmail.labels")
    assert "OA305" not in rules(report)
    assert report.risk.level == "high"


def test_reading_and_sending_mail_is_critical():
    report = scopes("google", GA + "gmail.readonly " + GA + "gmail.send")
    assert report.risk.level == "critical" and rules(report)["OA304"] == "critical"


@pytest.mark.parametrize(("scope", "routing"), [
    ("https://mail.google.com/", True), (GA + "gmail.settings.basic", True), (GA + "gmail.settings.sharing", True),
    (GA + "gmail.labels", False), (GA + "gmail.modify", False),
])
def test_google_mail_routing_grants(scope, routing):
    entry = load_catalog().lookup("google", scope)[1]
    assert any(g.startswith("comm.mail_routing:write") for g in entry["grants"]) == routing


def test_microsoft_mail_routing_grants():
    catalog = load_catalog()
    for scope, routing in (("MailboxSettings.ReadWrite", True), ("EWS.AccessAsUser.All", True), ("full_access_as_app", True), ("Mail.ReadWrite", False)):
        entry = catalog.lookup("microsoft", scope)[1]
        assert any(g.startswith("comm.mail_routing:write") for g in entry["grants"]) == routing, scope


def test_mail_read_with_an_inbox_rule_is_a_takeover():
    report = scopes("microsoft", "Mail.Read MailboxSettings.ReadWrite")
    assert rules(report)["OA305"] == "critical" and rules(report)["OA304"] == "critical"


# 4. Hygiene scaled by what it unlocks ------------------------------------------------------------


def test_http_redirect_on_a_sign_in_is_low():
    report = audit_url(GOOGLE + "&scope=openid&redirect_uri=http%3A%2F%2Fapp.example.com%2Fcb")
    assert report.risk.level == "low" and rules(report)["OA405"] == "low"


def test_http_redirect_on_drive_is_high():
    report = audit_url(GOOGLE + "&scope=" + GA + "drive&redirect_uri=http%3A%2F%2Fapp.example.com%2Fcb")
    assert report.risk.level == "high" and rules(report)["OA405"] == "high"


def test_no_pkce_advice_where_the_provider_lacks_it():
    url = "https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx1&redirect_uri=https%3A%2F%2Fa.example.cn%2Fcb&response_type=code&scope=snsapi_userinfo#wechat_redirect"
    report = audit_url(url)
    (f,) = [f for f in report.findings if f.rule == "OA402"]
    assert "provider lacks PKCE" in f.message and "PKCE (S256)" not in f.fix
    for pid in ("wechat", "qq", "weibo", "alipay", "douyin", "dingtalk"):
        assert load_catalog().provider(pid)["params"]["pkce"] is False, pid
    assert load_catalog().provider("google")["params"]["pkce"] is True


def test_a_never_expiring_identity_token_is_low_at_most():
    report = audit_url("https://github.com/login/oauth/authorize?client_id=Iv1.abc&scope=read:user%20user:email&state=Zx8pQ2mV7rT4kL9w")
    assert Severity[rules(report).get("OA104", "info").upper()] <= Severity.LOW


# 5-6. Other people's data; purpose and audience ------------------------------------------------


def test_address_book_is_high_and_directory_medium():
    assert rules(scopes("google", GA + "contacts.readonly"))["OA102"] == "high"
    assert rules(scopes("microsoft", "User.ReadBasic.All"))["OA102"] == "medium"


def test_an_owner_only_apps_script_caps_exposure_but_not_credentials(tmp_path):
    manifest = {"timeZone": "UTC", "webapp": {"access": "MYSELF", "executeAs": "USER_DEPLOYING"},
                "oauthScopes": [GA + "drive", GA + "gmail.readonly"]}
    path = tmp_path / "appsscript.json"
    path.write_text(json.dumps(manifest))
    catalog = load_catalog()
    (request,) = read_file(str(path), catalog=catalog)
    assert request.audience == "owner"
    report = analyze(request, catalog)
    sev = rules(report)
    assert sev["OA208"] == "medium" and sev["OA304"] == "high"
    manifest["webapp"] = {"access": "ANYONE", "executeAs": "USER_ACCESSING"}
    path.write_text(json.dumps(manifest))
    (request,) = read_file(str(path), catalog=catalog)
    assert request.audience == "" and rules(analyze(request, catalog))["OA208"] == "high"


def test_a_private_github_app_is_owner_only(tmp_path):
    path = tmp_path / "app.json"
    path.write_text(json.dumps({"name": "x", "url": "https://x.example", "public": False, "default_permissions": {"issues": "write"}}))
    (request,) = read_file(str(path), catalog=load_catalog())
    assert request.audience == "owner"


# 7. Level and score agree ------------------------------------------------------------------------


def test_score_bands_per_level():
    for report in (audit_url(WORM_URL), audit_url(MINIMAL_SIGNIN_URL), scopes("github", "repo"), audit_url("https://microsoft.com/devicelogin")):
        base, top = BANDS[max((f.severity for f in report.findings), default=Severity.INFO)]
        assert base <= report.risk.score <= top, (report.risk.level, report.risk.score)
    assert audit_url("https://microsoft.com/devicelogin").risk.score > scopes("github", "repo").risk.score


def test_across_the_corpus_a_higher_level_never_scores_lower():
    corpus = tomllib.loads((Path(__file__).resolve().parent / "corpus" / "requests.toml").read_text("utf-8"))["request"]
    catalog = load_catalog()
    order = ("none", "low", "medium", "high", "critical")
    seen = []
    from tests.test_corpus import requests_of

    for item in corpus:
        for request in requests_of(item, catalog):
            risk = analyze(request, catalog, purpose=item.get("purpose")).risk
            seen.append((order.index(risk.level), risk.score, item["id"]))
    for la, sa, a in seen:
        for lb, sb, b in seen:
            if la > lb:
                assert sa > sb, f"{a} ({order[la]}, {sa}) scores no more than {b} ({order[lb]}, {sb})"


# 8. Names people type ----------------------------------------------------------------------------


def test_provider_aliases():
    out = run_cli("scan", "--provider", "facebook", "--scopes", "email")
    assert out.returncode == 0 and "Meta" in out.stdout
    catalog = load_catalog()
    for name, pid in (("twitter", "x"), ("Azure", "microsoft"), ("office365", "microsoft"), ("outlook", "microsoft"), ("weixin", "wechat"), ("lark", "feishu"), ("instagram", "meta")):
        assert catalog.provider_id(name) == pid
    assert catalog.provider_id("taobao") == "taobao"  # its own provider: a Taobao login is not Alipay
    with pytest.raises(ValueError):
        catalog.provider_id("alibaba")


def test_an_unknown_provider_names_the_closest():
    out = run_cli("scan", "--provider", "facebok", "--scopes", "email")
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0 and "did you mean facebook (meta)?" in out.stderr
    out = run_cli("scopes", "twiter")
    assert out.returncode == 2 and "twitter (x)" in out.stderr


# The README's first command and a clean sign-in -----------------------------------------------------


def test_the_worm_stays_critical_and_a_clean_sign_in_none():
    assert audit_url(WORM_URL).risk.level == "critical"
    assert audit_url(MINIMAL_SIGNIN_URL).risk.level == "none" and audit_url(MINIMAL_SIGNIN_URL).risk.score == 0


def test_a_device_code_request_for_a_first_party_client_is_critical():
    url = "https://login.microsoftonline.com/common/oauth2/v2.0/devicecode?client_id=d3590ed6-52b3-4102-aeff-aad2292ab01c&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default%20offline_access"
    report = audit_url(url)
    assert report.risk.level == "critical" and report.findings[0].rule == "OA505"
    assert "Microsoft Office" in report.findings[0].message


def test_an_unknown_application_role_is_high_and_names_its_resource():
    catalog = load_catalog()
    (request,) = read_file(str(FIXTURES / "entra-mail-archiver.json"), catalog=catalog)
    report = analyze(request, catalog)
    (f,) = [f for f in report.findings if f.rule == "OA105" and "does not know" in f.message]
    assert f.severity == Severity.HIGH and "0b0f0a0e-1111-4222-8333-944455556666" in f.message
    assert "00000003-0000-0000-c000-000000000000 (Microsoft Graph)" in f.message


def test_github_app_administration_permissions_are_the_apps_own_and_critical(tmp_path):
    path = tmp_path / "app.json"
    path.write_text(json.dumps({"name": "org-admin", "url": "https://x.example",
                                "default_permissions": {"administration": "write", "organization_administration": "write", "members": "write"}}))
    catalog = load_catalog()
    (request,) = read_file(str(path), catalog=catalog)
    report = analyze(request, catalog)
    assert report.actors == ("app",)
    assert all(rs.known for rs in report.scopes) and "OA203" not in rules(report)
    # the app itself, organisation-wide, administering the organisation: critical by principle
    assert report.risk.level == "critical" and rules(report)["OA105"] == "critical"


def test_an_uncatalogued_github_app_permission_is_the_apps_own_and_high(tmp_path):
    path = tmp_path / "app.json"
    path.write_text(json.dumps({"name": "q", "url": "https://x.example", "default_permissions": {"merge_queues": "write"}}))
    catalog = load_catalog()
    (request,) = read_file(str(path), catalog=catalog)
    report = analyze(request, catalog)
    assert report.actors == ("app",) and not report.scopes[0].known
    assert report.risk.level == "high"
