"""Generate scopes/providers/feishu.toml (format: docs/catalog-format.md).

Feishu (飞书) and its international edition Lark share one scope namespace, so both live in one
provider file. Data (all under tools/catalog/data/feishu/, read by ``generate()``; nothing else is read):

  scopes.tsv        one line per scope: whether it is in the scope registry of Feishu's own CLI
                    (larksuite/cli, internal/registry/scope_priorities.json, commit 1262aac), whether a
                    Feishu API page names it (read through riba2534/feishu-open-docs, commit 3ab55df, an
                    automated Markdown export of open.feishu.cn), the access tokens that page's API
                    accepts (user_access_token, tenant_access_token), whether Feishu labels the scope a
                    legacy version (历史版本), and the page's path.
  vocabulary.toml   our English and Chinese words for the parts of scope names, the actions, and the
                    rules that map parts to taxonomy categories.
  overrides.toml    hand-written entries for the scopes people meet most.
  apis.json         per scope, the APIs whose Feishu pages name it (method, API path, page, whether
                    the scope alone allows the call or only adds a field, the tokens the API accepts).
                    Written by ``extract_apis`` from the same Markdown export.

Titles are ours, from the vocabulary or the overrides; they are never copied from Feishu's
descriptions. Grants are our classification of the scope name into the taxonomy, so entries stay
verified = "name"; the API facts add what the name does not say: a scope that alone lets the app call
a DELETE API deletes, and a scope whose APIs accept only the tenant_access_token acts as the app
across the organisation (org_wide, admin_consent).

    python -m tools.catalog build feishu
    python3 -m tools.catalog.build_feishu extract FEISHU_SCOPES.tsv   # replace scopes.tsv (same columns)
    python3 -m tools.catalog.build_feishu extract-apis PAGES_DIR --commit SHA   # rewrite apis.json
"""

from __future__ import annotations

from tools.catalog.coverage import prune_narrower

import argparse
import json
import re
import shutil
import sys
import tomllib
from pathlib import Path

from tools.catalog.catalog_toml import table, value

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "feishu"

CLI_COMMIT = "1262aac480c832982c127e99f579fc35dc0f31a8"
CLI_LIST = f"https://github.com/larksuite/cli/blob/{CLI_COMMIT}/internal/registry/scope_priorities.json"
DOC = "https://open.feishu.cn/document"
SCOPE_LIST = "https://open.feishu.cn/document/ukTMukTMukTM/uYTM5UjL2ETO14iNxkTN/scope-list"
MIRROR = "riba2534/feishu-open-docs at 3ab55df, an automated Markdown export of open.feishu.cn"

R, C, M, D, S, A = "read.all", "write.create", "write.modify", "write.delete", "act.send", "admin"


def _vocabulary() -> dict:
    return tomllib.loads((DATA / "vocabulary.toml").read_text("utf-8"))


_V = _vocabulary()
MODULES: dict[str, tuple[str, str, tuple[str, ...]]] = {k: (v[0], v[1], tuple(v[2])) for k, v in _V["modules"].items()}
WORDS: dict[str, tuple[str, str]] = {k: (v[0], v[1]) for k, v in _V["words"].items()}
ACTIONS: dict[str, tuple[str, str, tuple[str, ...]]] = {k: (v[0], v[1], tuple(v[2])) for k, v in _V["actions"].items()}
OPERATIONS: dict[str, tuple[str, str, tuple[str, ...]]] = {k: (v[0], v[1], tuple(v[2])) for k, v in _V["operations"].items()}
CONTAINERS = set(_V["containers"])
MODULE_WORDS: dict[tuple[str, str], tuple[str, str]] = {(m, p): (v[0], v[1]) for m, d in _V["module_words"].items() for p, v in d.items()}
WORK_FIELDS = set(_V["work_fields"])
PERMISSION_PARTS = set(_V["permission_parts"])
PERSON_PARTS = set(_V["person_parts"])
FIELD_CATEGORIES: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _V["field_categories"].items()}
PERSON_ONLY = set(_V["person_only"])
EMPLOYEE_PARTS = set(_V["employee_parts"])
PART_CATEGORIES: dict[tuple[str, str], tuple[str, ...]] = {(m, p): tuple(v) for m, d in _V["part_categories"].items() for p, v in d.items()}
SERVICE_MODULES = tuple(_V["service_modules"])
TOKENS: dict[str, str] = dict(_V["tokens"])


def _overrides() -> dict[str, dict]:
    out = {}
    for name, ov in tomllib.loads((DATA / "overrides.toml").read_text("utf-8"))["scope"].items():
        ov = dict(ov)
        if "narrower" in ov:
            ov["narrower"] = [tuple(x) for x in ov["narrower"]]
        out[name] = ov
    return out


OVERRIDES = _overrides()
APIS: dict[str, list] = json.loads((DATA / "apis.json").read_text("utf-8"))["scopes"]
CONFIG_EVIDENCE = re.compile(_V["config_evidence"])
UNDETERMINED = ("No Feishu API page naming configuration was read for this scope; the grant is our reading of "
                "the scope's name.")


def is_configuration(row: dict) -> bool:
    """The Feishu API page that names the scope is about configuration (apps, settings, the tenant)."""
    return bool(row.get("path")) and bool(CONFIG_EVIDENCE.search(row["path"]))


def reaches_others(name: str) -> bool:
    """A hand-written entry says why the scope reaches other people's data."""
    return bool(OVERRIDES.get(name, {}).get("reaches_others"))


def load() -> dict[str, dict]:
    """scopes.tsv: name -> {flags, tok, dep, path}."""
    rows = {}
    for line in (DATA / "scopes.tsv").read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, flags, tok, dep, path = line.split("\t")
        rows[name] = {"flags": flags, "tok": tok, "dep": dep == "1", "path": path}
    return rows


def words(parts: list[str], module: str = "") -> tuple[str, str]:
    """The object of the title: the last resource part, with an earlier non-container part as context."""
    person = any(p in PERSON_PARTS for p in parts)

    def en(p: str) -> str:
        return MODULE_WORDS.get((module, p), WORDS.get(p, (p.replace("_", " "), p)))[0]

    def zh(p: str) -> str:
        if p == "name" and not person:
            return "名称"
        return MODULE_WORDS.get((module, p), WORDS.get(p, (p.replace("_", " "), p)))[1]

    if not parts:
        return "", ""
    head = parts[-1]
    ctx = None
    for p in reversed(parts[:-1]):
        if p not in CONTAINERS and p != head:
            ctx = p
            break
    if ctx is None:
        return en(head), zh(head)
    return f"{en(head)} of {en(ctx)}", f"{zh(ctx)}的{zh(head)}"


def split(name: str) -> tuple[str, list[str], str]:
    """(module, resource parts, action) of a scope name."""
    parts = name.split(":")
    module = parts[0]
    if len(parts) == 1:
        return module, [], "full"
    if len(parts) == 2:
        res, act = parts[1], "full"
    else:
        res, act = ":".join(parts[1:-1]), parts[-1]
    rparts = [p for seg in res.split(":") for p in seg.split(".") if p]
    if act == "full" and len(rparts) > 1 and rparts[-1] in ("read", "read_only", "readonly", "grant"):
        act = rparts.pop()
    if act not in ACTIONS and act not in ("full",):
        # an unknown final part is a resource part used with its default meaning (e.g. im:message.urgent:phone)
        rparts.append(act)
        act = "full"
    return module, rparts, act


def categories(module: str, rparts: list[str]) -> list[str]:
    person = any(p in PERSON_PARTS for p in rparts) or module in ("corehr", "ehr", "hire")
    cats: list[str] = []
    for p in rparts:
        pc = PART_CATEGORIES.get((module, p))
        if pc:
            cats += pc
    field: list[str] = []
    for p in rparts:
        fc = FIELD_CATEGORIES.get(p)
        if fc and (p not in PERSON_ONLY or person):
            field += fc
    if module in ("document_ai", "optical_char_recognition", "speech_to_text", "translation"):
        field = []
    cats = field + cats if field else cats
    if not cats:
        cats = list(MODULES[module][2])
        if module in ("corehr", "ehr", "hire", "performance") and any(p in EMPLOYEE_PARTS for p in rparts):
            cats.append("profile.education_work")
    if module in ("contact", "directory") and person and rparts and rparts[-1] in WORK_FIELDS:
        cats.append("profile.education_work")
    if module in ("contact", "directory", "component") and "org.directory" not in cats:
        cats.append("org.directory")
    out: list[str] = []
    for c in cats:
        if c not in out:
            out.append(c)
    return out


def accesses(module: str, rparts: list[str], act: str) -> tuple[str, ...]:
    if module in SERVICE_MODULES:
        return ("cloud",)
    acc = ACTIONS[act][2]
    if rparts and rparts[-1] in OPERATIONS and act in ("write", "full"):
        return OPERATIONS[rparts[-1]][2]
    field_level = len(rparts) > 1 and (any(p in FIELD_CATEGORIES for p in rparts) or module in ("corehr", "ehr", "directory", "contact"))
    if act == "write" and field_level:
        acc = (R, M)
    if any(p in PERMISSION_PARTS for p in rparts):
        acc = tuple(dict.fromkeys(a if a in (R, "cloud") else A for a in acc))
    return acc


def grants_for(module: str, rparts: list[str], act: str) -> list[str]:
    acc = accesses(module, rparts, act)
    if "cloud" in acc:
        return ["resource.cloud:write.create"]
    out: list[str] = []
    for c in categories(module, rparts):
        for a in acc:
            if a == S and not c.startswith("comm."):
                g = "comm.content:act.send"
            else:
                g = f"{c}:{a}"
            if g not in out:
                out.append(g)
    if module == "mail" and "comm.content" in categories(module, rparts) and R in acc:
        out.append("comm.inbox:read.all")
    return out


def title_for(module: str, rparts: list[str], act: str) -> tuple[str, str]:
    men, mzh, _ = MODULES[module]
    shown = list(rparts)
    if len(shown) > 1 and shown[0] == module:
        shown = shown[1:]
    if shown and shown[-1] in OPERATIONS and act in ("write", "full") and len(shown) > 1:
        ven, vzh, _ = OPERATIONS[shown[-1]]
        oen, ozh = words(shown[:-1], module)
        return f"{men}: {ven} {oen}", f"{mzh}：{vzh}{ozh}"
    oen, ozh = words(shown, module)
    ven, vzh, _ = ACTIONS[act]
    if not oen:
        oen, ozh = men.lower(), mzh
    return f"{men}: {ven} {oen}", f"{mzh}：{vzh}{ozh}"


def build_entries() -> dict[str, dict]:
    rows = load()
    names = set(rows)
    entries: dict[str, dict] = {}
    for name in sorted(rows):
        row = rows[name]
        module, rparts, act = split(name)
        ov = OVERRIDES.get(name, {})
        gen_en, gen_zh = title_for(module, rparts, act) if module in MODULES and rparts else (name, name)
        grants = ov.get("grants")
        if grants is None:
            grants = grants_for(module, rparts, act)
        calls = [a for a in APIS.get(name, []) if a[3] == "any"]
        deletes = [a for a in calls if a[0] == "DELETE"]
        if deletes and grants and not any(g.endswith(":write.delete") for g in grants) and "cloud" not in grants[0]:
            # a page naming the scope as enough to call a DELETE API: the scope deletes
            grants = grants + [f"{grants[0].split(':')[0]}:write.delete"]
        tok = row["tok"]
        if calls:
            # the tokens of every API that the scope alone lets the app call
            seen = {c for a in calls for c in a[4]}
            tok = "".join(c for c in "tu" if c in seen) or tok
        mods = ov.get("mods")
        if mods is None:
            mods = ["org_wide", "admin_consent"] if tok == "t" and grants != ["resource.cloud:write.create"] else []
        if row["path"]:
            source = DOC + row["path"]
            src_note = f"Named on this Feishu API page (read through {MIRROR})."
            if "C" in row["flags"]:
                src_note += " Also in the scope registry of Feishu's CLI (larksuite/cli)."
        else:
            source = CLI_LIST
            src_note = ("Listed in the scope registry of Feishu's official CLI (larksuite/cli, scope_priorities.json); "
                        "no Feishu API page naming it was seen, so its title and grants follow the scope name only.")
        source = ov.get("source", source)
        notes = [src_note]
        if "title" not in ov:
            notes.append("Title and grants are derived from the parts of the scope name.")
        if deletes and "write.delete" not in " ".join(ov.get("grants") or grants_for(module, rparts, act)):
            notes.append(f"Deleting comes from Feishu's API pages: {len(deletes)} DELETE API(s) accept this scope alone.")
        if calls:
            notes.append(f"Feishu's API pages name it as enough to call {len(calls)} API(s).")
        if tok == "t" and mods:
            notes.append("Only tenant_access_token APIs require it on the pages read, so it acts as the app across the whole organisation, within the ranges an administrator set; a user cannot grant it on the sign-in page.")
        if row["dep"]:
            notes.append("Feishu labels this scope a legacy version (历史版本).")
        if ov.get("note"):
            notes.append(ov["note"])
        if grants and all(g.startswith("resource.app_config:") for g in grants) and not is_configuration(row):
            notes.append(UNDETERMINED)
        cls = ov.get("cls") or TOKENS[tok]
        if ov.get("cls"):
            cls = f"{ov['cls']}; {TOKENS[tok]}"
        e = {
            "title": ov.get("title", gen_en),
            "title_zh": ov.get("title_zh", gen_zh),
            "grants": grants,
            "modifiers": mods,
            "provider_class": cls,
        }
        if ov.get("identity"):
            e["identity_only"] = True
        if ov.get("implies"):
            e["implies"] = ov["implies"]
        narrower = ov.get("narrower")
        none = ov.get("none")
        if narrower is None and none is None:
            narrower, none = auto_narrower(name, module, rparts, act, names)
        if narrower:
            e["narrower"] = [{"scope": s, "still": still} for s, still in narrower]
        else:
            e["narrower_none"] = none
        if row["dep"]:
            e["deprecated"] = True
        e["source"] = source
        e["verified"] = "name"
        e["note"] = " ".join(notes)
        entries[name] = e
    return entries


def auto_narrower(name, module, rparts, act, names):
    acc = accesses(module, rparts, act) if act in ACTIONS else (R,)
    if set(acc) <= {R, "cloud"}:
        return None, "Already read-only (or a single service call); Feishu lists no smaller scope for it."
    base = name if act == "full" and not name.endswith(":full") else name.rsplit(":", 1)[0]
    if act == "full":
        base = name
    for cand_act in ("readonly", "read", "read_only", "retrieve"):
        cand = f"{base}:{cand_act}"
        if cand in names and cand != name:
            return [(cand, "read the same data without changing it")], None
    return None, "Feishu lists no read-only or smaller scope for this resource."


def provider_header() -> str:
    head = {
        "id": "feishu",
        "name": "Feishu / Lark",
        "name_zh": "飞书",
        "docs": SCOPE_LIST,
        "revoke": "Ask the organisation's administrator to turn the app off or take you out of its availability range (Feishu Admin Console → Workplace → App management); Feishu does not document a page where users list and revoke the apps they authorised.",
        "revoke_zh": "请企业管理员在飞书管理后台（工作台 → 应用管理）停用该应用，或把你移出应用的可用范围；飞书未公开说明用户自行查看并撤销已授权应用的入口。",
        "revoke_note": "Feishu's token-revocation event (auth.user_access_token.revoked_v4) lists revocation by the user, by an administrator and by risk control as reasons, so user-side revocation exists, but its menu path was not found on an official page. Revoking stops new calls; it does not delete data the app already copied. Scopes granted to the app itself (tenant_access_token) are not tied to any user's consent and are removed only by an administrator.",
        "revoke_note_zh": "飞书的“撤销用户授权事件”（auth.user_access_token.revoked_v4）把用户撤销、管理员撤销和风控撤销列为原因，说明用户可以撤销授权，但未在官方页面找到具体菜单路径。撤销只阻止之后的调用，不会删除应用已复制的数据。授予应用本身的权限（tenant_access_token）与用户同意无关，只能由管理员移除。",
        "note": ("Feishu (China) and Lark (international) use the same scopes and the same flow on different hosts. "
                 "Grants are cumulative: the newest user_access_token carries every scope the user ever granted the app, not only those in the URL (authorize page). "
                 "Inside the Feishu client the consent page can be skipped and the browser sent straight back with a code, unless prompt=consent is given (authorize page). "
                 "At most 50 scopes per request, and every scope must already be enabled on the app, otherwise the user sees error 20027. "
                 "Most scopes work with both a user token (the app acts as you, limited to what you can see) and a tenant token (the app acts as itself across the organisation, within the ranges an administrator set); "
                 "scopes that the pages read tie only to tenant tokens are marked org_wide and admin_consent. "
                 "Field-level scopes (for example contact:user.phone:readonly) add sensitive fields to answers of other APIs, including the signed-in user's own profile. "
                 f"Scope names come from Feishu's CLI registry (larksuite/cli {CLI_COMMIT[:7]}) and from Feishu's API pages read through {MIRROR}; "
                 "the official scope-list page itself is rendered by script and its stored copy is empty."),
    }
    lines = []
    for k, v in head.items():
        lines.append(f"{k} = {value(v)}")
    text = "\n".join(lines) + "\n\n"
    text += "[endpoints]\n"
    text += f"domains = {value(['feishu.cn', 'larksuite.com'])}\n\n"
    for host, path in (
        ("accounts.feishu.cn", "/open-apis/authen/v1/authorize"),
        ("open.feishu.cn", "/open-apis/authen/v1/authorize"),
        ("open.feishu.cn", "/open-apis/authen/v1/index"),
        ("accounts.larksuite.com", "/open-apis/authen/v1/authorize"),
        ("open.larksuite.com", "/open-apis/authen/v1/authorize"),
        ("open.larksuite.com", "/open-apis/authen/v1/index"),
    ):
        text += f"[[endpoints.authorize]]\nhost = {value(host)}\npath = {value(path)}\n\n"
    for host in ("accounts.feishu.cn", "accounts.larksuite.com"):
        text += f"[[endpoints.device]]\nhost = {value(host)}\npath = {value('/oauth/v1/device_authorization')}\n\n"
    params = {
        "scope": ["scope"],
        "separator": " ",
        "client_id": ["client_id", "app_id"],
        "empty": ("scope is optional. Without it the user grants sign-in only: the token reads the user's name, profile photo and the app-specific open_id and developer-wide union_id through authen/v1/user_info; "
                  "email, mobile and user_id are added there only when the app also holds the matching field scopes. The older /authen/v1/index page takes app_id and no scope at all. "
                  "Because grants are cumulative, a URL without scopes can still yield a token carrying scopes the user granted earlier."),
        "empty_zh": ("scope 为可选参数。不带 scope 时，用户只授权登录：令牌可通过 authen/v1/user_info 读取用户的姓名、头像，以及应用内唯一的 open_id 和开发者范围内唯一的 union_id；"
                     "只有当应用同时拥有相应的字段权限时，该接口才会返回邮箱、手机号和 user_id。旧版 /authen/v1/index 页面只带 app_id，完全没有 scope。"
                     "由于授权是累加的，不带 scope 的 URL 仍可能得到一个带有用户此前授予的 scope 的令牌。"),
        "empty_grants": ["account.identifier:read.self", "account.display_profile:read.self", "profile.name:read.self"],
    }
    text += table("params", params) + "\n"
    return text


def build() -> str:
    entries = build_entries()
    prune_narrower(entries)  # a read-only twin is not a part of a scope that only writes
    out = [
        "# Feishu (飞书) / Lark scopes.",
        "# GENERATED by tools/catalog/build_feishu.py from tools/catalog/data/feishu/. Do not edit by hand: change the data and run `python -m tools.catalog build feishu`.",
        "",
        provider_header(),
    ]
    for name, e in entries.items():
        out.append(table(f"scopes.{value(name)}", e))
    return "\n".join(out)


# ----------------------------------------------------------------------------------------------
# extract_apis: per scope, the Feishu APIs whose pages name it (data/feishu/apis.json)
# ----------------------------------------------------------------------------------------------

_SCOPE_IN_CELL = re.compile(r"`([a-z_][a-z0-9_\-]*:[A-Za-z0-9_.:\-]+|offline_access)`")


def extract_apis(pages: dict[str, str], commit: str) -> dict:
    """pages: {file name: Markdown text of one Feishu API page}. -> {scope: [[method, api path,
    page path, "any" | "field", tokens]]}: "any" where the page's 权限要求 row names the scope (any one
    of the listed scopes lets the app call the API), "field" where its 字段权限要求 row does (the scope
    adds a sensitive field to the answer)."""
    out: dict[str, list] = {}
    for text in pages.values():
        m_path = re.search(r'^fullPath: "([^"]+)"', text, re.M)
        m_meth = re.search(r"^\| HTTP Method \| ([A-Z]+) \|", text, re.M)
        m_url = re.search(r"^\| HTTP URL \| https?://[^/]+(/open-apis/\S+) \|", text, re.M)
        if not (m_path and m_meth and m_url):
            continue
        auth = re.search(r"^\| Authorization \|[^\n]*", text, re.M)
        toks = ""
        if auth:
            toks = ("t" if "tenant_access_token" in auth.group(0) else "") + ("u" if "user_access_token" in auth.group(0) else "")
        for kind, label in (("any", "权限要求"), ("field", "字段权限要求")):
            for row in re.findall(rf"^\| {label}[^|]*\|([^\n]*)", text, re.M):
                for s in dict.fromkeys(_SCOPE_IN_CELL.findall(row)):
                    fact = [m_meth.group(1), m_url.group(1), m_path.group(1), kind, toks]
                    if fact not in out.setdefault(s, []):
                        out[s].append(fact)
    return {
        "about": "Per Feishu scope, the APIs whose pages name it: [HTTP method, API path, page path under "
                 "https://open.feishu.cn/document, any = named in the page's permission row (any one listed scope "
                 "allows the call) | field = named in its field-permission row (adds a sensitive field), tokens the "
                 "API accepts (t = tenant_access_token, u = user_access_token)]. Read from riba2534/feishu-open-docs "
                 f"at {commit}, an automated Markdown export of open.feishu.cn.",
        "scopes": {k: sorted(out[k]) for k in sorted(out)},
    }


def dump_apis(obj: dict) -> str:
    lines = ["{", f'  "about": {json.dumps(obj["about"], ensure_ascii=False)},', '  "scopes": {']
    sc = obj["scopes"]
    for i, (k, v) in enumerate(sc.items()):
        lines.append(f"    {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}{',' if i < len(sc) - 1 else ''}")
    lines.append("  }\n}")
    return "\n".join(lines) + "\n"


def generate() -> str:
    errors = check_refs()
    if errors:
        raise RuntimeError("; ".join(errors))
    return build()


def check_refs() -> list[str]:
    errors = []
    names = set(load())
    for name, ov in OVERRIDES.items():
        if name not in names:
            errors.append(f"override for unknown scope {name}")
        for s, _ in ov.get("narrower", []) or []:
            if s not in names:
                errors.append(f"{name}: narrower {s} unknown")
    for name in names:
        module = name.split(":")[0]
        if module not in MODULES:
            errors.append(f"{name}: module {module} has no name")
        _, _, act = split(name)
        if act not in ACTIONS:
            errors.append(f"{name}: action {act} unknown")
    return errors


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.catalog.build_feishu")
    sub = ap.add_subparsers(dest="cmd", required=True)
    x = sub.add_parser("extract", help="replace data/feishu/scopes.tsv with a newly extracted table of the same columns")
    x.add_argument("tsv")
    y = sub.add_parser("extract-apis", help="rewrite data/feishu/apis.json from a checkout of the Markdown export of Feishu's API pages")
    y.add_argument("pages_dir")
    y.add_argument("--commit", required=True)
    a = ap.parse_args(argv)
    if a.cmd == "extract-apis":
        root = Path(a.pages_dir)
        pages = {str(f.relative_to(root)): f.read_text("utf-8") for f in sorted(root.rglob("*.md"))}
        data = extract_apis(pages, a.commit)
        (DATA / "apis.json").write_text(dump_apis(data), "utf-8")
        print(f"wrote {DATA / 'apis.json'}: {len(data['scopes'])} scopes")
        return 0
    new = Path(a.tsv)
    for line in new.read_text("utf-8").splitlines():
        if line and not line.startswith("#") and len(line.split("\t")) != 5:
            print(f"not a scopes.tsv line (5 tab-separated columns): {line[:80]!r}", file=sys.stderr)
            return 2
    shutil.copyfile(new, DATA / "scopes.tsv")
    print(f"wrote {DATA / 'scopes.tsv'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
