"""Generate ``docs/rules/`` from the rules' docstrings (and check it has not drifted)."""

from __future__ import annotations

from pathlib import Path

from auditor.rules import FAMILIES, load_rules

REQUIRED_HEADINGS = ("## What it detects", "## Why it matters", "## What to do instead", "## Basis")


def rule_pages() -> dict[str, str]:
    rules = load_rules()
    pages: dict[str, str] = {}
    index = [
        "# Rules",
        "",
        "Generated from the rules' docstrings by `python -m auditor.dev gen-docs`; do not edit by hand.",
        "`oauth-audit rules` lists them and `oauth-audit explain ID` prints one.",
        "",
    ]
    for digit, family in FAMILIES.items():
        members = [r for r in sorted(rules.values()) if r.id[2] == digit]
        if not members:
            continue
        index += [f"## OA{digit}xx — {family}", "", "| id | name | up to | summary |", "|---|---|---|---|"]
        for r in members:
            index.append(f"| [{r.id}]({r.id}.md) | `{r.name}` | {r.severity.label} | {r.summary} |")
        index.append("")
    pages["README.md"] = "\n".join(index)
    for r in rules.values():
        missing = [h for h in REQUIRED_HEADINGS if h not in r.doc]
        if missing:
            raise ValueError(f"{r.id}: docstring lacks {', '.join(missing)}")
        body = r.doc.split("\n", 1)[1].strip() if "\n" in r.doc else ""
        pages[f"{r.id}.md"] = "\n".join(
            [
                f"# {r.id} `{r.name}`",
                "",
                f"**{r.summary}**",
                "",
                f"- Family: {r.family} (`OA{r.id[2]}xx`)",
                f"- Severity: up to **{r.severity.label}**",
                f"- Score component: {r.component}" + (f" ({r.points} points per finding)" if r.points is not None else ""),
                "",
                body,
                "",
            ]
        )
    return pages


def write_or_check(root: Path, check: bool) -> list[str]:
    target = root / "docs" / "rules"
    pages = rule_pages()
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
