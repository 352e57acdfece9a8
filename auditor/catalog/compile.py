"""Compile the TOML catalog (``scopes/``) into the JSON index the tool reads at run time.

Why: ``tomllib`` needs about 60 ms to parse a Microsoft-Graph-sized file, more than the whole budget
of a cold scan. The compiled index is plain JSON, split per provider so a scan reads only the index
(taxonomy, purposes, endpoints) and the one provider file it needs. Entries are normalised here
(every optional key present), so the run-time code never guesses a default.

    python -m auditor.dev compile          # rewrite auditor/catalog/compiled/
    python -m auditor.dev compile --check  # fail if the committed index differs from the sources
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from auditor.catalog import schema

COMPILED = Path(__file__).resolve().parent / "compiled"

SCOPE_DEFAULTS: dict[str, object] = {
    "title_zh": "",
    "grants": [],
    "modifiers": [],
    "identity_only": False,
    "unknown_static": False,
    "provider_class": "",
    "implies": [],
    "narrower": [],
    "narrower_none": "",
    "ids": {},
    "aliases": [],
    "deprecated": False,
    "note": "",
    "schemes": {},
    "resource": "",
    "group": "",
    "acts": "",
}
PARAM_DEFAULTS: dict[str, object] = {
    "scope": ["scope"],
    "separator": " ",
    "client_id": ["client_id"],
    "empty": "",
    "empty_zh": "",
    "empty_grants": [],
    "offline": {},
    "strip_prefixes": [],
    "resource_patterns": {},
    "resource_param": "",
    "case_insensitive": False,
    "fragment_required": "",
    "scope_groups": {},
    "path_scope_groups": [],
    "pkce": True,
    "admin_consent": {},
    "device_code": {},
    "bitfield_param": "",
    "persistent": "",
    "persistent_zh": "",
    "match_patterns": "",
}


PURPOSE_DEFAULTS: dict[str, object] = {
    "number": "",
    "necessary": [],
    "optional": [],
    "red_flags": [],
    "note": "",
    "source": "",
    # The 39 app types of the 2021 regulation (``cn.*``) carry its text; other profiles leave these empty.
    "basic_function": "",
    "basic_function_zh": "",
    "necessary_zh": "",
    "necessary_info": "",
}
SESSION_LOGIN_DEFAULTS: dict[str, object] = {"provider": "", "note": ""}


class CatalogSourceError(Exception):
    """The TOML sources are invalid; the message lists every error."""


def source_root() -> Path:
    """The ``scopes/`` folder: beside the package in a checkout, inside it in a wheel."""
    here = Path(__file__).resolve().parents[1]
    for candidate in (here.parent / "scopes", here / "_scopes"):
        if (candidate / "taxonomy.toml").exists():
            return candidate
    raise CatalogSourceError("the catalog sources (scopes/) are not present in this installation")


def _load(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise CatalogSourceError(f"{path.name}: {exc}") from None


# Tables of scopes/oidc.toml beyond [scopes]: what the other carriers of permissions name (OIDC
# `claims`, RFC 9396 `authorization_details` types), each entry shaped like a scope entry.
CARRIER_TABLES = ("claims", "authorization_details")


def _validate_carriers(oidc: dict, taxonomy: dict) -> list[str]:
    errors: list[str] = []
    for table in CARRIER_TABLES:
        errors += schema.validate_provider(
            {"id": f"oidc_{table}", "name": table, "docs": "https://openid.net/specs/openid-connect-core-1_0.html",
             "revoke": "https://openid.net/specs/openid-connect-core-1_0.html",
             "revoke_zh": "https://openid.net/specs/openid-connect-core-1_0.html", "endpoints": {"domains": ["openid.net"]},
             "scopes": oidc.get(table, {})},
            taxonomy,
        )
    return errors


def build(root: Path | None = None) -> dict[str, str]:
    """Return ``{file name: JSON text}`` for the compiled index, validating everything first."""
    root = root or source_root()
    taxonomy = _load(root / "taxonomy.toml")
    purposes = _load(root / "purposes.toml")
    sessions = _load(root / "session_logins.toml")
    phishing = _load(root / "phishing.toml")
    intel = _load(root / "intel.toml")
    oidc = _load(root / "oidc.toml")
    errors = schema.validate_taxonomy(taxonomy)
    errors += schema.validate_purposes(purposes, taxonomy)
    errors += schema.validate_session_logins(sessions)
    errors += schema.validate_phishing(phishing)
    errors += schema.validate_provider(
        {"id": "oidc", "name": "OpenID Connect", "docs": "https://openid.net/specs/openid-connect-core-1_0.html",
         "revoke": "https://openid.net/specs/openid-connect-core-1_0.html",
         "revoke_zh": "https://openid.net/specs/openid-connect-core-1_0.html", "endpoints": {"domains": ["openid.net"]},
         "scopes": oidc.get("scopes", {})},
        taxonomy,
    )
    errors += _validate_carriers(oidc, taxonomy)

    providers: dict[str, dict] = {}
    files: dict[str, str] = {}
    hosts: dict[str, list[list[str]]] = {}
    domains_seen: dict[str, str] = {}
    for path in sorted((root / "providers").glob("*.toml")):
        data = _load(path)
        perrors = schema.validate_provider(data, taxonomy)
        if data.get("id") != path.stem:
            perrors.append(f"{path.name}: id {data.get('id')!r} must equal the file name")
        errors += perrors
        if perrors:
            continue
        pid = data["id"]
        scopes = {}
        aliases: dict[str, str] = {}
        for key in sorted(data.get("scopes", {})):
            entry = {**SCOPE_DEFAULTS, **data["scopes"][key]}
            entry["grants"] = derive_grants(entry["grants"], taxonomy)
            scopes[key] = entry
            for alias in entry["aliases"]:
                aliases[alias] = key
        params = {**PARAM_DEFAULTS, **data.get("params", {})}
        lower: dict[str, str] = {}
        if params["case_insensitive"]:
            for key in scopes:
                lower.setdefault(key.lower(), key)
            for alias, key in aliases.items():
                lower.setdefault(alias.lower(), key)
        endpoints = data.get("endpoints", {})
        meta = {
            "id": pid,
            "name": data["name"],
            "name_zh": data.get("name_zh", ""),
            "docs": data["docs"],
            "revoke": data["revoke"],
            "revoke_zh": data.get("revoke_zh", ""),
            "revoke_note": data.get("revoke_note", ""),
            "revoke_note_zh": data.get("revoke_note_zh", ""),
            "domains": sorted(endpoints.get("domains", [])),
            "authorize": endpoints.get("authorize", []),
            "device": endpoints.get("device", []),
            "params": params,
            "resources": data.get("resources", {}),
            "scope_count": len(scopes),
        }
        providers[pid] = meta
        for kind in ("authorize", "device"):
            for ep in meta[kind]:
                hosts.setdefault(ep["host"], []).append([ep["path"], pid, kind])
        for domain in meta["domains"]:
            if domain in domains_seen and domains_seen[domain] != pid:
                errors.append(f"{pid}: domain {domain!r} is also claimed by {domains_seen[domain]!r}")
            domains_seen[domain] = pid
        bits = {name: {"title_zh": "", "grants": [], "two_factor": False, "note": "", "channel_types": [], **b} for name, b in sorted(data.get("bits", {}).items(), key=lambda kv: kv[1]["bit"])}
        # Each entry is stored as its own JSON text: a scan parses only the entries it looks up,
        # which for Microsoft Graph (1,000+ entries) saves most of the file's parsing time.
        packed = {key: _dump(entry).rstrip("\n") for key, entry in scopes.items()}
        files[f"{pid}.json"] = _dump({"scopes": packed, "aliases": aliases, "lower": lower, "bits": bits})
    errors += schema.validate_intel(intel, set(providers))
    if errors:
        raise CatalogSourceError("\n".join(errors))
    for host in hosts:
        hosts[host].sort()
    index = {
        "schema": 1,
        "taxonomy": {
            "categories": taxonomy["categories"],
            "access": taxonomy["access"],
            "modifiers": taxonomy["modifiers"],
        },
        "purposes": {pid: {**PURPOSE_DEFAULTS, **p} for pid, p in purposes["profiles"].items()},
        "providers": providers,
        "hosts": hosts,
        "session_logins": [{**SESSION_LOGIN_DEFAULTS, **login} for login in sessions["logins"]],
        "phishing": {k: phishing.get(k, []) for k in schema.PHISHING_TABLES},
        "intel": [{"client_id": "", "extension_id": "", "references": [], "note": "", **app} for app in intel["app"]],
        "oidc": {key: {**SCOPE_DEFAULTS, **entry} for key, entry in sorted(oidc.get("scopes", {}).items())},
        "carriers": {
            table: {key: {**SCOPE_DEFAULTS, **entry, "grants": derive_grants(entry["grants"], taxonomy)} for key, entry in sorted(oidc.get(table, {}).items())}
            for table in CARRIER_TABLES
        },
    }
    files["index.json"] = _dump(index)
    return files


def derive_grants(grants: list[str], taxonomy: dict) -> list[str]:
    """The grants of an entry with what they reveal added: a category's ``reveals`` (taxonomy)
    names categories that reading it also reads, at the same access (reading the mail inbox reads
    the one-time codes that arrive in it). Derived grants follow the entry's own; nothing is
    removed, and an entry that already names a derived grant keeps one copy."""
    cats = taxonomy["categories"]
    out = list(grants)
    for g in grants:
        cat, _, access = g.partition(":")
        if not access.startswith("read."):
            continue
        for revealed in cats.get(cat, {}).get("reveals", []):
            derived = f"{revealed}:{access}"
            if derived not in out:
                out.append(derived)
    return out


def _dump(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def write(files: dict[str, str], target: Path = COMPILED) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("*.json"):
        if old.name not in files:
            old.unlink()
    for name, text in files.items():
        tmp = target / (name + ".tmp")
        tmp.write_text(text, "utf-8")
        tmp.replace(target / name)


def check(files: dict[str, str], target: Path = COMPILED) -> list[str]:
    """Names of compiled files that differ from what the sources compile to."""
    stale = [name for name, text in files.items() if not (target / name).exists() or (target / name).read_text("utf-8") != text]
    stale += [p.name for p in target.glob("*.json") if p.name not in files]
    return sorted(stale)
