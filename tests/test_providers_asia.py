"""Providers of Asia and VK: what a few typical requests expose, judged from the catalog."""

from __future__ import annotations

from auditor import audit_url

PKCE = "&response_type=code&state=Zx8pQ2mV7rT4kL9w&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"


def test_line_profile_openid_email_is_a_calm_sign_in():
    url = "https://access.line.me/oauth2/v2.1/authorize?client_id=1234567890&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&scope=profile%20openid%20email&nonce=n0nce" + PKCE
    report = audit_url(url)
    assert report.request.provider_id == "line"
    assert [rs.scope for rs in report.scopes if not rs.known] == []
    assert report.risk.level == "none" and report.risk.score == 0


def test_line_internal_friends_scope_is_not_calm():
    url = "https://access.line.me/oauth2/v2.1/authorize?client_id=1234567890&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&scope=openid%20friends%20message.write" + PKCE
    report = audit_url(url)
    assert report.request.provider_id == "line"
    assert report.risk.level not in {"none", "low"}


def test_kakao_friends_and_messages_is_the_worm_pattern():
    url = "https://kauth.kakao.com/oauth/authorize?client_id=k&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&scope=friends,talk_message" + PKCE
    report = audit_url(url)
    assert report.request.provider_id == "kakao"
    assert report.risk.level == "critical"
    assert report.findings[0].rule == "OA301", [f.rule for f in report.findings]


def test_kakao_without_scope_is_only_the_member_number():
    url = "https://kauth.kakao.com/oauth/authorize?client_id=k&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb" + PKCE
    report = audit_url(url)
    assert report.request.provider_id == "kakao"
    assert report.scopes == [] or all(rs.known for rs in report.scopes)
    assert report.risk.level in {"none", "low"}


def test_vk_friends_right_is_third_party_data():
    url = "https://oauth.vk.com/authorize?client_id=1&scope=friends&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb" + PKCE
    report = audit_url(url)
    assert report.request.provider_id == "vk"
    assert any(f.rule == "OA102" for f in report.findings), [f.rule for f in report.findings]
    assert report.risk.level in {"high", "critical"}


def test_vk_sdk_upper_case_names_resolve_and_offline_is_persistence():
    url = "https://oauth.vk.com/authorize?client_id=1&scope=FRIENDS%2COFFLINE&redirect_uri=https%3A%2F%2Foauth.vk.com%2Fblank.html&response_type=token"
    report = audit_url(url)
    assert [rs.scope for rs in report.scopes if not rs.known] == []
    assert any("offline" in rs.entry["modifiers"] for rs in report.scopes)


def test_vk_id_base_sign_in_is_calm():
    url = "https://id.vk.com/authorize?client_id=1&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&scope=vkid.personal_info%20email" + PKCE
    report = audit_url(url)
    assert report.request.provider_id == "vk"
    assert report.risk.level == "none"


def test_naver_login_has_no_scopes_and_says_what_it_always_gets():
    url = "https://nid.naver.com/oauth2.0/authorize?response_type=code&client_id=jyvqXeaVOVmV&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&state=hLiDdL2uhPtsftcU"
    report = audit_url(url)
    assert report.request.provider_id == "naver"
    assert [rs.scope for rs in report.scopes if not rs.known] == []
    assert {g for rs in report.scopes for g in rs.entry["grants"]} == {"account.identifier:read.self"}


def test_huawei_openid_profile_is_calm_and_health_scopes_are_health_data():
    base = "https://oauth-login.cloud.huawei.com/oauth2/v3/authorize?client_id=123456789&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb" + PKCE
    calm = audit_url(base + "&scope=openid+profile")
    assert calm.request.provider_id == "huawei"
    assert calm.risk.level in {"none", "low"}
    health = audit_url(base + "&scope=openid+https://www.huawei.com/healthkit/step.read")
    assert {g for rs in health.scopes for g in rs.entry["grants"]} >= {"health.fitness:read.self"}
    assert health.risk.score > calm.risk.score


def test_baidu_netdisk_is_whole_drive_and_long_lived():
    url = "https://openapi.baidu.com/oauth/2.0/authorize?response_type=code&client_id=k&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&scope=basic,netdisk&state=Zx8pQ2mV7rT4kL9w"
    report = audit_url(url)
    assert report.request.provider_id == "baidu"
    netdisk = next(rs for rs in report.scopes if rs.scope == "netdisk")
    assert "content.files:read.all" in netdisk.entry["grants"] and "offline" in netdisk.entry["modifiers"]
    assert report.risk.level in {"high", "critical"}


def test_yahoo_japan_is_its_own_provider_and_address_is_read():
    url = "https://auth.login.yahoo.co.jp/yconnect/v2/authorization?response_type=code&client_id=c&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&scope=openid%20address&nonce=n" + PKCE.replace("&response_type=code", "")
    report = audit_url(url)
    assert report.request.provider_id == "yahoojp"
    assert {g for rs in report.scopes for g in rs.entry["grants"]} == {"account.identifier:assert", "contact.postal_address:read.self"}


def test_bilibili_fragment_url_is_recognised_without_scopes():
    url = "https://passport.bilibili.com/register/pc_oauth2.html#/?client_id=c&return_url=https%3A%2F%2Fapp.example.com%2Fcb&response_type=code&state=Zx8pQ2mV7rT4kL9w"
    report = audit_url(url)
    assert report.request.provider_id == "bilibili"
    assert [rs.scope for rs in report.scopes if not rs.known] == []


def test_kuaishou_publish_and_delete_is_more_than_sign_in():
    base = "https://open.kuaishou.com/oauth2/connect?app_id=k&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&state=Zx8pQ2mV7rT4kL9w"
    sign_in = audit_url(base + "&scope=user_info")
    publish = audit_url(base + "&scope=user_info,user_video_publish,user_video_delete")
    assert sign_in.request.provider_id == publish.request.provider_id == "kuaishou"
    assert publish.risk.score > sign_in.risk.score
    assert "content.ugc:write.delete" in {g for rs in publish.scopes for g in rs.entry["grants"]}


def test_xiaomi_numeric_permission_ids_resolve():
    url = "https://account.xiaomi.com/oauth2/authorize?client_id=2882303761517000000&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&response_type=code&scope=1%204%206&state=Zx8pQ2mV7rT4kL9w"
    report = audit_url(url)
    assert report.request.provider_id == "xiaomi"
    assert [rs.scope for rs in report.scopes] == ["1", "4", "6"]
    assert {"contact.phone:read.self", "contact.email:read.self"} <= {g for rs in report.scopes for g in rs.entry["grants"]}


def test_jd_scopes_are_the_two_documented_values():
    for scope in ("snsapi_base", "snsapi_union_login"):
        url = f"https://open-oauth.jd.com/oauth2/to_login?app_key=k&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&state=Zx8pQ2mV7rT4kL9w&scope={scope}"
        report = audit_url(url)
        assert report.request.provider_id == "jd"
        assert [rs.scope for rs in report.scopes if not rs.known] == []


def test_taobao_has_no_scope_and_is_recognised():
    url = "https://oauth.taobao.com/authorize?response_type=code&client_id=23075594&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&state=1212&view=web"
    report = audit_url(url)
    assert report.request.provider_id == "taobao"
    assert [rs.scope for rs in report.scopes if not rs.known] == []


def test_xiaohongshu_shop_authorization_reaches_buyers_data():
    url = "https://ark.xiaohongshu.com/ark/authorization?appId=a&redirectUri=https%3A%2F%2Fapp.example.com%2Fcb&state=Zx8pQ2mV7rT4kL9w"
    report = audit_url(url)
    assert report.request.provider_id == "xiaohongshu"
    assert any(f.rule == "OA102" for f in report.findings), [f.rule for f in report.findings]


def test_toutiao_is_told_apart_from_douyin():
    toutiao = audit_url("https://open.snssdk.com/auth/authorize?response_type=code&client_key=k&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&auth_only=1&state=Zx8pQ2mV7rT4kL9w")
    douyin = audit_url("https://open.douyin.com/platform/oauth/connect/?client_key=k&response_type=code&scope=user_info&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&state=Zx8pQ2mV7rT4kL9w")
    assert (toutiao.request.provider_id, douyin.request.provider_id) == ("toutiao", "douyin")
