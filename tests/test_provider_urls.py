"""Real authorization URLs from each provider's own documentation parse with no unknown scope."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor import audit_url

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "provider_urls"


def cases():
    for path in sorted(FIXTURES.glob("*.txt")):
        source = None
        for line in path.read_text("utf-8").splitlines():
            line = line.strip()
            if line.startswith("# source:"):
                source = line.split(":", 1)[1].strip()
            elif line and not line.startswith("#"):
                yield pytest.param(path.stem, line, source, id=f"{path.stem}:{line[:60]}")


@pytest.mark.parametrize(("provider", "url", "source"), list(cases()))
def test_documented_url_resolves_every_scope(provider, url, source):
    assert source and source.startswith("https://"), "every fixture URL names its documentation page"
    report = audit_url(url)
    assert report.request.provider_id == provider
    unknown = [rs.scope for rs in report.scopes if not rs.known]
    assert unknown == [], f"unknown scopes in {source}: {unknown}"
    assert not any(f.rule == "OA203" and f.severity.label == "medium" for f in report.findings)


def test_there_are_fixtures_for_the_first_providers():
    have = {p.stem for p in FIXTURES.glob("*.txt")}
    assert {"slack", "discord"} <= have
