"""Identity and SaaS providers (Okta, Auth0, Apple, Amazon, Figma, Canva, Miro, ...): a few facts
from their official scope lists that the catalog must keep."""

from __future__ import annotations

import pytest

from auditor import audit_url
from auditor.catalog import load_catalog


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def test_okta_users_manage_is_org_wide_admin(catalog):
    entry = catalog.entry("okta", "okta.users.manage")
    assert "org.directory:admin" in entry["grants"]
    assert {"org_wide", "admin_consent"} <= set(entry["modifiers"])
    assert "okta.users.read" in entry["implies"]
    read = catalog.entry("okta", "okta.users.read")
    assert not any(g.endswith((":admin", ":write.modify")) for g in read["grants"])


def test_okta_tenant_hosts_resolve_by_domain_and_custom_domains_do_not():
    report = audit_url("https://acme.okta-emea.com/oauth2/v1/authorize?client_id=x&scope=openid%20okta.logs.read")
    assert report.request.provider_id == "okta"
    assert all(rs.known for rs in report.scopes)
    other = audit_url("https://login.acme.example/oauth2/v1/authorize?client_id=x&scope=openid")
    assert other.request.provider_id != "okta"


def test_auth0_tenant_token_scopes_stay_with_the_signed_in_user(catalog):
    own = catalog.entry("auth0", "read:current_user")
    assert "org_wide" not in own["modifiers"]
    every = catalog.entry("auth0", "update:users")
    assert "org_wide" in every["modifiers"] and "auth.secret:write.modify" in every["grants"]
    report = audit_url("https://acme.eu.auth0.com/authorize?client_id=x&response_type=code&scope=openid%20offline_access%20read%3Aappointments")
    assert report.request.provider_id == "auth0"
    unknown = [rs.scope for rs in report.scopes if not rs.known]
    assert unknown == ["read:appointments"]  # a customer's own API scope is unknown, never guessed


def test_apple_name_email_is_sign_in_only():
    report = audit_url("https://appleid.apple.com/auth/authorize?client_id=com.example.web&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&response_type=code&scope=name%20email&response_mode=form_post&state=af0ifjsldkj")
    assert report.request.provider_id == "apple"
    grants = {g for rs in report.scopes for g in rs.entry["grants"]}
    assert grants == {"profile.name:read.self", "contact.email:read.self"}
    assert not any(rs.entry["modifiers"] for rs in report.scopes)  # no refresh-token or org-wide reach
    assert not any(f.rule in ("OA203", "OA207") for f in report.findings)  # known, and nothing beyond sign-in


def test_amazon_alexa_skill_scopes_publish_software():
    report = audit_url("https://www.amazon.com/ap/oa?client_id=amzn1.application-oa2-client.x&scope=alexa%3A%3Aask%3Askills%3Areadwrite%20profile%3Auser_id&response_type=code&redirect_uri=http%3A%2F%2F127.0.0.1%3A9090%2Fcb&state=s")
    assert report.request.provider_id == "amazon"
    by_scope = {rs.scope: rs.entry for rs in report.scopes}
    assert "resource.software_distribution:write.modify" in by_scope["alexa::ask:skills:readwrite"]["grants"]
    assert by_scope["profile:user_id"]["identity_only"] is True


def test_figma_files_read_reads_every_file_and_has_granular_replacements(catalog):
    entry = catalog.entry("figma", "files:read")
    assert "content.files:read.all" in entry["grants"] and entry["deprecated"] is True
    assert {n["scope"] for n in entry["narrower"]} >= {"file_content:read", "file_metadata:read"}
    assert "org_wide" in catalog.entry("figma", "org:activity_log_read")["modifiers"]


def test_canva_write_scopes_do_not_include_reading(catalog):
    write = catalog.entry("canva", "asset:write")
    assert not any(g.startswith("content.files:read") for g in write["grants"])
    assert "content.files:admin" in catalog.entry("canva", "folder:permission:write")["grants"]
    entries = catalog.entries("canva")
    assert len(entries) == 18 and all(e["verified"] == "meaning" for e in entries.values())


def test_miro_links_carry_no_scope_and_enterprise_scopes_reach_the_organisation(catalog):
    report = audit_url("https://miro.com/oauth/authorize?response_type=code&client_id=3074457363680401096&redirect_uri=https://localhost:3000/&state=123xyz")
    assert report.request.provider_id == "miro"
    assert [rs.scope for rs in report.scopes] == ["(no scope)"]  # the app's configured scopes are estimated
    assert all(rs.known for rs in report.scopes)
    assert {"org_wide", "admin_consent"} <= set(catalog.entry("miro", "auditlogs:read")["modifiers"])
    assert catalog.entry("miro", "boards:read")["modifiers"] == []


def test_asana_without_scope_means_full_access():
    report = audit_url("https://app.asana.com/-/oauth_authorize?client_id=1&redirect_uri=https%3A%2F%2Fmy.app.com&response_type=code&state=s")
    assert report.request.provider_id == "asana"
    grants = {g for rs in report.scopes for g in rs.entry["grants"]}
    assert "resource.business:write.delete" in grants and "comm.content:read.all" in grants


def test_trello_expiration_never_counts_as_offline():
    never = audit_url("https://trello.com/1/authorize?expiration=never&name=App&scope=read,write,account&response_type=token&key=k")
    day = audit_url("https://trello.com/1/authorize?expiration=1day&name=App&scope=read&response_type=token&key=k")
    assert never.request.provider_id == day.request.provider_id == "trello"
    persistent = {"OA104", "OA302"}  # persistent access, and harvesting others' data over time
    assert persistent <= {f.rule for f in never.findings}
    assert not persistent & {f.rule for f in day.findings}


def test_calendly_write_scopes_include_their_read_scope(catalog):
    for write in ("availability:write", "event_types:write", "scheduled_events:write"):
        entry = catalog.entry("calendly", write)
        assert entry["implies"] == [write.replace(":write", ":read")]
    assert catalog.entry("calendly", "event_types:read")["verified"] == "meaning"


def test_mailchimp_has_no_scopes_and_its_token_never_expires():
    report = audit_url("https://login.mailchimp.com/oauth2/authorize?response_type=code&client_id=1&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&state=s")
    assert report.request.provider_id == "mailchimp"
    assert [rs.scope for rs in report.scopes] == ["(no scope)"]
    grants = {g for rs in report.scopes for g in rs.entry["grants"]}
    assert {"social.contacts:read.all", "comm.content:act.send"} <= grants
    assert "OA104" in {f.rule for f in report.findings}  # persistent access


def test_clickup_and_mailchimp_documented_as_scopeless(catalog):
    for pid in ("clickup", "mailchimp"):
        meta = catalog.provider(pid)
        assert meta["params"]["scope"] == [] and catalog.scope_table(pid)["scopes"] == {}
        assert "no scopes" in meta["params"]["empty"]


def test_evernote_is_oauth1_with_no_scopes(catalog):
    meta = catalog.provider("evernote")
    assert meta["params"]["scope"] == [] and "OAuth 1.0a" in meta["params"]["empty"]
    report = audit_url("https://www.evernote.com/OAuth.action?oauth_token=x")
    assert report.request.provider_id == "evernote" and all(rs.known for rs in report.scopes)
