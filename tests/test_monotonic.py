"""Asking for more never scores lower: adding a scope to a request never lowers its level or score.

Access levels are ordered so that a broader grant covers a narrower one, and every rule's severity
grows with what the request grants; this checks it over the catalog, on seeded random requests
(deterministic, so a failure names a reproducible pair)."""

from __future__ import annotations

import random

import pytest

from auditor.analyze import analyze
from auditor.catalog import load_catalog
from auditor.sources.url import read_scope_list

LEVELS = ("none", "low", "medium", "high", "critical")
PROVIDERS = ("google", "microsoft", "slack", "github", "meta", "wechat", "feishu", "discord", "x", "zoho")


def risk(catalog, pid: str, scopes: list[str]):
    r = analyze(read_scope_list(pid, " ".join(scopes), catalog), catalog).risk
    return LEVELS.index(r.level), r.score


@pytest.mark.parametrize("pid", PROVIDERS)
def test_adding_a_scope_never_lowers_level_or_score(pid):
    catalog = load_catalog()
    keys = sorted(catalog.scope_table(pid)["scopes"])
    if pid == "microsoft":
        keys = [k for k in keys if not k.startswith("http")]
    rng = random.Random(f"monotonic-{pid}")
    for _ in range(150):
        base = rng.sample(keys, rng.randint(1, 4))
        extra = rng.choice([k for k in keys if k not in base])
        before = risk(catalog, pid, base)
        after = risk(catalog, pid, base + [extra])
        assert after[0] >= before[0], f"{pid}: adding {extra} to {base} lowers the level {LEVELS[before[0]]} -> {LEVELS[after[0]]}"
        assert after[1] >= before[1], f"{pid}: adding {extra} to {base} lowers the score {before[1]} -> {after[1]}"


def test_access_levels_are_ordered_broad_over_narrow():
    from auditor.analyze import ACCESS_ORDER

    catalog = load_catalog()
    assert set(ACCESS_ORDER) == set(catalog.access)
    for axis in {a["axis"] for a in catalog.access.values()}:
        ranked = sorted((a["rank"], name) for name, a in catalog.access.items() if a["axis"] == axis)
        positions = [ACCESS_ORDER.index(name) for _, name in ranked]
        assert positions == sorted(positions), axis
