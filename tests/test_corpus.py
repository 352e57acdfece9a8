"""The labelled corpus: real requests from public sources, each with a reviewer's verdict.

`tests/corpus/requests.toml` holds each request, the level a senior reviewer gives it, and the reason.
The tool must reach the same level. Where it knowingly does not, the entry says so in
`tool_level` with a `disagreement` explanation: the test then checks the tool still gives that level,
so a change in either direction is noticed and the agreement figure stays honest.

A case is a URL (`input`), a published scope list (`provider` + `scopes`) or a manifest copied from
a public repository (`file`, relative to `tests/corpus/`). A file is read with the same reader
`oauth-audit scan FILE` uses (`auditor.sources.manifests.read_file`); when it yields several
requests (a Chrome extension gives one for its OAuth scopes and one for its browser permissions),
the case's level is the highest of them.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from auditor.analyze import analyze
from auditor.catalog import load_catalog
from auditor.sources.manifests import read_file
from auditor.sources.url import read_scope_list, read_url

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
CORPUS = CORPUS_DIR / "requests.toml"
LEVELS = ("none", "low", "medium", "high", "critical")

# The agreement this branch achieves (cases without a documented disagreement), rounded down to
# the percent. Raise it when rules improve; never lower it to make a regression pass.
AGREEMENT_FLOOR = 0.69
WITHIN_ONE_FLOOR = 0.96  # cases within one level of the reviewer, rounded down (docs/design.md)
MIN_CASES = 150
MIN_PER_LEVEL = 15


def load() -> list[dict]:
    return tomllib.loads(CORPUS.read_text("utf-8"))["request"]


def requests_of(item: dict, catalog) -> list:
    """The request(s) a case stands for, read the way the command line reads them."""
    if "file" in item:
        return read_file(str(CORPUS_DIR / item["file"]), catalog=catalog)
    if "input" in item:
        return [read_url(item["input"], catalog, source=item["id"])]
    return [read_scope_list(item["provider"], item["scopes"], catalog, source=item["id"])]


def level_of(item: dict) -> str:
    catalog = load_catalog()
    reports = [analyze(r, catalog, purpose=item.get("purpose")) for r in requests_of(item, catalog)]
    assert reports, f"{item['id']}: no request read from the case"
    return max((r.risk.level for r in reports), key=LEVELS.index)


@pytest.mark.parametrize("item", load(), ids=lambda i: i["id"])
def test_corpus_request_gets_the_reviewers_level(item):
    assert item["expected"] in LEVELS and item["reason"] and item["source"].startswith("https://")
    got = level_of(item)
    if "disagreement" in item:
        assert got == item["tool_level"], f"documented disagreement changed: tool now says {got}"
    else:
        assert got == item["expected"], f"{item['id']}: tool says {got}, reviewer says {item['expected']} ({item['reason']})"


def test_corpus_size_and_spread():
    items = load()
    assert len(items) >= MIN_CASES, len(items)
    spread = Counter(i["expected"] for i in items)
    assert all(spread[level] >= MIN_PER_LEVEL for level in LEVELS), spread
    benign = spread["none"] + spread["low"]
    assert benign / len(items) >= 0.40, f"benign share {benign}/{len(items)}"


def test_corpus_entries_are_complete():
    items = load()
    ids = [i.get("id") for i in items]
    assert len(set(ids)) == len(ids), [i for i in ids if ids.count(i) > 1]
    for item in items:
        name = item.get("id")
        assert isinstance(name, str) and name, item
        assert item.get("expected") in LEVELS, name
        assert isinstance(item.get("reason"), str) and item["reason"].strip(), name
        assert isinstance(item.get("source"), str) and item["source"].startswith("https://"), name
        assert isinstance(item.get("constructed"), bool), name
        kinds = [k for k in ("input", "scopes", "file") if k in item]
        assert len(kinds) == 1, f"{name}: exactly one of input, scopes, file ({kinds})"
        if "scopes" in item:
            assert item.get("provider"), name
        if item["constructed"]:
            assert isinstance(item.get("reconstructed"), str) and item["reconstructed"].strip(), f"{name}: constructed without `reconstructed`"
        if "file" in item:
            path = CORPUS_DIR / item["file"]
            assert item["file"].startswith("manifests/") and path.is_file(), f"{name}: missing {item['file']}"
            commit = item.get("commit")
            assert isinstance(commit, str) and len(commit) == 40 and all(c in "0123456789abcdef" for c in commit), f"{name}: repository file without a full commit"
            assert commit in item["source"], f"{name}: source is not a permalink at {commit}"
        if "disagreement" in item:
            assert item.get("tool_level") in LEVELS and item["tool_level"] != item["expected"], name
            assert item["disagreement"].strip(), name


def agreement() -> tuple[int, int]:
    items = load()
    return sum(1 for i in items if "disagreement" not in i), len(items)


def within_one() -> tuple[int, int]:
    """Cases where the tool's level is at most one step from the reviewer's."""
    items = load()
    close = sum(1 for i in items if abs(LEVELS.index(i.get("tool_level", i["expected"])) - LEVELS.index(i["expected"])) <= 1)
    return close, len(items)


def test_agreement_is_reported_and_high():
    # Judgement v2 (issue 14) moved six of the original 54 cases away from their labels on purpose:
    # mailbox read alone is high, not critical (the ladder); transport and CSRF flaws on a pure
    # sign-in are low; a declared purpose never takes credential exposure below high. Each says so
    # in `disagreement`. Exact agreement was 46/54 before and 40/54 after; within one level 54/54
    # before and 53/54 after.
    agree, total = agreement()
    assert agree / total >= AGREEMENT_FLOOR, f"agreement {agree}/{total}"
    close, total = within_one()
    assert close / total >= WITHIN_ONE_FLOOR, f"within one level {close}/{total}"
