"""A narrower alternative must be a part of the scope it narrows (issue: "every narrower is a subset").

Used by the generators before they write a provider file, and by tests/test_catalog_classes.py over
every provider file. "Covered": each grant ``category:access`` of the alternative (with the scopes
it implies, and the grants the compiler derives from a category's ``reveals``) is matched by a grant
of the original on the same category and axis at an equal or higher rank, or by ``category:admin``;
``assert`` is covered by any read of the same category (assert < read.self < read.selected < read.all).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from auditor.catalog.compile import derive_grants

TAXONOMY = tomllib.loads((Path(__file__).resolve().parents[2] / "scopes" / "taxonomy.toml").read_text("utf-8"))
ACCESS = TAXONOMY["access"]


def covers(grants: list[str], grant: str) -> bool:
    cat, access = grant.split(":", 1)
    want = ACCESS[access]
    for g in grants:
        c, a = g.split(":", 1)
        if c != cat:
            continue
        if a == "admin":
            return True
        have = ACCESS[a]
        if access == "assert" and have["axis"] in ("identity", "read"):
            return True
        if have["axis"] == want["axis"] and have["rank"] >= want["rank"]:
            return True
    return False


def with_implied(scopes: dict, name: str) -> list[str]:
    out: list[str] = []
    seen, todo = set(), [name]
    while todo:
        key = todo.pop()
        if key in seen or key not in scopes:
            continue
        seen.add(key)
        out += scopes[key].get("grants", [])
        todo += scopes[key].get("implies", [])
    return derive_grants(out, TAXONOMY)


def uncovered(scopes: dict, name: str, alt: str) -> list[str]:
    mine = with_implied(scopes, name)
    return [g for g in with_implied(scopes, alt) if not covers(mine, g)]


def prune_narrower(scopes: dict) -> int:
    """Drop every narrower alternative that is not covered; an entry left with none says why in
    ``narrower_none`` (naming what the dropped alternatives would add). Returns how many were dropped."""
    cats = TAXONOMY["categories"]
    dropped = 0
    for name, e in scopes.items():
        alts = e.get("narrower") or []
        bad = [n for n in alts if n["scope"] in scopes and uncovered(scopes, name, n["scope"])]
        if not bad:
            continue
        dropped += len(bad)
        keep = [n for n in alts if n not in bad]
        if keep:
            e["narrower"] = keep
            continue
        e.pop("narrower", None)
        extra = sorted({g.split(":")[0] for n in bad for g in uncovered(scopes, name, n["scope"])})
        labels = "; ".join(cats[c]["en"].split(" (")[0].lower() for c in extra[:3] if c in cats)
        names = ", ".join(f"`{n['scope']}`" for n in bad)
        e["narrower_none"] = (f"No narrower scope is listed: {names} would also give access this scope does not "
                              f"({labels}), so it is a different permission, not a part of this one.")
    return dropped
