"""Purpose profiles: the 39 app types of 《常见类型移动互联网应用程序必要个人信息范围规定》 (2021) and
the Chinese fields of the whole-session logins."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from auditor import audit_scopes
from auditor.catalog import load_catalog, pattern_matches
from auditor.model import Severity

from .conftest import run_cli

NO_PI_ZH = "无须个人信息，即可使用基本功能服务"
OFFICIAL_URL = "http://www.cac.gov.cn/2021-03/22/c_1617990997054277.htm"

# The regulation's order (Art. 5, items 1-39).
TYPES_ZH = [
    "地图导航类", "网络约车类", "即时通信类", "网络社区类", "网络支付类", "网上购物类", "餐饮外卖类",
    "邮件快件寄递类", "交通票务类", "婚恋相亲类", "求职招聘类", "网络借贷类", "房屋租售类", "二手车交易类",
    "问诊挂号类", "旅游服务类", "酒店服务类", "网络游戏类", "学习教育类", "本地生活类", "女性健康类",
    "用车服务类", "投资理财类", "手机银行类", "邮箱云盘类", "远程会议类", "网络直播类", "在线影音类",
    "短视频类", "新闻资讯类", "运动健身类", "浏览器类", "输入法类", "安全管理类", "电子图书类",
    "拍摄美化类", "应用商店类", "实用工具类", "演出票务类",
]
NO_PI_TYPES = {
    "女性健康类", "网络直播类", "在线影音类", "短视频类", "新闻资讯类", "运动健身类", "浏览器类",
    "输入法类", "安全管理类", "电子图书类", "拍摄美化类", "应用商店类", "实用工具类",
}
# Types whose list includes 注册用户移动电话号码: an OAuth sign-in stands in for the phone number.
NO_PHONE_TYPES = {"地图导航类", "邮件快件寄递类"}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def cn(catalog):
    return {pid: p for pid, p in catalog.purposes.items() if pid.startswith("cn.")}


def test_39_cn_profiles_in_the_regulations_order(cn):
    assert len(cn) == 39
    ordered = sorted(cn.values(), key=lambda p: p["number"])
    assert [p["number"] for p in ordered] == [f"CN{i:02d}" for i in range(1, 40)]
    assert [p["zh"] for p in ordered] == TYPES_ZH
    for pid in cn:
        assert re.fullmatch(r"cn\.[a-z0-9]+(-[a-z0-9]+)*", pid), pid
    for pid in ("cn.map-navigation", "cn.ride-hailing", "cn.instant-messaging", "cn.online-shopping", "cn.utility-tools"):
        assert pid in cn


def test_13_types_need_no_personal_information(cn):
    no_pi = {p["zh"] for p in cn.values() if not p["necessary"]}
    assert no_pi == NO_PI_TYPES
    for p in cn.values():
        assert (p["necessary_zh"] == NO_PI_ZH) == (p["zh"] in NO_PI_TYPES), p["zh"]


def test_every_cn_profile_has_the_regulations_text_and_a_source(cn):
    for pid, p in cn.items():
        for key in ("en", "zh", "basic_function_zh", "basic_function", "necessary_zh", "necessary_info", "basis", "source"):
            assert isinstance(p.get(key), str) and p[key].strip(), (pid, key)
        assert re.search(r"https?://\S+", p["basis"]), pid
        assert OFFICIAL_URL in p["basis"] and p["source"] == OFFICIAL_URL, pid
        assert re.search(r"\[(V|S|U)[\]: ]", p["basis"]), f"{pid}: basis needs a [V]/[S]/[U] marker"
        assert p["zh"].endswith("类"), pid


def test_phone_registration_types_list_the_phone_and_a_sign_in(cn):
    for pid, p in cn.items():
        if "注册用户移动电话号码" in p["necessary_zh"]:
            assert "contact.phone:read.self" in p["necessary"], pid
            assert "account.identifier:assert" in p["necessary"], pid
        elif p["zh"] not in NO_PI_TYPES:
            assert p["zh"] in NO_PHONE_TYPES, pid


def test_red_flags_never_cover_a_necessary_or_optional_grant(cn):
    for pid, p in cn.items():
        allowed = [g for g in p["necessary"] + p["optional"] if not g.startswith("modifier:")]
        for grant in allowed:
            for flag in p["red_flags"]:
                if flag.startswith("modifier:") or ":" not in grant:
                    continue
                assert not pattern_matches(flag, grant), (pid, grant, flag)


def test_weather_apps_are_utility_tools_and_background_location_is_beyond_purpose(cn):
    utility = cn["cn.utility-tools"]
    assert "天气" in utility["basic_function_zh"] and "手电筒" in utility["basic_function_zh"]
    for word in ("eather", "lashlight", "alculator", "实用工具类"):
        assert word in utility["note"], word
    report = audit_scopes("wechat", "scope.userLocationBackground", purpose="cn.utility-tools")
    beyond = [f for f in report.findings if f.rule == "OA204"]
    assert beyond and max(f.severity for f in beyond) == Severity.HIGH


def test_weather_scan_from_the_command_line_reports_oa204():
    proc = run_cli("scan", "--provider", "wechat", "--scopes", "scope.userLocationBackground", "--purpose", "cn.utility-tools", "--format", "json")
    data = json.loads(proc.stdout)
    rules = {f["rule"] for r in data["reports"] for f in r["findings"]}
    assert "OA204" in rules, proc.stdout[:2000]


@pytest.mark.parametrize("provider,scope", [("google", "openid"), ("wechat", "snsapi_base")])
def test_sign_in_alone_is_never_beyond_a_cn_purpose(cn, provider, scope):
    for pid, p in cn.items():
        report = audit_scopes(provider, scope, purpose=pid)
        beyond = [f for f in report.findings if f.rule == "OA204"]
        # necessary where the type registers users; optional (information only) where it needs no account
        assert all(f.severity == Severity.INFO for f in beyond), (pid, [f.message for f in beyond])
        if "account.identifier:assert" in p["necessary"]:
            assert beyond == [], pid


def test_purposes_command_lists_the_39_types():
    proc = run_cli("purposes", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    cn = {pid: p for pid, p in data.items() if pid.startswith("cn.")}
    assert len(cn) == 39
    assert {p["zh"] for p in cn.values()} == set(TYPES_ZH)
    assert all(p["necessary_zh"] for p in cn.values())
    text = run_cli("purposes").stdout
    for zh in TYPES_ZH:
        assert zh in text, zh
    assert NO_PI_ZH in text and "位置信息、出发地、到达地" in text


def test_existing_profiles_still_resolve(catalog):
    numbered = sorted(p["number"] for pid, p in catalog.purposes.items() if not pid.startswith("cn."))
    assert numbered == [f"P{i:02d}" for i in range(1, 26)]


def test_session_logins_have_chinese_what_and_revoke(catalog):
    assert catalog.session_logins
    for login in catalog.session_logins:
        for key in ("what_zh", "revoke_zh"):
            assert isinstance(login.get(key), str) and login[key].strip(), (login["id"], key)
            assert re.search(r"[\u4e00-\u9fff]", login[key]), (login["id"], key)


def test_schema_requires_the_chinese_session_fields():
    from auditor.catalog import schema

    item = {"id": "x", "name": "x", "name_zh": "x", "what": "x", "what_zh": "x", "revoke": "x", "source": "https://x.example", "verified": "meaning", "match": [{"scheme": "https"}]}
    assert any("revoke_zh" in e for e in schema.validate_session_logins({"logins": [item]}))
    assert schema.validate_session_logins({"logins": [{**item, "revoke_zh": "退出"}]}) == []


def test_research_notes_list_the_same_39_types():
    shared = Path(__file__).resolve().parents[2] / "shared"
    if not shared.exists():
        pytest.skip("../shared/ (the research notes beside the checkout) is not present")
    notes = shared / "catalog" / "TAXONOMY.md"
    if not notes.exists():
        pytest.skip("../shared/catalog/TAXONOMY.md is not present")
    section = notes.read_text("utf-8").split("## A4.")[1].split("## A5.")[0]
    rows = re.findall(r"^\| (\d+) \| (\S+类) \|", section, flags=re.M)
    assert [zh for _, zh in sorted(rows, key=lambda r: int(r[0]))] == TYPES_ZH
