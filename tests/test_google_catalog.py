"""The Google provider: its generator reads only the repository, and the entries that matter most say
what Google's own pages say they grant."""

from __future__ import annotations

import builtins
import json
import tomllib
from pathlib import Path

import pytest

from auditor.catalog import load_catalog
from tools.catalog import build_google

from .conftest import ROOT, requires_shared, run_cli

AUTH = "https://www.googleapis.com/auth/"


@pytest.fixture(scope="module")
def google():
    return load_catalog().entries("google")


# ---------------------------------------------------------------- the generator


def test_generate_reads_nothing_outside_the_repository(monkeypatch):
    committed = (ROOT / "scopes" / "providers" / "google.toml").read_text("utf-8")
    opened: list[Path] = []
    real_open, real_read_text = builtins.open, Path.read_text

    def spy_open(file, *args, **kwargs):
        opened.append(Path(file).resolve())
        return real_open(file, *args, **kwargs)

    def spy_read_text(self, *args, **kwargs):
        opened.append(self.resolve())
        return real_read_text(self, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(Path, "read_text", spy_read_text)
    text = build_google.generate()
    monkeypatch.undo()
    assert text == committed
    assert opened, "generate() read no data files"
    outside = [p for p in opened if not p.is_relative_to(ROOT)]
    assert outside == []
    assert {p.name for p in opened} == {"discovery.toml", "google_map.toml", "provider.toml"}


def test_the_curated_map_lives_with_the_other_google_data():
    assert not (ROOT / "tools" / "catalog" / "google_map.toml").exists()
    assert (ROOT / "tools" / "catalog" / "data" / "google" / "google_map.toml").is_file()


def test_discovery_facts_hold_names_and_apis_only():
    data = tomllib.loads((build_google.DISCOVERY).read_text("utf-8"))
    scopes = data["scopes"]
    assert len(scopes) == 386
    for scope, apis in scopes.items():
        assert scope.startswith("https://") or scope == "openid", scope
        assert apis and all(isinstance(a, str) and " " not in a and not a.endswith(".json") for a in apis), scope
    assert scopes[AUTH + "gmail.readonly"] == ["gmail.v1"]


def test_extract_reproduces_the_committed_facts_from_the_raw_list():
    raw = json.loads(requires_shared("catalog/raw/google-scopes-discovery.json").read_text("utf-8"))
    committed = build_google.DISCOVERY.read_text("utf-8")
    snapshot = tomllib.loads(committed)["snapshot"]
    source = tomllib.loads(committed)["source"]
    assert build_google.extract(raw, snapshot, source) == committed


def test_extract_keeps_no_description_and_sorts():
    raw = {
        AUTH + "b": {"apis": ["y.v1.json", "x.v2.json"], "description": "Google's own words"},
        AUTH + "a": {"apis": ["x.v2.json"], "description": "more words"},
    }
    text = build_google.extract(raw, "test snapshot", "https://example.invalid/")
    assert "words" not in text
    assert list(tomllib.loads(text)["scopes"].items()) == [(AUTH + "a", ["x.v2"]), (AUTH + "b", ["x.v2", "y.v1"])]


@pytest.mark.parametrize("content", ["[1, 2]", "{\"https://x\": {\"apis\": []}}", "not json"])
def test_extract_command_refuses_a_bad_raw_list_in_one_line(tmp_path, monkeypatch, capsys, content):
    raw, out = tmp_path / "raw.json", tmp_path / "out.toml"
    raw.write_text(content, "utf-8")
    assert build_google.main(["extract", str(raw), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("build_google: ") and err.count("\n") == 1
    assert not out.exists()


def test_an_unknown_verified_value_fails_the_build():
    cmap = tomllib.loads(build_google.MAP.read_text("utf-8"))
    cmap["scope"]["gmail.send"]["v"] = True
    voc = build_google.Vocabulary(build_google.load(build_google.PROVIDER))
    discovered = build_google.discovered_scopes(build_google.load(build_google.DISCOVERY))
    with pytest.raises(build_google.BuildError, match="gmail.send: v must be one of"):
        build_google.build_entries(discovered, cmap, voc)


# ---------------------------------------------------------------- the scopes real manifests ask for

ADDED = [
    "script.external_request", "script.scriptapp", "script.container.ui", "script.send_mail", "script.storage",
    "script.locale", "script.webapp.deploy", "script.projects", "script.deployments", "script.processes",
    "script.metrics", "gmail.addons.execute", "gmail.addons.current.action.compose",
    "gmail.addons.current.message.action", "gmail.addons.current.message.metadata",
    "gmail.addons.current.message.readonly", "calendar.addons.execute", "calendar.addons.current.event.read",
    "calendar.addons.current.event.write", "drive.addons.metadata.readonly", "workspace.linkpreview",
    "workspace.linkcreate", "documents.currentonly", "spreadsheets.currentonly", "presentations.currentonly",
    "forms.currentonly", "chromewebstore", "chromewebstore.readonly", "photoslibrary.readonly",
    "photoslibrary.appendonly", "photospicker.mediaitems.readonly", "calendar.calendarlist.readonly",
]


@pytest.mark.parametrize("name", ADDED)
def test_manifest_scopes_are_known_and_sourced(google, name):
    e = google[AUTH + name]
    assert e["title"] and e["grants"]
    assert e["source"].startswith(("https://developers.google.com/", "https://developer.chrome.com/", "https://googleapis.dev/"))
    assert e["verified"] in ("meaning", "name", False)
    if e["verified"] is False:
        assert e["note"], f"{name}: an unverified entry must say where it was seen"


def test_scan_knows_apps_script_fetch_and_chrome_web_store_publishing():
    proc = run_cli(
        "scan", "--provider", "google", "--format", "json",
        "--scopes", f"{AUTH}script.external_request {AUTH}chromewebstore",
    )
    assert proc.stderr == ""
    scopes = {s["scope"]: s for s in json.loads(proc.stdout)["reports"][0]["scopes"]}
    assert set(scopes) == {AUTH + "script.external_request", AUTH + "chromewebstore"}
    assert all(s["known"] for s in scopes.values())
    store = scopes[AUTH + "chromewebstore"]
    assert "publish" in store["title"] and "every browser" in store["title"] and "installed" in store["title"]
    assert "resource.software_distribution:write.modify" in store["grants"]
    assert store["verified"] == "meaning"


CURRENT_ONLY = [
    "documents.currentonly", "spreadsheets.currentonly", "presentations.currentonly", "forms.currentonly",
    "gmail.addons.current.message.action", "gmail.addons.current.message.metadata",
    "gmail.addons.current.message.readonly", "calendar.addons.current.event.read",
    "calendar.addons.current.event.write", "drive.addons.metadata.readonly",
]


@pytest.mark.parametrize("name", CURRENT_ONLY)
def test_current_item_scopes_reach_only_the_open_item(google, name):
    grants = google[AUTH + name]["grants"]
    assert any(g.endswith(":read.selected") for g in grants), grants
    assert not any(g.endswith(":read.all") for g in grants), grants


def test_currentonly_editor_scopes_can_edit_the_open_file_only(google):
    for name in ("documents", "spreadsheets", "presentations"):
        assert google[AUTH + name + ".currentonly"]["grants"] == ["content.files:read.selected", "content.files:write.modify"]
        assert "content.files:read.all" in google[AUTH + name]["grants"]


# ---------------------------------------------------------------- entries checked against Google's descriptions


def test_gmail_readonly_reads_the_inbox_where_codes_arrive(google):
    e = google[AUTH + "gmail.readonly"]
    assert e["verified"] == "meaning"
    assert {"comm.content:read.all", "comm.inbox:read.all", "auth.otp:read.all"} <= set(e["grants"])
    assert not any(g.startswith("comm.content:write") for g in e["grants"])


def test_drive_file_is_per_file_and_drive_is_everything(google):
    file, drive = google[AUTH + "drive.file"], google[AUTH + "drive"]
    assert file["verified"] == drive["verified"] == "meaning"
    assert "content.files:read.selected" in file["grants"] and "content.files:read.all" not in file["grants"]
    assert "content.files:read.all" in drive["grants"] and "content.files:act.send" in drive["grants"]


def test_gmail_send_only_sends_and_script_send_mail_too(google):
    for name in ("gmail.send", "script.send_mail"):
        e = google[AUTH + name]
        assert e["grants"] == ["comm.content:act.send"], name
        assert e["verified"] == "meaning", name


def test_script_triggers_keep_the_script_running_while_you_are_away(google):
    e = google[AUTH + "script.scriptapp"]
    assert "offline" in e["modifiers"] and e["verified"] == "meaning"


def test_reviewed_families_are_marked_meaning(google):
    for name in ("openid", AUTH + "userinfo.email", AUTH + "contacts.readonly", AUTH + "calendar.events",
                 AUTH + "spreadsheets", AUTH + "documents.readonly", AUTH + "admin.directory.user.readonly",
                 AUTH + "cloud-platform", AUTH + "youtube.readonly", AUTH + "classroom.rosters",
                 AUTH + "chat.messages", AUTH + "script.projects", AUTH + "photoslibrary.readonly"):
        assert google[name]["verified"] == "meaning", name


def test_verified_is_tri_state_and_most_entries_stay_name(google):
    values = [e["verified"] for e in google.values()]
    assert set(values) <= {"meaning", "name", False}
    assert values.count("meaning") >= 150
    assert values.count("name") > values.count("meaning")
    assert 1 <= values.count(False) <= 12


def test_scopes_from_google_current_discovery_documents_are_in(google):
    chat = google[AUTH + "chat.app.messages.readonly"]
    assert chat["verified"] == "name" and "admin_consent" in chat["modifiers"]
    assert "comm.content:read.all" in chat["grants"]
    assert chat["source"].startswith("https://github.com/google/googleapis.dart/")
    sso = google[AUTH + "cloud-identity.inboundsso"]
    assert "resource.app_config:admin" in sso["grants"] and "org_wide" in sso["modifiers"]
    assert AUTH + "cloud-identity.inboundsso.readonly" in sso["implies"]
    assert google[AUTH + "dataportability.youtube.conversations"]["grants"] == ["comm.content:read.all", "comm.metadata:read.all"]
