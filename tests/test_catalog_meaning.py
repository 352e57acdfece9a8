"""Whole-catalog checks of what entries mean, not only of their form.

(a) An entry about the user's own data (its title says "your own", "yourself", "only you", "你自己"
    or "本人", or the provider calls it user-level) never reads everything in a category whose subject is
    someone else (taxonomy subject = "third_party"), unless the provider's own description of the
    scope says it reaches other people (for the generated providers: their description facts), or
    it is on the commented allow-list below.
(b) Where a provider's description of a scope names deleting, moderating or managing, the entry
    grants that access (checked from the description facts of the generated providers).
(c) Entries whose only grant is resource.app_config: the share is reported for every provider, and
    for the generated providers each one is backed by a description fact that names configuration.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from tools.catalog import build_atlassian, build_feishu, build_zoom

REPO = Path(__file__).resolve().parents[1]
PROVIDERS = REPO / "scopes" / "providers"
DATA = REPO / "tools" / "catalog" / "data"
TAXONOMY = tomllib.loads((REPO / "scopes" / "taxonomy.toml").read_text("utf-8"))["categories"]
THIRD_PARTY = {c for c, v in TAXONOMY.items() if v["subject"] == "third_party"}
# Words by which a title claims the entry concerns only the user's own data. A bare "you" is not one:
# "who follows you" or "every contact you have" are about other people by design.
OWN_WORDS = re.compile(r"\byour own\b|\byourself\b|\bonly you\b|你自己|本人", re.I)


def catalog() -> dict[str, dict]:
    out = {}
    for path in sorted(PROVIDERS.glob("*.toml")):
        data = tomllib.loads(path.read_text("utf-8"))
        out[data["id"]] = data.get("scopes", {})
    return out


CATALOG = catalog()

# (a) Entries whose title says "your own" but that also read other people's data by design, each
# checked at the provider's page: GitLab's read_user lists the instance's users (/users) besides
# your own profile, and its title says both.
ALLOW_OTHERS: set[tuple[str, str]] = {
    ("gitlab", "read_user"),
}

# ----------------------------------------------------------------------------------------------
# Description facts of the generated providers
# ----------------------------------------------------------------------------------------------


class ZoomFacts:
    def __init__(self):
        pages, _secondary, vocab, overrides = build_zoom.load()
        self.recs = pages["scopes"]
        self.vocab = build_zoom.Vocab(vocab)
        self.overrides = overrides

    def reaches_others(self, scope: str) -> bool:
        rec = self.recs.get(scope)
        if self.overrides.get(scope, {}).get("reaches_others"):
            return True
        return bool(rec) and any(self.vocab.others.search(build_zoom.norm(obj)) for _v, obj in build_zoom.facts(rec))

    def verbs(self, scope: str) -> set[str]:
        """Access words the description names: delete, manage, moderate."""
        rec = self.recs.get(scope) or {}
        out = set()
        for verb, _obj in build_zoom.facts(rec):
            word = self.vocab.verb_access.get(verb, verb)
            if word in ("delete", "manage", "moderate"):
                out.add(word)
        return out

    def is_configuration(self, scope: str) -> bool:
        return build_zoom.is_configuration(self.vocab, self.recs.get(scope) or {})


class AtlassianFacts:
    def __init__(self):
        self.d = build_atlassian.load()

    def reaches_others(self, scope: str) -> bool:
        return build_atlassian.reaches_others(self.d, scope)

    def verbs(self, scope: str) -> set[str]:
        # the descriptions read on Atlassian's pages (operations list every scope they need, so
        # their methods do not say what one scope grants)
        says = self.d["reviewed"].get(scope, {}).get("says", [])
        return {w for verb, _o in says for w in ("delete", "manage", "moderate") if verb == w}

    def is_configuration(self, scope: str) -> bool:
        return build_atlassian.is_configuration(self.d, scope)


class FeishuFacts:
    """Feishu's facts are the APIs whose pages name each scope, their methods and the tokens they
    accept (data/feishu/apis.json), and the page naming it (scopes.tsv)."""

    def __init__(self):
        self.rows = build_feishu.load()

    def reaches_others(self, scope: str) -> bool:
        return build_feishu.reaches_others(scope)

    def verbs(self, scope: str) -> set[str]:
        # a page that names the scope as enough to call a DELETE API
        return {"delete"} if any(a[0] == "DELETE" and a[3] == "any" for a in build_feishu.APIS.get(scope, [])) else set()

    def is_configuration(self, scope: str) -> bool:
        return build_feishu.is_configuration(self.rows.get(scope, {}))


FACTS = {"zoom": ZoomFacts(), "atlassian": AtlassianFacts(), "feishu": FeishuFacts()}
UNDETERMINED = {"zoom": build_zoom.UNDETERMINED, "atlassian": build_atlassian.UNDETERMINED, "feishu": build_feishu.UNDETERMINED}
WITH_VERBS = ("atlassian", "feishu", "zoom")


def user_level(entry: dict) -> bool:
    return "user-level" in entry.get("provider_class", "")


def says_own(entry: dict) -> bool:
    return bool(OWN_WORDS.search(entry.get("title", "") + " " + entry.get("title_zh", "")))


def third_party_reads(entry: dict) -> list[str]:
    return [g for g in entry.get("grants", []) if g.endswith(":read.all") and g.split(":")[0] in THIRD_PARTY]


# ----------------------------------------------------------------------------------------------
# (a) own data never reads everyone's
# ----------------------------------------------------------------------------------------------


def test_own_data_entries_never_read_other_peoples_categories_in_full():
    bad = []
    for pid, scopes in CATALOG.items():
        facts = FACTS.get(pid)
        for name, e in scopes.items():
            if not (says_own(e) or user_level(e)):
                continue
            reads = third_party_reads(e)
            if not reads or (pid, name) in ALLOW_OTHERS:
                continue
            if facts is not None and facts.reaches_others(name) and not re.search(r"\byour own\b|\byourself\b|你自己|本人", e["title"] + e.get("title_zh", "")):
                continue  # the provider's description names other people, and the title does not say "your own"
            bad.append(f"{pid}: {name} ({e['title']}) grants {reads}")
    assert not bad, "\n".join(bad)


def test_the_allow_list_names_only_entries_that_exist_and_need_it():
    stale = [k for k in ALLOW_OTHERS if k[1] not in CATALOG.get(k[0], {}) or not third_party_reads(CATALOG[k[0]][k[1]])]
    assert not stale, stale


def test_zoom_user_level_scopes_read_only_your_own_directory_entry():
    # the audit's case: a user-level Zoom scope about a user (yourself) read the whole directory
    zoom = CATALOG["zoom"]
    assert "org.directory:read.all" not in zoom["user:read:list_assistants"]["grants"]
    assert "org.directory:read.self" in zoom["user:read:list_assistants"]["grants"]
    assert zoom["user:read:list_assistants:admin"]["grants"][0].endswith(":read.all")
    # ... while the participants of your own meetings are other people
    assert "social.contacts:read.all" in zoom["meeting:read:list_past_participants"]["grants"]
    assert "your own" not in zoom["meeting:read:list_past_participants"]["title"]


# ----------------------------------------------------------------------------------------------
# (b) delete / manage / moderate in the description -> those accesses
# ----------------------------------------------------------------------------------------------

NEEDS = {
    "delete": ("write.delete",),
    "manage": ("write.create", "write.modify", "write.delete", "admin"),
    "moderate": ("write.modify", "write.delete", "admin"),
}


@pytest.mark.parametrize("pid", WITH_VERBS)
def test_described_delete_manage_and_moderate_are_granted(pid):
    facts = FACTS[pid]
    bad = []
    checked = 0
    for name, e in CATALOG[pid].items():
        accesses = {g.split(":", 1)[1] for g in e.get("grants", [])}
        for word in facts.verbs(name):
            checked += 1
            if not accesses & set(NEEDS[word]):
                bad.append(f"{name}: the description names {word!r}, grants {e['grants']}")
    assert checked > {"zoom": 100, "feishu": 50}.get(pid, 0)
    assert not bad, "\n".join(bad[:40])


# ----------------------------------------------------------------------------------------------
# (c) resource.app_config-only entries
# ----------------------------------------------------------------------------------------------


def app_config_only(entry: dict) -> bool:
    grants = entry.get("grants", [])
    return bool(grants) and all(g.startswith("resource.app_config:") for g in grants)


def test_share_of_app_config_only_entries_is_reported(capsys):
    total = sum(len(s) for s in CATALOG.values())
    only = {pid: sum(1 for e in s.values() if app_config_only(e)) for pid, s in CATALOG.items()}
    with capsys.disabled():
        print(f"\nresource.app_config-only entries: {sum(only.values())} of {total} ({100 * sum(only.values()) / total:.1f} %)")
        for pid in sorted(FACTS):
            print(f"  {pid}: {only[pid]} of {len(CATALOG[pid])}")
    assert 0 < sum(only.values()) < total / 4


@pytest.mark.parametrize("pid", sorted(FACTS))
def test_app_config_only_entries_are_backed_by_a_configuration_fact(pid):
    """verified = "meaning": a description or operation fact names configuration. Entries whose
    description was not available keep the reading of their name, and say so."""
    facts = FACTS[pid]
    bad = []
    for name, e in CATALOG[pid].items():
        if not app_config_only(e) or e["verified"] is False:
            continue
        if e["verified"] == "meaning" and not facts.is_configuration(name):
            bad.append(f"{name}: verified meaning without a configuration fact")
        if e["verified"] == "name" and not facts.is_configuration(name) and UNDETERMINED[pid] not in e.get("note", ""):
            bad.append(f"{name}: a reading of the name that does not say so")
    assert not bad, bad[:40]


def test_atlassian_field_definitions_are_configuration_not_customer_data():
    atl = CATALOG["atlassian"]
    e = atl["read:customer.detail-field:jira-service-management"]
    assert e["grants"] == ["resource.app_config:read.all"] and e["verified"] == "meaning"
    assert atl["read:customer.detail:jira-service-management"]["grants"] == ["social.contacts:read.all"]
    # writing a detail field also sets customers' values (Atlassian's customer API)
    assert "social.contacts:write.modify" in atl["write:customer.detail-field:jira-service-management"]["grants"]


def test_feishu_tenant_only_scopes_act_across_the_organisation():
    rows = build_feishu.load()
    fs = CATALOG["feishu"]
    tenant_only = [n for n, r in rows.items() if r["tok"] == "t" and fs[n]["grants"] != ["resource.cloud:write.create"] and "modifiers" not in build_feishu.OVERRIDES.get(n, {}) and "mods" not in build_feishu.OVERRIDES.get(n, {})]
    assert len(tenant_only) > 50
    assert all("org_wide" in fs[n].get("modifiers", []) for n in tenant_only)
    # a scope used with the user's token is not marked organisation-wide by the token facts
    assert "org_wide" not in fs["contact:user:search"].get("modifiers", [])


def test_zoom_grants_come_from_the_endpoints_zoom_lists():
    zoom = CATALOG["zoom"]
    # "Get a meeting summary" and friends: the summary's content, for your own meetings
    assert zoom["meeting:read:summary"]["grants"] == ["comm.content:read.self"]
    assert zoom["meeting:read:summary"]["verified"] == "meaning"
    # Zoom Mail filters and delegates are mail routing, not generic configuration
    assert zoom["email:write:setting_delegate"]["grants"][0].startswith("comm.mail_routing:")
    # names only in a third-party index stay unverified
    assert all(zoom[n]["verified"] is False for n in json.loads((DATA / "zoom" / "secondary.json").read_text("utf-8"))["names"])
