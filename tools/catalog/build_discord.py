"""Generate scopes/providers/discord.toml (format: docs/catalog-format.md) from the repository alone.

Data (tools/catalog/data/discord/)
  facts.toml     facts extracted from Discord's docs: the OAuth2 scope names, and each permission flag's
                 bit, 2FA mark and channel types (written by `extract`, below)
  curated.toml   our reading: titles, grants, narrower / implies, availability (a vocabulary), notes,
                 `verified`, and the Social SDK scopes (not in the OAuth2 scope table)
  provider.toml  provider metadata, endpoints and parameters

Facts were taken from discord/discord-api-docs (developers/topics/oauth2.mdx,
developers/topics/permissions.mdx, developers/discord-social-sdk/core-concepts/oauth2-scopes.mdx,
snapshot c98d64bc, 2026-08-06). Titles are our own words; Discord's docs are CC BY-SA, so none of
their prose is reproduced.

generate() fails when a scope or bit in facts.toml has no curated entry, or when curated.toml names a
scope or bit that facts.toml does not list (except the Social SDK scopes, marked sdk = true).

    python -m tools.catalog build discord
    python -m tools.catalog check discord
    python -m tools.catalog.build_discord extract SCOPES_TXT BITS_TSV   # rewrite facts.toml
      (SCOPES_TXT: one scope name a line; BITS_TSV: name, bit, requires_2fa (yes/no), channel_types)
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from tools.catalog.catalog_toml import check_verified, dangling_refs, header, table, value

DATA = Path(__file__).resolve().parent / "data" / "discord"
SCOPE_ORDER = ("title", "grants", "acts", "modifiers", "identity_only", "provider_class", "implies", "narrower",
               "narrower_none", "deprecated", "source", "verified", "note")


# --- extract: raw inputs -> facts.toml ------------------------------------------------------------

def extract(scopes_txt: Path, bits_tsv: Path) -> str:
    scopes = [s.strip() for s in Path(scopes_txt).read_text("utf-8").splitlines() if s.strip()]
    lines = Path(bits_tsv).read_text("utf-8").splitlines()
    head = lines[0].split("\t")
    out = ["# Facts from Discord's docs (discord/discord-api-docs, oauth2.mdx scope table and permissions.mdx",
           "# flag table). Written by `python -m tools.catalog.build_discord extract`; do not edit by hand.",
           "", f"scopes = {value(sorted(scopes))}", ""]
    for line in lines[1:]:
        if not line.strip():
            continue
        row = dict(zip(head, line.split("\t") + [""] * len(head)))
        types = [t.strip() for t in row.get("channel_types", "").split(",") if t.strip()]
        out.append(table(f"bits.{row['name']}", {"bit": int(row["bit"]), "two_factor": row["requires_2fa"].strip() == "yes",
                                                 "channel_types": types or None}))
    return "\n".join(out)


# --- generate: repository data -> provider file ----------------------------------------------------

def load() -> tuple[dict, dict, dict]:
    read = lambda name: tomllib.loads((DATA / name).read_text("utf-8"))  # noqa: E731
    return read("provider.toml"), read("facts.toml"), read("curated.toml")


def problems(facts: dict, cur: dict) -> list[str]:
    errors = []
    scopes, bits = cur["scopes"], cur["bits"]
    for s in facts["scopes"]:
        if s not in scopes:
            errors.append(f"documented scope {s} has no curated entry")
    for s, e in scopes.items():
        if s not in facts["scopes"] and not e.get("sdk"):
            errors.append(f"curated scope {s} is not in facts.toml (mark Social SDK scopes sdk = true)")
        errors += dangling_refs(s, e, scopes)
        if "availability" in e and e["availability"] not in cur["availability"]:
            errors.append(f"{s}: unknown availability {e['availability']!r}")
    for n in set(facts["bits"]) - set(bits):
        errors.append(f"documented bit {n} has no curated entry")
    for n in set(bits) - set(facts["bits"]):
        errors.append(f"curated bit {n} is not in facts.toml")
    return errors


def scope_entry(name: str, e: dict, cur: dict) -> dict:
    check_verified(f"discord {name}", e.get("verified"))
    narrower = [{"scope": s, "still": still} for s, still in e.get("narrower", [])]
    out = {
        "title": e["title"],
        "grants": e["grants"],
        "acts": e.get("acts"),
        "modifiers": e.get("modifiers") or None,
        "identity_only": True if e.get("identity_only") else None,
        "provider_class": cur["availability"][e["availability"]] if "availability" in e else e["provider_class"],
        "implies": e.get("implies") or None,
        "narrower": narrower or None,
        "narrower_none": None if narrower else e["narrower_none"],
        "deprecated": False,
        "source": cur["pages"]["sdk"] if e.get("sdk") else cur["pages"]["oauth2"],
        "verified": e["verified"],
        "note": e.get("note"),
    }
    return {k: out[k] for k in SCOPE_ORDER}


def generate() -> str:
    provider, facts, cur = load()
    errors = problems(facts, cur)
    if errors:
        raise ValueError("; ".join(errors))
    out = ["# Generated by tools/catalog/build_discord.py from tools/catalog/data/discord/; edit the data, not this file.\n"]
    out += header(provider)
    for name in sorted(cur["scopes"]):
        out.append(table(f"scopes.{value(name)}", scope_entry(name, cur["scopes"][name], cur)))
    for name in sorted(facts["bits"], key=lambda n: facts["bits"][n]["bit"]):
        f, c = facts["bits"][name], cur["bits"][name]
        check_verified(f"discord bit {name}", c.get("verified"))
        out.append(table(f"bits.{name}", {
            "bit": f["bit"], "title": c["title"], "grants": c["grants"], "two_factor": f["two_factor"],
            "channel_types": f.get("channel_types"), "source": cur["pages"]["permissions"],
            "verified": c["verified"], "note": c.get("note"),
        }))
    return "\n".join(out)


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "extract":
        (DATA / "facts.toml").write_text(extract(Path(argv[1]), Path(argv[2])), "utf-8")
        print("wrote tools/catalog/data/discord/facts.toml")
        return 0
    print("usage: python -m tools.catalog.build_discord extract SCOPES_TXT BITS_TSV", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
