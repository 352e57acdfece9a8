"""Exploring the catalog: ``oauth-audit scopes [PROVIDER [TEXT|SCOPE]]``.

Pure functions from the catalog to plain data; the command line renders them as text or JSON.
"""

from __future__ import annotations

from auditor.catalog import Catalog
from auditor.errors import InputError


VERIFIED_TEXT = {
    "meaning": "meaning verified at the source",
    "name": "name only: the name was seen at the source, what it grants is our reading",
    False: "not verified at the source",
}


def providers(catalog: Catalog) -> dict:
    rows = []
    for pid in sorted(catalog.providers):
        meta = catalog.providers[pid]
        entries = catalog.entries(pid)
        rows.append({
            "id": pid, "name": meta["name"], "name_zh": meta["name_zh"] or None, "scopes": len(entries),
            "verified_meaning": sum(1 for e in entries.values() if e["verified"] == "meaning"),
            "verified_name": sum(1 for e in entries.values() if e["verified"] == "name"),
            "unverified": sum(1 for e in entries.values() if e["verified"] is False),
            "deprecated": sum(1 for e in entries.values() if e["deprecated"]),
            "bits": len(catalog.scope_table(pid)["bits"]), "docs": meta["docs"],
        })
    return {
        "providers": rows, "total_scopes": sum(r["scopes"] for r in rows),
        "verified_meaning": sum(r["verified_meaning"] for r in rows), "verified_name": sum(r["verified_name"] for r in rows),
        "unverified": sum(r["unverified"] for r in rows),
    }


def _provider(catalog: Catalog, pid: str) -> dict:
    if pid not in catalog.providers:
        raise InputError(f"unknown provider {pid!r}; `oauth-audit scopes` lists them")
    return catalog.providers[pid]


def search(catalog: Catalog, pid: str, text: str = "") -> dict:
    _provider(catalog, pid)
    needle = text.lower()
    rows = []
    for key, e in catalog.entries(pid).items():
        hay = " ".join([key, e["title"], e["title_zh"], " ".join(e["aliases"]), " ".join(e["grants"])]).lower()
        if needle in hay:
            rows.append({"scope": key, "title": e["title"], "grants": e["grants"], "deprecated": e["deprecated"], "verified": e["verified"]})
    return {"provider": pid, "query": text, "matches": rows}


def explain(catalog: Catalog, pid: str, scope: str) -> dict | None:
    """One scope in full, or None when ``scope`` is not a key, alias or prefixed form of one."""
    _provider(catalog, pid)
    key, entry = catalog.lookup(pid, scope)
    if entry is None:
        entry = catalog.bit(pid, scope)
        key = scope
    if entry is None:
        return None
    categories = catalog.categories
    return {
        "provider": pid,
        "scope": key,
        "title": entry["title"],
        "title_zh": entry["title_zh"] or None,
        "grants": [
            {
                "grant": g, "category": g.split(":")[0], "label": categories[g.split(":")[0]]["en"],
                "access": g.split(":")[1], "cn": categories[g.split(":")[0]]["cn"], "eu": categories[g.split(":")[0]]["eu"],
                "subject": categories[g.split(":")[0]]["subject"],
            }
            for g in entry["grants"]
        ],
        "identity_only": entry["identity_only"],
        "modifiers": entry["modifiers"],
        "persistent": "offline" in entry["modifiers"] or bool(catalog.providers[pid]["params"]["persistent"]),
        "persistent_provider": catalog.providers[pid]["params"]["persistent"] or None,
        "provider_class": entry["provider_class"] or None,
        "implies": entry["implies"],
        "narrower": entry["narrower"],
        "narrower_none": entry["narrower_none"] or None,
        "ids": entry["ids"],
        "aliases": entry["aliases"],
        "deprecated": entry["deprecated"],
        "source": entry["source"],
        "verified": entry["verified"],
        "note": entry["note"] or None,
    }


def render_text(kind: str, data: dict) -> str:
    from auditor.render.safe import visible

    lines: list[str] = []
    if kind == "providers":
        lines.append(f"{'provider':<12} {'scopes':>7} {'meaning':>8} {'name':>6} {'no':>5}  name")
        for r in data["providers"]:
            lines.append(
                f"{r['id']:<12} {r['scopes']:>7} {r['verified_meaning']:>8} {r['verified_name']:>6} {r['unverified']:>5}  {r['name']}"
                + (f" ({r['bits']} permission bits)" if r["bits"] else "")
            )
        lines.append(f"{len(data['providers'])} providers, {data['total_scopes']:,} scopes")
        lines.append(
            f"verified at the provider's own page: meaning {data['verified_meaning']:,}, name only {data['verified_name']:,}; "
            f"not verified {data['unverified']:,}"
        )
    elif kind == "search":
        for r in data["matches"]:
            lines.append(f"{r['scope']}  {r['title']}" + ("  [deprecated]" if r["deprecated"] else ""))
        lines.append(f"{len(data['matches'])} match(es) for {visible(data['query'], 80)!r} in {data['provider']}")
    else:
        lines.append(f"{data['scope']} ({data['provider']})")
        lines.append(f"  {data['title']}" + (f" / {data['title_zh']}" if data["title_zh"] else ""))
        if data["identity_only"]:
            lines.append("  identity only: says who you are, nothing more")
        seen: dict[str, list[dict]] = {}
        for g in data["grants"]:
            seen.setdefault(g["category"], []).append(g)
        for gs in seen.values():
            g = gs[0]
            who = {"self": "you", "third_party": "other people", "mixed": "you and others"}[g["subject"]]
            lines.append(f"  - {g['label']}: {', '.join(x['access'] for x in gs)} (about {who}; PIPL {g['cn']}, GDPR {g['eu']})")
        if data["persistent_provider"]:
            lines.append(f"  persistence: {data['persistent_provider']}")
        else:
            lines.append(f"  persistence: {'keeps access while you are away (offline)' if data['persistent'] else 'no offline access from this scope'}")
        if data["provider_class"]:
            lines.append(f"  provider class: {data['provider_class']}")
        if data["implies"]:
            lines.append(f"  includes: {', '.join(data['implies'])}")
        for n in data["narrower"]:
            lines.append(f"  narrower: {n['scope']} (still: {n['still']})")
        if data["narrower_none"]:
            lines.append(f"  narrower: none. {data['narrower_none']}")
        if data["deprecated"]:
            lines.append("  deprecated")
        lines.append(f"  source: {data['source']} ({VERIFIED_TEXT[data['verified']]})")
        if data["note"]:
            lines.append(f"  note: {data['note']}")
    return "\n".join(lines) + "\n"
