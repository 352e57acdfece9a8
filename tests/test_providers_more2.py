"""Zoho products and Meta permissions added from the providers' own pages: facts the catalog must keep."""

from __future__ import annotations

import pytest

from auditor import audit_url
from auditor.catalog import load_catalog


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


ZOHO_FAMILIES = {
    "ZohoProjects": ["projects", "tasks", "bugs", "milestones", "users", "timesheets", "events"],
    "ZohoBugTracker": ["milestones", "events"],
}


@pytest.mark.parametrize("service", sorted(ZOHO_FAMILIES))
def test_zoho_projects_families_have_all_five_operations(catalog, service):
    for name in ZOHO_FAMILIES[service]:
        for op in ("ALL", "READ", "CREATE", "UPDATE", "DELETE"):
            entry = catalog.entry("zoho", f"{service}.{name}.{op}")
            assert entry["verified"] == "meaning"
            assert entry["source"].startswith("https://www.zoho.com/projects/")


def test_zoho_projects_all_narrows_to_read_and_read_never_writes(catalog):
    entry = catalog.entry("zoho", "ZohoProjects.tasks.ALL")
    assert [n["scope"] for n in entry["narrower"]] == ["ZohoProjects.tasks.READ"]
    assert "resource.business:write.delete" in entry["grants"]
    read = catalog.entry("zoho", "ZohoProjects.tasks.READ")
    assert not any(":write." in g for g in read["grants"])
    assert "content.files:read.all" in read["grants"]
    # portals has only READ on Zoho's page
    with pytest.raises(KeyError):
        catalog.entry("zoho", "ZohoProjects.portals.ALL")


def test_zoho_people_scopes_are_name_only_and_reach_employee_data(catalog):
    employee = catalog.entry("zoho", "ZOHOPEOPLE.employee.ALL")
    assert employee["verified"] == "name"
    assert {"org.directory:write.delete", "contact.email:read.all"} <= set(employee["grants"])
    forms_read = catalog.entry("zoho", "ZOHOPEOPLE.forms.READ")
    assert "contact.phone:read.all" in forms_read["grants"]
    # Zoho People's page lists no DELETE for forms
    with pytest.raises(KeyError):
        catalog.entry("zoho", "ZOHOPEOPLE.forms.DELETE")


def test_zoho_projects_request_is_fully_known_and_case_insensitive():
    url = ("https://accounts.zoho.eu/oauth/v2/auth?client_id=x&response_type=code&access_type=offline"
           "&scope=ZohoProjects.portals.READ,zohoprojects.tasks.all,ZohoProjects.users.READ")
    report = audit_url(url)
    assert report.request.provider_id == "zoho"
    assert all(rs.known for rs in report.scopes)
    assert len(report.scopes) == 3


def test_zoho_billing_and_invoice_projects_scopes(catalog):
    for service in ("ZohoSubscriptions", "ZohoInvoice"):
        for op in ("READ", "CREATE", "UPDATE", "DELETE"):
            entry = catalog.entry("zoho", f"{service}.projects.{op}")
            assert entry["verified"] == "meaning"
        with pytest.raises(KeyError):
            catalog.entry("zoho", f"{service}.projects.ALL")


def test_zoho_sign_table_has_three_operations_per_api_type(catalog):
    for name in ("documents", "templates", "account"):
        for op in ("CREATE", "READ", "UPDATE"):
            assert catalog.entry("zoho", f"ZohoSign.{name}.{op}")["verified"] == "meaning"
        with pytest.raises(KeyError):
            catalog.entry("zoho", f"ZohoSign.{name}.DELETE")
    every = catalog.entry("zoho", "ZohoSign.documents.ALL")
    assert every["verified"] == "name"
    assert "content.files:write.delete" in every["grants"]


def test_zoho_bugtracker_tags_all_stops_at_read_and_create(catalog):
    tags = catalog.entry("zoho", "ZohoBugtracker.tags.ALL")
    assert set(tags["grants"]) == {"resource.business:read.all", "resource.business:write.create"}
    report = audit_url("https://accounts.zoho.com/oauth/v2/auth?client_id=x&response_type=code"
                       "&scope=ZohoBugTracker.tags.READ,ZohoProjects.forums.ALL,ZohoSign.templates.READ")
    assert all(rs.known for rs in report.scopes)


@pytest.mark.parametrize("name", ["instagram_manage_comments", "instagram_manage_messages", "instagram_manage_insights", "read_insights",
                                  "catalog_management", "commerce_manage_accounts", "commerce_account_read_orders",
                                  "commerce_account_manage_orders", "commerce_account_read_settings", "commerce_account_read_reports"])
def test_meta_permissions_seen_on_other_meta_pages_are_name_only(catalog, name):
    entry = catalog.entry("meta", name)
    assert entry["verified"] == "name"
    assert entry["source"].startswith("https://developers.facebook.com/")
    assert "Permissions Reference" in entry["note"]
