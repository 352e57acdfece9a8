"""Validation of the catalog sources (``scopes/*.toml``).

Each ``validate_*`` function returns a list of human-readable errors; an empty list means valid.
Run it on files while editing the catalog::

    python -m auditor.catalog.schema scopes/providers/github.toml scopes/taxonomy.toml
"""

from __future__ import annotations

import re
import sys

from auditor.catalog import pattern_matches  # noqa: F401 - re-exported for catalog tools

SEVERITY_CLASSES_CN = {"S", "S*", "O"}
SEVERITY_CLASSES_EU = {"SC", "SC?", "A10", "-"}
SUBJECTS = {"self", "third_party", "mixed"}
TIERS = {"T50", "T500", "T5000", "-"}
AXES = {"identity", "read", "write", "act", "admin"}
MODIFIERS = {"offline", "org_wide", "admin_consent"}
SEPARATORS = {" ", ","}
# params.match_patterns: scope strings that are match patterns resolve by what they reach, through the
# named matcher (``chrome``: auditor.sources.manifests.chrome.pattern_key), to one of the provider's keys.
MATCHERS = {"", "chrome"}
_URL = re.compile(r"^https?://[^\s]+$")
_GRANT = re.compile(r"^[a-z_]+\.[a-z_]+:[a-z]+(\.[a-z]+)?$")

PROVIDER_KEYS = {
    "id", "name", "name_zh", "docs", "revoke", "revoke_zh", "revoke_note", "revoke_note_zh",
    "endpoints", "params", "scopes", "resources", "note", "bits",
}
BIT_KEYS = {"bit", "title", "title_zh", "grants", "two_factor", "note", "source", "verified", "channel_types"}
SCOPE_KEYS = {
    "title", "title_zh", "grants", "modifiers", "identity_only", "provider_class", "implies",
    "narrower", "narrower_none", "ids", "aliases", "deprecated", "source", "verified", "note",
    "schemes", "resource", "unknown_static", "group", "acts",
}
SCOPE_REQUIRED = {"title", "grants", "source", "verified"}
# Chinese counterparts of provider texts shown in the report. revoke_zh is required for every
# provider, revoke_note_zh wherever revoke_note is set; the [params] texts may carry them.
PROVIDER_ZH = {"revoke": "revoke_zh", "revoke_note": "revoke_note_zh"}
PARAM_ZH = {"empty": "empty_zh", "persistent": "persistent_zh"}


def _check_grant(text: object, taxonomy: dict, where: str, errors: list[str]) -> None:
    if not isinstance(text, str) or not _GRANT.match(text):
        errors.append(f"{where}: grant {text!r} is not 'category:access'")
        return
    category, access = text.split(":")
    if category not in taxonomy["categories"]:
        errors.append(f"{where}: unknown category {category!r}")
    if access not in taxonomy["access"]:
        errors.append(f"{where}: unknown access level {access!r}")


# How far an entry was checked at the provider's own page: "meaning" (what it grants was checked
# against the provider's description of the scope), "name" (only the string was seen there; the
# meaning is ours, derived), or false (not seen at the provider's own page at all).
VERIFIED_VALUES = ("meaning", "name")
VERIFIED_ERROR = 'verified must be "meaning", "name" or false'


def _verified_ok(value: object) -> bool:
    return value is False or (isinstance(value, str) and value in VERIFIED_VALUES)


def validate_taxonomy(data: dict) -> list[str]:
    errors: list[str] = []
    cats = data.get("categories")
    if not isinstance(cats, dict) or not cats:
        return ["taxonomy: [categories] is missing"]
    for cid, c in cats.items():
        where = f"categories.{cid}"
        if "." not in cid:
            errors.append(f"{where}: id must be group.name")
        for key in ("en", "zh", "group", "cn", "eu", "subject", "tier", "basis"):
            if not isinstance(c.get(key), str) or not c.get(key):
                errors.append(f"{where}: missing {key}")
        if c.get("group") and c["group"] != cid.split(".")[0]:
            errors.append(f"{where}: group {c['group']!r} does not match the id")
        if c.get("cn") not in SEVERITY_CLASSES_CN:
            errors.append(f"{where}: cn must be one of {sorted(SEVERITY_CLASSES_CN)}")
        if c.get("eu") not in SEVERITY_CLASSES_EU:
            errors.append(f"{where}: eu must be one of {sorted(SEVERITY_CLASSES_EU)}")
        if c.get("subject") not in SUBJECTS:
            errors.append(f"{where}: subject must be one of {sorted(SUBJECTS)}")
        if c.get("tier") not in TIERS:
            errors.append(f"{where}: tier must be one of {sorted(TIERS)}")
        reveals = c.get("reveals", [])
        if not isinstance(reveals, list) or any(not isinstance(r, str) or r not in cats or r == cid for r in reveals):
            errors.append(f"{where}: reveals must list other category ids")
    access = data.get("access")
    if not isinstance(access, dict) or not access:
        errors.append("taxonomy: [access] is missing")
    else:
        for aid, a in access.items():
            for key in ("en", "zh"):
                if not isinstance(a.get(key), str) or not a.get(key):
                    errors.append(f"access.{aid}: missing {key}")
            if a.get("axis") not in AXES:
                errors.append(f"access.{aid}: axis must be one of {sorted(AXES)}")
            if not isinstance(a.get("rank"), int):
                errors.append(f"access.{aid}: rank must be an integer")
    mods = data.get("modifiers", {})
    for mid in MODIFIERS:
        if mid not in mods:
            errors.append(f"taxonomy: modifier {mid!r} is missing")
    return errors


def _check_pattern(p: object, taxonomy: dict, where: str, errors: list[str]) -> None:
    if not isinstance(p, str):
        errors.append(f"{where}: pattern {p!r} is not a string")
        return
    if p.startswith("modifier:"):
        if p[9:] not in MODIFIERS:
            errors.append(f"{where}: unknown modifier in {p!r}")
        return
    cat, _, acc = p.partition(":")
    if cat.endswith(".*"):
        if not any(c.split(".")[0] == cat[:-2] for c in taxonomy["categories"]):
            errors.append(f"{where}: group {cat!r} matches no category")
    elif cat not in taxonomy["categories"]:
        errors.append(f"{where}: unknown category {cat!r}")
    if acc and acc not in taxonomy["access"]:
        errors.append(f"{where}: unknown access level {acc!r}")


PURPOSE_KEYS = {
    "number", "en", "zh", "necessary", "optional", "red_flags", "basis", "note", "source",
    "basic_function", "basic_function_zh", "necessary_zh", "necessary_info",
}
# Profiles for the 39 app types of 《常见类型移动互联网应用程序必要个人信息范围规定》 (2021): id `cn.<name>`,
# number CN01-CN39, and the regulation's own text beside our English.
CN_PREFIX = "cn."
CN_REQUIRED = ("basic_function", "basic_function_zh", "necessary_zh", "necessary_info", "source")
CN_NO_PI_ZH = "无须个人信息，即可使用基本功能服务"
_PURPOSE_NUMBER = re.compile(r"^(P|CN)\d{2}$")
_URL_IN_TEXT = re.compile(r"https?://\S+")


def validate_purposes(data: dict, taxonomy: dict) -> list[str]:
    errors: list[str] = []
    profiles = data.get("profiles")
    if not isinstance(profiles, dict) or not profiles:
        return ["purposes: [profiles] is missing"]
    numbers: dict[str, str] = {}
    for pid, p in profiles.items():
        where = f"profiles.{pid}"
        for key in sorted(set(p) - PURPOSE_KEYS):
            errors.append(f"{where}: unknown key {key!r}")
        for key in ("en", "zh", "basis"):
            if not isinstance(p.get(key), str) or not p.get(key):
                errors.append(f"{where}: missing {key}")
        number = p.get("number")
        if number is not None:
            if not isinstance(number, str) or not _PURPOSE_NUMBER.match(number):
                errors.append(f"{where}: number must be P01-P99 or CN01-CN99")
            elif number in numbers:
                errors.append(f"{where}: number {number} is also {numbers[number]}")
            else:
                numbers[number] = pid
        for key in ("necessary", "optional", "red_flags"):
            value = p.get(key, [])
            if not isinstance(value, list):
                errors.append(f"{where}: {key} must be a list")
                continue
            for pat in value:
                _check_pattern(pat, taxonomy, f"{where}.{key}", errors)
        for key in ("basic_function", "basic_function_zh", "necessary_zh", "necessary_info", "source", "note"):
            if key in p and (not isinstance(p[key], str) or not p[key]):
                errors.append(f"{where}: {key} must be a non-empty string")
        if isinstance(p.get("source"), str) and not _URL.match(p["source"]):
            errors.append(f"{where}: source must be an http(s) URL")
        if pid.startswith(CN_PREFIX):
            errors += _check_cn_profile(pid, p, where)
    return errors


def _check_cn_profile(pid: str, p: dict, where: str) -> list[str]:
    """A ``cn.*`` profile: number CNnn, the regulation's text, a source URL, and a no-PI list that matches."""
    errors: list[str] = []
    if not isinstance(p.get("number"), str) or not p["number"].startswith("CN"):
        errors.append(f"{where}: a cn.* profile needs a number CN01-CN39")
    for key in CN_REQUIRED:
        if not isinstance(p.get(key), str) or not p.get(key):
            errors.append(f"{where}: missing {key}")
    if isinstance(p.get("basis"), str) and not _URL_IN_TEXT.search(p["basis"]):
        errors.append(f"{where}: basis must cite the source URL")
    no_pi = p.get("necessary_zh") == CN_NO_PI_ZH
    if no_pi and p.get("necessary"):
        errors.append(f"{where}: the regulation needs no personal information for this type, so necessary must be empty")
    if not no_pi and not p.get("necessary"):
        errors.append(f"{where}: necessary is empty but necessary_zh lists information")
    return errors


def validate_provider(data: dict, taxonomy: dict) -> list[str]:
    """Check one provider file: shape, grants against the taxonomy, and internal references."""
    errors: list[str] = []
    pid = data.get("id")
    if not isinstance(pid, str) or not re.match(r"^[a-z][a-z0-9_]*$", pid or ""):
        errors.append("provider: id must be a lowercase identifier")
        pid = "?"
    for key in sorted(set(data) - PROVIDER_KEYS):
        errors.append(f"{pid}: unknown top-level key {key!r}")
    for key in ("name", "docs", "revoke"):
        if not isinstance(data.get(key), str) or not data.get(key):
            errors.append(f"{pid}: missing {key}")
    for en, zh in PROVIDER_ZH.items():
        if data.get(en) and (not isinstance(data.get(zh), str) or not data[zh].strip()):
            errors.append(f"{pid}: missing {zh} (the Chinese text of {en})")
    if isinstance(data.get("docs"), str) and not _URL.match(data["docs"]):
        errors.append(f"{pid}: docs must be an http(s) URL")
    endpoints = data.get("endpoints", {})
    if not isinstance(endpoints.get("domains"), list) or not endpoints.get("domains"):
        errors.append(f"{pid}: endpoints.domains is missing")
    for kind in ("authorize", "device"):
        for i, ep in enumerate(endpoints.get(kind, [])):
            if not isinstance(ep.get("host"), str) or not isinstance(ep.get("path"), str):
                errors.append(f"{pid}: endpoints.{kind}[{i}] needs host and path")
            elif ep["host"] != ep["host"].lower() or not ep["path"].startswith("/"):
                errors.append(f"{pid}: endpoints.{kind}[{i}] host must be lowercase and path absolute")
    if not endpoints.get("authorize") and not data.get("scopes"):
        errors.append(f"{pid}: a provider needs endpoints.authorize or scopes")
    params = data.get("params", {})
    if not isinstance(params.get("scope", []), list):
        errors.append(f"{pid}: params.scope must be a list of parameter names")
    if params.get("separator", " ") not in SEPARATORS:
        errors.append(f"{pid}: params.separator must be ' ' or ','")
    for en, zh in PARAM_ZH.items():
        if not isinstance(params.get(en, ""), str) or not isinstance(params.get(zh, ""), str):
            errors.append(f"{pid}: params.{en} and params.{zh} must be strings")
        elif params.get(zh) and not params.get(en):
            errors.append(f"{pid}: params.{zh} is set but params.{en} is not")
    if params.get("match_patterns", "") not in MATCHERS:
        errors.append(f"{pid}: params.match_patterns must be one of {sorted(m for m in MATCHERS if m)}")
    for g in params.get("empty_grants", []):
        _check_grant(g, taxonomy, f"{pid}: params.empty_grants", errors)

    bits = data.get("bits", {})
    seen_bits: dict[int, str] = {}
    for name, b in bits.items():
        where = f"{pid}: bits.{name}"
        for k in sorted(set(b) - BIT_KEYS):
            errors.append(f"{where}: unknown key {k!r}")
        if not isinstance(b.get("bit"), int) or not 0 <= b["bit"] < 64:
            errors.append(f"{where}: bit must be an integer 0-63")
        elif b["bit"] in seen_bits:
            errors.append(f"{where}: bit {b['bit']} is also {seen_bits[b['bit']]}")
        else:
            seen_bits[b["bit"]] = name
        for k in ("title", "source"):
            if not isinstance(b.get(k), str) or not b.get(k):
                errors.append(f"{where}: missing {k}")
        if not _verified_ok(b.get("verified")):
            errors.append(f"{where}: {VERIFIED_ERROR}")
        for g in b.get("grants", []):
            _check_grant(g, taxonomy, where, errors)
    if bits and not params.get("bitfield_param"):
        errors.append(f"{pid}: bits need params.bitfield_param (the parameter holding the integer)")
    for name, group in params.get("scope_groups", {}).items():
        if not isinstance(group, str) or not group:
            errors.append(f"{pid}: params.scope_groups.{name} must name a group")
    psg = params.get("path_scope_groups", [])
    if not isinstance(psg, list) or not all(
        isinstance(r, dict) and set(r) == {"path", "param", "group"} and all(isinstance(v, str) and v for v in r.values()) and r["path"].startswith("/")
        for r in psg
    ):
        errors.append(f"{pid}: params.path_scope_groups must be a list of {{ path, param, group }} tables")
    if not isinstance(params.get("pkce", True), bool):
        errors.append(f"{pid}: params.pkce must be true or false (false: the provider's documentation shows no PKCE support)")
    ac = params.get("admin_consent", {})
    if not isinstance(ac, dict) or set(ac) - {"name", "value", "paths"} or not all(isinstance(ac.get(k, ""), str) for k in ("name", "value")) or not isinstance(ac.get("paths", []), list):
        errors.append(f"{pid}: params.admin_consent must be {{ name, value, paths }} (the parameter and the endpoints that ask for tenant-wide consent)")

    dc = params.get("device_code", {})
    if dc and (not isinstance(dc, dict) or set(dc) - {"lifetime", "source"} or not isinstance(dc.get("lifetime"), int) or isinstance(dc.get("lifetime"), bool)
               or dc["lifetime"] <= 0 or not str(dc.get("source", "")).startswith("https://")):
        errors.append(f"{pid}: params.device_code must be {{ lifetime, source }} (the documented lifetime of device and user codes in seconds, and the page that states it)")

    scopes = data.get("scopes", {})
    if not isinstance(scopes, dict):
        return errors + [f"{pid}: scopes must be a table"]
    names: dict[str, str] = {}
    for key, entry in scopes.items():
        names[key] = key
    for key, entry in scopes.items():
        where = f"{pid}: scopes.{key!r}"
        if not isinstance(entry, dict):
            errors.append(f"{where}: must be a table")
            continue
        for k in sorted(set(entry) - SCOPE_KEYS):
            errors.append(f"{where}: unknown key {k!r}")
        for k in sorted(SCOPE_REQUIRED - set(entry)):
            errors.append(f"{where}: missing {k}")
        if not isinstance(entry.get("title", ""), str) or not entry.get("title", "x").strip():
            errors.append(f"{where}: title must be a non-empty string")
        if isinstance(entry.get("source"), str) and not _URL.match(entry["source"]):
            errors.append(f"{where}: source must be an http(s) URL")
        if not _verified_ok(entry.get("verified", False)):
            errors.append(f"{where}: {VERIFIED_ERROR}")
        if entry.get("acts", "app") != "app":
            errors.append(f"{where}: acts may only be \"app\" (the scope itself names a token the app holds, such as a webhook)")
        grants = entry.get("grants", [])
        if not isinstance(grants, list):
            errors.append(f"{where}: grants must be a list")
            grants = []
        for g in grants:
            _check_grant(g, taxonomy, where, errors)
        if not grants and not entry.get("identity_only") and not entry.get("unknown_static"):
            errors.append(f"{where}: no grants (set identity_only or unknown_static where that is the truth)")
        for m in entry.get("modifiers", []):
            if m not in MODIFIERS:
                errors.append(f"{where}: unknown modifier {m!r}")
        has_narrower = bool(entry.get("narrower"))
        has_none = bool(entry.get("narrower_none"))
        if has_narrower == has_none:
            errors.append(f"{where}: needs exactly one of narrower / narrower_none")
        for n in entry.get("narrower", []):
            if not isinstance(n, dict) or "scope" not in n or "still" not in n:
                errors.append(f"{where}: narrower items need scope and still")
            elif n["scope"] not in scopes:
                errors.append(f"{where}: narrower scope {n['scope']!r} is not in the catalog")
            elif n["scope"] == key:
                errors.append(f"{where}: a scope cannot be narrower than itself")
        for target in entry.get("implies", []):
            if target not in scopes:
                errors.append(f"{where}: implies {target!r}, which is not in the catalog")
        for alias in entry.get("aliases", []):
            if alias in names and names[alias] != key:
                errors.append(f"{where}: alias {alias!r} collides with {names[alias]!r}")
            names[alias] = key
    return errors


def validate_session_logins(data: dict) -> list[str]:
    errors: list[str] = []
    logins = data.get("logins")
    if not isinstance(logins, list) or not logins:
        return ["session_logins: [[logins]] is missing"]
    seen: set[str] = set()
    for i, item in enumerate(logins):
        where = f"logins[{i}]"
        lid = item.get("id")
        if not isinstance(lid, str) or lid in seen:
            errors.append(f"{where}: id missing or duplicated")
        seen.add(lid)
        for key in ("name", "name_zh", "what", "what_zh", "revoke", "revoke_zh", "source"):
            if not isinstance(item.get(key), str) or not item.get(key):
                errors.append(f"{where}: missing {key}")
        if not _verified_ok(item.get("verified")):
            errors.append(f"{where}: {VERIFIED_ERROR}")
        matches = item.get("match")
        if not isinstance(matches, list) or not matches and not item.get("payload"):
            errors.append(f"{where}: match must be a non-empty list (it may be empty when payload names a bare form)")
            continue
        for m in matches:
            if not isinstance(m, dict) or not m.get("scheme"):
                errors.append(f"{where}: each match needs a scheme")
        for m in item.get("payload", []):  # bare, non-URL forms (auditor/sources/payload.py)
            if not isinstance(m, dict) or not isinstance(m.get("prefix"), str) or not m["prefix"]:
                errors.append(f"{where}: each payload needs a prefix")
            elif set(m) - {"prefix", "suffix", "separator", "fields", "lengths", "alphabet"}:
                errors.append(f"{where}: unknown payload keys {sorted(set(m) - {'prefix', 'suffix', 'separator', 'fields', 'lengths', 'alphabet'})}")
            elif m.get("alphabet", "base64") not in ("base64", "base64url", "alnum"):
                errors.append(f"{where}: payload alphabet must be base64, base64url or alnum")
    return errors


PHISHING_TABLES = {
    "device_login": ("provider", "host", "path_prefix", "name"),
    "first_party_client": ("provider", "client_id", "name"),
    "shortener": ("host",),
    "shared_hosting": ("suffix",),
}


def validate_phishing(data: dict) -> list[str]:
    """``scopes/phishing.toml``: device-login pages, first-party clients, shorteners, shared hosting."""
    errors: list[str] = []
    for table, required in PHISHING_TABLES.items():
        rows = data.get(table)
        if not isinstance(rows, list) or not rows:
            errors.append(f"phishing: [[{table}]] is missing")
            continue
        seen: set[str] = set()
        for i, row in enumerate(rows):
            where = f"phishing.{table}[{i}]"
            for key in required + ("source",):
                if not isinstance(row.get(key), str) or not row.get(key):
                    errors.append(f"{where}: missing {key}")
            if not _verified_ok(row.get("verified")):
                errors.append(f"{where}: {VERIFIED_ERROR}")
            key = "|".join(str(row.get(k, "")).lower() for k in required if k != "name")
            if key in seen:
                errors.append(f"{where}: duplicate {key}")
            seen.add(key)
            for k in ("host", "suffix"):
                if isinstance(row.get(k), str) and (row[k] != row[k].lower() or "/" in row[k]):
                    errors.append(f"{where}: {k} must be a lowercase host name")
    return errors


INTEL_KINDS = {"malicious": "malicious", "abused": "legitimate but abused"}
INTEL_REQUIRED = ("provider", "name", "kind", "used_for", "used_for_zh", "source", "source_name", "source_date")


def validate_intel(data: dict, providers: set[str] | None = None) -> list[str]:
    """``scopes/intel.toml``: known-abused and malicious apps, one ``[[app]]`` per client id or
    browser-extension id (docs/intel.md). ``providers``, when given, are the catalog's provider ids."""
    import re

    errors: list[str] = []
    rows = data.get("app")
    if not isinstance(rows, list) or not rows:
        return ["intel: [[app]] is missing"]
    seen: set[str] = set()
    for i, row in enumerate(rows):
        where = f"intel.app[{i}]"
        for key in INTEL_REQUIRED:
            if not isinstance(row.get(key), str) or not row.get(key).strip():
                errors.append(f"{where}: missing {key}")
        ids = [k for k in ("client_id", "extension_id") if k in row]
        if len(ids) != 1 or not isinstance(row.get(ids[0]), str) or not row[ids[0]].strip():
            errors.append(f"{where}: exactly one of client_id and extension_id is needed")
        elif ids[0] == "extension_id" and not re.fullmatch(r"[a-p]{32}", row["extension_id"]):
            errors.append(f"{where}: extension_id must be 32 letters a-p")
        else:
            key = f"{row.get('provider')}|{row[ids[0]].strip().lower()}"
            if key in seen:
                errors.append(f"{where}: duplicate {key}")
            seen.add(key)
        if row.get("kind") not in INTEL_KINDS:
            errors.append(f"{where}: kind must be one of {', '.join(INTEL_KINDS)}")
        if isinstance(row.get("source_date"), str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["source_date"]):
            errors.append(f"{where}: source_date must be YYYY-MM-DD")
        for key in ("source",):
            if isinstance(row.get(key), str) and not row[key].startswith("https://"):
                errors.append(f"{where}: {key} must be an https URL")
        refs = row.get("references", [])
        if not isinstance(refs, list) or not all(isinstance(r, str) and r.startswith("https://") for r in refs):
            errors.append(f"{where}: references must be a list of https URLs")
        if not _verified_ok(row.get("verified")):
            errors.append(f"{where}: {VERIFIED_ERROR}")
        if row.get("verified") is False and not row.get("note"):
            errors.append(f"{where}: an unverified entry needs a note saying where it comes from")
        if providers is not None and isinstance(row.get("provider"), str) and row["provider"] not in providers:
            errors.append(f"{where}: unknown provider {row['provider']!r}")
        unknown = set(row) - set(INTEL_REQUIRED) - {"client_id", "extension_id", "references", "verified", "note"}
        if unknown:
            errors.append(f"{where}: unknown keys {', '.join(sorted(unknown))}")
    return errors


def main(argv: list[str]) -> int:
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "scopes"
    taxonomy = tomllib.loads((root / "taxonomy.toml").read_text("utf-8")) if (root / "taxonomy.toml").exists() else None
    status = 0
    for name in argv:
        path = Path(name)
        data = tomllib.loads(path.read_text("utf-8"))
        if path.name == "taxonomy.toml":
            errors = validate_taxonomy(data)
        elif path.name == "session_logins.toml":
            errors = validate_session_logins(data)
        elif path.name == "phishing.toml":
            errors = validate_phishing(data)
        elif path.name == "intel.toml":
            errors = validate_intel(data)
        elif taxonomy is None:
            errors = ["scopes/taxonomy.toml is missing: grants cannot be checked"]
        elif path.name == "purposes.toml":
            errors = validate_purposes(data, taxonomy)
        else:
            errors = validate_provider(data, taxonomy)
        for e in errors:
            print(f"{name}: {e}")
        print(f"{name}: {'ok' if not errors else f'{len(errors)} error(s)'}")
        status |= bool(errors)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
