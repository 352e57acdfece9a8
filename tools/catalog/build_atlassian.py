"""Generate scopes/providers/atlassian.toml (Jira, Confluence, Jira Service Management 3LO scopes).

Inputs (read-only; only scope names are taken from them)
  --forge   shipyard-scopes.json from Atlassian's npm package @forge/manifest (out/scopes/): the
            scope names Atlassian's own tooling accepts. A name found here is written verified = true.
  --openapi one or more copies of Atlassian's OpenAPI documents (Jira platform, Jira Software,
            Confluence v1/v2); the scope names in their OAuth2 security schemes and in each
            operation's x-atlassian-oauth2-scopes.
  --extra   a YAML file with `atlassian:`, `jira:` and `confluence:` lists (the Nango provider scope
            index, compiled from Atlassian's scope pages and auth.atlassian.com's OpenID discovery
            document). OpenID claim names in those lists are dropped.

Output
  scopes/providers/atlassian.toml (format: docs/catalog-format.md)

Titles are generated from each scope name in our own words; grants follow the product and resource
map below (RESOURCE_RULES). Classic scopes are written by hand in CLASSIC.

    python3 tools/catalog/build_atlassian.py --forge F --openapi A.json B.json --extra nango.yaml
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "scopes" / "providers" / "atlassian.toml"

PAGE = {
    "jira": "https://developer.atlassian.com/cloud/jira/platform/scopes-for-oauth-2-3LO-and-forge-apps/",
    "jira-software": "https://developer.atlassian.com/cloud/jira/software/scopes-for-oauth-2-3LO-and-forge-apps/",
    "jira-service-management": "https://developer.atlassian.com/cloud/jira/service-desk/scopes-for-oauth-2-3LO-and-forge-apps/",
    "cmdb": "https://developer.atlassian.com/cloud/jira/service-desk/scopes-for-oauth-2-3LO-and-forge-apps/",
    "confluence": "https://developer.atlassian.com/cloud/confluence/scopes-for-oauth-2-3LO-and-forge-apps/",
}
OAUTH_PAGE = "https://developer.atlassian.com/cloud/oauth/getting-started/implementing-oauth-3lo"
OIDC_PAGE = "https://auth.atlassian.com/.well-known/openid-configuration"
PRODUCT = {
    "jira": "Jira", "jira-software": "Jira Software boards and development data", "jira-service-management": "Jira Service Management",
    "confluence": "Confluence", "cmdb": "Assets",
}
OIDC_CLAIMS = {"created_at", "email_verified", "family_name", "given_name", "identities", "name", "nickname", "picture"}

# ----------------------------------------------------------------------------------------------
# Classic and account scopes (hand-written)
# ----------------------------------------------------------------------------------------------

J, C, S = PAGE["jira"], PAGE["confluence"], PAGE["jira-service-management"]
CLASSIC: dict[str, dict] = {
    "read:jira-user": dict(
        title="See Jira users' profiles: names, avatars and, where they allow it, email addresses",
        grants=["org.directory:read.all", "account.identifier:read.all"], source=J,
        narrower=[("read:user:jira", "user details only, as a granular scope")]),
    "read:jira-work": dict(
        title="Read all Jira issues, comments, attachments, projects, boards, filters and worklogs you can see",
        grants=["resource.business:read.all", "content.files:read.all", "org.directory:read.all"], source=J,
        narrower=[("read:issue:jira", "issue data only, as a granular scope"), ("read:project:jira", "project data only")]),
    "write:jira-work": dict(
        title="Create, edit and delete Jira issues, comments, attachments and worklogs, and move issues through workflows, as you",
        grants=["resource.business:write.create", "resource.business:write.modify", "resource.business:write.delete", "content.files:write.create", "resource.business:act.send"],
        source=J, narrower=[("write:issue:jira", "create and edit issues only, as a granular scope")],
        note="Comments and mentions the app writes notify other people in your name."),
    "manage:jira-project": dict(
        title="Manage Jira projects: create and change them, their components, versions, roles and settings",
        grants=["resource.business:write.create", "resource.business:write.modify", "resource.business:write.delete", "resource.app_config:admin", "org.directory:write.modify"],
        source=J, narrower=[("write:project:jira", "create and change projects only, as a granular scope")]),
    "manage:jira-configuration": dict(
        title="Administer the Jira site: global settings, workflows, schemes, fields, permissions and user groups",
        grants=["resource.app_config:admin", "org.directory:admin", "resource.business:read.all"], modifiers=["org_wide"], source=J,
        narrower=[("read:jira-work", "read Jira data without changing any configuration")],
        note="Needs a Jira administrator to authorize; it changes how Jira behaves for everyone on the site."),
    "manage:jira-webhook": dict(
        title="Register and remove webhooks that send Jira events (issue changes, comments) to the app",
        grants=["resource.app_config:write.create", "resource.app_config:write.delete", "resource.business:read.all"], source=J,
        narrower_none="The only webhook scope.",
        note="A webhook delivers issue data the app is entitled to as events happen."),
    "read:servicedesk-request": dict(
        title="Read Jira Service Management requests: what customers asked, the conversation, attachments and status",
        grants=["resource.business:read.all", "comm.content:read.all", "social.contacts:read.all", "content.files:read.all"], source=S,
        narrower=[("read:request:jira-service-management", "request details only, as a granular scope")]),
    "write:servicedesk-request": dict(
        title="Create and update Jira Service Management requests and comment on them, as you",
        grants=["resource.business:write.create", "resource.business:write.modify", "comm.content:write.create", "comm.content:act.send"], source=S,
        narrower=[("read:servicedesk-request", "read requests without changing them")],
        note="Comments on requests are sent to the customers who raised them."),
    "manage:servicedesk-customer": dict(
        title="Create and manage Jira Service Management customers and customer organizations",
        grants=["social.contacts:read.all", "social.contacts:write.create", "social.contacts:write.modify", "social.contacts:write.delete", "org.directory:admin"],
        modifiers=["org_wide"], source=S, narrower_none="No narrower classic customer scope exists.",
        note="Customers are people outside the company (names and email addresses)."),
    "read:confluence-content.all": dict(
        title="Read all Confluence pages, blog posts, comments and attachments you can see, in full",
        grants=["resource.business:read.all", "content.files:read.all", "content.ugc:read.all"], source=C,
        narrower=[("read:confluence-content.summary", "titles and summaries only, without the body")]),
    "read:confluence-content.summary": dict(
        title="See summaries of Confluence content: titles, authors, dates and labels, not the full body",
        grants=["resource.business:read.all"], source=C, narrower_none="The smallest classic content scope."),
    "read:confluence-content.permission": dict(
        title="See who may view or edit Confluence content (content restrictions and permissions)",
        grants=["resource.app_config:read.all", "org.directory:read.all"], source=C, narrower_none="The only classic permission-reading scope."),
    "read:confluence-props": dict(
        title="Read the key-value properties stored on Confluence content and spaces",
        grants=["resource.business:read.all"], source=C, narrower_none="The smallest property scope."),
    "read:confluence-space.summary": dict(
        title="See a summary of Confluence spaces: names, keys, descriptions and homepages",
        grants=["resource.business:read.all"], source=C, narrower_none="The smallest classic space scope."),
    "read:confluence-groups": dict(
        title="See Confluence user groups and who belongs to them",
        grants=["org.directory:read.all"], source=C, narrower_none="The smallest classic group scope."),
    "read:confluence-user": dict(
        title="See Confluence users' profiles, including email addresses where users allow it",
        grants=["org.directory:read.all", "account.identifier:read.all"], source=C, narrower_none="The smallest classic user scope."),
    "write:confluence-content": dict(
        title="Create, edit and delete Confluence pages, blog posts and comments, as you",
        grants=["resource.business:write.create", "resource.business:write.modify", "resource.business:write.delete", "content.ugc:write.create", "resource.business:act.send"],
        source=C, narrower=[("read:confluence-content.all", "read content without changing it")],
        note="Mentions and comments the app writes notify other people in your name."),
    "write:confluence-file": dict(
        title="Upload and update attachments on Confluence content",
        grants=["content.files:write.create", "content.files:write.modify"], source=C, narrower_none="The only classic file scope."),
    "write:confluence-props": dict(
        title="Write key-value properties on Confluence content and spaces",
        grants=["resource.business:write.create", "resource.business:write.modify", "resource.business:write.delete"], source=C,
        narrower=[("read:confluence-props", "read properties without changing them")]),
    "write:confluence-space": dict(
        title="Create, change and delete Confluence spaces and their settings",
        grants=["resource.business:write.create", "resource.business:write.modify", "resource.business:write.delete", "resource.app_config:admin"], source=C,
        narrower=[("read:confluence-space.summary", "see spaces without changing them")]),
    "write:confluence-groups": dict(
        title="Create and delete Confluence user groups and add or remove members",
        grants=["org.directory:write.create", "org.directory:write.delete", "org.directory:admin"], modifiers=["org_wide"], source=C,
        narrower=[("read:confluence-groups", "see groups without changing them")]),
    "manage:confluence-configuration": dict(
        title="Administer the Confluence site: global settings, look and feel, and other site-wide configuration",
        grants=["resource.app_config:admin", "resource.app_config:read.all"], modifiers=["org_wide"], source=C,
        narrower_none="The only classic configuration scope."),
    "search:confluence": dict(
        title="Search Confluence content and users you can see (CQL search)",
        grants=["resource.business:read.all", "org.directory:read.all"], source=C, narrower_none="The only classic search scope."),
    "read:me": dict(
        title="See your Atlassian account profile: account ID, name, email, picture, nickname, time zone, and job title, department and location if set",
        grants=["account.identifier:read.self", "profile.name:read.self", "contact.email:read.self", "account.display_profile:read.self", "profile.education_work:read.self", "location.coarse:read.self"],
        source="https://developer.atlassian.com/cloud/oauth/getting-started/faq",
        narrower=[("openid", "your account ID only, if your app uses OpenID Connect")],
        note="Scope of Atlassian's User Identity API (GET https://api.atlassian.com/me); the FAQ's example response includes extended_profile with job title, department, organization and location."),
    "read:account": dict(
        title="See Atlassian account profiles (User Identity API)",
        grants=["account.identifier:read.all", "org.directory:read.all"], source=OAUTH_PAGE,
        narrower=[("read:me", "your own profile only")],
        note="Named in Atlassian's @forge/manifest scope lists (among the scopes that need interactive consent); what it returns beyond read:me was not confirmed on a stored Atlassian page."),
    "report:personal-data": dict(
        title="Report which Atlassian accounts the app stores data about and learn when they are closed or changed (personal data reporting API)",
        grants=["account.identifier:read.all"], source="https://developer.atlassian.com/cloud/jira/platform/user-privacy-developer-guide/",
        narrower_none="The only personal-data reporting scope.",
        note="Atlassian requires apps that store personal data to use this API so they can erase it when accounts are closed."),
    "offline_access": dict(
        title="Keep access when you are not using the app (refresh tokens)",
        grants=[], identity_only=True, modifiers=["offline"], source=OAUTH_PAGE, verified=True,
        narrower_none="Either the app gets a refresh token or it does not.",
        note="Grants no data by itself (identity_only is set only because the format needs a grant or a flag). Atlassian refresh tokens rotate at each use and stay valid while used. Seen in Atlassian's own code (atlassian/atlascode, atlassian/passport-atlassian-oauth2); not in the @forge/manifest list, which covers Forge scopes."),
    "openid": dict(
        title="Confirm who you are to the app (OpenID Connect sign-in, your Atlassian account ID)",
        grants=["account.identifier:assert"], identity_only=True, source=OIDC_PAGE,
        narrower_none="The smallest sign-in scope.",
        note="Listed (with the other OIDC scopes) in auth.atlassian.com's OpenID discovery document as seen in a third-party index; Atlassian's 3LO guides do not describe it."),
    "profile": dict(
        title="See your name, nickname and picture (OpenID Connect)",
        grants=["profile.name:read.self", "account.display_profile:read.self"], source=OIDC_PAGE,
        narrower=[("openid", "your account ID only")],
        note="From auth.atlassian.com's OpenID discovery document as seen in a third-party index; not described on Atlassian's 3LO pages."),
    "email": dict(
        title="See your email address and whether it is verified (OpenID Connect)",
        grants=["contact.email:read.self"], source=OIDC_PAGE, narrower=[("openid", "your account ID only")],
        note="From auth.atlassian.com's OpenID discovery document as seen in a third-party index; not described on Atlassian's 3LO pages."),
    "address": dict(
        title="See your postal address (OpenID Connect)",
        grants=["contact.postal_address:read.self"], source=OIDC_PAGE, narrower=[("openid", "your account ID only")],
        note="Standard OIDC scope seen only in a third-party index of auth.atlassian.com's discovery document; Atlassian accounts rarely hold an address."),
    "phone": dict(
        title="See your phone number (OpenID Connect)",
        grants=["contact.phone:read.self"], source=OIDC_PAGE, narrower=[("openid", "your account ID only")],
        note="Standard OIDC scope seen only in a third-party index of auth.atlassian.com's discovery document."),
}

# ----------------------------------------------------------------------------------------------
# Granular scopes: action:resource:product
# ----------------------------------------------------------------------------------------------

# (product regex, resource regex) -> category; first match wins
RESOURCE_RULES: list[tuple[str, str, str]] = [
    (r".*", r"audit-log|analytics", "activity.app_usage"),
    (r".*", r"email-address", "org.directory"),
    (r".*", r"attachment|avatar|media", "content.files"),
    (r"jira-service-management", r"customer|organization|participant", "social.contacts"),
    (r"jira-service-management", r"request\.comment|request\.notification|request\.feedback", "comm.content"),
    (r"jira-service-management", r"queue|servicedesk\.property|requesttype|sla|product", "resource.app_config"),
    (r"jira-software", r"build|deployment|feature-flag|source-code|remote-link", "resource.code"),
    (r"jira-software", r"board-scope\.admin", "resource.app_config"),
    (r".*", r"user\.columns|user\.property|user\.configuration|ops-config", "resource.app_config"),
    (r".*", r"^user|^group|application-role|project-role|^role$|watcher|^permission$", "org.directory"),
    (r".*", r"webhook|workflow|scheme|screen|field-configuration|custom-field|field\.|^field$|priority|resolution|issue-type|^status$|issue-status|^label$|license|instance-configuration|project-category|project-type|notification|jira-expressions|configuration|space\.setting|space\.permission|content\.restriction|content\.permission|template|issue-security|issue-link-type|filter\.default-share-scope|^priority|project\.feature|project\.email|async-task|import-configuration|cmdb-schema|cmdb-type|cmdb-icon|cmdb-attribute|embed", "resource.app_config"),
]


def category(product: str, resource: str) -> str:
    for prod_re, res_re, cat in RESOURCE_RULES:
        if re.fullmatch(prod_re, product) and re.search(res_re, resource):
            return cat
    return "resource.business"


def grants_for(action: str, product: str, resource: str) -> tuple[list[str], list[str]]:
    cat = category(product, resource)
    if action in ("read", "readonly", "validate", "search"):
        acc = ["read.all"]
    elif action == "write":
        acc = ["write.create", "write.modify"]
    elif action == "delete":
        acc = ["write.delete"]
    elif action in ("manage",):
        acc = ["read.all", "write.create", "write.modify", "write.delete", "admin"]
    elif action == "send":
        acc = ["act.send"]
    elif action == "redact":
        acc = ["write.modify"]
    elif action == "import":
        acc = ["write.create", "write.modify"]
    else:
        acc = ["read.all"]
    if cat in ("resource.app_config", "org.directory") and action in ("write", "delete", "import") and not resource.startswith("user."):
        acc.append("admin")
    grants = [f"{cat}:{a}" for a in acc]
    mods = ["org_wide"] if any(g.endswith(":admin") for g in grants) or cat == "activity.app_usage" else []
    return grants, mods


VERB = {"read": "See", "readonly": "See (read-only)", "write": "Create and change", "delete": "Delete", "manage": "Manage",
        "send": "Send", "import": "Run imports with", "redact": "Permanently redact (hide) parts of", "validate": "Validate", "search": "Search"}


def words(resource: str) -> str:
    w = resource.replace(".", " ").replace("-", " ")
    return {"jql": "JQL queries", "cmdb": "Assets"}.get(w, w)


def title_for(action: str, product: str, resource: str) -> str:
    return f"{VERB.get(action, 'Use')} {words(resource)} in {PRODUCT.get(product, product)}"


# ----------------------------------------------------------------------------------------------
# Build
# ----------------------------------------------------------------------------------------------


def value(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {value(x)}" for k, x in v.items()) + " }"
    if isinstance(v, list):
        return "[" + ", ".join(value(x) for x in v) + "]" if v else "[]"
    raise TypeError(repr(v))


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


def spec_scopes(path: Path) -> set[str]:
    d = json.loads(path.read_text("utf-8"))
    out: set[str] = set()
    for s in d.get("components", {}).get("securitySchemes", {}).values():
        for f in s.get("flows", {}).values():
            out |= set(f.get("scopes", {}))
    for ops in d.get("paths", {}).values():
        for op in ops.values():
            if isinstance(op, dict):
                for e in op.get("x-atlassian-oauth2-scopes", []) or []:
                    out |= set(e.get("scopes", []))
    return out


# Forge-only families in the @forge/manifest list (app storage, data-provider modules, Teamwork
# Graph, UI modifications, Forge app management): not offered to OAuth 2.0 (3LO) apps.
FORGE_ONLY = re.compile(r"-info:jira$|app-data|forge-app|app-notification|:graph:|^read:graph|media-credentials|issue-adjustments|airtrack|:design:jira|:object:jira|cmdb-config|cmdb-import|:security:jira|customer-org:jira|csm-request")
FAMILIES = ("jira", "jira-software", "jira-service-management", "confluence", "cmdb")
OPS_PAGE = "https://developer.atlassian.com/cloud/jira/service-desk-ops/scopes-for-oauth-2-3LO-and-forge-apps"


def build(forge: set[str], spec: set[str], extra: set[str]) -> tuple[str, dict]:
    base = (extra - OIDC_CLAIMS) | spec | {"read:account", "report:personal-data"}
    forge_added = {s for s in forge - base if s.split(":")[-1] in FAMILIES and not FORGE_ONLY.search(s)}
    names = base | forge_added
    entries: dict[str, dict] = {}
    for name in sorted(names):
        verified = name in forge
        if name in CLASSIC:
            c = dict(CLASSIC[name])
            e = {"title": c["title"], "grants": c["grants"], "modifiers": c.get("modifiers", []),
                 "identity_only": c.get("identity_only", False), "source": c["source"],
                 "verified": c.get("verified", verified or name in ("read:me",)),
                 "provider_class": "OpenID Connect scope" if c["source"] == OIDC_PAGE else "classic scope" if "-" in name or name in ("search:confluence",) else "account scope"}
            if "narrower" in c:
                e["narrower"] = [{"scope": s, "still": t} for s, t in c["narrower"]]
            else:
                e["narrower_none"] = c["narrower_none"]
            note = c.get("note", "")
            if not e["verified"] and c["source"] != OIDC_PAGE and name != "read:account":
                note = (note + " " if note else "") + "Not in Atlassian's @forge/manifest scope list; listed in a third-party index of Atlassian's scope pages."
            e["note"] = note
            if name.startswith(("read:jira", "write:jira", "manage:jira", "read:confluence", "write:confluence", "manage:confluence")) or "servicedesk" in name:
                e["note"] = (e["note"] + " " if e["note"] else "") + "Atlassian recommends classic scopes over granular ones where both exist; classic scopes are not deprecated."
            entries[name] = e
            continue
        parts = name.split(":")
        if len(parts) < 3:
            raise SystemExit(f"unexpected scope shape: {name}")
        action, resource, product = parts[0], ".".join(parts[1:-1]), parts[-1]
        grants, mods = grants_for(action, product, resource)
        source = OPS_PAGE if resource in ("ops-alert", "ops-config") else PAGE.get(product, PAGE["jira"])
        e = {"title": title_for(action, product, resource), "grants": grants, "modifiers": mods,
             "provider_class": "granular scope", "source": source, "verified": verified}
        notes = []
        if name in forge_added:
            notes.append("In Atlassian's @forge/manifest scope list, but in neither the OpenAPI copies nor the scope-page index read here, so whether OAuth 2.0 (3LO) apps can request it was not confirmed.")
        if not verified:
            notes.append("Not in Atlassian's @forge/manifest scope list; listed in a third-party index of Atlassian's scope pages, so it may be new, renamed or retired.")
        if resource.startswith("email-address"):
            notes.append("Returns other users' email addresses.")
        if product == "jira-service-management" and category(product, resource) == "social.contacts":
            notes.append("Jira Service Management customers are usually people outside the company.")
        e["note"] = " ".join(notes)
        entries[name] = e
    # narrower for granular write/delete: the read twin
    for name, e in entries.items():
        if "narrower" in e or "narrower_none" in e:
            continue
        parts = name.split(":")
        action, resource, product = parts[0], ".".join(parts[1:-1]), parts[-1]
        if action in ("write", "delete", "manage"):
            twin = ":".join(["read"] + parts[1:])
            if twin in entries:
                e["narrower"] = [{"scope": twin, "still": f"see {words(resource)} without changing them"}]
                continue
        e["narrower_none"] = "Granular scope: already limited to one kind of data and one action."
    for e in entries.values():
        for n in e.get("narrower", []):
            if n["scope"] not in entries:
                raise SystemExit(f"narrower scope {n['scope']} is not in the catalog")
    stats = {"total": len(entries), "verified": sum(1 for e in entries.values() if e["verified"]), "forge_added": len(forge_added)}
    body = "\n".join(entry_toml(k, entries[k]) for k in sorted(entries))
    return HEADER.format(**stats) + "\n" + body, stats


HEADER = '''# Atlassian Cloud OAuth 2.0 (3LO) scopes: Jira, Jira Software, Jira Service Management, Confluence.
#
# GENERATED by tools/catalog/build_atlassian.py; edit the generator, not this file.
#
# {total} scopes, {verified} of them verified ({forge_added} taken only from the Forge list, see their notes). A name is verified when it is in the scope list that Atlassian
# ships in its npm package @forge/manifest (13.7.0, out/scopes/shipyard-scopes.json; Forge and 3LO share
# the product scopes). The set of 3LO scopes was assembled from copies of Atlassian's OpenAPI
# documents (Jira platform and Jira Software, 2022-07; Confluence v1 2022-01 and v2 2025-02), which
# carry x-atlassian-oauth2-scopes per operation, and from a third-party index of Atlassian's four
# scope pages and of auth.atlassian.com's OpenID discovery document. Titles are our own words,
# generated from the scope names; grants follow a product/resource map. Atlassian says to prefer
# classic scopes where they exist; it has not deprecated them.

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


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--forge", required=True)
    ap.add_argument("--openapi", nargs="*", default=[])
    ap.add_argument("--extra")
    ap.add_argument("--out", default=str(OUT))
    a = ap.parse_args(argv)
    forge = set(json.loads(Path(a.forge).read_text("utf-8")))
    forge |= {"read:me", "read:account"}  # listed in shipyard-scopes-with-interactive-consent.json of the same package
    spec: set[str] = set()
    for p in a.openapi:
        spec |= spec_scopes(Path(p))
    extra: set[str] = set()
    if a.extra:
        import yaml

        d = yaml.safe_load(Path(a.extra).read_text("utf-8"))
        for k in ("atlassian", "jira", "confluence"):
            extra |= set(d.get(k) or [])
    text, stats = build(forge, spec, extra)
    Path(a.out).write_text(text, "utf-8")
    print(f"wrote {a.out}: {stats}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
