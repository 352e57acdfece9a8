"""Generate ``docs/catalog/<provider>.md`` from the compiled catalog (and check it has not drifted)."""

from __future__ import annotations

from pathlib import Path

from auditor.catalog import load_catalog


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def catalog_pages() -> dict[str, str]:
    catalog = load_catalog()
    pages: dict[str, str] = {}
    index = [
        "# Catalog",
        "",
        "Generated from `scopes/` by `python -m auditor.dev gen-docs`; do not edit by hand.",
        "",
        "| provider | scopes | meaning verified | name only | official list |",
        "|---|---|---|---|---|",
    ]
    for pid in sorted(catalog.providers):
        meta = catalog.providers[pid]
        scopes = catalog.entries(pid)
        meaning = sum(1 for e in scopes.values() if e["verified"] == "meaning")
        name_only = sum(1 for e in scopes.values() if e["verified"] == "name")
        index.append(f"| [{meta['name']}]({pid}.md) | {len(scopes)} | {meaning} | {name_only} | {meta['docs']} |")
        lines = [
            f"# {meta['name']}" + (f" ({meta['name_zh']})" if meta["name_zh"] else ""),
            "",
            f"- Official scope list: {meta['docs']}",
            f"- Where a user revokes access: {meta['revoke']}",
            f"- Scopes: {len(scopes)}; meaning verified at the source: {meaning}; name only: {name_only}",
            "- Authorization endpoints: " + (", ".join(f"`{e['host']}{e['path']}`" for e in meta["authorize"]) or "none"),
            "",
            "| scope | what it gives | grants | provider class | narrower | verified |",
            "|---|---|---|---|---|---|",
        ]
        for key, e in scopes.items():
            narrower = ", ".join(f"`{n['scope']}`" for n in e["narrower"]) or ("none" if e["narrower_none"] else "")
            title = e["title"] + (f" / {e['title_zh']}" if e["title_zh"] else "")
            if e["deprecated"]:
                title += " (deprecated)"
            lines.append(
                f"| `{_cell(key)}` | {_cell(title)} | {_cell(', '.join(e['grants']) or ('identity only' if e['identity_only'] else '—'))} "
                f"| {_cell(e['provider_class'])} | {_cell(narrower)} | { {'meaning': 'meaning', 'name': 'name only'}.get(e['verified'], 'no')} |"
            )
        lines.append("")
        pages[f"{pid}.md"] = "\n".join(lines)
    index.append("")
    pages["README.md"] = "\n".join(index)
    return pages


def write_or_check(root: Path, check: bool) -> list[str]:
    target = root / "docs" / "catalog"
    pages = catalog_pages()
    stale = [n for n, text in pages.items() if not (target / n).exists() or (target / n).read_text("utf-8") != text]
    stale += [p.name for p in target.glob("*.md") if p.name not in pages] if target.exists() else []
    if not check:
        target.mkdir(parents=True, exist_ok=True)
        for p in target.glob("*.md"):
            if p.name not in pages:
                p.unlink()
        for name, text in pages.items():
            (target / name).write_text(text, "utf-8")
    return sorted(stale)
