"""Chrome extension permissions: the catalog (scopes/providers/chrome.toml), the linear match-pattern
matcher and the manifest reader (auditor/sources/manifests/chrome.py)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from auditor.analyze import analyze
from auditor.catalog import load_catalog
from auditor.sources.manifests import read_file
from auditor.sources.manifests.chrome import glob_match, matches, pattern_key, reaches, split_pattern

ROOT = Path(__file__).resolve().parents[1]

# Every permission on Chrome's permissions list (developer.chrome.com/docs/extensions/reference/permissions-list).
DOCUMENTED = """
accessibilityFeatures.modify accessibilityFeatures.read activeTab alarms audio background bookmarks browsingData
certificateProvider clipboardRead clipboardWrite contentSettings contextMenus cookies debugger declarativeContent
declarativeNetRequest declarativeNetRequestWithHostAccess declarativeNetRequestFeedback dns desktopCapture documentScan
downloads downloads.open downloads.ui enterprise.deviceAttributes enterprise.hardwarePlatform
enterprise.networkingAttributes enterprise.platformKeys favicon fileBrowserHandler fileSystemProvider fontSettings gcm
geolocation history identity identity.email idle loginState management nativeMessaging notifications offscreen
pageCapture platformKeys power printerProvider printing printingMetrics privacy processes proxy readingList runtime
scripting search sessions sidePanel storage system.cpu system.display system.memory system.storage tabCapture tabGroups
tabs topSites tts ttsEngine unlimitedStorage vpnProvider wallpaper webAuthenticationProxy webNavigation webRequest
webRequestBlocking
""".split()


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def test_every_documented_permission_is_catalogued_with_a_source(catalog):
    entries = catalog.entries("chrome")
    missing = [p for p in DOCUMENTED if p not in entries]
    assert not missing
    for key, entry in entries.items():
        assert entry["grants"], key
        assert entry["source"].startswith(("https://developer.chrome.com/", "https://developer.mozilla.org/")), key
        assert entry["provider_class"].startswith(("Chrome install warning: ", "No install warning", "Host permission")), key
    # API permission names cannot collide with the host classes or with patterns.
    assert not [k for k in entries if ":" in k and not k.startswith("host:")]
    assert not [k for k in entries if "/" in k]


def test_warnings_and_ratings_follow_chrome(catalog):
    e = catalog.entries("chrome")
    assert e["history"]["provider_class"] == "Chrome install warning: Read and change your browsing history on all signed-in devices"
    assert e["debugger"]["grants"] == e["host:all_sites"]["grants"]  # Chrome warns "all your data on all websites"
    assert "auth.otp:read.all" in e["host:all_sites"]["grants"]  # derived: reading every inbox reads the codes in it
    # No install warning: low grants, said plainly.
    for quiet in ("storage", "alarms", "unlimitedStorage", "sidePanel", "offscreen"):
        assert e[quiet]["grants"] == ["resource.app_config:read.selected"], quiet
        assert e[quiet]["provider_class"] == "No install warning"
    assert "auth.secret:read.selected" in e["cookies"]["grants"] and "host permission" in e["cookies"]["note"]


@pytest.mark.parametrize(
    ("pattern", "key"),
    [
        ("<all_urls>", "host:all_sites"),
        ("*://*/*", "host:all_sites"),
        ("https://*/*", "host:all_sites"),
        ("*://*.com/*", "host:all_sites"),  # a wildcard over a public suffix reaches every .com site
        ("https://*.co.uk/*", "host:all_sites"),
        ("https://mail.google.com/*", "host:mail"),
        ("https://outlook.office.com/mail/*", "host:mail"),
        ("*://*.google.com/*", "host:identity"),  # reaches sign-in, mail and documents: the most sensitive names it
        ("https://accounts.google.com/o/*", "host:identity"),
        ("https://www.paypal.com/*", "host:bank"),
        ("https://web.whatsapp.com/*", "host:messaging"),
        ("https://docs.google.com/document/*", "host:documents"),
        ("http://www.google.com/m8/feeds/*", "host:contacts"),
        ("https://www.google.com/search*", "host:site"),
        ("https://example.com/*", "host:site"),
        ("https://*.example.com/*", "host:site"),
        ("https://localhost:8080/*", "host:site"),
        ("file:///*", "host:local_files"),
        ("https://mail.google.com.evil.example/*", "host:site"),
        ("https://ex*ample.com/*", None),  # Chrome allows '*' only as the whole host or a leading '*.'
        ("gopher://example.com/*", None),
    ],
)
def test_pattern_key(pattern, key, catalog):
    assert pattern_key(pattern) == key
    resolved, entry = catalog.lookup("chrome", pattern)
    assert (resolved if entry else None) == key


def test_host_classes_are_reached_through_patterns_only(catalog):
    assert catalog.lookup("chrome", "host:mail") == ("host:mail", None)  # not a Chrome permission name
    assert catalog.lookup("chrome", "https://mail.google.com/*")[0] == "host:mail"


def test_matcher_semantics():
    assert split_pattern("https://User@Example.COM:443/a*") == ("https", "example.com", "/a*")
    assert split_pattern("https://example.com") == ("https", "example.com", "/")
    assert matches("https://*.google.com/mail/*", "https://mail.google.com/mail/u/0")
    assert matches("*://example.com/*", "http://example.com/x") and not matches("*://example.com/*", "ftp://example.com/x")
    assert not matches("https://*.google.com/*", "https://google.com.evil.example/")
    assert matches("<all_urls>", "file:///etc/passwd")
    assert glob_match("/a*b*c", "/aXbYc") and not glob_match("/a*b*c", "/aXcYb")
    assert glob_match("*", "") and glob_match("a*a", "aa") and not glob_match("a*a", "a")
    assert reaches("http://www.google.com/m8/feeds/*", "www.google.com", "/m8/feeds")
    assert reaches("https://www.google.com/*", "www.google.com", "/m8/feeds")
    assert not reaches("https://www.google.com/search*", "www.google.com", "/m8/feeds")


def test_matching_is_linear_even_with_forty_stars():
    # A backtracking matcher needs exponential time for "*a*a*...*a*b" against a long run of "a".
    glob = "/" + "*a" * 40 + "*b"
    path = "/" + "a" * 20_000
    pattern = "https://*.example.com" + glob
    start = time.perf_counter()
    for _ in range(100):
        assert not glob_match(glob, path)
        assert not matches(pattern, "https://www.example.com" + path)
        assert pattern_key(pattern) == "host:site"
    per_call = (time.perf_counter() - start) / 100
    assert per_call < 0.005, f"{per_call * 1e6:.0f} µs per round"
    assert glob_match(glob, path + "b")


def test_manifest_permissions_resolve_and_optional_ones_are_flagged(tmp_path, catalog):
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps({
        "manifest_version": 3, "name": "x",
        "permissions": ["tabs", "storage"], "optional_permissions": ["history"],
        "host_permissions": ["https://example.com/*"], "optional_host_permissions": ["*://*/*"],
    }), "utf-8")
    (req,) = read_file(str(path), catalog=catalog)
    assert req.provider_id == "chrome"
    assert [(s.scope, s.group) for s in req.scopes] == [
        ("tabs", "chrome_permissions"), ("storage", "chrome_permissions"), ("history", "chrome_optional_permissions"),
        ("https://example.com/*", "chrome_host_permissions"), ("*://*/*", "chrome_optional_host_permissions"),
    ]
    report = analyze(req, catalog)
    assert [rs.key for rs in report.scopes] == ["tabs", "storage", "history", "host:site", "host:all_sites"]


def test_unknown_permission_is_reported_not_dropped(tmp_path, catalog):
    path = tmp_path / "manifest.json"
    path.write_text('{"manifest_version": 3, "name": "x", "permissions": ["tabs", "teleport"]}', "utf-8")
    (req,) = read_file(str(path), catalog=catalog)
    report = analyze(req, catalog)
    assert [(rs.scope, rs.known) for rs in report.scopes] == [("tabs", True), ("teleport", False)]
    assert [f.scope for f in report.findings if f.rule == "OA203"] == ["teleport"]


def test_cli_scan_rates_tabs_history_cookies_and_all_urls(tmp_path):
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps({
        "manifest_version": 3, "name": "Tab helper", "version": "1.0",
        "permissions": ["tabs", "history", "cookies"], "host_permissions": ["<all_urls>"],
    }), "utf-8")
    proc = subprocess.run([sys.executable, "-m", "auditor", "scan", str(path), "--format", "json"],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    doc = json.loads(proc.stdout)
    (report,) = doc["reports"]
    assert report["provider"]["id"] == "chrome"
    scopes = {s["scope"]: s for s in report["scopes"]}
    assert list(scopes) == ["tabs", "history", "cookies", "<all_urls>"]
    for s in scopes.values():
        assert s["known"] and s["grants"] and s["source"], s
    assert scopes["<all_urls>"]["key"] == "host:all_sites"
    assert "activity.browsing_search:read.all" in scopes["tabs"]["grants"]
    assert report["revoke"]["url"] == "chrome://extensions"
    assert not [f for f in report["findings"] if f["rule"] == "OA203"]
    assert report["risk"]["level"] == "critical" and proc.returncode != 0
