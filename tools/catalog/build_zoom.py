"""Generate scopes/providers/zoom.toml from the facts of Zoom's two scope pages.

Data (all under tools/catalog/data/zoom/, read by ``generate()``; nothing else is read)
  pages.json        per scope: the page(s) it is on (classic, granular), Zoom's section and group,
                    the level, the verbs and object of a classic scope's one-line description, and
                    the endpoints it unlocks (verb, object words, reference, operation id). Written
                    by ``extract`` from the copies of Zoom's pages kept in Zoom's own repository
                    zoom/skills (skills/oauth/references/classic-scopes.md and granular-scopes.md).
  secondary.json    classic-style names seen only in a third-party index of the classic page
                    (written with verified = false), and names skipped from it.
  vocabulary.toml   our words for services and claims, the category rules, verb -> access.
  overrides.toml    reviewed grants, titles and notes for single scopes.

How grants are derived
  Each endpoint's object words are matched against the category rules (first match wins); the
  union over the scope's endpoints is its data. Only when no endpoint names a kind of data is the
  scope's claim (its name) used, and then the entry says so (verified = "name" and a note). The
  endpoint verbs give the accesses (get/list -> read, create/add -> write.create, delete/remove ->
  write.delete, ...). Levels: a user-level scope reads the authorizing user's own data (read.self);
  it reads other people's data (read.all) only where its endpoints name other people (participants,
  registrants, contacts, members ...). Admin- and master-level scopes read the whole account.

    python -m tools.catalog build zoom
    python3 -m tools.catalog.build_zoom extract CLASSIC.md GRANULAR.md --commit SHA [--extra nango.yaml]
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
DATA = HERE / "data" / "zoom"

CLASSIC_URL = "https://developers.zoom.us/docs/integrations/oauth-scopes/"
GRANULAR_URL = "https://developers.zoom.us/docs/integrations/oauth-scopes-granular/"
ACTIONS = {"read", "write", "update", "delete", "patch", "udpate", "wirte"}
VERB_CLAIMS = ("send", "subscribe", "cancel", "migrate", "move", "quick", "import", "insert", "recover", "transfer", "apply",
               "modify", "trash", "untrash", "delete", "patch", "get", "download", "archive", "generate", "assign", "unassign")
UNDETERMINED = "Zoom's page lists no endpoint for this scope that names a kind of data; the grants are our reading of the scope's name."

# ----------------------------------------------------------------------------------------------
# Data
# ----------------------------------------------------------------------------------------------


def load() -> tuple[dict, dict, dict, dict]:
    pages = json.loads((DATA / "pages.json").read_text("utf-8"))
    secondary = json.loads((DATA / "secondary.json").read_text("utf-8"))
    vocab = tomllib.loads((DATA / "vocabulary.toml").read_text("utf-8"))
    overrides = tomllib.loads((DATA / "overrides.toml").read_text("utf-8")).get("scope", {})
    return pages, secondary, vocab, overrides


def norm(text: str) -> str:
    """Object words as one underscore-joined token string (what the category rules match)."""
    return "_".join(re.findall(r"[a-z0-9]+", text.lower().replace("'s", "s")))


def phrased(vocab: "Vocab", obj: str) -> str:
    """norm(obj) with spelled-out phrases joined ("q a" -> "qa", "call out" -> "callout")."""
    text = norm(obj)
    for a, b in vocab.v["phrases"].items():
        text = re.sub(rf"(^|_){a}($|_)", rf"\g<1>{b}\g<2>", text)
    return text


def subject_words(vocab: "Vocab", obj: str) -> str:
    """An endpoint's object without filler words, and without whose it is ("user's", "account")
    when more is left: "get a user's call history" -> "call_history"."""
    toks = [w for w in phrased(vocab, obj).split("_") if w and w not in vocab.filler]
    kept = [w for w in toks if w not in vocab.owner]
    return "_".join(kept or toks)


def parse(scope: str) -> tuple[str, str, str, str]:
    """-> (service, action, claim, level)."""
    parts = scope.split(":")
    service = parts[0]
    action = parts[1] if len(parts) > 1 else ""
    rest = parts[2:]
    if action not in ACTIONS and rest and rest[0] in ACTIONS:  # app:deeplink:write
        action, rest = rest[0], [action] + rest[1:]
    level = "master" if "master" in rest or action == "master" else "admin" if "admin" in rest or action == "admin" else "user"
    if action in ("master", "admin"):
        action = "manage"
    if action == "wirte":
        action = "write"
    claim = "_".join(r for r in rest if r not in ("admin", "master"))
    return service, action, claim, level


def word_start(pattern: str) -> re.Pattern:
    return re.compile(r"(?:^|_)(?:" + pattern + ")")


class Vocab:
    def __init__(self, v: dict):
        self.v = v
        # every keyword must start a word ("file" matches "files", not "profile")
        self.rules = [(word_start(p), c) for p, c in v["claim_rules"]]
        self.config = word_start(v["config_evidence"])
        self.others = word_start(v["others"])
        self.inbox = word_start(v["inbox_objects"])
        self.verb_access = {verb: acc for acc, verbs in v["verb_access"].items() for verb in verbs}
        self.third_party = set(v["third_party"])
        self.filler = set(v["filler_words"])
        self.owner = set(v["owner_words"])

    def match(self, service: str, text: str) -> str | None:
        for pattern, cat in self.v["service_rules"].get(service, []):
            if word_start(pattern).search(text):
                return cat
        for rx, cat in self.rules:
            if rx.search(text):
                if service in self.v["keep_service_default"] and cat in ("schedule.calendar", "resource.app_config") \
                        and not re.search(r"setting|share_setting|classification", text) and service in self.v["service_default"]:
                    return self.v["service_default"][service]
                if service == "tasks" and cat == "schedule.calendar":
                    return "resource.business"
                return cat
        return None

    def fallback(self, service: str) -> str | None:
        for prefix, cat in self.v["prefix_default"]:
            if service.startswith(prefix):
                return cat
        return self.v["service_default"].get(service)


def facts(rec: dict) -> list[tuple[str, str]]:
    """(verb, object) pairs a scope's page entries name: endpoints, then a classic description."""
    out = []
    for kind in ("classic", "granular"):
        page = rec.get(kind)
        if not page:
            continue
        for verb, obj, _ref, _op in page.get("apis", []):
            out.append((verb, obj))
        says = page.get("says")
        if says:
            for verb in says["verbs"] or [""]:
                out.append((verb, says["object"]))
    return out


def is_configuration(vocab: Vocab, rec: dict) -> bool:
    """True when one of the scope's endpoint or description objects names configuration."""
    return any(vocab.config.search(phrased(vocab, obj)) for _v, obj in facts(rec))


# ----------------------------------------------------------------------------------------------
# Grants
# ----------------------------------------------------------------------------------------------

USER_BASE = {
    "": ["account.identifier", "profile.name", "contact.email", "account.display_profile"],
    "user": ["account.identifier", "profile.name", "contact.email", "account.display_profile"],
    "profile_picture": ["account.display_profile"], "email": ["contact.email"], "summary": ["org.directory"],
    "status": ["org.directory"], "feature": ["resource.app_config"], "settings": ["resource.app_config"],
    "token": ["auth.secret"], "zak": ["auth.secret"],
}


def derive(name: str, rec: dict | None, vocab: Vocab, classic: bool) -> dict:
    """-> {grants, evidence ("meaning" | "name"), others (bool), undetermined (bool)}."""
    service, action, claim, level = parse(name)
    pairs = facts(rec) if rec else []
    per: list[tuple[str, str, bool]] = []  # (category, access word, the endpoint names other people)
    evidence = "meaning"
    others = any(vocab.others.search(norm(obj)) for _v, obj in pairs)
    unmatched: list[tuple[str, bool]] = []  # endpoints whose object names no kind of data
    if service == "user" and claim in ("summary", "status"):  # a user's summary or status is their directory entry
        per = [("org.directory", vocab.verb_access.get(v, "") or action, level != "user") for v, _o in (pairs or [("", "")])]
        others = level != "user"
    elif service == "user" and level == "user" and claim in USER_BASE and not (classic and not claim):
        cats = USER_BASE[claim]
        per = [(c, vocab.verb_access.get(v, "") or action, False) for c in cats for v, _o in (pairs or [("", "")])]
        others = False
    else:
        for verb, obj in pairs:
            words_ = subject_words(vocab, obj)
            cat = vocab.match(service, words_) or ("resource.app_config" if vocab.config.search(phrased(vocab, obj)) else None)
            if cat:
                per.append((cat, vocab.verb_access.get(verb, ""), bool(vocab.others.search(norm(obj)))))
            else:
                unmatched.append((vocab.verb_access.get(verb, ""), bool(vocab.others.search(norm(obj)))))
    undetermined = False
    if not per:
        evidence = "name"
        cat = (vocab.match(service, claim) if claim else None) or vocab.fallback(service)
        if cat is None:
            cat = vocab.match(service, norm(service.replace("_", " "))) or "resource.app_config"
            undetermined = True
        per = [(cat, "", others)]
    # an endpoint whose object names no kind of data acts on the data the scope's other endpoints
    # (or its name) name: "delete ticket" beside "create tickets for an event"
    for cat in dict.fromkeys(c for c, _a, _o in list(per)):
        for acc, names_others in unmatched:
            per.append((cat, acc, names_others))
    # resource.app_config needs configuration named by Zoom's page; otherwise it is our reading
    if all(c == "resource.app_config" for c, _a, _o in per) and not is_configuration(vocab, rec or {}):
        evidence = "name"
        undetermined = True
    out: list[str] = []
    for cat, acc, names_others in per:
        # a granular scope's own action (in its name) counts as well as its endpoints' verbs
        words_ = {acc or action} | ({action} if not classic else set())
        grants = [a for w in sorted(words_) for a in accesses(w, action, level, cat, classic, names_others, vocab)]
        for a in grants:
            out.append(f"{cat}:{a}")
        if cat == "comm.content" and action == "write" and re.search(r"message|msg|sms|chat|send|draft|bot|thread|note|^$", claim or ""):
            out.append("comm.content:act.send")
        if acc == "send":
            out.append(f"{cat}:act.send")
        if cat == "schedule.calendar" and re.search(r"invit", claim):
            out.append("schedule.calendar:act.send")
    # a mailbox or SMS inbox is where one-time codes arrive (the compiler adds auth.otp to comm.inbox)
    inbox = service in vocab.v["inbox_services"] or any(vocab.inbox.search(phrased(vocab, obj)) for _v, obj in pairs)
    if inbox:
        out += [g.replace("comm.content:", "comm.inbox:") for g in out if g.startswith("comm.content:read.")]
    return {"grants": list(dict.fromkeys(out)), "evidence": evidence, "others": others, "undetermined": undetermined}


def accesses(word: str, action: str, level: str, cat: str, classic: bool, others: bool, vocab: Vocab) -> list[str]:
    if level != "user":
        read = "read.all"
    elif cat in vocab.third_party and others:
        read = "read.all"
    else:
        read = "read.self"
    if word in ("read", "get"):
        out = [read]
    elif word in ("update", "patch", "udpate", "modify"):
        out = ["write.modify"]
    elif word in ("delete",):
        out = ["write.delete"]
    elif word in ("create", "send"):
        out = ["write.create"]
    elif word == "write":
        out = [read, "write.create", "write.modify", "write.delete"] if classic else ["write.create"]
    elif word == "manage":  # account:master style, scim2:admin, "View and manage" descriptions
        out = [read, "write.create", "write.modify", "write.delete"]
    elif word == "bot":
        out = ["read.selected", "write.create"]
    else:
        out = [read]
    if level != "user" and cat in ("resource.app_config", "org.directory") and action != "read" and word != "read":
        out.append("admin")
    return out


# ----------------------------------------------------------------------------------------------
# Titles
# ----------------------------------------------------------------------------------------------


def words(vocab: Vocab, claim: str) -> str:
    return " ".join(vocab.v["word"].get(w, w) for w in claim.split("_") if w)


def title_for(vocab: Vocab, scope: str, classic: bool, others: bool) -> str:
    service, action, claim, level = parse(scope)
    svc = vocab.v["service_name"].get(service, words(vocab, service))
    who = vocab.v["scope_who"]["user_others" if level == "user" and others else level]
    if classic and not claim:
        obj = vocab.v["classic_object"].get(service, svc)
        verb = {"read": "See", "write": "See and manage", "manage": "See and manage", "update": "Change", "delete": "Delete"}.get(action, "Use")
        if level == "user":
            return f"{verb} your {obj}"
        return f"{verb} the {obj} of {who}"
    obj = words(vocab, claim) if claim else svc
    if claim.startswith("list_"):
        phrase = f"List {words(vocab, claim[5:])}"
    elif claim.split("_")[0] in VERB_CLAIMS:
        phrase = words(vocab, claim)
        phrase = phrase[0].upper() + phrase[1:]
    elif claim.startswith("batch_"):
        verb = {"read": "See", "write": "Create", "update": "Change", "delete": "Delete"}.get(action, "Manage")
        phrase = f"{verb} {words(vocab, claim[6:])} in bulk"
    else:
        verb = {"read": "See", "write": "Create", "update": "Change", "patch": "Change", "udpate": "Change",
                "delete": "Delete", "manage": "Manage", "bot": "Run"}.get(action, "Use")
        if classic and action == "write":
            verb = "See and manage"
        phrase = f"{verb} {obj}"
    return f"{phrase} in {svc} ({who})"


# ----------------------------------------------------------------------------------------------
# Build
# ----------------------------------------------------------------------------------------------

def entry_toml(name: str, e: dict) -> str:
    lines = [f"[scopes.{json.dumps(name)}]"]
    for k in ("title", "grants", "modifiers", "provider_class", "narrower", "narrower_none", "deprecated", "source", "verified", "note"):
        if k in e and e[k] not in (None, "", []) and not (k == "deprecated" and e[k] is False):
            lines.append(f"{k} = {value(e[k])}")
    return "\n".join(lines) + "\n"


def twin(scope: str, level_from: str, level_to: str, known: set[str]) -> str | None:
    parts = scope.split(":")
    if level_from in parts:
        i = parts.index(level_from)
        cand = ":".join(parts[:i] + ([level_to] if level_to != "user" else []) + parts[i + 1:])
        if cand in known:
            return cand
    return None


def entries() -> tuple[dict[str, dict], dict]:
    pages, secondary, v, overrides = load()
    vocab = Vocab(v)
    recs: dict[str, dict] = pages["scopes"]
    extra = sorted(set(secondary["names"]) - set(recs))
    every = set(recs) | set(extra)
    granular = {n for n, r in recs.items() if "granular" in r}
    out: dict[str, dict] = {}
    for name in sorted(every):
        rec = recs.get(name)
        kind = "classic" if (rec is None or "classic" in rec) else "granular"
        classic = kind == "classic"
        service, action, claim, level = parse(name)
        d = derive(name, rec, vocab, classic=classic and not claim)
        ov = overrides.get(name, {})
        grants = ov.get("grants") or d["grants"]
        lvl_word = {"user": "user-level", "admin": "admin-level", "master": "master-level"}[level]
        if rec is None:
            verified: object = False
        elif "grants" in ov or d["evidence"] == "meaning":
            verified = "meaning"
        else:
            verified = "name"
        e: dict = {
            "title": ov.get("title") or title_for(vocab, name, classic, d["others"]),
            "grants": grants,
            "modifiers": ["org_wide", "admin_consent"] if level != "user" else [],
            "provider_class": f"{kind} scope, {lvl_word}",
            "source": CLASSIC_URL if classic else GRANULAR_URL,
            "verified": verified,
        }
        notes = []
        if rec and "classic" in rec and "granular" in rec:
            notes.append("Listed on both Zoom's classic and granular scope pages.")
        if rec is None:
            notes.append("Not on the copies of Zoom's scope pages kept in Zoom's own repository (zoom/skills); seen only in a third-party index of the classic-scope page, so it may be newer or renamed.")
        elif d["undetermined"] and "grants" not in ov:
            notes.append(UNDETERMINED)
        if re.search(r"wirte|udpate|registraion|clousre|statues", name):
            notes.append("The misspelling is Zoom's own; the scope is requested exactly as written.")
        if ov.get("note"):
            notes.append(ov["note"])
        if notes:
            e["note"] = " ".join(notes)
        narrower = []
        if level == "admin":
            t = twin(name, "admin", "user", every)
            if t:
                narrower.append({"scope": t, "still": "the same, for your own data only"})
        if level == "master":
            t = twin(name, "master", "admin", every)
            if t:
                narrower.append({"scope": t, "still": "the same, inside your own account only"})
        if action in ("write", "update", "delete", "patch", "udpate") and not narrower:
            parts = name.split(":")
            parts[1] = "read"
            r = ":".join(parts)
            if r in every:
                narrower.append({"scope": r, "still": "see it without changing anything"})
        if classic and not claim and action in ("read", "write") and not narrower:
            cands = sorted(g for g in granular if g.split(":")[0] == service and g.split(":")[1] == "read" and parse(g)[3] == level)
            if cands:
                pick = next((c for c in cands if parse(c)[2] == service), cands[0])
                narrower.append({"scope": pick, "still": f"one kind of data only ({words(vocab, parse(pick)[2])}), read-only; a granular scope"})
        if narrower:
            e["narrower"] = narrower
        elif not classic:
            e["narrower_none"] = "Granular scope: already limited to one kind of data and one action." if level == "user" else "No user-level form of this granular scope exists; it always covers the whole account."
        else:
            e["narrower_none"] = "No narrower classic scope exists; apps that use granular scopes can ask for single actions instead."
        out[name] = e
    info = {
        "commit": pages["source"]["commit"], "n_extra": len(extra), "skipped": secondary["skipped_cut"],
        "odd": pages["skipped_space"],
        "n_classic": sum(1 for r in recs.values() if "classic" in r), "n_granular": len(granular),
    }
    return out, info


def generate() -> str:
    es, info = entries()
    prune_narrower(es)  # a "read" twin is not a part of an update or delete scope
    head = HEADER.format(commit=info["commit"], n_classic=info["n_classic"], n_granular=info["n_granular"], n_extra=info["n_extra"],
                         n_total=len(es), skipped=", ".join(info["skipped"]) or "none", odd=", ".join(info["odd"]) or "none")
    return head + "\n" + "\n".join(entry_toml(k, es[k]) for k in sorted(es))


HEADER = '''# Zoom OAuth scopes: classic and granular.
#
# GENERATED by tools/catalog/build_zoom.py from tools/catalog/data/zoom/; edit the data, not this file.
#
# Scope names, levels and the endpoints each scope unlocks come from Zoom's classic-scope page
# ({n_classic} scopes) and granular-scope page ({n_granular} scopes) as kept in Zoom's own repository
# zoom/skills (commit {commit}, skills/oauth/references/classic-scopes.md and granular-scopes.md,
# copies of developers.zoom.us/docs/integrations/oauth-scopes/ and .../oauth-scopes-granular/).
# {n_extra} more classic-style names seen only in a third-party index of the classic page are included
# with verified = false. Names from that index that look cut short and were skipped: {skipped}.
# Names on Zoom's pages that contain a space (cannot be sent in a scope parameter) and were
# skipped: {odd}.
# {n_total} scopes in all. Titles are ours. Grants are read from the endpoints Zoom lists for each scope
# (verified = "meaning"); where no endpoint names a kind of data they are our reading of the name
# (verified = "name", with a note). Zoom classic scopes are not deprecated: Zoom says existing apps
# keep them and may migrate, and new apps get granular scopes.

id = "zoom"
name = "Zoom"
docs = "https://developers.zoom.us/docs/integrations/oauth-scopes-overview/"
revoke = "https://marketplace.zoom.us/user/installed"
revoke_zh = "在 Zoom App Marketplace（应用市场）的 Manage（管理）> Added Apps（已添加的应用）中移除：https://marketplace.zoom.us/user/installed"
revoke_note = "The Zoom App Marketplace lists the apps you added (Manage > Added Apps), where you can remove one; the address above was not confirmed on a stored Zoom page. Admins remove account-level apps for everyone from the same Marketplace. Removing an app stops new access; it does not delete recordings, transcripts or chat the app already downloaded."
revoke_note_zh = "Zoom App Marketplace（应用市场）列出你添加的应用（Manage（管理）> Added Apps（已添加的应用）），可在此移除；上面的地址未在我们存档的 Zoom 页面上确认。管理员在同一个 Marketplace 中为所有人移除账户级应用。移除应用只阻止之后的访问，不会删除应用已下载的录制、转录或聊天记录。"
note = "Scopes are normally fixed on the app in the Zoom App Marketplace, and the basic authorization URL carries none. Apps with granular scopes may add scope=… (required) and optional_scope=… (optional, the user may untick them) to the URL, and include_granted_scopes to keep earlier grants (Zoom's OAuth guide in zoom/skills). Levels: user-level scopes reach the user's own data (and the other people in it, such as meeting participants, where the endpoints say so); admin-level (:admin) scopes need an account admin or owner and reach every user of the account; master-level (:master) scopes need the owner of a master account and reach its sub-accounts. Every user authorization returns a refresh token, so access continues without the user until the app is removed. The separator of scope and optional_scope was not confirmed on a stored Zoom page; spaces are assumed (Zoom returns granted scopes space-separated)."

[endpoints]
domains = ["zoom.us", "zoom.com"]

[[endpoints.authorize]]
host = "zoom.us"
path = "/oauth/authorize"

[params]
scope = ["scope"]
separator = " "
scope_groups = {{ optional_scope = "optional" }}
empty = "Without a scope parameter (the usual case) the user is asked for the scopes configured on the app in the Zoom App Marketplace; the URL does not show them."
empty_zh = "不带 scope 参数时（这是常见情况），系统会向用户请求应用在 Zoom App Marketplace（应用市场）中配置的 scope；URL 中看不到这些 scope。"
empty_grants = []
'''


# ----------------------------------------------------------------------------------------------
# extract: regenerate pages.json / secondary.json from stored copies of Zoom's pages
# ----------------------------------------------------------------------------------------------

LINK = re.compile(r"\[(.+?)\]\(([^)]*)\)")
DESC_VERBS = {"view", "manage", "read", "write", "create", "update", "delete", "edit", "access", "add", "remove", "get", "list",
              "send", "join", "start", "use", "modify", "upload", "download", "see", "control"}


def api_fact(label: str, href: str) -> list[str]:
    """[verb, object words, reference, operation id] of one endpoint link."""
    text = re.sub(r"\[deprecated\]|\(deprecated\)", "", label, flags=re.I).strip()
    toks = text.split()
    verb = toks[0].lower() if toks else ""
    rest = toks[1:]
    if verb == "batch" and rest:
        verb, rest = rest[0].lower(), rest[1:]
    verb = {"gets": "get", "retrieves": "get", "lists": "list"}.get(verb, verb)
    while rest and rest[0].lower() in ("a", "an", "the"):
        rest = rest[1:]
    obj = " ".join(re.findall(r"[a-z0-9']+", " ".join(rest).lower()))
    m = re.search(r"/reference/(.+?)/?#operation/(.+)$", href)
    ref, op = (m.group(1), m.group(2)) if m else ("", "")
    return [verb, obj, ref, op]


def says_fact(line: str) -> dict:
    toks = re.findall(r"[a-z0-9']+", line.lower())
    verbs = []
    while toks and (toks[0] in DESC_VERBS or toks[0] in ("and", "or")):
        t = toks.pop(0)
        if t in DESC_VERBS:
            verbs.append(t)
    return {"verbs": verbs, "object": " ".join(toks)}


def extract(classic_md: str, granular_md: str, commit: str) -> dict:
    scopes: dict[str, dict] = {}
    section = name = None
    pending_desc = False
    for line in classic_md.splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        m = re.match(r"^### (\S.*?)\s*$", line)
        if m:
            name = m.group(1)
            scopes.setdefault(name, {})["classic"] = {"section": section, "apis": []}
            pending_desc = True
            continue
        if name and pending_desc and line.strip() and not line.startswith(("**", "-", "#")):
            scopes[name]["classic"]["says"] = says_fact(line.strip())
            pending_desc = False
        if name and line.startswith("- [") and line.endswith(")"):
            lm = LINK.search(line)
            if lm and "#operation/" in lm.group(2):  # endpoints only, not the page's footer links
                scopes[name]["classic"]["apis"].append(api_fact(lm.group(1), lm.group(2)))
    section = group = None
    for line in granular_md.splitlines():
        if line.startswith("## "):
            section, group = line[3:].strip(), None
        elif line.startswith("### "):
            group = line[4:].strip()
        elif line.startswith("|") and "`" in line:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            lm = LINK.search(cells[0])
            fact = api_fact(lm.group(1), lm.group(2)) if lm else None
            for s in re.findall(r"`([^`]+)`", cells[-1]):
                g = scopes.setdefault(s.strip(), {}).setdefault("granular", {"section": section, "group": group, "apis": []})
                if fact and fact not in g["apis"]:
                    g["apis"].append(fact)
    odd = sorted(s for s in scopes if re.search(r"\s", s))
    for s in odd:
        del scopes[s]
    return {
        "about": "Facts of Zoom's scope pages in our own format: per scope its page(s), section, group, the verbs and object of "
                 "a classic scope's description, and its endpoints as [verb, object words, reference, operation id].",
        "source": {"repo": "zoom/skills", "commit": commit, "classic": "skills/oauth/references/classic-scopes.md",
                   "granular": "skills/oauth/references/granular-scopes.md", "classic_url": CLASSIC_URL, "granular_url": GRANULAR_URL},
        "skipped_space": odd,
        "scopes": {k: scopes[k] for k in sorted(scopes)},
    }


def dump(obj: dict) -> str:
    """One scope a line, so that diffs stay readable."""
    lines = ["{"]
    items = [(k, v) for k, v in obj.items() if k != "scopes"]
    for k, v in items:
        lines.append(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)},")
    lines.append('  "scopes": {')
    sc = obj["scopes"]
    for i, (k, v) in enumerate(sc.items()):
        lines.append(f"    {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}{',' if i < len(sc) - 1 else ''}")
    lines.append("  }\n}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.catalog.build_zoom")
    sub = ap.add_subparsers(dest="cmd", required=True)
    x = sub.add_parser("extract", help="rewrite data/zoom/pages.json (and secondary.json with --extra) from stored copies of Zoom's pages")
    x.add_argument("classic")
    x.add_argument("granular")
    x.add_argument("--commit", required=True)
    x.add_argument("--extra", help="a YAML file whose `zoom:` list names further scopes (third-party index)")
    a = ap.parse_args(argv)
    data = extract(Path(a.classic).read_text("utf-8"), Path(a.granular).read_text("utf-8"), a.commit)
    (DATA / "pages.json").write_text(dump(data), "utf-8")
    if a.extra:
        import yaml  # only for the optional third-party index

        names = list(yaml.safe_load(Path(a.extra).read_text("utf-8")).get("zoom") or [])
        known = set(data["scopes"])
        cut = sorted(s for s in set(names) - known if any(k.startswith(s + "_") for k in known))
        extra = sorted(s for s in set(names) - known if s not in cut)
        (DATA / "secondary.json").write_text(json.dumps({"names": extra, "skipped_cut": cut}, indent=1) + "\n", "utf-8")
    print(f"wrote {DATA / 'pages.json'}: {len(data['scopes'])} scopes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
