"""Generate scopes/providers/google.toml from the Google data files in this repository.

Inputs (all under tools/catalog/data/google/)
  discovery.toml   facts extracted once from Google's API discovery documents: every scope string
                   they declare and the APIs that declare it (no descriptions)
  google_map.toml  hand-curated: own-words titles, grants, narrower alternatives, Google's published
                   classification, the pages each fact was read on, and how far each entry was
                   checked (`v`: "meaning", or false; "name" when absent)
  provider.toml    the provider's fixed header, endpoints and parameters, the vocabulary the map is
                   written in, and the sentences the generator adds to entries

Output
  scopes/providers/google.toml  (format: docs/catalog-format.md), returned by generate() and written
  by the driver:

    python -m tools.catalog build google    # write the file
    python -m tools.catalog check google    # exit 1 if the committed file is stale

The build fails when a discovery scope has no curated entry, when the curated file names a scope
that is neither in discovery.toml nor declared in [extra], or when a narrower/implies reference
points outside the catalog. The output is deterministic: scope keys are sorted and lists keep the
curated order.

discovery.toml is regenerated from a scope list derived from the discovery documents (a JSON object
of scope -> {"apis": [...], ...}) with

    python -m tools.catalog.build_google extract RAW.json

which keeps only the scope strings and API names. generate() itself reads nothing outside the
repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "google"
DISCOVERY = DATA / "discovery.toml"
MAP = DATA / "google_map.toml"
PROVIDER = DATA / "provider.toml"


class BuildError(Exception):
    pass


def load(path: Path) -> dict:
    return tomllib.loads(path.read_text("utf-8"))


class Vocabulary:
    def __init__(self, provider: dict):
        v = provider["vocabulary"]
        self.prefix: str = v["prefix"]
        self.bare: set[str] = set(v["bare"])
        self.read_twins: tuple[str, ...] = tuple(v["read_twins"])
        self.classes: set[str] = set(v["classes"])
        self.verified: list = list(v["verified"])
        self.verified_default = v["verified_default"]
        self.shorthand: dict[str, list[str]] = dict(v["shorthand"])
        self.notes: dict[str, str] = provider["notes"]
        self.family_notes: list[dict] = provider.get("family_notes", [])

    def full(self, name: str) -> str:
        """Curated short name -> the scope string as it appears in an authorization URL."""
        if name in self.bare or name.startswith("http"):
            return name
        return self.prefix + name

    def short(self, scope: str) -> str:
        return scope[len(self.prefix):] if scope.startswith(self.prefix) else scope

    def expand_grants(self, grants: list[str], where: str) -> list[str]:
        out: list[str] = []
        for g in grants:
            cat, _, acc = g.partition(":")
            if acc in self.shorthand:
                levels = [f"{cat}:{lv}" for lv in self.shorthand[acc]]
            elif acc:
                levels = [g]
            else:
                raise BuildError(f"{where}: grant {g!r} has no access level")
            for lv in levels:
                if lv not in out:
                    out.append(lv)
        return out

    def read_twin(self, scope: str, catalog: set[str]) -> str | None:
        if any(scope.endswith(s) for s in self.read_twins) or scope in self.bare:
            return None
        for suffix in self.read_twins:
            if scope + suffix in catalog:
                return scope + suffix
        return None


def dedupe(items: list) -> list:
    seen, out = set(), []
    for x in items:
        key = json.dumps(x, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(x)
    return out


def build_entries(discovered: set[str], cmap: dict, voc: Vocabulary) -> dict[str, dict]:
    full, short = voc.full, voc.short
    pages: dict = cmap["pages"]
    classes: dict = cmap.get("classes", {})
    extra: dict = cmap.get("extra", {})
    curated: dict = dict(cmap.get("scope", {}))

    # Data Portability family: one compact row per scope.
    for suffix, row in cmap.get("dp", {}).items():
        what, *grants = row
        name = "dataportability." + suffix
        if name in curated:
            raise BuildError(f"{name}: in both [dp] and [scope]")
        curated[name] = {
            "t": voc.notes["dataportability_title"].format(what=what),
            "g": grants,
            "nn": voc.notes["dataportability_narrower_none"],
            "family_note": voc.notes["dataportability"],
        }

    extras = {full(k): v for k, v in extra.items()}
    for scope, page in extras.items():
        if scope in discovered:
            raise BuildError(f"[extra] names {short(scope)!r}, which is already in discovery.toml")
        if page not in pages:
            raise BuildError(f"[extra] {short(scope)!r}: unknown page {page!r}")
    for name in curated:
        scope = full(name)
        if scope not in discovered and scope not in extras:
            raise BuildError(f"{name}: not in discovery.toml and not declared in [extra]")
    curated_full = {full(k): v for k, v in curated.items()}
    if len(curated_full) != len(curated):
        raise BuildError("two curated names stand for the same scope")
    missing = sorted(short(s) for s in discovered - set(curated_full))
    if missing:
        raise BuildError("discovery scopes without a curated entry: " + ", ".join(missing))
    missing_extra = sorted(short(s) for s in set(extras) - set(curated_full))
    if missing_extra:
        raise BuildError("[extra] scopes without a curated entry: " + ", ".join(missing_extra))
    for name in classes:
        if full(name) not in curated_full:
            raise BuildError(f"[classes] names {name!r}, which is not in the catalog")

    catalog = set(curated_full)
    entries: dict[str, dict] = {}
    for scope in sorted(curated_full):
        c = curated_full[scope]
        where = short(scope)
        grants = voc.expand_grants(c.get("g", []), where)
        entry: dict = {"title": c["t"].strip(), "grants": grants, "modifiers": list(c.get("m", []))}
        if c.get("io"):
            entry["identity_only"] = True

        cls = classes.get(short(scope)) or classes.get(scope)
        notes: list[str] = []
        if cls:
            label, page, cls_note = cls
            if label not in voc.classes:
                raise BuildError(f"{where}: unknown class {label!r}")
            entry["provider_class"] = label
            if cls_note:
                notes.append(cls_note)
        else:
            entry["provider_class"] = "unclassified"
            page = c.get("src") or extras.get(scope) or "scopes"
            notes.append(voc.notes["unclassified"])
        if page not in pages:
            raise BuildError(f"{where}: unknown page {page!r}")
        source = pages[page]

        implies = [full(x) for x in c.get("i", [])]
        narrower = [{"scope": full(s), "still": still} for s, still in c.get("n", [])]
        twin = voc.read_twin(scope, catalog) if c.get("ro", True) else None
        if twin:
            implies.append(twin)
            if not narrower and not c.get("nn"):
                narrower = [{"scope": twin, "still": c.get("ns", "read-only access to the same data")}]
        implies = dedupe(implies)
        narrower = dedupe(narrower)
        for target in implies + [n["scope"] for n in narrower]:
            if target not in catalog:
                raise BuildError(f"{where}: refers to {short(target)!r}, which is not in the catalog")
            if target == scope:
                raise BuildError(f"{where}: refers to itself")
        if implies:
            entry["implies"] = implies
        if narrower:
            entry["narrower"] = narrower
        elif c.get("nn"):
            entry["narrower_none"] = c["nn"]
        else:
            raise BuildError(f"{where}: needs n (narrower) or nn (narrower_none)")

        if c.get("alias"):
            entry["aliases"] = list(c["alias"])
        if c.get("dep"):
            entry["deprecated"] = True
        entry["source"] = source
        verified = c.get("v", voc.verified_default)
        if verified not in voc.verified or verified is True:
            raise BuildError(f"{where}: v must be one of {voc.verified}, not {verified!r}")
        entry["verified"] = verified

        if c.get("note"):
            notes.insert(0, c["note"].strip())
        if c.get("family_note"):
            notes.append(c["family_note"])
        for fam in voc.family_notes:
            if where.startswith(fam["prefix"]) and where.endswith(fam["suffix"]):
                notes.append(fam["note"])
        if scope in extras:
            notes.append(voc.notes["extra_offpage" if c.get("offpage") else "extra_listed"])
        if notes:
            entry["note"] = " ".join(notes)
        entries[scope] = entry
    return entries


# ---------------------------------------------------------------- TOML writing (small, deterministic)

def q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def val(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return q(value)
    if isinstance(value, list):
        return "[" + ", ".join(val(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {val(v)}" for k, v in value.items()) + " }"
    raise TypeError(type(value))


ORDER = ("title", "grants", "modifiers", "identity_only", "provider_class", "implies", "narrower",
         "narrower_none", "aliases", "deprecated", "source", "verified", "note")


def render(provider: dict, entries: dict[str, dict]) -> str:
    lines = [
        "# Google OAuth scopes. GENERATED by tools/catalog/build_google.py from the files in",
        "# tools/catalog/data/google/ (discovery.toml, google_map.toml, provider.toml).",
        "# Do not edit by hand: change the data and run `python -m tools.catalog build google`.",
        "",
    ]
    for key, value in provider["provider"].items():
        lines.append(f"{key} = {val(value)}")
    endpoints = provider["endpoints"]
    lines += ["", "[endpoints]", f"domains = {val(endpoints['domains'])}"]
    for ep in endpoints["authorize"]:
        lines += ["", "[[endpoints.authorize]]"] + [f"{k} = {val(v)}" for k, v in ep.items()]
    lines += ["", "[params]"]
    for key, value in provider["params"].items():
        if not isinstance(value, dict):
            lines.append(f"{key} = {val(value)}")
    for key, value in provider["params"].items():
        if isinstance(value, dict):
            lines += ["", f"[params.{key}]"] + [f"{k} = {val(v)}" for k, v in value.items()]
    for scope in sorted(entries):
        entry = entries[scope]
        unknown = set(entry) - set(ORDER)
        if unknown:
            raise BuildError(f"{scope}: unexpected keys {sorted(unknown)}")
        lines += ["", f"[scopes.{q(scope)}]"]
        lines += [f"{key} = {val(entry[key])}" for key in ORDER if key in entry]
    return "\n".join(lines) + "\n"


def discovered_scopes(discovery: dict) -> set[str]:
    return set(discovery["scopes"])


def generate() -> str:
    """The whole text of scopes/providers/google.toml, from the data files in this repository."""
    provider = load(PROVIDER)
    voc = Vocabulary(provider)
    text = render(provider, build_entries(discovered_scopes(load(DISCOVERY)), load(MAP), voc))
    tomllib.loads(text)  # the output must parse
    return text


# ---------------------------------------------------------------- extract: raw scope list -> discovery.toml

DISCOVERY_HEADER = """\
# Google OAuth scope strings declared in Google's API discovery documents, and the APIs (discovery
# document names, without .json) that declare each one. Facts only: Google's descriptions are not
# kept. Regenerate with `python -m tools.catalog.build_google extract RAW.json`; do not edit by hand.
"""


def extract(raw: dict, snapshot: str, source: str) -> str:
    """discovery.toml's text from a raw scope list: scope strings and API names only, sorted."""
    if not isinstance(raw, dict) or not raw:
        raise BuildError("the raw list must be a JSON object of scope -> {\"apis\": [...]}")
    lines = [DISCOVERY_HEADER, f"snapshot = {q(snapshot)}", f"source = {q(source)}", "", "[scopes]"]
    for scope in sorted(raw):
        row = raw[scope]
        apis = row.get("apis") if isinstance(row, dict) else None
        if not isinstance(scope, str) or not scope or not isinstance(apis, list) or not apis:
            raise BuildError(f"{scope!r}: no list of APIs")
        if not all(isinstance(a, str) and a for a in apis):
            raise BuildError(f"{scope!r}: an API name is not a string")
        names = sorted({a.removesuffix(".json") for a in apis})
        lines.append(f"{q(scope)} = {val(names)}")
    text = "\n".join(lines) + "\n"
    tomllib.loads(text)
    return text


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.catalog.build_google",
                                 description="Google catalog data tools (build and check: python -m tools.catalog)")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="rewrite discovery.toml from a raw discovery scope list (JSON)")
    ex.add_argument("raw", type=Path)
    ex.add_argument("--snapshot", help="what the raw list was taken from (default: provider.toml [extract])")
    ex.add_argument("--out", type=Path, default=DISCOVERY)
    args = ap.parse_args(argv)
    try:
        defaults = load(PROVIDER)["extract"]
        raw = json.loads(args.raw.read_text("utf-8"))
        text = extract(raw, args.snapshot or defaults["snapshot"], defaults["source"])
    except (BuildError, OSError, ValueError, AttributeError, KeyError) as exc:
        print(f"build_google: {exc}", file=sys.stderr)
        return 2
    args.out.write_text(text, "utf-8")
    print(f"build_google: wrote {args.out.name} ({len(tomllib.loads(text)['scopes'])} scopes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
