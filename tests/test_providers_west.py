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
