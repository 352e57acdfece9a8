"""The labelled corpus: real requests from public sources, each with a reviewer's verdict.

`tests/corpus/requests.toml` holds each request, the level a senior reviewer gives it, and the reason.
The tool must reach the same level. Where it knowingly does not, the entry says so in
`tool_level` with a `disagreement` explanation: the test then checks the tool still gives that level,
so a change in either direction is noticed and the agreement figure stays honest.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from auditor.analyze import analyze
from auditor.catalog import load_catalog
from auditor.sources.url import read_scope_list, read_url

CORPUS = Path(__file__).resolve().parent / "corpus" / "requests.toml"
LEVELS = ("none", "low", "medium", "high", "critical")


def load() -> list[dict]:
    return tomllib.loads(CORPUS.read_text("utf-8"))["request"]


def level_of(item: dict) -> str:
    catalog = load_catalog()
    if "input" in item:
        request = read_url(item["input"], catalog, source=item["id"])
    else:
        request = read_scope_list(item["provider"], item["scopes"], catalog, source=item["id"])
    return analyze(request, catalog, purpose=item.get("purpose")).risk.level


@pytest.mark.parametrize("item", load(), ids=lambda i: i["id"])
def test_corpus_request_gets_the_reviewers_level(item):
    assert item["expected"] in LEVELS and item["reason"] and item["source"].startswith(("https://", "http://"))
    got = level_of(item)
    if "disagreement" in item:
        assert got == item["tool_level"], f"documented disagreement changed: tool now says {got}"
    else:
        assert got == item["expected"], f"{item['id']}: tool says {got}, reviewer says {item['expected']} ({item['reason']})"


def test_corpus_size_and_spread():
    items = load()
    assert len(items) >= 40
    assert len({i["id"] for i in items}) == len(items)
    spread = Counter(i["expected"] for i in items)
    assert all(spread[level] >= 3 for level in LEVELS), spread


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
    assert agree / total >= 0.70, f"agreement {agree}/{total}"
    close, total = within_one()
    assert close / total >= 0.95, f"within one level {close}/{total}"
