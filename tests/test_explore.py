"""`oauth-audit scopes` and `oauth-audit purposes`: exploring the catalog."""

from __future__ import annotations

import json

from .conftest import run_cli


def test_scopes_lists_providers_with_counts():
    doc = json.loads(run_cli("scopes", "--format", "json").stdout)
    ids = {p["id"] for p in doc["providers"]}
    assert {"google", "microsoft", "github", "wechat", "slack", "discord"} <= ids
    assert doc["total_scopes"] == sum(p["scopes"] for p in doc["providers"])
    google = next(p for p in doc["providers"] if p["id"] == "google")
    assert google["scopes"] >= 389 and google["verified_meaning"] + google["verified_name"] + google["unverified"] == google["scopes"]


def test_scopes_search_and_explain():
    found = json.loads(run_cli("scopes", "google", "https://www.googleapis.com/auth/drive.file", "--format", "json").stdout)
    assert found["scope"] == "https://www.googleapis.com/auth/drive.file"  # an exact key is explained
    assert json.loads(run_cli("scopes", "google", "email", "--format", "json").stdout)["scope"] == "email"
    partial = json.loads(run_cli("scopes", "google", "drive.f", "--format", "json").stdout)
    assert [m["scope"] for m in partial["matches"]] == ["https://www.googleapis.com/auth/drive.file"]
    search = json.loads(run_cli("scopes", "google", "calendar", "--format", "json").stdout)
    assert search["matches"] and all("calendar" in (m["scope"] + m["title"] + " ".join(m["grants"])).lower() for m in search["matches"])
    repo = json.loads(run_cli("scopes", "github", "repo", "--format", "json").stdout)
    assert repo["narrower"] and repo["source"].startswith("https://docs.github.com/")
    assert repo["persistent"] is True
    text = run_cli("scopes", "microsoft", "https://graph.microsoft.com/Mail.Read").stdout
    assert text.startswith("Mail.Read (microsoft)") and "Mail.ReadBasic" in text


def test_scopes_explains_discord_permission_bits():
    doc = json.loads(run_cli("scopes", "discord", "ADMINISTRATOR", "--format", "json").stdout)
    assert doc["ids"] == {"bit": 3}


def test_scopes_unknown_provider_is_a_usage_error():
    proc = run_cli("scopes", "nope")
    assert proc.returncode == 2 and proc.stderr.startswith("oauth-audit: error: unknown provider")


def test_purposes_lists_every_profile():
    text = run_cli("purposes").stdout
    assert "auth.signin_minimal" in text and "social.friend_hygiene" in text
    doc = json.loads(run_cli("purposes", "--format", "json").stdout)
    assert len(doc) >= 25 and doc["auth.signin_minimal"]["necessary"] == ["account.identifier:assert", "account.identifier:read.self"]


def scan(url: str) -> dict:
    return json.loads(run_cli("scan", url, "--format", "json", "--fail-on", "never").stdout)["reports"][0]


DISCORD = "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot"


def test_discord_administrator_is_high_and_named():
    report = scan(DISCORD + "&permissions=8")
    assert report["risk"]["level"] == "high"
    assert [s["scope"] for s in report["scopes"] if s["group"] == "permissions"] == ["ADMINISTRATOR"]


def test_discord_permissions_integer_is_decoded_bit_by_bit():
    report = scan(DISCORD + "&permissions=2146958591")
    bits = [s["scope"] for s in report["scopes"] if s["group"] == "permissions"]
    expected = [b for b in range(31) if 2146958591 >> b & 1]
    assert len(bits) == len(expected) == 28
    assert "ADMINISTRATOR" in bits and "BAN_MEMBERS" in bits and all(s["known"] for s in report["scopes"])


def test_discord_bot_with_no_permissions_is_none():
    assert scan(DISCORD + "&permissions=0")["risk"]["level"] == "none"


def test_discord_bad_permissions_value_is_reported_not_dropped():
    report = scan(DISCORD + "&permissions=-1")
    assert [s["scope"] for s in report["scopes"] if not s["known"]] == ["permissions=-1"]


def test_slack_bot_and_user_scopes_are_separated():
    report = scan("https://slack.com/oauth/v2/authorize?client_id=1.2&scope=chat:write,channels:history&user_scope=search:read")
    groups = {s["scope"]: s["group"] for s in report["scopes"]}
    assert groups == {"chat:write": "bot", "channels:history": "bot", "search:read": "user"}
    assert {s["scope"]: s["acts"] for s in report["scopes"]} == {"chat:write": "app", "channels:history": "app", "search:read": "user"}
    assert report["acting_parties"] == ["user", "app"]
    text = run_cli("scan", "https://slack.com/oauth/v2/authorize?client_id=1.2&scope=chat:write,channels:history&user_scope=search:read").stdout
    assert "search:read (user scope)" in text
