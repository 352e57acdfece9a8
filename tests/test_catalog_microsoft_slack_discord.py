"""The Microsoft, Slack and Discord catalog files: what their generators decided, checked on the output."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from auditor.catalog import load_catalog
from tools.catalog import build_microsoft as bm

ROOT = Path(__file__).resolve().parents[1]


def provider(pid: str) -> dict:
    return tomllib.loads((ROOT / "scopes" / "providers" / f"{pid}.toml").read_text("utf-8"))


@pytest.fixture(scope="module")
def microsoft():
    return provider("microsoft")["scopes"]


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.mark.parametrize("pid", ["microsoft", "slack", "discord"])
def test_verified_is_a_string_or_false_everywhere(pid):
    data = provider(pid)
    values = [e["verified"] for e in data["scopes"].values()] + [b["verified"] for b in data.get("bits", {}).values()]
    assert set(values) <= {"meaning", "name", False}
    assert "meaning" in values


@pytest.mark.parametrize("scope, key", [
    ("https://contoso.sharepoint.com/AllSites.FullControl", "https://{tenant}.sharepoint.com/AllSites.FullControl"),
    ("https://contoso.sharepoint.com/Sites.FullControl.All", "https://{tenant}.sharepoint.com/Sites.FullControl.All"),
    ("https://contoso.crm4.dynamics.com/user_impersonation", "https://{org}.crm.dynamics.com/user_impersonation"),
    ("https://contoso.crm.dynamics.com//user_impersonation", "https://{org}.crm.dynamics.com/user_impersonation"),
    ("https://management.core.windows.net//user_impersonation", "https://management.azure.com/user_impersonation"),
    ("https://analysis.windows.net/powerbi/api/Tenant.ReadWrite.All", "https://analysis.windows.net/powerbi/api/Tenant.ReadWrite.All"),
    ("xboxlive.signin", "XboxLive.signin"),
    ("Calls.JoinGroupCallasGuest.All", "Calls.JoinGroupCallAsGuest.All"),
])
def test_non_graph_resources_and_spellings_resolve(catalog, scope, key):
    found, entry = catalog.lookup("microsoft", scope)
    assert (found, entry is not None) == (key, True)


@pytest.mark.parametrize("scope", [
    "https://evil.example/x.sharepoint.com/AllSites.FullControl",  # the pattern's "*" is one host part
    "https://contoso.sharepoint.com/",  # nothing after the resource
    "https://contoso.sharepoint.com/NoSuch.Permission",
])
def test_tenant_patterns_do_not_over_match(catalog, scope):
    assert catalog.lookup("microsoft", scope)[1] is None


@pytest.mark.parametrize("name", ["RoleManagement.ReadWrite.Directory", "AppRoleAssignment.ReadWrite.All",
                                  "Application.ReadWrite.All", "DelegatedPermissionGrant.ReadWrite.All"])
def test_app_roles_that_can_grant_themselves_more_say_so(microsoft, name):
    e = microsoft[name]
    assert "application" in e["ids"] and "application" in e["schemes"]
    assert {"org.directory:admin", "resource.app_config:admin"} <= set(e["grants"])


def test_reach_follows_the_scope_not_the_noun(microsoft):
    assert "org_wide" not in microsoft["Mail.Read"]["modifiers"]  # delegated: the signed-in user's mailbox
    assert "org_wide" in microsoft["Sites.Read.All"]["modifiers"]  # delegated .All: every site the user can reach
    assert "org_wide" in microsoft["User.Read.All"]["modifiers"]
    assert "org_wide" not in microsoft["User.Read"]["modifiers"]


def test_the_description_check_marks_verified(microsoft):
    assert microsoft["Mail.Read"]["verified"] == "meaning"  # read, signed-in user: agrees with the grants
    ms = microsoft["MailboxSettings.ReadWrite"]  # the description names create and delete, the grants do not
    assert ms["verified"] == "name" and "our reading of the name" in ms["note"]
    assert microsoft["Calendars.Read.All"]["verified"] is False  # known only from merill/microsoft-info


def test_the_description_reader_skips_what_a_permission_does_not_allow():
    vocab = tomllib.loads((bm.DATA / "description_vocab.toml").read_text("utf-8"))
    verbs, objects = bm.read_description(
        "Allows the app to create, read, update, and delete mail in user mailboxes. Does not include permission to send mail.", vocab)
    assert verbs == ["create", "delete", "modify", "read"]
    verbs, objects = bm.read_description("Allows the app to read mail in all mailboxes without a signed-in user.", vocab)
    assert verbs == ["read"] and objects == ["all", "no_user"]
    verbs, objects = bm.read_description("Allows the app to read the signed-in user's mailbox.", vocab)
    assert objects == ["signed_in_user"]


def test_one_entry_per_name_ignoring_case_with_the_other_spelling_noted(microsoft):
    assert "Calls.JoinGroupCallasGuest.All" not in microsoft
    assert "Calls.JoinGroupCallasGuest.All" in microsoft["Calls.JoinGroupCallAsGuest.All"]["note"]


def test_slack_links_write_no_longer_lists_links_read_as_narrower():
    e = provider("slack")["scopes"]["links:write"]
    assert "narrower" not in e and "links:read" in e["narrower_none"]


def test_discord_facts_come_from_the_extracted_file():
    facts = tomllib.loads((ROOT / "tools" / "catalog" / "data" / "discord" / "facts.toml").read_text("utf-8"))
    bits = provider("discord")["bits"]
    assert {n: b["bit"] for n, b in bits.items()} == {n: f["bit"] for n, f in facts["bits"].items()}
    assert bits["ADMINISTRATOR"]["two_factor"] is True


@pytest.mark.parametrize("pid", ["microsoft", "slack", "discord"])
def test_generate_reads_only_files_in_the_repository(pid, monkeypatch):
    import builtins
    import importlib

    read: list[Path] = []
    real_read_text, real_open = Path.read_text, builtins.open

    def read_text(self, *a, **k):
        read.append(Path(self).resolve())
        return real_read_text(self, *a, **k)

    def opener(file, *a, **k):
        if isinstance(file, (str, Path)):
            read.append(Path(file).resolve())
        return real_open(file, *a, **k)

    monkeypatch.setattr(Path, "read_text", read_text)
    monkeypatch.setattr(builtins, "open", opener)
    text = importlib.import_module(f"tools.catalog.build_{pid}").generate()
    assert text.endswith("\n") and read
    assert [p for p in read if ROOT not in p.parents] == []
