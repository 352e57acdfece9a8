"""GitHub App permissions: the catalog entries (scopes/providers/github.toml, group "installation")
and the manifest reader (auditor/sources/manifests/github_app.py)."""

from __future__ import annotations

import pytest

from auditor.analyze import analyze
from auditor.catalog import load_catalog
from auditor.sources.manifests import read_file

LEVELS = ("read", "write", "admin")


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def app_entries(catalog) -> dict[str, dict]:
    return {k: e for k, e in catalog.entries("github").items() if e["group"] == "installation"}


def test_every_app_permission_key_is_name_colon_level_and_no_oauth_scope_looks_like_one(catalog):
    entries = catalog.entries("github")
    app = app_entries(catalog)
    assert len(app) > 100
    for key, entry in app.items():
        name, _, level = key.partition(":")
        assert name and level in LEVELS and ":" not in level, key
        assert entry["provider_class"].startswith("GitHub App ") and entry["provider_class"].endswith(f"level {level}")
        assert entry["grants"], key
        assert entry["source"].startswith("https://docs.github.com/en/rest/authentication/permissions-required-for-github-apps#")
    oauth = [k for k, e in entries.items() if e["group"] != "installation"]
    assert "repo" in oauth and "read:org" in oauth
    # OAuth scopes put the level first (read:org); none ends in a GitHub App level, so the two never collide.
    assert not [k for k in oauth if k.rpartition(":")[2] in LEVELS]


def test_levels_imply_the_lower_ones_and_org_permissions_reach_the_whole_org(catalog):
    app = app_entries(catalog)
    assert app["administration:write"]["implies"] == ["administration:read"]
    assert app["organization_projects:admin"]["implies"] == ["organization_projects:read", "organization_projects:write"]
    for key, entry in app.items():
        kind = entry["provider_class"].split()[2]
        assert kind in ("repository", "organization", "account"), key
        assert ("org_wide" in entry["modifiers"]) == (kind == "organization"), key
    assert "workflows:read" not in app  # GitHub offers workflows at the write level only


def test_the_dangerous_levels_say_what_they_do(catalog):
    app = app_entries(catalog)
    admin = app["administration:write"]
    assert {"resource.app_config:admin", "resource.code:write.delete", "auth.secret:write.create"} <= set(admin["grants"])
    assert "delete" in admin["title"] and "collaborators" in admin["title"] and "branch protection" in admin["title"]
    org = app["organization_administration:write"]
    assert "resource.code:write.delete" in org["grants"] and "delete the organization" in org["title"]
    assert "org.directory:admin" in app["members:write"]["grants"]
    assert "resource.software_distribution:write.modify" in app["workflows:write"]["grants"]
    assert "resource.software_distribution:write.create" in app["contents:write"]["grants"]
    assert "resource.software_distribution:write.create" in app["packages:write"]["grants"]
    assert "resource.software_distribution:write.create" not in app["contents:read"]["grants"]
    assert app["secret_scanning_alerts:read"]["grants"] == ["resource.code:read.all", "auth.secret:read.all"]


def test_manifest_with_administration_and_org_administration_is_fully_known(tmp_path, catalog):
    path = tmp_path / "app.yml"
    path.write_text(
        "name: admin-bot\n"
        "url: https://bot.example\n"
        "request_oauth_on_install: true\n"
        "default_permissions:\n"
        "  administration: write\n"
        "  organization_administration: write\n"
        "  members: write\n"
        "  workflows: write\n"
        "  metadata: read\n"
        "  issues: none\n"
        "default_events:\n"
        "  - push\n",
        "utf-8",
    )
    (req,) = read_file(str(path), catalog=catalog)
    assert [(s.scope, s.group) for s in req.scopes] == [
        ("administration:write", "installation"),
        ("organization_administration:write", "installation"),
        ("members:write", "installation"),
        ("workflows:write", "installation"),
        ("metadata:read", "installation"),
    ]
    assert req.values("default_event") == ["push"]  # events are parameters, never scopes
    assert req.first("request_oauth_on_install") == "true"
    assert req.first("user_authorization").startswith("asked on install")
    report = analyze(req, catalog)
    assert all(rs.known and rs.grants for rs in report.scopes), [rs.scope for rs in report.scopes if not rs.known]
    assert not [f for f in report.findings if f.rule == "OA203"]
    assert "org_wide" in report.modifiers
    assert report.risk.level in ("high", "critical")


def test_callback_urls_mean_user_authorization(tmp_path, catalog):
    path = tmp_path / "manifest.json"
    path.write_text('{"name": "x", "url": "https://x.example", "callback_urls": ["https://x.example/cb"], '
                    '"default_permissions": {"contents": "read"}}', "utf-8")
    (req,) = read_file(str(path), catalog=catalog)
    assert req.values("redirect_uri") == ["https://x.example/cb"]
    assert req.first("user_authorization").startswith("through callback_urls")
    assert req.first("request_oauth_on_install") is None
    path.write_text('{"name": "x", "url": "https://x.example", "default_permissions": {"contents": "read"}}', "utf-8")
    (plain,) = read_file(str(path), catalog=catalog)
    assert plain.first("user_authorization") is None


def test_unknown_permission_or_level_stays_unknown(tmp_path, catalog):
    path = tmp_path / "app.yml"
    path.write_text("default_permissions:\n  contents: superuser\n  teleport: write\n", "utf-8")
    (req,) = read_file(str(path), catalog=catalog)
    report = analyze(req, catalog)
    assert [rs.known for rs in report.scopes] == [False, False]
    assert len([f for f in report.findings if f.rule == "OA203"]) == 2


def test_provider_note_explains_who_acts():
    import tomllib

    from auditor.catalog.compile import source_root

    note = tomllib.loads((source_root() / "providers" / "github.toml").read_text("utf-8"))["note"]
    assert "installation access token that expires after one hour" in note
    assert "act as the user" in note and "request_oauth_on_install" in note
