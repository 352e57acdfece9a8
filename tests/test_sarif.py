"""SARIF 2.1.0 output: valid against the official schema, and what GitHub code scanning needs."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

import auditor
from auditor.analyze import analyze
from auditor.catalog import load_catalog
from auditor.fingerprint import artifact_path, fingerprint, is_file_source
from auditor.model import AuthorizationRequest, Location, RequestedScope, Severity
from auditor.render import sarif
from auditor.rules import load_rules
from auditor.sources.url import read_url

from .conftest import MINIMAL_SIGNIN_URL, WORM_URL

SCHEMA = Path(__file__).resolve().parent / "fixtures" / "sarif" / "sarif-schema-2.1.0.json"
MAIL = "https://mail.google.com/"
CONTACTS = "https://www.googleapis.com/auth/contacts"


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed (pip install -e '.[test]')")
    schema = json.loads(SCHEMA.read_text("utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def check(validator, text: str) -> dict:
    doc = json.loads(text)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])
    return doc


def url_report(catalog, url: str = WORM_URL, source: str = "url"):
    return analyze(read_url(url, catalog, source=source), catalog)


def manifest_request(source: str, scopes: list[tuple[str, int | None, int | None]], client: str = "app-123", provider: str = "google"):
    """A request as a manifest reader would build it: each scope located at a line and column."""
    return AuthorizationRequest(
        source=source, kind="scope_list", url="", scheme="", host="", path="", provider_id=provider,
        endpoint_known=False, params=(("client_id", client),),
        scopes=tuple(RequestedScope(s, Location(source, param="scopes", line=line, column=col)) for s, line, col in scopes),
    )


def manifest_report(catalog, source="config/apps.yaml", scopes=((MAIL, 12, 5), (CONTACTS, 13, 5)), client="app-123"):
    return analyze(manifest_request(source, list(scopes), client), catalog)


def results(doc: dict) -> list[dict]:
    return doc["runs"][0]["results"]


# --- the document -----------------------------------------------------------------------------


def test_url_scan_is_valid_sarif(catalog, validator):
    report = url_report(catalog)
    doc = check(validator, sarif.render([report], catalog))
    assert doc["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert doc["version"] == "2.1.0"
    assert len(doc["runs"]) == 1
    driver = doc["runs"][0]["tool"]["driver"]
    assert driver["name"] == "oauth-audit"
    assert driver["semanticVersion"] == auditor.__version__
    assert len(results(doc)) == len(report.findings) > 0


def test_empty_and_clean_scans_are_valid(catalog, validator):
    doc = check(validator, sarif.render([], catalog))
    assert results(doc) == [] and doc["runs"][0]["tool"]["driver"]["rules"] == []
    check(validator, sarif.render([url_report(catalog, MINIMAL_SIGNIN_URL)], catalog))


def test_manifest_scan_is_valid_sarif(catalog, validator, tmp_path):
    report = manifest_report(catalog, source=str(tmp_path / "config" / "apps.yaml"))
    check(validator, sarif.render([report, url_report(catalog)], catalog, root=str(tmp_path)))


def test_rules_are_the_referenced_ones_sorted_with_matching_index(catalog, validator):
    reports = [url_report(catalog), url_report(catalog, MINIMAL_SIGNIN_URL)]
    doc = check(validator, sarif.render(reports, catalog))
    rules = doc["runs"][0]["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert ids == sorted({f.rule for r in reports for f in r.findings})
    for res in results(doc):
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]


def test_every_rule_descriptor_has_what_github_requires(catalog, validator):
    for rule in load_rules().values():
        d = sarif.rule_descriptor(rule)
        assert d["id"] == rule.id and d["name"] == rule.name
        assert 0 < len(d["shortDescription"]["text"]) <= 1024
        assert 0 < len(d["fullDescription"]["text"]) <= 1024
        assert d["help"]["text"].strip() and d["help"]["markdown"].strip()
        assert f"docs/rules/{rule.id}.md" in d["help"]["text"]
        assert "security" in d["properties"]["tags"] and len(d["properties"]["tags"]) <= 20
        assert d["defaultConfiguration"]["level"] == sarif.LEVEL[rule.severity]
        assert "helpUri" not in d  # no published project URL yet: the help names the file instead


def test_security_severity_mapping(catalog):
    assert sarif.SECURITY_SEVERITY == {
        Severity.CRITICAL: "9.5", Severity.HIGH: "8.0", Severity.MEDIUM: "5.5", Severity.LOW: "3.0", Severity.INFO: "0.0",
    }
    # GitHub's bands: > 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low
    score = {s: float(v) for s, v in sarif.SECURITY_SEVERITY.items()}
    assert 9.0 < score[Severity.CRITICAL] <= 10.0
    assert 7.0 <= score[Severity.HIGH] <= 8.9
    assert 4.0 <= score[Severity.MEDIUM] <= 6.9
    assert 0.1 <= score[Severity.LOW] <= 3.9
    assert score[Severity.INFO] == 0.0  # below every band: not a security alert of any severity
    for rule in load_rules().values():
        assert sarif.rule_descriptor(rule)["properties"]["security-severity"] == sarif.SECURITY_SEVERITY[rule.severity]


def test_result_levels_follow_the_finding_not_the_rule(catalog):
    report = url_report(catalog)
    doc = json.loads(sarif.render([report], catalog))
    expected = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
    for f, res in zip(report.findings, results(doc)):
        assert res["ruleId"] == f.rule
        assert res["level"] == expected[f.severity.label]
        assert res["properties"]["severity"] == f.severity.label


def test_project_urls_when_configured(catalog, validator, monkeypatch):
    monkeypatch.setattr(sarif, "PROJECT_URL", "https://example.org/oauth-auditor")
    monkeypatch.setattr(sarif, "RULE_DOCS_URL", "https://example.org/oauth-auditor/docs/rules/{id}.md")
    doc = check(validator, sarif.render([url_report(catalog)], catalog))
    driver = doc["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == "https://example.org/oauth-auditor"
    for rule in driver["rules"]:
        assert rule["helpUri"] == f"https://example.org/oauth-auditor/docs/rules/{rule['id']}.md"


def test_no_project_urls_by_default(catalog):
    doc = json.loads(sarif.render([url_report(catalog)], catalog))
    assert "informationUri" not in doc["runs"][0]["tool"]["driver"]


def test_deterministic(catalog):
    reports = [url_report(catalog), manifest_report(catalog)]
    first = sarif.render(reports, catalog)
    assert first == sarif.render(reports, catalog)
    assert first.endswith("}\n")
    assert json.dumps(json.loads(first), ensure_ascii=False, sort_keys=True, indent=2) + "\n" == first  # keys sorted
    for word in ("startTimeUtc", "endTimeUtc", "timeUtc"):
        assert word not in first


# --- locations ----------------------------------------------------------------------------------


def test_url_input_has_a_logical_location_only(catalog):
    doc = json.loads(sarif.render([url_report(catalog)], catalog))
    for res in results(doc):
        (loc,) = res["locations"]
        assert "physicalLocation" not in loc
        (logical,) = loc["logicalLocations"]
        assert logical["name"] == "accounts.google.com/o/oauth2/auth"


def test_paths_are_relative_to_root_with_regions(catalog, validator, tmp_path):
    source = str(tmp_path / "config" / "apps.yaml")
    report = manifest_report(catalog, source=source)
    doc = check(validator, sarif.render([report], catalog, root=str(tmp_path)))
    lines = {MAIL: (12, 5), CONTACTS: (13, 5)}
    seen_region = False
    for f, res in zip(report.findings, results(doc)):
        phys = res["locations"][0]["physicalLocation"]
        assert phys["artifactLocation"] == {"uri": "config/apps.yaml", "uriBaseId": "%SRCROOT%"}
        if f.scope in lines:
            assert phys["region"] == {"startLine": lines[f.scope][0], "startColumn": lines[f.scope][1]}
            seen_region = True
        else:
            assert "region" not in phys  # a finding about the whole file
    assert seen_region
    assert str(tmp_path) not in json.dumps(doc)  # no machine path in the output


def test_relative_source_without_root_stays_relative(catalog):
    doc = json.loads(sarif.render([manifest_report(catalog, source="./config/../config/apps.yaml")], catalog))
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results(doc)} == {"config/apps.yaml"}


def test_file_outside_root_is_an_absolute_file_uri(catalog, validator, tmp_path):
    outside = tmp_path / "elsewhere" / "apps.yaml"
    doc = check(validator, sarif.render([manifest_report(catalog, source=str(outside))], catalog, root=str(tmp_path / "repo")))
    loc = results(doc)[0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert "uriBaseId" not in loc
    assert loc["uri"].startswith("file:///") and loc["uri"].endswith("/elsewhere/apps.yaml")


def test_awkward_file_names_are_percent_encoded(catalog, validator, tmp_path):
    doc = check(validator, sarif.render([manifest_report(catalog, source=str(tmp_path / "a:b c%.yaml"))], catalog, root=str(tmp_path)))
    uri = results(doc)[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "a%3Ab%20c%25.yaml"
    assert urlsplit(uri).scheme == ""  # a ':' in the name cannot pass for a URI scheme


def test_non_file_sources():
    for source in ("url", "scopes", "qr", "stdin:3", "https://example.com/x", ""):
        assert not is_file_source(source) and artifact_path(source, "root") is None
    assert artifact_path("apps.yaml") == "apps.yaml"


# --- fingerprints ---------------------------------------------------------------------------------


def fingerprints(doc: dict) -> list[str]:
    return [r["partialFingerprints"]["oauthAuditFinding/v2"] for r in results(doc)]


def test_fingerprints_do_not_move_with_lines(catalog, tmp_path):
    root = str(tmp_path)
    source = str(tmp_path / "apps.yaml")
    before = manifest_report(catalog, source, scopes=((MAIL, 12, 5), (CONTACTS, 13, 5)))
    after = manifest_report(catalog, source, scopes=((CONTACTS, 40, 9), (MAIL, 57, 3)))  # moved and reordered
    a = json.loads(sarif.render([before], catalog, root=root))
    b = json.loads(sarif.render([after], catalog, root=root))
    assert sorted(fingerprints(a)) == sorted(fingerprints(b))
    assert [r["locations"] for r in results(a)] != [r["locations"] for r in results(b)]
    for res in results(a):
        pf = res["partialFingerprints"]
        assert pf["primaryLocationLineHash"] == pf["oauthAuditFinding/v2"]
        assert len(pf["oauthAuditFinding/v2"]) == 64


def test_fingerprint_function_matches_the_sarif(catalog, tmp_path):
    from auditor.fingerprint import fingerprints as run_fingerprints

    report = manifest_report(catalog, str(tmp_path / "apps.yaml"))
    doc = json.loads(sarif.render([report], catalog, root=str(tmp_path)))
    assert fingerprints(doc) == run_fingerprints([(report, f) for f in report.findings], str(tmp_path))
    assert len(set(fingerprints(doc))) == len(report.findings)  # twins are told apart by their rank
    # a finding without a twin before it has the plain fingerprint
    assert fingerprints(doc)[0] == fingerprint(report, report.findings[0], str(tmp_path))


def test_fingerprint_inputs(catalog, tmp_path):
    root = str(tmp_path)
    base = manifest_report(catalog, str(tmp_path / "apps.yaml"))
    f = next(x for x in base.findings if x.scope == MAIL)
    fp = fingerprint(base, f, root)
    # the same file reached through another root-relative spelling: same fingerprint
    assert fingerprint(manifest_report(catalog, str(tmp_path / "sub" / ".." / "apps.yaml")), f, root) == fp
    # another client, another file: another finding
    assert fingerprint(manifest_report(catalog, str(tmp_path / "apps.yaml"), client="other"), f, root) != fp
    assert fingerprint(manifest_report(catalog, str(tmp_path / "other.yaml")), f, root) != fp
    # another rule or scope
    assert fingerprint(base, f._replace(rule="OA999"), root) != fp
    assert fingerprint(base, f._replace(scope=CONTACTS), root) != fp
    # the message is not part of it; the severity is (one rule may say two things of different
    # weight about one scope: both must stay distinct findings)
    assert fingerprint(base, f._replace(message="reworded"), root) == fp
    assert fingerprint(base, f._replace(severity=Severity.LOW), root) != fp


def test_url_fingerprints_ignore_the_stdin_line(catalog):
    a = url_report(catalog, source="stdin:3")
    b = url_report(catalog, source="stdin:17")
    assert [fingerprint(a, f) for f in a.findings] == [fingerprint(b, f) for f in b.findings]


# --- suppressions ---------------------------------------------------------------------------------


def test_suppressed_findings_are_kept_and_marked(catalog, validator, tmp_path):
    report = manifest_report(catalog, str(tmp_path / "apps.yaml"))
    root = str(tmp_path)
    chosen = report.findings[0]
    fp = fingerprint(report, chosen, root)
    doc = check(validator, sarif.render([report], catalog, root=root, suppressed={fp: "accepted: the mail client needs it"}))
    assert len(results(doc)) == len(report.findings)
    marked = [r for r in results(doc) if "suppressions" in r]
    assert all(r["partialFingerprints"]["oauthAuditFinding/v2"] == fp for r in marked) and marked
    assert marked[0]["suppressions"] == [{"kind": "external", "justification": "accepted: the mail client needs it"}]
    assert all("suppressions" not in r for r in results(doc) if r["partialFingerprints"]["oauthAuditFinding/v2"] != fp)


def test_suppression_without_reason_and_unknown_fingerprints(catalog, validator):
    report = url_report(catalog)
    fp = fingerprint(report, report.findings[0])
    doc = check(validator, sarif.render([report], catalog, suppressed={fp: "", "0" * 64: "stale"}))
    marked = [r for r in results(doc) if "suppressions" in r]
    assert marked and all(r["suppressions"] == [{"kind": "external"}] for r in marked)


# --- untrusted text ---------------------------------------------------------------------------------


def test_untrusted_text_cannot_forge_links_or_hide(catalog, validator):
    url = "https://accounts.google.com/o/oauth2/v2/auth?client_id=a&response_type=code&scope=" + quote(
        "[click](https://evil.example/) \u202eevil\u202c \x1b[31mred"
    )
    text = sarif.render([url_report(catalog, url)], catalog)
    doc = check(validator, text)
    messages = [r["message"]["text"] for r in results(doc)]
    assert any("\\[click\\](https://evil.example/)" in m for m in messages)
    assert not any("[click]" in m.replace("\\[click\\]", "") for m in messages)
    for ch in ("\u202e", "\u202c", "\x1b"):
        assert ch not in text  # the output itself shows none raw (properties keep the data, JSON-escaped)
        assert not any(ch in m for m in messages)  # and messages show them as visible escapes
    assert any("\\\\u202eevil" in m for m in messages)
    assert any(r["properties"].get("scope") == "\u202eevil\u202c" for r in results(doc))
