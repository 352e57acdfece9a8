"""Whole-catalog checks for classes of mistakes, over every provider file in scopes/providers/.

* No provider has two scope keys that are equal ignoring case (Microsoft matches permission names
  case-insensitively, and a reader that folds case would pick one of them at random).
* Every `narrower` alternative is covered by the scope it narrows. "Covered" means: for each grant
  `category:access` of the alternative, the original scope grants the same category with an access
  on the same axis (scopes/taxonomy.toml [access], field `axis`) whose `rank` is not lower, or grants
  `category:admin` (administering a category includes every lesser access to it). Grants are
  compared with the compiler's derived grants added (a category's `reveals`: the inbox reveals
  one-time codes, a precise location the approximate one), as the tool sees them. A scope's grants
  include those of the scopes it `implies` (transitively). Modifiers
  (offline, org_wide, admin_consent) are not compared: an alternative may be a different token type.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tools.catalog.coverage import covers, with_implied

ROOT = Path(__file__).resolve().parents[1]
PROVIDERS = sorted((ROOT / "scopes" / "providers").glob("*.toml"))
TAXONOMY = tomllib.loads((ROOT / "scopes" / "taxonomy.toml").read_text("utf-8"))
ACCESS = TAXONOMY["access"]

# Known violations, by provider: (scope, narrower alternative). Empty: every one was fixed (the
# generators prune with tools/catalog/coverage.py; hand-written files were corrected).
KNOWN_NOT_COVERED: dict[str, set[tuple[str, str]]] = {}


def load(path: Path) -> dict:
    return tomllib.loads(path.read_text("utf-8"))


def not_covered(provider: dict) -> set[tuple[str, str]]:
    scopes = provider.get("scopes", {})
    out = set()
    for name, e in scopes.items():
        grants = with_implied(scopes, name)
        for alt in e.get("narrower", []):
            other = scopes.get(alt["scope"])
            if other is None:
                continue  # a dangling reference is test_catalog's business
            if not all(covers(grants, g) for g in with_implied(scopes, alt["scope"])):
                out.add((name, alt["scope"]))
    return out


def test_covers_follows_the_access_order():
    assert covers(["x.y:read.all"], "x.y:read.self")
    assert not covers(["x.y:read.self"], "x.y:read.all")
    assert covers(["x.y:write.delete"], "x.y:write.create")
    assert not covers(["x.y:write.create"], "x.y:write.modify")
    assert not covers(["x.y:write.delete"], "x.y:read.self")  # another axis
    assert covers(["x.y:admin"], "x.y:read.all")
    assert covers(["account.identifier:read.self"], "account.identifier:assert")
    assert not covers(["account.identifier:assert"], "account.identifier:read.self")
    assert not covers(["x.z:admin"], "x.y:read.all")  # another category


@pytest.mark.parametrize("path", PROVIDERS, ids=lambda p: p.stem)
def test_no_two_scope_keys_are_equal_ignoring_case(path):
    seen: dict[str, str] = {}
    clashes = []
    for name in load(path).get("scopes", {}):
        if name.lower() in seen:
            clashes.append((seen[name.lower()], name))
        seen.setdefault(name.lower(), name)
    assert clashes == []


@pytest.mark.parametrize("path", PROVIDERS, ids=lambda p: p.stem)
def test_every_narrower_alternative_is_covered_by_the_original(path):
    found = not_covered(load(path))
    known = KNOWN_NOT_COVERED.get(path.stem, set())
    assert found - known == set(), "narrower alternatives that grant more than the original"
    assert known - found == set(), "fixed: remove these from KNOWN_NOT_COVERED"
