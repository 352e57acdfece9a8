"""Generate scopes/providers/google.toml from Google's discovery scope list and a curated mapping.

Inputs
  ../shared/catalog/raw/google-scopes-discovery.json  (relative to the repository root; every scope
      string that Google's API discovery documents declare, with the APIs that use it)
  tools/catalog/google_map.toml  (hand-curated: own-words titles, grants, narrower alternatives,
      Google's published classification and the pages it was read on)

Output
  scopes/providers/google.toml  (format: docs/catalog-format.md)

The build fails, and writes nothing, when a raw scope has no curated entry, when the curated file
names a scope that is neither in the raw list nor declared in [extra], or when a narrower/implies
reference points outside the catalog. The output is deterministic: scope keys are sorted and lists
keep the curated order.

    python3 tools/catalog/build_google.py            # write the file
    python3 tools/catalog/build_google.py --check    # exit 1 if the committed file is stale
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
RAW = REPO.parent / "shared" / "catalog" / "raw" / "google-scopes-discovery.json"
MAP = Path(__file__).resolve().parent / "google_map.toml"
OUT = REPO / "scopes" / "providers" / "google.toml"

PREFIX = "https://www.googleapis.com/auth/"
BARE = {"openid", "email", "profile"}
READ_TWINS = (".readonly", ".read-only", ".read_only")
LEVELS_RW = ("read.all", "write.create", "write.modify", "write.delete")
LEVELS_W = ("write.create", "write.modify", "write.delete")
CLASSES = {"restricted", "sensitive", "non-sensitive"}

UNCLASSIFIED_NOTE = (
    "Google's own label (non-sensitive / sensitive / restricted) for this scope was not found on "
    "the Google pages we read."
)
FIT_WRITE_NOTE = (
    "Google's Fit page says a write scope lets the app read back only the data it wrote itself; "
    "other apps' data needs the matching read scope."
)
DP_NOTE = (
    "Data Portability API scopes let the app fetch a copy of this data from Google (the export "
    "is made for the app; Google keeps its own copy)."
)

PROVIDER_HEADER = {
    "id": "google",
    "name": "Google",
    "docs": "https://developers.google.com/identity/protocols/oauth2/scopes",
    "revoke": "https://myaccount.google.com/connections",
    "revoke_zh": (
        "打开 https://myaccount.google.com/connections（Google 账号 → 安全 → “与第三方应用和服务的关联”，"
        "部分版本的页面标题为“你的 Google 账号与第三方的关联”），在列表里找到该应用，点开后删除它的全部访问权限。"
    ),
    "revoke_note": (
        "This is your Google Account's third-party connections page (Security > Your connections to "
        "third-party apps & services). Removing an app stops new access; it does not delete data the "
        "app already copied."
    ),
    "revoke_note_zh": (
        "这是 Google 账号里管理第三方关联的页面，菜单的中文名称可能因版本略有不同。删除关联后应用无法再取得新数据，"
        "但不会删除它此前已经复制走的数据。"
    ),
    "note": (
        "Authorization endpoints: /o/oauth2/v2/auth is the endpoint in Google's OpenID discovery "
        "document and Google's Node.js auth library; /o/oauth2/auth is the older endpoint still used "
        "by Google's oauth2client library and client_secret.json files; /signin/oauth is not "
        "documented by Google but is the sign-in page that carries the same parameters (client_id, "
        "scope, redirect_uri) and is opened directly by some apps. Domains: googleusercontent.com is "
        "Google's (OAuth client IDs end in .apps.googleusercontent.com) but it serves user-made "
        "content such as Apps Script web apps and Sites, so it is left out to avoid vouching for "
        "pages anyone can publish. googleapis.com is on the Public Suffix List, so each of its "
        "subdomains counts as a separate site. The sensitivity labels come from Google's restricted-"
        "scope list and from the per-API 'Choose scopes' pages; Google publishes no single list of "
        "sensitive scopes, so most scopes are 'unclassified'."
    ),
}
ENDPOINTS = {
    "domains": ["google.com", "googleapis.com"],
    "authorize": [
        {"host": "accounts.google.com", "path": "/o/oauth2/v2/auth"},
        {"host": "accounts.google.com", "path": "/o/oauth2/auth"},
        {"host": "accounts.google.com", "path": "/signin/oauth"},
    ],
}
PARAMS = {
    "scope": ["scope"],
    "separator": " ",
    "empty": (
        "Google treats scope as a required parameter: a request without it is refused and grants "
        "nothing."
    ),
    "empty_zh": "Google 要求必须提供 scope 参数：缺少该参数的请求会被拒绝，不授予任何权限。",
    "empty_grants": [],
    "offline": {"name": "access_type", "value": "offline"},
}


class BuildError(Exception):
    pass


def full(name: str) -> str:
    """Curated short name -> the scope string as it appears in an authorization URL."""
    if name in BARE or name.startswith("http"):
        return name
    return PREFIX + name


def short(scope: str) -> str:
    return scope[len(PREFIX):] if scope.startswith(PREFIX) else scope


def expand_grants(grants: list[str], where: str) -> list[str]:
    out: list[str] = []
    for g in grants:
        cat, _, acc = g.partition(":")
        if acc == "rw":
            levels = [f"{cat}:{lv}" for lv in LEVELS_RW]
        elif acc == "w":
            levels = [f"{cat}:{lv}" for lv in LEVELS_W]
        elif acc:
            levels = [g]
        else:
            raise BuildError(f"{where}: grant {g!r} has no access level")
        for lv in levels:
            if lv not in out:
                out.append(lv)
    return out


def dedupe(items: list) -> list:
    seen, out = set(), []
    for x in items:
        key = json.dumps(x, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(x)
    return out


def read_twin(scope: str, catalog: set[str]) -> str | None:
    if any(scope.endswith(s) for s in READ_TWINS) or scope in BARE:
        return None
    for suffix in READ_TWINS:
        if scope + suffix in catalog:
            return scope + suffix
    return None


def build_entries(raw: dict, cmap: dict) -> dict[str, dict]:
    pages: dict = cmap["pages"]
    classes: dict = cmap.get("classes", {})
    extra: dict = cmap.get("extra", {})
    curated: dict = dict(cmap.get("scope", {}))

    # Data Portability family: one compact row per scope.
    for suffix, row in cmap.get("dp", {}).items():
        what, *grants = row
        curated["dataportability." + suffix] = {
            "t": f"Get a copy of {what} (Data Portability API)",
            "g": grants,
            "nn": "Each Data Portability scope already covers a single kind of data.",
            "family_note": DP_NOTE,
        }

    raw_scopes = set(raw)
    extras = {full(k): v for k, v in extra.items()}
    for name in curated:
        scope = full(name)
        if scope not in raw_scopes and scope not in extras:
            raise BuildError(f"{name}: not in the discovery list and not declared in [extra]")
    curated_full = {full(k): v for k, v in curated.items()}
    missing = sorted(short(s) for s in raw_scopes - set(curated_full))
    if missing:
        raise BuildError("raw scopes without a curated entry: " + ", ".join(missing))
    for name in classes:
        if full(name) not in curated_full:
            raise BuildError(f"[classes] names {name!r}, which is not in the catalog")

    catalog = set(curated_full)
    entries: dict[str, dict] = {}
    for scope in sorted(curated_full):
        c = curated_full[scope]
        where = short(scope)
        grants = expand_grants(c.get("g", []), where)
        entry: dict = {"title": c["t"].strip(), "grants": grants, "modifiers": list(c.get("m", []))}
        if c.get("io"):
            entry["identity_only"] = True

        cls = classes.get(short(scope)) or classes.get(scope)
        notes: list[str] = []
        if cls:
            label, page, cls_note = cls
            if label not in CLASSES:
                raise BuildError(f"{where}: unknown class {label!r}")
            entry["provider_class"] = label
            source = pages[page]
            if cls_note:
                notes.append(cls_note)
        else:
            entry["provider_class"] = "unclassified"
            page = c.get("src") or extras.get(scope) or "scopes"
            source = pages[page]
            notes.append(UNCLASSIFIED_NOTE)

        implies = [full(x) for x in c.get("i", [])]
        narrower = [{"scope": full(s), "still": still} for s, still in c.get("n", [])]
        twin = read_twin(scope, catalog) if c.get("ro", True) else None
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
        entry["verified"] = not c.get("unv", False)

        if c.get("note"):
            notes.insert(0, c["note"].strip())
        if c.get("family_note"):
            notes.append(c["family_note"])
        if short(scope).startswith("fitness.") and short(scope).endswith(".write"):
            notes.append(FIT_WRITE_NOTE)
        if scope in extras:
            if c.get("offpage"):
                notes.append("Not in the July-2024 discovery snapshot.")
            else:
                notes.append("Not in the July-2024 discovery snapshot; listed on the Google page given as source.")
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


def render(entries: dict[str, dict]) -> str:
    lines = [
        "# Google OAuth scopes. GENERATED by tools/catalog/build_google.py from",
        "# ../shared/catalog/raw/google-scopes-discovery.json and tools/catalog/google_map.toml.",
        "# Do not edit by hand: change the curated map and run the generator again.",
        "",
    ]
    for key, value in PROVIDER_HEADER.items():
        lines.append(f"{key} = {val(value)}")
    lines += ["", "[endpoints]", f"domains = {val(ENDPOINTS['domains'])}"]
    for ep in ENDPOINTS["authorize"]:
        lines += ["", "[[endpoints.authorize]]", f"host = {val(ep['host'])}", f"path = {val(ep['path'])}"]
    lines += ["", "[params]"]
    for key in ("scope", "separator", "empty", "empty_zh", "empty_grants"):
        lines.append(f"{key} = {val(PARAMS[key])}")
    lines += ["", "[params.offline]"]
    for key, value in PARAMS["offline"].items():
        lines.append(f"{key} = {val(value)}")
    order = ("title", "grants", "modifiers", "identity_only", "provider_class", "implies", "narrower",
             "narrower_none", "aliases", "deprecated", "source", "verified", "note")
    for scope in sorted(entries):
        entry = entries[scope]
        lines += ["", f"[scopes.{q(scope)}]"]
        for key in order:
            if key in entry:
                lines.append(f"{key} = {val(entry[key])}")
        unknown = set(entry) - set(order)
        if unknown:
            raise BuildError(f"{scope}: unexpected keys {sorted(unknown)}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--raw", type=Path, default=RAW)
    ap.add_argument("--map", type=Path, default=MAP)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="fail if the output file differs")
    args = ap.parse_args(argv)
    try:
        raw = json.loads(args.raw.read_text("utf-8"))
        cmap = tomllib.loads(args.map.read_text("utf-8"))
        text = render(build_entries(raw, cmap))
        tomllib.loads(text)  # the output must parse
    except (BuildError, OSError, tomllib.TOMLDecodeError, KeyError, ValueError) as exc:
        print(f"build_google: {exc}", file=sys.stderr)
        return 1
    if args.check:
        current = args.out.read_text("utf-8") if args.out.exists() else ""
        if current != text:
            print(f"build_google: {args.out} is stale; run tools/catalog/build_google.py", file=sys.stderr)
            return 1
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, "utf-8")
    print(f"build_google: wrote {args.out} ({text.count('[scopes.')} scopes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
