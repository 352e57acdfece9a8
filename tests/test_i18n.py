"""The report in Chinese (``--lang zh``) and the locale detection.

A Chinese report must read in Chinese: headings, levels, category labels, findings, advice and the
revoke path. The only Latin words allowed are identifiers the user has to see verbatim (scope names,
hosts, the client id, parameter and protocol names) — the test below checks every Latin word of the
report against what the input itself contains plus a short list of such terms.
"""

from __future__ import annotations

import re

import pytest

from auditor.cli import main
from auditor.i18n import UI, detect_lang

WECHAT = "https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx1&redirect_uri=https%3A%2F%2Fa.example%2Fcb&response_type=code&scope=snsapi_userinfo&state=s1#wechat_redirect"
WORM = (
    "https://accounts.google.com/o/oauth2/auth?client_id=123.apps.googleusercontent.com&response_type=token"
    "&redirect_uri=https%3A%2F%2Fgoogledocs.example%2Fcb"
    "&scope=https%3A%2F%2Fmail.google.com%2F%20https%3A%2F%2Fwww.google.com%2Fm8%2Ffeeds%2F"
)
# Terms kept in Latin script in Chinese text: protocol and parameter names, product names.
ALLOWED = {
    "client", "oauth", "openid", "unionid", "state", "pkce", "token", "refresh", "scope", "scopes", "redirect_uri",
    "https", "http", "google", "gmail", "wechat", "github", "microsoft", "graph", "slack", "discord", "app", "apps",
    "gdpr", "pipl", "implicit", "code", "s256", "plain", "response_type", "nonce", "sms", "api", "url", "uri", "html", "csrf",
    "snsapi_base",  # the narrower scope the report names
}


def run(capsys, *argv: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exc:
        main(list(argv))
    return exc.value.code, capsys.readouterr().out


def latin_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z_]{3,}", text)}


def assert_reads_in_chinese(out: str, url: str) -> None:
    from urllib.parse import unquote

    allowed = ALLOWED | latin_words(unquote(url))
    # Identifiers shown verbatim: URLs, and dotted, slashed or snake_case names (scopes, parameters).
    prose = re.sub(r"https?://\S+", " ", out)
    prose = re.sub(r"[A-Za-z0-9_.:/-]*[A-Za-z0-9][._:/][A-Za-z0-9_.:/-]*", " ", prose)
    stray = sorted(w for w in latin_words(prose) - allowed)
    assert not stray, f"English words in the Chinese report: {stray}"
    assert len(re.findall(r"[\u4e00-\u9fff]", out)) > 60


def test_wechat_userinfo_report_reads_in_chinese(capsys):
    code, out = run(capsys, "scan", WECHAT, "--lang", "zh", "--no-color")
    assert code == 0
    assert_reads_in_chinese(out, WECHAT)
    for must in ("昵称", "头像", "unionid", "在哪里撤销授权", "设置 → 隐私 → 授权管理", "不会删除"):
        assert must in out, must
    for heading in ("What the app", "Findings", "Where to revoke", "risk score"):
        assert heading not in out


def test_worm_report_reads_in_chinese_with_findings(capsys):
    code, out = run(capsys, "scan", WORM, "--lang", "zh", "--no-color", "--explain")
    assert code == 1
    assert_reads_in_chinese(out, WORM)
    assert "严重" in out and "发现的问题" in out and "评分" in out


@pytest.mark.parametrize("fmt", ["markdown"])
def test_markdown_report_reads_in_chinese(capsys, fmt):
    code, out = run(capsys, "scan", WECHAT, "--lang", "zh", "--format", fmt)
    assert code == 0
    assert out.startswith("## OAuth 授权审计")
    assert_reads_in_chinese(out.replace("<details><summary>", "").replace("</summary>", "").replace("</details>", ""), WECHAT)


def test_english_is_the_default_without_a_chinese_locale(capsys, monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    _, out = run(capsys, "scan", WECHAT, "--no-color")
    assert "Where to revoke" in out and "在哪里撤销授权" not in out


def test_chinese_locale_picks_the_chinese_report(capsys, monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    _, out = run(capsys, "scan", WECHAT, "--no-color")
    assert "在哪里撤销授权" in out
    _, out = run(capsys, "scan", WECHAT, "--no-color", "--lang", "en")
    assert "Where to revoke" in out


@pytest.mark.parametrize(
    ("env", "lang"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "zh_TW.UTF-8"}, "zh"),
        ({"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),
        ({"LANGUAGE": "zh_CN:en"}, "zh"),
        ({}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
    ],
)
def test_detect_lang(env, lang):
    assert detect_lang(env) == lang


def test_every_ui_string_has_both_languages_or_is_language_specific():
    for key, (en, zh) in UI.items():
        assert en or zh, key
        if zh:
            assert re.search(r"[\u4e00-\u9fff]", zh), key
