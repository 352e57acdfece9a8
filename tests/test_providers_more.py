"""Shopify, HubSpot and Salesforce: facts from the providers' own scope lists that the catalog must keep
(Shopify's customer access scopes, HubSpot scopes named only on single API operations, Salesforce's
offline_access synonym)."""

from __future__ import annotations

import pytest

from auditor import audit_url
from auditor.analyze import analyze
from auditor.catalog import load_catalog
from auditor.sources.manifests import read_file


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


CUSTOMER_SCOPES = [
    "customer_read_customers", "customer_write_customers", "customer_read_orders", "customer_write_orders",
    "customer_read_draft_orders", "customer_read_markets", "customer_read_metaobjects",
    "customer_read_store_credit_accounts", "customer_read_own_subscription_contracts",
    "customer_write_own_subscription_contracts", "customer_write_subscription_contracts",
    "customer_read_companies", "customer_write_companies", "customer_read_locations", "customer_write_locations",
]


def test_shopify_customer_access_scopes_from_the_page_reach_only_the_signed_in_customer(catalog):
    for name in CUSTOMER_SCOPES:
        entry = catalog.entry("shopify", name)
        assert entry["verified"] == "meaning", name
        assert not any(g.endswith(":read.all") and g.split(":")[0] != "resource.business" for g in entry["grants"]), name
        assert "org_wide" not in entry["modifiers"], name
    orders = catalog.entry("shopify", "customer_read_orders")
    assert set(orders["grants"]) == {"finance.transaction:read.self", "contact.postal_address:read.self"}
    # The merchant's order scope reads every buyer's orders; the customer's scope only their own.
    assert "finance.transaction:read.all" in catalog.entry("shopify", "read_orders")["grants"]
    assert "customer_read_own_subscription_contracts" in catalog.entry("shopify", "customer_write_own_subscription_contracts")["implies"]


def test_shopify_names_seen_only_in_the_scope_picker_are_not_verified(catalog):
    for name in ("customer_read_quick_sale", "customer_write_quick_sale", "customer_read_store_credit_account_transactions",
                 "unauthenticated_read_bundles", "unauthenticated_read_bulk_operations",
                 "unauthenticated_write_bulk_operations", "write_cash_tracking"):
        assert catalog.entry("shopify", name)["verified"] is False, name
    pricing = catalog.entry("shopify", "unauthenticated_read_shop_pay_installments_pricing")
    assert pricing["verified"] == "meaning"
    assert pricing["source"].startswith("https://shopify.dev/docs/api/storefront/")


def test_shopify_app_toml_with_customer_scopes_is_fully_known(catalog):
    text = '[access_scopes]\nscopes = "read_products,customer_read_orders,customer_write_customers"\n'
    (request,) = read_file("shopify.app.toml", text=text, catalog=catalog)
    assert request.provider_id == "shopify"
    report = analyze(request, catalog)
    assert [(rs.scope, rs.known) for rs in report.scopes] == [
        ("read_products", True), ("customer_read_orders", True), ("customer_write_customers", True)]


def test_hubspot_operation_only_scopes_are_known_with_name_verification():
    url = ("https://app.hubspot.com/oauth/authorize?client_id=x&redirect_uri=https%3A%2F%2Fapp.example%2Fcb"
           "&scope=oauth%20files.read%20hubdb.rows.read%20crm.objects.contacts.sensitive.read")
    report = audit_url(url)
    assert report.request.provider_id == "hubspot"
    assert all(rs.known for rs in report.scopes)
    by_name = {rs.scope: rs.entry for rs in report.scopes}
    assert by_name["files.read"]["grants"] == ["content.files:read.all"]
    assert {by_name[n]["verified"] for n in ("files.read", "hubdb.rows.read", "crm.objects.contacts.sensitive.read")} == {"name"}


def test_hubspot_sensitive_scopes_without_v2_match_their_v2_twins(catalog):
    for obj in ("companies", "contacts", "custom", "deals"):
        for level in ("sensitive", "highly_sensitive"):
            for rw in ("read", "write"):
                old = catalog.entry("hubspot", f"crm.objects.{obj}.{level}.{rw}")
                new = catalog.entry("hubspot", f"crm.objects.{obj}.{level}.{rw}.v2")
                assert old["grants"] == new["grants"], (obj, level, rw)
    assert "govid.number:read.all" in catalog.entry("hubspot", "tickets.highly_sensitive")["grants"]
    write = catalog.entry("hubspot", "files.ui_hidden.write")
    assert "content.files:write.delete" in write["grants"]
    assert "content.files:write.delete" not in catalog.entry("hubspot", "files.write")["grants"]


def test_salesforce_offline_access_is_the_refresh_token_scope():
    report = audit_url("https://login.salesforce.com/services/oauth2/authorize?response_type=code&client_id=x"
                       "&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&scope=api%20offline_access")
    assert report.request.provider_id == "salesforce"
    assert all(rs.known for rs in report.scopes)
    offline = next(rs for rs in report.scopes if rs.scope == "offline_access")
    assert "offline" in offline.entry["modifiers"]


def test_hubspot_names_only_in_copies_of_the_old_scope_table_are_unverified(catalog):
    for name in ("cms.functions.read", "cms.functions.write", "cms.knowledge_base.articles.read",
                 "cms.knowledge_base.articles.write", "cms.knowledge_base.articles.publish", "cms.performance.read",
                 "cms.membership.access_groups.read", "actions", "ctas.read", "external_integrations.forms.access"):
        entry = catalog.entry("hubspot", name)
        assert entry["verified"] is False, name
        assert "org_wide" in entry["modifiers"], name
    # Serverless functions come with their secrets.
    assert "auth.secret:read.all" in catalog.entry("hubspot", "cms.functions.read")["grants"]
