#!/usr/bin/env python3
"""Build ``scopes/providers/microsoft.toml`` from the repository alone.

Data (tools/catalog/data/microsoft/)
  graph.toml              facts extracted from Microsoft's permission data (microsoftgraph/
                          microsoft-graph-devx-content): names, GUIDs, schemes, privilege levels, admin
                          consent, resource-specific consent, and the verbs and objects each description
                          names (tags only, no description text). Written by ``extract`` (below).
  description_vocab.toml  the words and phrases ``extract`` turns into those verb and object tags
  map.toml                the curated part: provider metadata, categories and nouns per resource,
                          operations, constraints, per-permission overrides, hand-written entries
                          (OpenID, .default, Exchange Online) and GUIDs from merill/microsoft-info
  non_graph.toml          hand-written entries for other Microsoft resources (Azure, Dynamics,
                          SharePoint, Power BI, Xbox Live, Key Vault), their resource table and tenant URL patterns
  rules.toml              naming rules: write modes, Teams operations, narrower / implies by operation

Titles are composed from the permission name ({resource}.{operation}.{constraint}); description text
is never copied.

How grants are decided: the categories come from the resource (map.toml [resources], [families]); the
access from the operation and constraint; who is reached from the scope: a delegated permission
without .All reaches the signed-in user, .All and application-only permissions the organisation
(modifier org_wide). Reviewed corrections are in map.toml [overrides] and reviewed.toml.

How verified is decided (Builder.disagreements): the grants are compared with the verb and object tags
of Microsoft's description (the delegated schemes' when there are any). They agree when a described
read has a read grant, described create/change/delete/manage has a write or admin grant and the other
way round, sending matches, a described create or delete has that access, and a delegated permission
without .All is not marked org_wide when the description speaks only of the signed-in user's own data
(nor left unmarked when it speaks of all users). Agreement, or reviewed.toml saying "agrees", gives
"meaning"; a disagreement or a description without a verb gives "name", with the reason in the note;
a permission known only from merill/microsoft-info (not Microsoft's own data) gives false.

    python -m tools.catalog build microsoft
    python -m tools.catalog check microsoft
    python -m tools.catalog.build_microsoft extract PERMISSIONS_JSON IDS_JSON   # rewrite graph.toml
    python -m tools.catalog.build_microsoft dump-merill GIT_DIR                 # print map.toml's [merill]
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from collections import Counter
from pathlib import Path

from tools.catalog.catalog_toml import check_verified, table

DATA = Path(__file__).resolve().parent / "data" / "microsoft"

DELEGATED = ("DelegatedWork", "DelegatedPersonal")
SCHEME_KEYS = {"DelegatedWork": "delegated_work", "DelegatedPersonal": "delegated_personal", "Application": "application"}


def read_data(name: str) -> dict:
    return tomllib.loads((DATA / name).read_text("utf-8"))


ACCESS = tomllib.loads((DATA.parents[3] / "scopes" / "taxonomy.toml").read_text("utf-8"))["access"]


def covers(grants: list[str], grant: str) -> bool:
    """True when ``grants`` include ``grant``: the same category with an access on the same axis
    and of no lower rank (scopes/taxonomy.toml [access]), or the category administered."""
    cat, access = grant.split(":", 1)
    want = ACCESS[access]
    for g in grants:
        c, a = g.split(":", 1)
        if c == cat and (a == "admin" or (ACCESS[a]["axis"] == want["axis"] and ACCESS[a]["rank"] >= want["rank"])):
            return True
    return False


RULES = read_data("rules.toml")
WRITE_MODES = RULES["write_modes"]
DEFAULT_WRITE = RULES["default_write"]
TEAMS_OP = re.compile(RULES["teams"]["pattern"])
MODIFIER_ORDER = RULES["modifiers"]["order"]


# --------------------------------------------------------------------------------------------
# small helpers

def humanize(token: str) -> str:
    """'DeviceManagementApps' -> 'device management apps'; acronyms keep their case."""
    words = []
    for part in re.split(r"[-_]", token):
        for w in re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+", part):
            words.append(w if (w.isupper() and len(w) > 1) else w.lower())
    return " ".join(words)


def lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def parse_name(name: str) -> tuple[str, str, str | None]:
    parts = name.split(".")
    return parts[0], (parts[1] if len(parts) > 1 else ""), (".".join(parts[2:]) or None)


def make_name(res: str, op: str, con: str | None) -> str:
    return f"{res}.{op}" + (f".{con}" if con else "")


# --------------------------------------------------------------------------------------------
# TOML output (a small writer: the standard library only reads TOML)

def _str(s: str) -> str:
    out = ['"']
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


_BARE = re.compile(r"^[A-Za-z0-9_-]+$")


def _key(k: str) -> str:
    return k if _BARE.match(k) else _str(k)


def _value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return _str(v)
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        return "{ " + ", ".join(f"{_key(k)} = {_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(f"cannot write {type(v).__name__}")


def write_table(lines: list[str], header: str, table: dict) -> None:
    lines.append(f"[{header}]")
    for k, v in table.items():
        lines.append(f"{_key(k)} = {_value(v)}")
    lines.append("")


# --------------------------------------------------------------------------------------------
# extract: Microsoft's raw files -> data/microsoft/graph.toml (facts only, no description text)

RAW_SCHEMES = {"DelegatedWork": "delegated_work", "DelegatedPersonal": "delegated_personal", "Application": "application"}


def _phrases(table: dict) -> list[tuple[re.Pattern, str]]:
    return [(re.compile(r"(?<![\w-])" + re.escape(p) + r"(?![\w-])"), tag)
            for p, tag in sorted(table.items(), key=lambda kv: (-len(kv[0]), kv[0]))]


def read_description(text: str, vocab: dict) -> tuple[list[str], list[str]]:
    """The verb classes and object tags a description names (see description_vocab.toml)."""
    t = " ".join(text.lower().replace("\u2019", "'").split())
    negations = vocab["negations"]["phrases"]
    t = " ".join(x for x in re.split(r"(?<=[.!])\s+", t) if not any(n in x for n in negations))
    tags: list[str] = []
    for table in ("acting", "objects"):
        for rx, tag in _phrases(vocab[table]):
            if rx.search(t):
                tags.append(tag)
                t = rx.sub(" | ", t)
    verbs = [vocab["verbs"][w] for w in re.findall(r"[a-z]+", t) if w in vocab["verbs"]]
    return sorted(set(verbs)), sorted(set(tags))


def extract(permissions_json: Path, ids_json: Path) -> str:
    """The text of graph.toml from devx-content's permissions.json and permissions-descriptions.json."""
    vocab = tomllib.loads((DATA / "description_vocab.toml").read_text("utf-8"))
    perms = json.loads(Path(permissions_json).read_text("utf-8"))["permissions"]
    ids = json.loads(Path(ids_json).read_text("utf-8"))
    dev_d = {e["value"]: e for e in ids["delegatedScopesList"]}
    dev_a = {e["value"]: e for e in ids["applicationScopesList"]}
    names = sorted(set(perms) | set(dev_d) | set(dev_a))
    # one entry per name ignoring case (Microsoft matches permission names case-insensitively): the
    # spelling that carries a GUID or a description wins; the others are kept as also_spelled
    def weight(n: str) -> tuple:
        described = any((s.get("adminDescription") or "").strip() for s in perms.get(n, {}).get("schemes", {}).values())
        return (n in dev_d or n in dev_a, described, n in perms, n)
    groups: dict[str, list[str]] = {}
    for n in names:
        groups.setdefault(n.lower(), []).append(n)
    out = ["# Facts from Microsoft's permission data (microsoftgraph/microsoft-graph-devx-content:",
           "# permissions/new/permissions.json and permissions/permissions-descriptions.json). Written by",
           "# `python -m tools.catalog.build_microsoft extract PERMISSIONS_JSON IDS_JSON`; do not edit by hand.",
           "#",
           "# [graph.NAME]: delegated_id / application_id (GUIDs), delegated_admin (the ids file's isAdmin),",
           "#   listed = false when only the ids file has it, rsc = true for resource-specific consent,",
           "#   also_spelled (other spellings Microsoft lists, equal ignoring case), and one inline table per",
           "#   scheme (delegated_work, delegated_personal, application): privilege (1-5), admin_consent,",
           "#   blank = true when the scheme has no display names, verbs and objects: the tags",
           "#   description_vocab.toml finds in the scheme's descriptions (admin and user).",
           ""]
    for low in sorted(groups):
        group = sorted(groups[low], key=weight, reverse=True)
        n, others = group[0], group[1:]
        p = perms.get(n) or next((perms[o] for o in others if o in perms), {})
        e: dict = {}
        if n in dev_d:
            e["delegated_id"] = dev_d[n]["id"]
            e["delegated_admin"] = bool(dev_d[n].get("isAdmin"))
        if n in dev_a:
            e["application_id"] = dev_a[n]["id"]
        if not p:
            e["listed"] = False
            d = dev_d.get(n) or dev_a.get(n)
            text = " ".join((d.get(f) or "") for f in ("adminConsentDescription", "consentDescription"))
            e["verbs"], e["objects"] = read_description(text, vocab)
        if p.get("authorizationType") == "RSC":
            e["rsc"] = True
        if others:
            e["also_spelled"] = others
        for raw, k in RAW_SCHEMES.items():
            s = p.get("schemes", {}).get(raw)
            if s is None:
                continue
            t: dict = {}
            if s.get("privilegeLevel") is not None:
                t["privilege"] = s["privilegeLevel"]
            t["admin_consent"] = bool(s.get("requiresAdminConsent"))
            if not any((s.get(f) or "").strip() for f in ("adminDisplayName", "userDisplayName")):
                t["blank"] = True
            text = " ".join((s.get(f) or "") for f in ("adminDescription", "userDescription"))
            verbs, objects = read_description(text, vocab)
            t["verbs"], t["objects"] = verbs, objects
            e[k] = t
        out.append(table(f"graph.{json.dumps(n)}", e))
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# loading: graph.toml -> the shapes the builder reads

def load_inputs():
    facts = read_data("graph.toml")["graph"]
    mapping = read_data("map.toml")
    for name, r in read_data("reviewed.toml")["reviewed"].items():
        ov = mapping.setdefault("overrides", {}).setdefault(name, {})
        if "description" in r:
            ov["description"] = r["description"]
        ov["add_grants"] = ov.get("add_grants", []) + r.get("add_grants", [])
        if r.get("add_grants_of"):
            ov["add_grants_of"] = r["add_grants_of"]
        if r.get("note"):
            ov["review_note"] = r["note"]
        if r.get("note_add"):
            ov["note"] = " ".join(x for x in (ov.get("note"), r["note_add"]) if x)
    extra = read_data("non_graph.toml")
    mapping["provider"]["resources"].update(extra.get("resources", {}))
    mapping["provider"]["params"].update(extra.get("params", {}))
    for k, v in extra.get("static", {}).items():
        if k in mapping["static"]:
            raise ValueError(f"non_graph.toml repeats map.toml's static entry {k}")
        mapping["static"][k] = v
    perms: dict[str, dict] = {}
    dev_d: dict[str, dict] = {}
    dev_a: dict[str, dict] = {}
    for name, f in facts.items():
        if "delegated_id" in f:
            dev_d[name] = {"id": f["delegated_id"], "isAdmin": f.get("delegated_admin", False)}
        if "application_id" in f:
            dev_a[name] = {"id": f["application_id"]}
        if f.get("listed", True):
            schemes = {raw: {"requiresAdminConsent": f[k]["admin_consent"], "privilegeLevel": f[k].get("privilege"),
                             "blank": f[k].get("blank", False), "verbs": f[k]["verbs"], "objects": f[k]["objects"]}
                       for raw, k in SCHEME_KEYS.items() if k in f}
            perms[name] = {"authorizationType": "RSC" if f.get("rsc") else "oAuth2", "schemes": schemes,
                           "also_spelled": f.get("also_spelled", [])}
    return perms, dev_d, dev_a, facts, mapping


def dump_merill(git_dir: str) -> str:
    """The [merill] section of map.toml: GUIDs that devx-content (graph.toml) lacks or states differently."""
    def show(path: str):
        data = subprocess.check_output(["git", "--git-dir", git_dir, "show", f"HEAD:{path}"])
        return json.loads(data.decode("utf-8-sig"))

    commit = subprocess.check_output(["git", "--git-dir", git_dir, "rev-parse", "HEAD"]).decode().strip()
    perms, dev_d, dev_a, _, _ = load_inputs()
    dev_d = {k: v["id"] for k, v in dev_d.items()}
    dev_a = {k: v["id"] for k, v in dev_a.items()}
    known = set(perms) | set(dev_d) | set(dev_a)
    lines = [
        "# Generated by `python -m tools.catalog.build_microsoft dump-merill` from merill/microsoft-info",
        "# (_info/GraphDelegateRoles.json, _info/GraphAppRoles.json: a live export of the Microsoft",
        "# Graph service principal). Only GUIDs devx-content lacks or states differently are kept.",
        "[merill]",
        f'commit = "{commit}"',
        "",
        "[merill.delegated]",
    ]
    for e in sorted(show("_info/GraphDelegateRoles.json"), key=lambda e: e["Value"].lower()):
        v = e["Value"]
        needed = v not in known or dev_d.get(v) != e["Id"]
        if v in perms and not set(perms[v]["schemes"]) & set(DELEGATED) and v not in dev_d:
            needed = True
        if needed:
            lines.append(f'{_str(v)} = {{ id = "{e["Id"]}", admin = {str(e["Type"] == "Admin").lower()}, '
                         f'enabled = {str(bool(e["IsEnabled"])).lower()} }}')
    lines += ["", "[merill.application]"]
    for e in sorted(show("_info/GraphAppRoles.json"), key=lambda e: e["Value"].lower()):
        v = e["Value"]
        if v not in known or dev_a.get(v) != e["Id"]:
            lines.append(f'{_str(v)} = {{ id = "{e["Id"]}", enabled = {str(bool(e["IsEnabled"])).lower()} }}')
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# the builder

class Builder:
    def __init__(self, perms: dict, dev_d: dict, dev_a: dict, mapping: dict, facts: dict | None = None):
        self.perms = perms
        self.facts = facts or {}
        self.m = mapping
        self.dev_d = dev_d
        self.dev_a = dev_a
        merill = mapping.get("merill", {})
        self.mer_d = merill.get("delegated", {})
        self.mer_a = merill.get("application", {})
        self.statics = mapping.get("static", {})
        self.stats = Counter()
        self.fallback_resources: set[str] = set()
        self.unknown_ops: set[str] = set()
        self.unknown_cons: set[str] = set()
        self.names = self._collect_names()
        self.scheme_types = {n: self._scheme_types(n) for n in self.names}

    # -- names and their sources ----------------------------------------------------------
    def _collect_names(self) -> dict[str, str]:
        """name -> origin: 'devx' (permissions.json), 'ids' (ids file only), 'merill'."""
        names: dict[str, str] = {}
        for n in self.perms:
            names[n] = "devx"
        for n in list(self.dev_d) + list(self.dev_a):
            names.setdefault(n, "ids")
        seen = {n.lower() for n in names}
        for table in (self.mer_d, self.mer_a):
            for n, e in table.items():
                if n.lower() not in seen and e.get("enabled", True):
                    names[n] = "merill"
                    seen.add(n.lower())
        statics = {n.lower() for n in self.statics}
        for n in [n for n in names if n.lower() in statics]:
            names.pop(n)
        return names

    def _scheme_types(self, name: str) -> set[str]:
        types = set()
        schemes = self.perms.get(name, {}).get("schemes", {})
        if set(schemes) & set(DELEGATED) or name in self.dev_d or name in self.mer_d:
            types.add("delegated")
        if "Application" in schemes or name in self.dev_a or name in self.mer_a:
            types.add("application")
        return types

    # -- resource configuration ---------------------------------------------------------------
    def resource(self, res: str) -> tuple[dict, str]:
        nouns = self.m.get("nouns", {})
        if res in self.m["resources"]:
            cfg = dict(self.m["resources"][res])
            cfg.setdefault("noun", nouns.get(res, humanize(res)))
            return cfg, "explicit"
        fams = [p for p in self.m.get("families", {}) if res.startswith(p)]
        if fams:
            cfg = dict(self.m["families"][max(fams, key=len)])
            cfg["noun"] = nouns.get(res, humanize(res))
            return cfg, "family"
        self.fallback_resources.add(res)
        return {"noun": nouns.get(res, humanize(res)), "cats": ["resource.cloud"], "kind": "org"}, "fallback"

    # -- phrases ----------------------------------------------------------------------------
    def con_cfg(self, con: str | None) -> dict | None:
        if con is None:
            return None
        c = self.m["constraints"].get(con)
        if c is None:
            self.unknown_cons.add(con)
        return c

    def obj_phrase(self, rc: dict, con: str | None, app_only: bool) -> str:
        noun = rc["noun"]
        if con is None:
            if "none_phrase" in rc:
                return rc["none_phrase"].format(noun=noun)
            if rc["kind"] in ("personal", "self"):
                if app_only:
                    return rc.get("none_phrase_app", "{noun} of every user").format(noun=noun)
                return f"your {noun}"
            return f"the organisation's {noun}"
        if con in rc.get("constraint_phrases", {}):
            return rc["constraint_phrases"][con].format(noun=noun)
        if con == "All" and "all_phrase" in rc:
            return rc["all_phrase"].format(noun=noun)
        c = self.con_cfg(con)
        if c:
            tmpl = c.get("phrase_org", c["phrase"]) if rc["kind"] == "org" else c["phrase"]
            return tmpl.format(noun=noun)
        return f"{noun} ({humanize(con)})"

    def what_phrase(self, rc: dict, con: str | None, app_only: bool) -> str:
        noun = rc["noun"]
        if con is None:
            return noun
        if con == "All":
            return rc.get("all_phrase", "{noun} anywhere in the organisation").format(noun=noun)
        return self.obj_phrase(rc, con, app_only)

    # -- scheme facts -----------------------------------------------------------------------
    def schemes_of(self, name: str) -> dict:
        return self.perms.get(name, {}).get("schemes", {})

    def is_rsc(self, name: str, con: str | None) -> bool:
        if self.perms.get(name, {}).get("authorizationType") == "RSC":
            return True
        c = self.m["constraints"].get(con or "", {})
        return bool(c.get("rsc")) and "delegated" not in self.scheme_types[name]

    def admin_consent(self, name: str) -> bool:
        s = self.schemes_of(name)
        if "DelegatedWork" in s:
            return bool(s["DelegatedWork"].get("requiresAdminConsent"))
        if "DelegatedPersonal" in s:
            return bool(s["DelegatedPersonal"].get("requiresAdminConsent"))
        if s:  # application only
            return True
        if name in self.dev_d:
            return bool(self.dev_d[name].get("isAdmin"))
        if name in self.mer_d:
            return bool(self.mer_d[name].get("admin"))
        return True  # application-only entry from the ids file or merill

    def provider_class(self, name: str, rsc: bool) -> str:
        s = self.schemes_of(name)

        def fmt(e: dict, app: bool = False) -> str:
            lvl = e.get("privilegeLevel")
            p = f"privilege {lvl}" if lvl is not None else "privilege not stated"
            if e.get("requiresAdminConsent"):
                c = "admin consent"
            else:
                c = "admin consent not flagged" if app else "user consent"
            return f"{p}, {c}"

        parts = []
        dw, dp = s.get("DelegatedWork"), s.get("DelegatedPersonal")
        if dw and dp and fmt(dw) == fmt(dp):
            parts.append(f"delegated (work or school and personal accounts): {fmt(dw)}")
        else:
            if dw:
                parts.append(f"delegated (work or school account): {fmt(dw)}")
            if dp:
                parts.append(f"delegated (personal Microsoft account): {fmt(dp)}")
        if "Application" in s:
            label = "application (resource-specific consent)" if rsc else "application"
            parts.append(f"{label}: {fmt(s['Application'], app=True)}")
        if parts:
            return "; ".join(parts)
        # not in permissions.json
        if name in self.dev_d:
            parts.append("delegated: " + ("admin consent" if self.dev_d[name].get("isAdmin") else "user consent"))
        elif name in self.mer_d:
            parts.append("delegated: " + ("admin consent" if self.mer_d[name].get("admin") else "user consent"))
        if name in self.dev_a or name in self.mer_a:
            parts.append("application: admin consent")
        return "; ".join(parts) + "; privilege level not published"

    # -- Microsoft's description against our grants -------------------------------------------
    def described(self, name: str) -> tuple[set[str], set[str]]:
        """Verb classes and object tags of the description that the grants describe: the delegated
        schemes' when the permission has one (grants describe the delegated meaning), else the
        application scheme's, else the ids file's."""
        schemes = self.schemes_of(name)
        keys = [k for k in DELEGATED if k in schemes] or [k for k in ("Application",) if k in schemes]
        verbs = {v for k in keys for v in schemes[k].get("verbs", [])}
        objects = {o for k in keys for o in schemes[k].get("objects", [])}
        if not keys:
            f = self.facts.get(name, {})
            verbs, objects = set(f.get("verbs", [])), set(f.get("objects", []))
        return verbs, objects

    def disagreements(self, name: str, grants: list[str], modifiers: list[str]) -> list[str]:
        """Where the grants and the description's verbs and reach differ (empty: they agree); see
        "How verified is decided" in the module's docstring."""
        verbs, objects = self.described(name)
        if not verbs:
            return ["Microsoft's data gives no description with a verb to check them against"]
        access = {g.split(":", 1)[1] for g in grants}
        g_read = any(a.startswith("read.") for a in access)
        g_admin = "admin" in access
        g_write = g_admin or any(a.startswith("write.") for a in access)
        g_send = "act.send" in access
        d_write = bool(verbs & {"write", "create", "modify", "delete", "manage"})
        d_send = bool(verbs & {"send", "join"})
        out = []
        if "read" in verbs and not (g_read or g_admin):
            out.append("the description reads, the grants do not")
        if g_read and "read" not in verbs and not d_write:
            out.append("the grants read, the description does not say so")
        if d_write and not g_write:
            out.append("the description changes data, the grants only read")
        if g_write and not d_write:
            out.append("the grants change data, the description does not say so")
        if d_send != g_send:
            out.append("sending differs")
        for verb, level in (("create", "write.create"), ("delete", "write.delete")):
            if verb in verbs and not (level in access or g_admin):
                out.append(f"the description names {verb}, the grants lack {level}")
        # reach: the scope decides (.All or application-only: the organisation; delegated without
        # .All: the signed-in user); flag only a description that plainly says otherwise
        _, _, con = parse_name(name)
        if "delegated" in self.scheme_types[name] and con != "All":
            if "org_wide" in modifiers and objects & {"signed_in_user"} and not objects & {"all", "organisation", "accessible", "shared"}:
                out.append("the grants reach the organisation, the description only the signed-in user's own data")
            if "org_wide" not in modifiers and "all" in objects and not objects & {"selected", "signed_in_user", "accessible"}:
                out.append("the description reaches all users or items of the organisation, the grants do not say so")
        return out

    # -- grants -------------------------------------------------------------------------------
    def expand(self, tokens: list[str], rc: dict, read_level: str, wide: bool) -> list[str]:
        cats = rc["cats_all"] if wide and "cats_all" in rc else rc["cats"]
        basic = rc["cats_all"] if wide and "cats_all" in rc else rc.get("basic_cats", cats)
        send = rc.get("send_cats", cats[:1])
        # categories that writes land on: one-time codes are read, never written
        wcats = rc.get("write_cats") or [c for c in cats if c != "comm.inbox"]
        wbasic = [c for c in basic if c in wcats] or wcats
        default_write = rc.get("write", DEFAULT_WRITE[rc["kind"]])
        wmode = rc["write_all"] if wide and "write_all" in rc else default_write
        out: list[str] = []
        for t in tokens:
            if t == "read":
                out += [f"{c}:{read_level}" for c in cats]
            elif t == "read.basic":
                out += [f"{c}:{read_level}" for c in basic]
            elif t == "write":
                out += [f"{c}:{a}" for c in wcats for a in WRITE_MODES[wmode]]
            elif t == "write.basic":
                out += [f"{c}:{a}" for c in wbasic for a in WRITE_MODES[wmode]]
            elif t in ("create", "modify", "delete"):
                out += [f"{c}:write.{t}" for c in wcats]
            elif t == "send":
                out += [f"{c}:act.send" for c in send]
            elif t == "admin":
                out += [f"{c}:admin" for c in wcats]
            else:
                raise ValueError(f"unknown grant token {t!r}")
        return out

    # -- one permission ---------------------------------------------------------------------
    def build_entry(self, name: str) -> dict:
        origin = self.names[name]
        res, op, con = parse_name(name)
        rc, how = self.resource(res)
        self.stats[f"resource_{how}"] += 1
        ov = self.m.get("overrides", {}).get(name, {})
        types = self.scheme_types[name]
        app_only = types == {"application"}
        rsc = self.is_rsc(name, con)
        notes: list[str] = []

        teams = TEAMS_OP.match(op)
        c = self.con_cfg(con) if not teams else None
        wide = bool(c and c.get("org_wide"))

        if teams:
            title, grants, read_level = self.teams_entry(rc, teams, con)
            wide = con == "All"
        else:
            opc = self.m["ops"].get(op)
            if opc is None:
                self.unknown_ops.add(op)
                opc = {"title": humanize(op).capitalize() + " {what}", "grants": ["read", "write"]}
            # read level
            if "access" in opc:
                read_level = opc["access"]
            elif con is None:
                read_level = RULES["read_level"][rc["kind"]]
                if app_only and not rsc:
                    read_level = "read.all"
            else:
                read_level = c["access"] if c else "read.all"
            # title
            if op in ("ReadBasic", "ReadWriteBasic") and "basic_noun" in rc:
                rc = dict(rc, noun=rc["basic_noun"])
                rc.pop("all_phrase", None)
                rc.pop("none_phrase", None)
                opc = dict(opc, title={"ReadBasic": "Read {obj}", "ReadWriteBasic": "Read and change {obj}"}[op])
                opc.pop("title_admin", None)
            obj = self.obj_phrase(rc, con, app_only)
            what = self.what_phrase(rc, con, app_only)
            wmode = rc["write_all"] if wide and "write_all" in rc else rc.get("write", DEFAULT_WRITE[rc["kind"]])
            tmpl = opc.get("title_admin") if (wmode == "admin" and "title_admin" in opc) else opc["title"]
            if op == "Send":
                if con is None:
                    title = f"Send {rc['noun']} as you" if not app_only else f"Send {rc['noun']} as any user"
                else:
                    send = (c or {}).get("send", "(" + humanize(con) + ")")
                    title = f"Send {rc['noun']} {send}"
            else:
                title = tmpl.format(obj=obj, what=what)
            title = title[0].upper() + title[1:]
            grants = self.expand(opc["grants"], rc, read_level, wide)

        # overrides of grants and title
        if "grants" in ov:
            grants = list(ov["grants"])
        grants += ov.get("add_grants", [])
        grants = sorted(set(grants))
        title = ov.get("title", title)

        # modifiers
        mods = set(ov.get("modifiers_add", []))
        if self.admin_consent(name):
            mods.add("admin_consent")
        if rsc and app_only:
            # resource-specific consent: follow Microsoft's flag (team or chat owners may consent)
            app = self.schemes_of(name).get("Application", {})
            if not app.get("requiresAdminConsent", True):
                mods.discard("admin_consent")
        if app_only and not rsc:
            mods.add("org_wide")
        elif teams:
            if con == "All":
                mods.add("org_wide")
        elif con == "All" and rc.get("all_org_wide") is False:
            pass
        elif "delegated" in types and not rsc:
            if read_level == "read.selected" and con is None:
                pass
            elif con is None:
                if rc["kind"] == "org" and rc.get("tenant", True) and read_level != "read.selected":
                    mods.add("org_wide")
            elif c is None or c.get("org_wide"):
                mods.add("org_wide")
        mods -= set(ov.get("modifiers_remove", []))
        modifiers = [m for m in MODIFIER_ORDER if m in mods]

        # ids
        entry_ids: dict[str, str] = {}
        verified: str | bool = "name" if origin != "merill" else False
        if name in self.dev_d:
            entry_ids["delegated"] = self.dev_d[name]["id"]
        elif name in self.mer_d:
            entry_ids["delegated"] = self.mer_d[name]["id"]
            if origin != "merill":
                notes.append("Delegated GUID from merill/microsoft-info (live export of the Graph service principal); devx-content lists none.")
        if name in self.dev_a:
            entry_ids["application"] = self.dev_a[name]["id"]
        elif name in self.mer_a:
            entry_ids["application"] = self.mer_a[name]["id"]
            if origin != "merill":
                notes.append("Application GUID from merill/microsoft-info (live export of the Graph service principal); devx-content lists none.")
        for kind, dev, mer in (("delegated", self.dev_d, self.mer_d), ("application", self.dev_a, self.mer_a)):
            if name in dev and name in mer and mer[name]["id"] != dev[name]["id"]:
                notes.append(f"The {kind} GUID differs between devx-content ({dev[name]['id']}) and the live "
                             f"service principal export in merill/microsoft-info ({mer[name]['id']}); the devx "
                             "value is shown.")
            if name in mer and not mer[name].get("enabled", True):
                notes.append(f"The live export marks the {kind} permission as disabled.")
        schemes_raw = self.schemes_of(name)
        if origin == "devx":
            if "delegated" in entry_ids and not set(schemes_raw) & set(DELEGATED):
                notes.append("permissions.json lists no delegated scheme for it, but a delegated GUID exists.")
            if "application" in entry_ids and "Application" not in schemes_raw:
                notes.append("permissions.json lists no application scheme for it, but an application GUID exists.")
            if "delegated" not in entry_ids and set(schemes_raw) & set(DELEGATED):
                notes.append("No delegated GUID was found in devx-content or merill/microsoft-info.")
            if "application" not in entry_ids and "Application" in schemes_raw:
                if rsc:
                    notes.append("No GUID is published in devx-content or merill/microsoft-info; Teams app "
                                 "manifests name resource-specific permissions rather than using GUIDs.")
                else:
                    notes.append("No application GUID was found in devx-content or merill/microsoft-info.")
        if "delegated" not in entry_ids and "application" not in entry_ids:
            self.stats["no_guid"] += 1

        # schemes
        schemes: dict[str, dict] = {}
        for k in ("DelegatedWork", "DelegatedPersonal", "Application"):
            if k in schemes_raw:
                e = schemes_raw[k]
                t: dict = {}
                if e.get("privilegeLevel") is not None:
                    t["privilege"] = e["privilegeLevel"]
                t["admin_consent"] = bool(e.get("requiresAdminConsent"))
                schemes[SCHEME_KEYS[k]] = t
        if "Application" in schemes_raw and not schemes_raw["Application"].get("requiresAdminConsent"):
            if rsc:
                notes.append("Microsoft's data does not flag admin consent for the application scheme: as a "
                             "resource-specific permission it can be consented by the team or chat owner.")
            else:
                notes.append("Microsoft's data does not flag admin consent for the application scheme, but "
                             "application permissions always need an administrator's consent.")
        if set(schemes_raw) == {"DelegatedPersonal", "Application"} and schemes_raw["DelegatedPersonal"].get("blank"):
            notes.append("Microsoft's data also lists an empty personal-account delegated scheme for it.")
        for other in self.perms.get(name, {}).get("also_spelled", []):
            notes.append(f"Microsoft's data also lists the spelling {other} (no description or GUID); Microsoft matches "
                         "permission names ignoring case, so it is the same permission.")
        if rsc:
            notes.append("Resource-specific consent: granted per team or chat (usually by its owner when the app "
                         "is installed) and limited to that team or chat.")
        if origin == "ids":
            notes.append("Listed with a GUID in devx-content's permissions-descriptions.json but not in "
                         "permissions.json, so privilege level and per-account-type consent are unknown; it may be "
                         "retired or renamed.")
        if origin == "merill":
            notes.append("Not in devx-content; known only from the live Graph service principal export in "
                         "merill/microsoft-info (GUID, admin-consent type). Privilege level unknown.")
        if con is not None and c and c.get("note"):
            notes.append(c["note"])
        if rc.get("note"):
            notes.append(rc["note"])
        if con == "All" and rc.get("note_all"):
            notes.append(rc["note_all"])
        if ov.get("note"):
            notes.insert(0, ov["note"])

        entry: dict = {
            "title": title,
            "grants": grants,
            "modifiers": modifiers,
            "identity_only": False,
            "provider_class": self.provider_class(name, rsc),
        }
        if schemes:
            entry["schemes"] = schemes
        entry["ids"] = entry_ids
        entry["_res"], entry["_op"], entry["_con"] = res, op, con
        entry["_teams"] = teams.groups() if teams else None
        entry["_ov"] = ov
        entry["_rc"] = rc
        if ov.get("deprecated"):
            entry["deprecated"] = True
        if origin == "merill":
            src = self.m["sources"]["merill_delegated"] if "delegated" in entry_ids else self.m["sources"]["merill_application"]
        else:
            src = self.m["sources"]["reference"] + "#" + name.lower().replace(".", "")
        entry["source"] = src
        if verified is not False:
            dis = self.disagreements(name, grants, modifiers)
            if ov.get("description") == "agrees" or (not dis and ov.get("description") != "differs"):
                verified = "meaning"
            elif ov.get("review_note"):
                notes.append(ov["review_note"])
            else:
                notes.append("The grants are our reading of the name: " + "; ".join(dis) + ".")
        entry["verified"] = verified
        if notes:
            entry["note"] = " ".join(dict.fromkeys(notes))
        return entry

    def teams_entry(self, rc: dict, m: re.Match, con: str | None):
        base, mod, target = m.groups()
        any_ = con == "All"
        where = RULES["teams"]["where_all" if any_ else "where_own"][target]
        noun = rc["noun"]
        if mod == "Self":
            what = "this app itself" if noun == "Teams apps" else f"this app's own {noun}"
        elif mod == "Selected":
            what = f"selected {noun}"
        else:
            what = noun
        verb = RULES["teams"]["titles"][base]
        if mod == "Self":
            verb = verb.replace("grant their permissions", "grant its permissions")
        if rc["noun"] == "resource-specific permission grants":
            verb = "Read {what} {where}"
        title = verb.format(what=what, where=where)
        title = title[0].upper() + title[1:]
        read_level = "read.selected" if mod in ("Self", "Selected") else "read.all"
        tokens = ["read"]
        if base != "Read":
            tokens.append("write")
        if base in ("ReadWriteAndConsent", "Manage"):
            tokens.append("admin")
        rc2 = dict(rc)
        rc2["write"] = "crud"
        return title, self.expand(tokens, rc2, read_level, any_), read_level

    # -- narrower / implies -----------------------------------------------------------------
    def usable_as(self, name: str, other: str) -> bool:
        a = self.scheme_types.get(name) or self.static_types(name)
        b = self.scheme_types.get(other) or self.static_types(other)
        return bool(a & b)

    def static_types(self, name: str) -> set[str]:
        s = self.statics.get(name, {})
        ids = s.get("ids", {})
        types = set(ids)
        if "ids_from" in s:
            types.add("delegated")
        return types

    def narrower_of(self, name: str, entry: dict, catalog: set[str]) -> list[str]:
        res, op, con = entry["_res"], entry["_op"], entry["_con"]
        selective = [k for k, v in self.m["constraints"].items() if v.get("selective")]
        cands: list[str] = []
        teams = entry["_teams"]
        if teams:
            base, mod, target = teams
            mod = mod or ""
            if con == "All":
                cands.append(make_name(res, op, None))
            if base in ("ReadWriteAndConsent",):
                cands.append(make_name(res, f"ReadWrite{mod}For{target}", con))
            if base == "Manage":
                cands.append(make_name(res, f"ReadWriteSelectedFor{target}", con))
            if base in ("ReadWrite", "ReadWriteAndConsent", "Manage") and mod != "Self":
                cands.append(make_name(res, f"ReadWriteSelfFor{target}", con))
                cands.append(make_name(res, f"ReadWriteSelectedFor{target}", con))
            if base == "ReadWrite":
                cands.append(make_name(res, f"Read{mod}For{target}", con))
        else:
            rules = RULES["narrower"]
            read_op = rules["read_op"].get(op)
            if read_op:
                cands.append(make_name(res, read_op, con))
            basic = rules["basic_op"].get(op)
            if basic:
                cands.append(make_name(res, basic, con))
            if op == "ReadWrite" and con in (None, "All"):
                cands.append(make_name(res, "ReadWriteNonOwnerRole", con))
            if con in rules["widening_constraints"]:
                cands.append(make_name(res, op, None))
            if con not in selective and op not in rules["selective_ops"]:
                for s in selective:
                    cands.append(make_name(res, op, s))
        cands += entry["_ov"].get("narrower_extra", [])
        out = []
        for n in cands:
            if n in catalog and n != name and n not in out:
                if n in entry["_ov"].get("narrower_extra", []) or self.usable_as(name, n):
                    out.append(n)
        return out

    def implies_of(self, name: str, entry: dict, catalog: set[str]) -> list[str]:
        res, op, con = entry["_res"], entry["_op"], entry["_con"]
        cands = []
        if not entry["_teams"]:
            cands += [make_name(res, o, con) for o in RULES["implies"].get(op, [])]
        cands += entry["_ov"].get("implies_extra", [])
        out = []
        for n in cands:
            if n in catalog and n != name and n not in out and self.usable_as(name, n):
                out.append(n)
        return out

    def narrower_none_text(self, entry: dict) -> str:
        op, con, rc = entry["_op"], entry["_con"], entry["_rc"]
        c = self.m["constraints"].get(con or "", {})
        if op in ("Read", "ReadBasic") and (con is None or c.get("selective") or c.get("access") == "read.selected"):
            return f"Already the narrowest Microsoft permission for {rc['noun']}."
        if c.get("selective") or op in RULES["narrower"]["selective_ops"]:
            return "Already limited to items granted to or created by the app."
        if op in RULES["narrower"]["single_action_ops"]:
            return f"No narrower permission exists for this action on {rc['noun']}."
        return f"Microsoft offers no narrower permission for {rc['noun']}."

    # -- static entries -----------------------------------------------------------------------
    def build_static(self, key: str, s: dict) -> dict:
        e: dict = {"title": s["title"], "grants": sorted(set(s.get("grants", []))),
                   "modifiers": [m for m in MODIFIER_ORDER if m in s.get("modifiers", [])]}
        e["identity_only"] = bool(s.get("identity_only", False))
        if s.get("unknown_static"):
            e["unknown_static"] = True
        if "resource" in s:
            e["resource"] = s["resource"]
        e["provider_class"] = s["provider_class"]
        ids = dict(s.get("ids", {}))
        if "ids_from" in s:
            v = s["ids_from"]
            if v in self.dev_d:
                ids["delegated"] = self.dev_d[v]["id"]
            if v in self.dev_a:
                ids["application"] = self.dev_a[v]["id"]
        e["ids"] = ids
        if s.get("narrower"):
            e["narrower"] = s["narrower"]
        else:
            e["narrower_none"] = s["narrower_none"]
        if s.get("aliases"):
            e["aliases"] = s["aliases"]
        e["source"] = s["source"]
        check_verified(f"microsoft {key}", s["verified"])
        e["verified"] = s["verified"]
        if s.get("note"):
            e["note"] = s["note"]
        return e

    # -- everything -----------------------------------------------------------------------------
    def build(self) -> dict[str, dict]:
        entries = {n: self.build_entry(n) for n in self.names}
        for n, e in entries.items():
            for other in e["_ov"].get("add_grants_of", []):
                e["grants"] = sorted(set(e["grants"]) | set(entries[other]["grants"]))
        catalog = set(entries) | set(self.statics)
        grants_of = {n: e["grants"] for n, e in entries.items()}
        grants_of.update({k: s.get("grants", []) for k, s in self.statics.items()})
        for n, e in entries.items():
            ov = e["_ov"]
            if ov.get("no_narrower"):
                nar = [x for x in ov.get("narrower_extra", []) if x in catalog and x != n]
            else:
                nar = self.narrower_of(n, e, catalog)
            # a narrower alternative grants nothing the permission itself does not (see covers())
            nar = [x for x in nar if all(covers(e["grants"], g) for g in grants_of[x])]
            imp = [] if ov.get("no_implies") else self.implies_of(n, e, catalog)
            if imp:
                e["implies"] = imp
            if nar:
                e["narrower"] = [{"scope": x, "still": lower_first(self.title_of(x, entries))} for x in nar]
            else:
                e["narrower_none"] = ov.get("narrower_none") or self.narrower_none_text(e)
        for k, s in self.statics.items():
            entries[k] = self.build_static(k, s)
        return entries

    def title_of(self, name: str, entries: dict) -> str:
        if name in entries:
            return entries[name]["title"]
        return self.statics[name]["title"]


ORDER = ["title", "grants", "modifiers", "identity_only", "unknown_static", "resource", "provider_class",
         "schemes", "ids", "implies", "narrower", "narrower_none", "aliases", "deprecated", "source",
         "verified", "note"]


def render(mapping: dict, entries: dict[str, dict]) -> str:
    p = mapping["provider"]
    lines = [
        "# Microsoft identity platform, Microsoft Graph and other Microsoft resources.",
        "# GENERATED by tools/catalog/build_microsoft.py from tools/catalog/data/microsoft/ (facts extracted",
        "# from microsoftgraph/microsoft-graph-devx-content, the curated map and hand-written entries).",
        "# Do not edit by hand: change the data or the generator and run `python -m tools.catalog build microsoft`.",
        "",
    ]
    for k in ("id", "name", "docs", "revoke", "revoke_zh", "revoke_note", "revoke_note_zh", "note"):
        if k in p:
            lines.append(f"{k} = {_value(p[k])}")
    lines.append("")
    ep = p["endpoints"]
    lines.append("[endpoints]")
    lines.append(f"domains = {_value(ep['domains'])}")
    lines.append("")
    for kind in ("authorize", "device"):
        for e in ep.get(kind, []):
            lines.append(f"[[endpoints.{kind}]]")
            for k, v in e.items():
                lines.append(f"{_key(k)} = {_value(v)}")
            lines.append("")
    write_table(lines, "params", p["params"])
    for uri in sorted(p.get("resources", {})):
        write_table(lines, f"resources.{_str(uri)}", p["resources"][uri])
    for key in sorted(entries, key=lambda k: (k.lower(), k)):
        e = entries[key]
        table = {k: e[k] for k in ORDER if k in e}
        write_table(lines, f"scopes.{_str(key)}", table)
    return "\n".join(lines).rstrip() + "\n"


def generate() -> str:
    perms, dev_d, dev_a, facts, mapping = load_inputs()
    b = Builder(perms, dev_d, dev_a, mapping, facts)
    text = render(mapping, b.build())
    tomllib.loads(text)  # must parse
    return text


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "extract":
        (DATA / "graph.toml").write_text(extract(Path(argv[1]), Path(argv[2])), "utf-8")
        print("wrote tools/catalog/data/microsoft/graph.toml")
        return 0
    if len(argv) == 2 and argv[0] == "dump-merill":
        sys.stdout.write(dump_merill(argv[1]))
        return 0
    print("usage: python -m tools.catalog.build_microsoft extract PERMISSIONS_JSON IDS_JSON | dump-merill GIT_DIR",
          file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
