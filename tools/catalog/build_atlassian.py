"""Generate scopes/providers/atlassian.toml (Jira, Confluence, Jira Service Management 3LO scopes).

Data (all under tools/catalog/data/atlassian/, read by ``generate()``; nothing else is read)
  names.json        every scope name and the lists it was seen in (Atlassian's @forge/manifest scope
                    list, its OpenAPI documents, a third-party index of its scope pages).
  operations.json   per scope, the operations Atlassian's OpenAPI documents list for it (method,
                    path, verb and object of the operation's summary, operation id). Written by
                    ``extract`` from copies of those documents.
  reviewed.toml     descriptions of single scopes read on Atlassian's pages (what they name, whether
                    a field scope reaches definitions or values) and the grants reviewed against them.
  classic.toml      the classic and account scopes, written by hand.
  vocabulary.toml   scope pages, product names, the resource -> category rules, title verbs, and the
                    words that show an operation is about configuration.

How grants are derived
  Classic scopes: classic.toml, or reviewed.toml where a description was read. Granular scopes
  (action:resource:product): the category from the resource rules, the accesses from the action
  (an operation lists every scope it needs, so its HTTP method does not say what each one grants).
  verified = "meaning" where the scope's operations or description were read, "name" where
  only the name was seen in Atlassian's own scope list, false otherwise. An entry whose only grant is
  resource.app_config either has an operation or description that names configuration, or says that
  the grant is our reading of its name.

    python -m tools.catalog build atlassian
    python3 -m tools.catalog.build_atlassian extract OPENAPI.json [OPENAPI.json ...]
"""

from __future__ import annotations

from tools.catalog.coverage import prune_narrower

import argparse
import json
import re
import sys
import tomllib
from pathlib import Path

from tools.catalog.catalog_toml import value

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "atlassian"
UNDETERMINED = "No operation or description of this scope naming configuration was read; the grant is our reading of the scope's name."


def load() -> dict:
    return {
        "names": json.loads((DATA / "names.json").read_text("utf-8"))["scopes"],
        "ops": json.loads((DATA / "operations.json").read_text("utf-8"))["scopes"],
        "reviewed": tomllib.loads((DATA / "reviewed.toml").read_text("utf-8"))["scope"],
        "classic": tomllib.loads((DATA / "classic.toml").read_text("utf-8"))["scope"],
        "vocab": tomllib.loads((DATA / "vocabulary.toml").read_text("utf-8")),
    }


def relevant_ops(d: dict, name: str) -> list[list[str]]:
    """The scope's operations that are about its resource. Atlassian lists every scope an operation
    needs (a granular delete needs the read and write scopes of the same resource too, and many
    operations need read:user), so an operation says what a scope is about only where the scope's
    resource words appear in it; when none does, all of them are used."""
    ops = d["ops"].get(name, [])
    parts = name.split(":")
    toks = {w for w in re.split(r"[.\-]", ".".join(parts[1:-1])) if len(w) >= 3}
    stems = {w[:-1] if w.endswith("s") else w for w in toks}
    rel = [o for o in ops if any(s in (o[1] + " " + o[3]).lower().replace("-", "").replace(" ", "") for s in stems)]
    return rel or ops


def facts(d: dict, name: str) -> list[tuple[str, str]]:
    """(verb, object) pairs Atlassian's operations and descriptions name for one scope."""
    out = [(verb, f"{obj} {path}") for _m, path, verb, obj, _op in relevant_ops(d, name)]
    out += [(verb, obj) for verb, obj in d["reviewed"].get(name, {}).get("says", [])]
    return out


def is_configuration(d: dict, name: str) -> bool:
    if d["reviewed"].get(name, {}).get("reads") == "definitions":
        return True
    rx = re.compile(d["vocab"]["config_evidence"], re.I)
    return any(rx.search(obj) for _v, obj in facts(d, name))


def reaches_others(d: dict, name: str) -> bool:
    if d["reviewed"].get(name, {}).get("reaches_others"):
        return True
    rx = re.compile(d["vocab"]["others"], re.I)
    return any(rx.search(obj) for _v, obj in facts(d, name))


def category(rules: list, product: str, resource: str) -> str:
    for prod_re, res_re, cat in rules:
        if re.fullmatch(prod_re, product) and re.search(res_re, resource):
            return cat
    return "resource.business"


def grants_for(d: dict, name: str, action: str, product: str, resource: str) -> tuple[list[str], list[str]]:
    cat = category(d["vocab"]["resource_rules"], product, resource)
    # the accesses come from the action alone: an operation lists every scope it needs, so a read
    # scope appears on write operations too (beside the write scope that grants the change)
    words = {action}
    acc: list[str] = []
    for w in ("read", "readonly", "validate", "search", "write", "create", "modify", "delete", "manage", "send", "redact", "import"):
        if w not in words:
            continue
        acc += {"read": ["read.all"], "readonly": ["read.all"], "validate": ["read.all"], "search": ["read.all"],
                "write": ["write.create", "write.modify"], "create": ["write.create"], "modify": ["write.modify"],
                "delete": ["write.delete"], "manage": ["read.all", "write.create", "write.modify", "write.delete", "admin"],
                "send": ["act.send"], "redact": ["write.modify"], "import": ["write.create", "write.modify"]}[w]
    if not acc:
        acc = ["read.all"]
    if cat in ("resource.app_config", "org.directory") and action in ("write", "delete", "import") and not resource.startswith("user."):
        acc.append("admin")
    grants = [f"{cat}:{a}" for a in dict.fromkeys(acc)]
    mods = ["org_wide"] if any(g.endswith(":admin") for g in grants) or cat == "activity.app_usage" else []
    return grants, mods


def words(resource: str) -> str:
    w = resource.replace(".", " ").replace("-", " ")
    return {"jql": "JQL queries", "cmdb": "Assets"}.get(w, w)


def title_for(v: dict, action: str, product: str, resource: str) -> str:
    return f"{v['verb'].get(action, 'Use')} {words(resource)} in {v['product'].get(product, product)}"


def entry_toml(name: str, e: dict) -> str:
    lines = [f"[scopes.{json.dumps(name)}]"]
    for k in ("title", "grants", "modifiers", "identity_only", "provider_class", "narrower", "narrower_none", "source", "verified", "note"):
        v = e.get(k)
        if v in (None, "", []) and k != "grants":
            continue
        if k == "identity_only" and not v:
            continue
        lines.append(f"{k} = {value(v)}")
    return "\n".join(lines) + "\n"


def entries() -> tuple[dict[str, dict], dict]:
    d = load()
    v = d["vocab"]
    oidc = v["oidc_page"]
    out: dict[str, dict] = {}
    for name in sorted(d["names"]):
        seen = d["names"][name]
        rev = d["reviewed"].get(name, {})
        described = bool(rev) or name in d["ops"]
        if name in d["classic"]:
            c = dict(d["classic"][name])
            verified: object = "name" if seen["forge"] or name == "read:me" or c.get("verified") else False
            e = {"title": c["title"], "grants": rev.get("grants") or c["grants"], "modifiers": c.get("modifiers", []),
                 "identity_only": c.get("identity_only", False), "source": rev.get("source") or c["source"],
                 "provider_class": "OpenID Connect scope" if c["source"] == oidc else "classic scope" if "-" in name or name == "search:confluence" else "account scope"}
            if "narrower" in c:
                e["narrower"] = c["narrower"]
            else:
                e["narrower_none"] = c["narrower_none"]
            notes = [c.get("note", "")]
            if verified is False and c["source"] != oidc and name != "read:account":
                notes.append("Not in Atlassian's @forge/manifest scope list; listed in a third-party index of Atlassian's scope pages.")
            if name.startswith(("read:jira", "write:jira", "manage:jira", "read:confluence", "write:confluence", "manage:confluence")) or "servicedesk" in name:
                notes.append("Atlassian recommends classic scopes over granular ones where both exist; classic scopes are not deprecated.")
        else:
            parts = name.split(":")
            action, resource, product = parts[0], ".".join(parts[1:-1]), parts[-1]
            grants, mods = grants_for(d, name, action, product, resource)
            verified = "name" if seen["forge"] else False
            e = {"title": title_for(v, action, product, resource), "grants": rev.get("grants") or grants, "modifiers": mods,
                 "provider_class": "granular scope",
                 "source": rev.get("source") or (v["ops_page"] if resource in ("ops-alert", "ops-config") else v["page"].get(product, v["page"]["jira"]))}
            notes = []
            if seen["forge_only"]:
                notes.append("In Atlassian's @forge/manifest scope list, but in neither the OpenAPI copies nor the scope-page index read here, so whether OAuth 2.0 (3LO) apps can request it was not confirmed.")
            if verified is False:
                notes.append("Not in Atlassian's @forge/manifest scope list; listed in a third-party index of Atlassian's scope pages, so it may be new, renamed or retired.")
            if resource.startswith("email-address"):
                notes.append("Returns other users' email addresses.")
            if product == "jira-service-management" and any(g.startswith("social.contacts:") for g in e["grants"]):
                notes.append("Jira Service Management customers are usually people outside the company.")
        if described and verified is not False:
            verified = "meaning"
        only_config = bool(e["grants"]) and all(g.startswith("resource.app_config:") for g in e["grants"])
        if only_config and not is_configuration(d, name):
            if verified == "meaning":
                verified = "name"
            notes.append(UNDETERMINED)
        if rev.get("note"):
            notes.append(rev["note"])
        e["verified"] = verified
        e["note"] = " ".join(n for n in notes if n)
        out[name] = e
    # narrower for granular write/delete: the read twin
    for name, e in out.items():
        if "narrower" in e or "narrower_none" in e:
            continue
        parts = name.split(":")
        action, resource = parts[0], ".".join(parts[1:-1])
        if action in ("write", "delete", "manage"):
            twin = ":".join(["read"] + parts[1:])
            if twin in out:
                e["narrower"] = [{"scope": twin, "still": f"see {words(resource)} without changing them"}]
                continue
        e["narrower_none"] = "Granular scope: already limited to one kind of data and one action."
    for e in out.values():
        for n in e.get("narrower", []):
            if n["scope"] not in out:
                raise SystemExit(f"narrower scope {n['scope']} is not in the catalog")
    stats = {"total": len(out), "listed": sum(1 for e in out.values() if e["verified"] is not False),
             "forge_added": sum(1 for s in d["names"].values() if s["forge_only"]),
             "meaning": sum(1 for e in out.values() if e["verified"] == "meaning")}
    return out, stats


def generate() -> str:
    es, stats = entries()
    prune_narrower(es)  # a "read" twin is not a part of a write or delete scope
    return HEADER.format(**stats) + "\n" + "\n".join(entry_toml(k, es[k]) for k in sorted(es))


HEADER = '''# Atlassian Cloud OAuth 2.0 (3LO) scopes: Jira, Jira Software, Jira Service Management, Confluence.
#
# GENERATED by tools/catalog/build_atlassian.py from tools/catalog/data/atlassian/; edit the data, not this file.
#
# {total} scopes; {listed} are in the scope list Atlassian ships in its npm package @forge/manifest (13.7.0,
# out/scopes/shipyard-scopes.json; Forge and 3LO share the product scopes), {forge_added} of them only there
# (see their notes). The set of 3LO scopes was assembled from copies of Atlassian's OpenAPI documents
# (Jira platform and Jira Software, 2022-07; Confluence v1 2022-01 and v2 2025-02), which name the
# scopes of each operation, and from a third-party index of Atlassian's four scope pages and of
# auth.atlassian.com's OpenID discovery document. {meaning} entries were checked against the operations
# Atlassian lists for the scope or its description on Atlassian's pages (verified = "meaning"); the
# others are our reading of the name. Titles are our own words. Atlassian says to prefer classic
# scopes where they exist; it has not deprecated them.

id = "atlassian"
name = "Atlassian (Jira, Confluence)"
docs = "https://developer.atlassian.com/cloud/jira/platform/scopes-for-oauth-2-3LO-and-forge-apps/"
revoke = "https://id.atlassian.com/manage-profile/apps"
revoke_zh = "在 Atlassian 账户的已连接应用（connected apps）列表中移除该应用：https://id.atlassian.com/manage-profile/apps"
revoke_note = "Your Atlassian account's list of connected apps, where each app can be removed; the address was not confirmed on a stored Atlassian page. Site admins can also remove an app for a whole site. Removing it stops new access; it does not delete issues, pages or comments the app created or data it copied."
revoke_note_zh = "这是你的 Atlassian 账户中已连接应用的列表，可逐个移除；该地址未在我们存档的 Atlassian 页面上确认。站点管理员也可以为整个站点移除应用。移除只阻止之后的访问，不会删除应用创建的事务（issue）、页面或评论，也不会删除它已复制的数据。"
note = "One authorization can cover several Atlassian products and every site the user picks; the token then reaches all of them (Atlassian's 3LO FAQ: one grant per app and account). What a scope reaches is further limited by the user's own Jira and Confluence permissions. The audience=api.atlassian.com parameter is required on the authorization URL. Refresh tokens come only with offline_access and rotate on each use. atlassian.net (customer sites such as example.atlassian.net) is not claimed as a provider domain because its pages are the customers' own."

[endpoints]
domains = ["atlassian.com"]

[[endpoints.authorize]]
host = "auth.atlassian.com"
path = "/authorize"

[params]
scope = ["scope"]
separator = " "
empty = "scope is a required parameter of Atlassian's authorization URL; there is no default set."
empty_zh = "scope 是 Atlassian 授权 URL 的必填参数；没有默认的权限集合。"
empty_grants = []
'''


# ----------------------------------------------------------------------------------------------
# extract: regenerate operations.json from copies of Atlassian's OpenAPI documents
# ----------------------------------------------------------------------------------------------


def summary_fact(summary: str) -> tuple[str, str]:
    toks = re.findall(r"[a-z0-9']+", (summary or "").lower())
    verb = toks[0] if toks else ""
    rest = toks[1:]
    while rest and rest[0] in ("a", "an", "the"):
        rest = rest[1:]
    return verb, " ".join(rest)


def extract(paths: list[Path]) -> dict:
    scopes: dict[str, list] = {}
    sources = []
    for p in paths:
        doc = json.loads(p.read_text("utf-8"))
        sources.append(f"{doc.get('info', {}).get('title', '')} {doc.get('info', {}).get('version', '')}".strip())
        for path, item in doc.get("paths", {}).items():
            for method, op in item.items():
                if not isinstance(op, dict):
                    continue
                names = set()
                for e in op.get("x-atlassian-oauth2-scopes", []) or []:
                    names |= set(e.get("scopes", []))
                for sec in op.get("security", []) or []:
                    for k, v in sec.items():
                        if "oauth" in k.lower():
                            names |= set(v)
                verb, obj = summary_fact(op.get("summary", ""))
                fact = [method, path, verb, obj, op.get("operationId", "")]
                for n in names:
                    if fact not in scopes.setdefault(n, []):
                        scopes[n].append(fact)
    return {
        "about": "Per scope, the operations Atlassian's OpenAPI documents list for it: [method, path, verb and object of the "
                 "operation's summary, operation id]. Documents read: " + "; ".join(sources) + ".",
        "scopes": {k: sorted(scopes[k]) for k in sorted(scopes)},
    }


def dump(obj: dict) -> str:
    lines = ["{", f'  "about": {json.dumps(obj["about"])},', '  "scopes": {']
    sc = obj["scopes"]
    for i, (k, v) in enumerate(sc.items()):
        lines.append(f"    {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}{',' if i < len(sc) - 1 else ''}")
    lines.append("  }\n}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.catalog.build_atlassian")
    sub = ap.add_subparsers(dest="cmd", required=True)
    x = sub.add_parser("extract", help="rewrite data/atlassian/operations.json from copies of Atlassian's OpenAPI documents")
    x.add_argument("openapi", nargs="+")
    a = ap.parse_args(argv)
    data = extract([Path(p) for p in a.openapi])
    (DATA / "operations.json").write_text(dump(data), "utf-8")
    print(f"wrote {DATA / 'operations.json'}: {len(data['scopes'])} scopes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
