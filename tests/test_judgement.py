"""Issue #3's must-show verdicts: each critical or high with the right reason, clean sign-ins calm."""

from __future__ import annotations

import pytest

from auditor import audit_url

from .conftest import WORM_URL

PKCE = "&response_type=code&state=Zx8pQ2mV7rT4kL9w&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"


def top(report):
    return report.findings[0]


@pytest.mark.parametrize(
    ("url", "levels", "rule"),
    [
        (WORM_URL, {"critical"}, "OA301"),
        ("https://www.facebook.com/v1.0/dialog/oauth?client_id=1&redirect_uri=https%3A%2F%2Fapps.example.com%2F&scope=user_likes,friends_likes,friends_birthday,friends_location&state=Zx8pQ2mV7rT4kL9w", {"critical", "high"}, "OA102"),
        ("https://txz.qq.com/p?k=T8xWq2mZ0nB4vC6lP1sD3fG5hJ7kL9aQ&f=716027609", {"critical"}, "OA501"),
        ("tg://login?token=AQAAAABnVkbGaGVsbG8td29ybGQtdG9rZW4", {"critical"}, "OA501"),
        ("https://microsoft.com/devicelogin", {"critical"}, "OA505"),
        ("https://accounts.google.com.example.net/o/oauth2/v2/auth?client_id=1.apps.googleusercontent.com&scope=openid%20email&redirect_uri=https%3A%2F%2Fexample.net%2Fcb" + PKCE, {"critical"}, "OA502"),
    ],
    ids=["worm", "facebook-friends", "qq-qr", "telegram-token", "device-login", "lookalike"],
)
def test_dangerous_requests_are_critical_or_high_with_the_right_reason(url, levels, rule):
    report = audit_url(url)
    assert report.risk.level in levels
    assert top(report).rule == rule, [f.rule for f in report.findings]


def test_friends_profiles_with_persistence_are_a_harvest():
    report = audit_url("https://www.facebook.com/v1.0/dialog/oauth?client_id=1&redirect_uri=https%3A%2F%2Fapps.example.com%2F&scope=friends_birthday,friends_likes,offline_access&state=Zx8pQ2mV7rT4kL9w")
    assert report.risk.level == "critical" and top(report).rule == "OA302"


def test_openid_email_profile_with_pkce_is_none():
    url = "https://accounts.google.com/o/oauth2/v2/auth?client_id=1.apps.googleusercontent.com&scope=openid%20email%20profile&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb" + PKCE
    report = audit_url(url)
    assert report.risk.level == "none" and report.risk.score == 0


def test_calendar_scheduler_asking_calendar_events_is_low():
    url = "https://accounts.google.com/o/oauth2/v2/auth?client_id=1.apps.googleusercontent.com&scope=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fcalendar.events&redirect_uri=https%3A%2F%2Fbook.example.com%2Fcb" + PKCE
    assert audit_url(url).risk.level == "low"
    assert audit_url(url, purpose="calendar.scheduling").risk.level == "low"


def test_declared_purpose_caps_what_it_needs_but_not_what_it_does_not():
    url = "https://accounts.google.com/o/oauth2/v2/auth?client_id=1.apps.googleusercontent.com&scope=https%3A%2F%2Fmail.google.com%2F&redirect_uri=https%3A%2F%2Fmail.example.com%2Fcb" + PKCE + "&access_type=offline"
    assert audit_url(url).risk.level == "critical"
    as_client = audit_url(url, purpose="email.client")
    # A mail client needs the mailbox, so the purpose lowers the verdict; but never below high for
    # credential exposure or mailbox takeover (one-time codes arrive there whatever the purpose).
    assert as_client.risk.level == "high", [(f.rule, f.severity.label) for f in as_client.findings]
    sev = {f.rule: f.severity.label for f in as_client.findings}
    assert sev["OA304"] == "high" and sev["OA305"] == "high" and sev["OA106"] == "medium"
    assert any("declared purpose needs this" in f.message for f in as_client.findings)
    assert audit_url(url, purpose="auth.signin_minimal").risk.level == "critical"


def test_worm_score_is_explained_by_components():
    report = audit_url(WORM_URL)
    names = {c.name for c in report.risk.components}
    assert {"propagation", "credential exposure", "mailbox takeover"} <= names
    assert report.risk.score == min(100, sum(c.points for c in report.risk.components))
    assert report.risk.components[0].name == "level" and report.risk.components[0].points == 75
