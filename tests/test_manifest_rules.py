"""The manifest-hygiene rules (OA6xx): a positive and a negative case each, in both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from auditor.analyze import analyze
from auditor.catalog import load_catalog
from auditor.ci.config import parse
from auditor.rules import load_rules
from auditor.sources.manifests import read_file

FIX = Path(__file__).parent / "fixtures" / "manifests"
CJK = re.compile(r"[\u4e00-\u9fff]")

CHROME_SITE = '{"manifest_version": 3, "name": "x", "version": "1", "content_scripts": [{"matches": ["https://mail.google.com/*"], "js": ["a.js"]}]}'
CHROME_ALL = '{"manifest_version": 3, "name": "x", "version": "1", "host_permissions": ["<all_urls>"]}'
CHROME_NARROW = '{"manifest_version": 3, "name": "x", "version": "1", "permissions": ["activeTab", "storage"]}'
SCRIPT_INFERRED = '{"timeZone": "Etc/UTC", "runtimeVersion": "V8"}'
SCRIPT_EXPLICIT = '{"timeZone": "Etc/UTC", "oauthScopes": ["https://www.googleapis.com/auth/spreadsheets.readonly"]}'


def findings(name: str, text: str, options: dict | None = None, purpose: str | None = None) -> list:
    catalog = load_catalog()
    out = []
    for request in read_file(name, text=text, catalog=catalog):
        out.extend(analyze(request, catalog, purpose=purpose, options=options).findings)
    return out


def declaration(**kw):
    data = {"purpose": "auth.signin_profile", "scopes": {"https://www.googleapis.com/auth/spreadsheets.readonly": "Reads the sheet"}}
    data.update(kw)
    return parse(data, "oauth-audit.toml")


CASES = [
    # (rule, manifest name, text, options, purpose, fires)
    ("OA601", "appsscript.json", SCRIPT_EXPLICIT, {"check": True, "declaration": None}, None, True),
    ("OA601", "appsscript.json", SCRIPT_EXPLICIT, {"check": True, "declaration": declaration()}, "auth.signin_profile", False),
    ("OA602", "appsscript.json", SCRIPT_EXPLICIT, {"check": True, "declaration": declaration(scopes={})}, None, True),
    ("OA602", "appsscript.json", SCRIPT_EXPLICIT, {"check": True, "declaration": declaration()}, None, False),
    ("OA603", "appsscript.json", SCRIPT_EXPLICIT, {"check": True, "declaration": declaration(scopes={"https://www.googleapis.com/auth/spreadsheets.readonly": " "})}, None, True),
    ("OA603", "appsscript.json", SCRIPT_EXPLICIT, {"check": True, "declaration": declaration()}, None, False),
    ("OA604", "appsscript.json", SCRIPT_EXPLICIT, {"check": True, "declaration": declaration(), "stale_scopes": ["openid"]}, None, True),
    ("OA604", "appsscript.json", SCRIPT_EXPLICIT, {"check": True, "declaration": declaration()}, None, False),
    ("OA605", "appsscript.json", SCRIPT_EXPLICIT, {"old_scopes": set(), "old_categories": set(), "since": "HEAD"}, None, True),
    ("OA605", "appsscript.json", SCRIPT_EXPLICIT, {"old_scopes": {"https://www.googleapis.com/auth/spreadsheets.readonly"}, "old_categories": set()}, None, False),
    ("OA606", "manifest.json", CHROME_SITE, None, None, True),
    ("OA606", "manifest.json", CHROME_ALL, None, None, True),
    ("OA606", "manifest.json", CHROME_NARROW, None, None, False),
    ("OA607", "appsscript.json", SCRIPT_INFERRED, None, None, True),
    ("OA607", "appsscript.json", SCRIPT_EXPLICIT, None, None, False),
]


@pytest.mark.parametrize(("rule", "name", "text", "options", "purpose", "fires"), CASES, ids=[f"{c[0]}-{'pos' if c[5] else 'neg'}-{i}" for i, c in enumerate(CASES)])
def test_rule(rule, name, text, options, purpose, fires):
    got = [f for f in findings(name, text, options, purpose) if f.rule == rule]
    assert bool(got) == fires, got
    for f in got:
        assert f.message and CJK.search(f.message_zh), f


def test_every_manifest_rule_has_both_cases():
    rules = {r for r in load_rules() if r[2] == "6"}
    assert rules == {c[0] for c in CASES if c[5]} == {c[0] for c in CASES if not c[5]}


def test_browser_permissions_are_not_reported_as_unknown_oauth_scopes():
    assert not [f for f in findings("manifest.json", CHROME_NARROW) if f.rule == "OA203"]


def test_entra_application_permissions_are_org_wide():
    catalog = load_catalog()
    [request] = read_file(str(FIX / "entra-mail-archiver.json"), catalog=catalog)
    report = analyze(request, catalog)
    app = [rs for rs in report.scopes if rs.requested.group == "application" and rs.known]
    assert app and all({"org_wide", "admin_consent"} <= set(rs.modifiers) for rs in app)
    assert "https://outlook.office365.com/full_access_as_app" in {rs.scope for rs in app}
    assert report.risk.level == "critical"
    assert any(f.rule == "OA105" for f in report.findings)
