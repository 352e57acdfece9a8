"""The catalog: valid sources, a fresh compiled index, completeness against the official raw lists."""

from __future__ import annotations

import json
import re

import pytest

from auditor.catalog import load_catalog
from auditor.catalog import compile as cc
from auditor.catalog.schema import validate_provider

from .conftest import ROOT, requires_shared


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def built():
    if not (ROOT / "scopes" / "taxonomy.toml").exists():
        pytest.skip("scopes/ sources are not in this tree")
    return cc.build(ROOT / "scopes")


def test_sources_validate_and_compiled_index_is_fresh(built):
    stale = cc.check(built)
    assert stale == [], f"run `python -m auditor.dev compile`: stale {stale}"


def test_taxonomy_has_every_category_and_access_level(catalog):
    assert len([c for c in catalog.categories if not c.startswith("resource.")]) == 47
    assert {"resource.code", "resource.cloud", "resource.business", "resource.app_config"} <= set(catalog.categories)
    assert set(catalog.access) == {"assert", "read.self", "read.selected", "read.all", "write.create", "write.modify", "write.delete", "act.send", "admin"}
    for cid, c in catalog.categories.items():
        assert c["en"] and c["zh"], cid


def test_taxonomy_matches_the_reference(catalog):
    text = requires_shared("catalog/TAXONOMY.md").read_text("utf-8")
    section = text.split("## B1.")[1].split("### B1.1")[0]
    ids = re.findall(r"^\| \d+ \| `([a-z_.]+)` \|", section, flags=re.M)
    assert len(ids) == 45
    assert set(ids) <= set(catalog.categories)


def test_purposes_cover_the_25_profiles(catalog):
    assert len(catalog.purposes) >= 25
    for pid in ("auth.signin_minimal", "auth.signin_profile", "social.friend_hygiene", "email.client", "calendar.scheduling", "files.picker", "media.no_pi"):
        assert pid in catalog.purposes


def test_every_google_discovery_scope_is_in_the_catalog(catalog):
    raw = json.loads(requires_shared("catalog/raw/google-scopes-discovery.json").read_text("utf-8"))
    scopes = raw["scopes"] if "scopes" in raw else raw
    table = catalog.entries("google")
    missing = sorted(s for s in scopes if s not in table)
    assert not missing, missing[:10]
    assert len(scopes) == 386
    for s in ("openid", "email", "profile"):
        assert s in table


def test_every_graph_permission_is_in_the_catalog_with_its_ids(catalog):
    perms = json.loads(requires_shared("catalog/raw/microsoft-graph-permissions.json").read_text("utf-8"))
    perms = perms.get("permissions", perms)
    ids = json.loads(requires_shared("catalog/raw/microsoft-graph-permission-ids.json").read_text("utf-8"))
    table = catalog.entries("microsoft")
    # Microsoft matches permission names ignoring case, and so does the catalog: a name Microsoft
    # spells two ways (Calls.JoinGroupCallasGuest.All) is one entry, found under either spelling.
    missing = sorted(p for p in perms if catalog.lookup("microsoft", p)[1] is None)
    assert not missing, missing[:10]
    assert len(perms) == 917
    for kind, key in (("delegated", "delegatedScopesList"), ("application", "applicationScopesList")):
        for item in ids[key]:
            entry = catalog.lookup("microsoft", item["value"])[1]
            assert entry is not None, item["value"]
            assert entry["ids"].get(kind) == item["id"], (item["value"], kind)
    for s in ("openid", "profile", "email", "offline_access", ".default"):
        assert s in table


def test_github_scope_hierarchy(catalog):
    table = catalog.entries("github")
    assert {"repo:status", "repo_deployment", "public_repo", "repo:invite", "security_events"} <= set(table["repo"]["implies"])
    assert "read:org" in table["write:org"]["implies"] or "read:org" in table["admin:org"]["implies"]


def test_wechat_scopes(catalog):
    table = catalog.entries("wechat")
    assert {"snsapi_base", "snsapi_userinfo", "snsapi_login"} <= set(table)
    assert table["snsapi_base"]["identity_only"]
    for key, e in table.items():
        assert e["title_zh"], key


_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def test_every_provider_has_its_chinese_texts(catalog):
    """The Chinese report (--lang zh) shows these; each must exist and actually be Chinese."""
    missing = []
    for pid, meta in sorted(catalog.providers.items()):
        if not _CJK.search(meta["revoke_zh"]):
            missing.append(f"{pid}: revoke_zh")
        if meta["revoke_note"] and not _CJK.search(meta["revoke_note_zh"]):
            missing.append(f"{pid}: revoke_note_zh")
        for key in ("persistent", "empty"):
            if meta["params"][key] and not _CJK.search(meta["params"].get(f"{key}_zh", "")):
                missing.append(f"{pid}: params.{key}_zh")
    assert not missing, missing


def test_quality_gates(catalog):
    hosts: dict[tuple[str, str], str] = {}
    for pid, meta in catalog.providers.items():
        for ep in meta["authorize"] + meta["device"]:
            key = (ep["host"], ep["path"])
            assert key not in hosts, f"{key} claimed by {hosts[key]} and {pid}"
            hosts[key] = pid
        for key, e in catalog.entries(pid).items():
            assert e["grants"] or e["identity_only"] or e["unknown_static"], (pid, key)
            assert e["source"].startswith("https://") or e["source"].startswith("http://"), (pid, key)
            assert bool(e["narrower"]) != bool(e["narrower_none"]), (pid, key)
            assert e["title"].strip(), (pid, key)


def test_validator_catches_broken_entries(catalog):
    taxonomy = {"categories": catalog.categories, "access": catalog.access}
    broken = {
        "id": "x", "name": "X", "docs": "https://x.example/docs", "revoke": "https://x.example/r",
        "endpoints": {"domains": ["x.example"], "authorize": [{"host": "x.example", "path": "/auth"}]},
        "scopes": {
            "a": {"title": "A", "grants": ["no.such:read.all"], "source": "https://x.example", "verified": True, "narrower_none": "n"},
            "b": {"title": "B", "grants": ["contact.email:read.everything"], "source": "ftp://x", "verified": True, "narrower": [{"scope": "zz", "still": "s"}]},
            "c": {"title": "C", "grants": [], "source": "https://x.example", "verified": True, "implies": ["nope"]},
        },
    }
    errors = "\n".join(validate_provider(broken, taxonomy))
    for needle in ("unknown category 'no.such'", "unknown access level 'read.everything'", "source must be an http(s) URL", "narrower scope 'zz'", "implies 'nope'", "no grants", "exactly one of narrower", "missing revoke_zh"):
        assert needle in errors, needle
