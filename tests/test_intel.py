"""The known-abused and malicious apps dataset (scopes/intel.toml), rule OA510 and `oauth-audit intel`."""

from __future__ import annotations

import json
import tomllib

import pytest

from auditor.analyze import analyze
from auditor.catalog import Catalog, load_catalog
from auditor.catalog.compile import source_root
from auditor.catalog.schema import validate_intel
from auditor.model import Severity
from auditor.sources.url import read_url

from .conftest import run_cli

MS = "https://login.microsoftonline.com/common/oauth2/v2.0/authorize"
STATE = "&state=Zx8pQ2mV7rT4kL9w"
RCLONE = "b15665d9-eda6-4092-8539-0eec376afd59"
EM_CLIENT = "e9a7fea1-1cc0-4cd9-a31b-9137ca5deedd"
ROGUEAPPS = "https://github.com/huntresslabs/rogueapps/blob/84c2e0468c2d328330a283065ee9dbbbc9584cba/public/rogueapps.json"


def findings(url: str, catalog: Catalog | None = None, rule: str = "OA510"):
    catalog = catalog or load_catalog()
    report = analyze(read_url(url, catalog), catalog)
    return [f for f in report.findings if f.rule == rule], report


def test_a_listed_client_id_gets_a_finding_naming_the_source():
    found, _ = findings(f"{MS}?client_id={RCLONE}&response_type=code&scope=openid%20profile%20email{STATE}")
    assert len(found) == 1
    f = found[0]
    assert f.severity == Severity.MEDIUM  # legitimate but abused, nothing phishing-shaped
    assert "rclone" in f.message and RCLONE in f.message
    assert "Huntress RogueApps (2024-09-05)" in f.message and ROGUEAPPS in f.message
    assert "Huntress RogueApps" in f.message_zh and ROGUEAPPS in f.message_zh and "rclone" in f.message_zh


def test_client_ids_match_case_insensitively():
    found, _ = findings(f"{MS}?client_id={RCLONE.upper()}&response_type=code&scope=openid{STATE}")
    assert [f.severity for f in found] == [Severity.MEDIUM]


def test_an_unknown_client_id_gets_no_finding():
    found, report = findings(f"{MS}?client_id=11111111-2222-3333-4444-555555555555&response_type=code&scope=openid%20profile%20email{STATE}")
    assert found == []
    assert report.findings is not None  # the scan itself ran


def test_a_listed_id_of_another_provider_does_not_match():
    found, _ = findings(f"https://accounts.google.com/o/oauth2/v2/auth?client_id={RCLONE}&response_type=code&scope=openid{STATE}")
    assert found == []


def test_forced_consent_for_the_mailbox_is_high():
    url = f"{MS}?client_id={EM_CLIENT}&response_type=code&prompt=consent&scope=openid%20offline_access%20https://outlook.office.com/EWS.AccessAsUser.All{STATE}"
    found, _ = findings(url)
    assert [f.severity for f in found] == [Severity.HIGH]
    assert "prompt=consent" in found[0].message and "your inbox" in found[0].message
    # the same prompt for sign-in only is not the documented abuse: medium
    found, _ = findings(f"{MS}?client_id={EM_CLIENT}&response_type=code&prompt=consent&scope=openid{STATE}")
    assert [f.severity for f in found] == [Severity.MEDIUM]


def test_a_device_code_flow_for_a_listed_tool_is_high():
    url = f"https://login.microsoftonline.com/common/oauth2/v2.0/devicecode?client_id={RCLONE}&scope=Files.Read.All"
    found, _ = findings(url)
    assert [f.severity for f in found] == [Severity.HIGH]
    assert "device-code" in found[0].message


def _catalog_with(entry: dict) -> Catalog:
    base = load_catalog()
    defaults = {"client_id": "", "extension_id": "", "references": [], "note": ""}
    return Catalog({**base.index, "intel": [*base.intel, {**defaults, **entry}]})


MALICIOUS = {
    "provider": "microsoft", "client_id": "0a0a0a0a-1b1b-2c2c-3d3d-4e4e4e4e4e4e", "name": "Test Fake Signer", "kind": "malicious",
    "used_for": "A test entry.", "used_for_zh": "测试条目。", "source": "https://example.org/report", "source_name": "Example Report",
    "source_date": "2025-07-31", "verified": "meaning",
}


def test_a_malicious_app_is_critical_whatever_its_scopes():
    catalog = _catalog_with(MALICIOUS)
    found, report = findings(f"{MS}?client_id={MALICIOUS['client_id']}&response_type=code&scope=openid%20profile%20email{STATE}", catalog)
    assert [f.severity for f in found] == [Severity.CRITICAL]
    assert "malicious" in found[0].message and "Example Report (2025-07-31)" in found[0].message
    assert report.risk.level == "critical"


def test_an_extension_redirect_matches_an_extension_entry():
    ext = "abcdefghijklmnopabcdefghijklmnop"
    catalog = _catalog_with({**MALICIOUS, "client_id": "", "extension_id": ext, "provider": "google", "kind": "abused"})
    url = f"https://accounts.google.com/o/oauth2/v2/auth?client_id=123-abc.apps.googleusercontent.com&response_type=code&scope=openid&redirect_uri=https://{ext}.chromiumapp.org/cb{STATE}"
    found, _ = findings(url, catalog)
    assert [f.severity for f in found] == [Severity.MEDIUM] and "browser extension " + ext in found[0].message


def test_the_bundled_dataset_is_valid_and_sourced():
    data = tomllib.loads((source_root() / "intel.toml").read_text("utf-8"))
    assert validate_intel(data, set(load_catalog().providers)) == []
    apps = data["app"]
    assert len(apps) >= 5
    assert all(a["source"].startswith("https://") and a["source_date"] for a in apps)
    text = (source_root() / "intel.toml").read_text("utf-8")
    assert "Mozilla Public License" in text and "huntresslabs/rogueapps" in text  # attribution and licence notice


@pytest.mark.parametrize(
    "change, error",
    [
        ({"kind": "bad"}, "kind must be one of"),
        ({"client_id": None}, "exactly one of client_id and extension_id"),
        ({"extension_id": "abc"}, "exactly one of client_id and extension_id"),
        ({"source_date": "July 2025"}, "source_date must be YYYY-MM-DD"),
        ({"verified": "yes"}, "verified must be"),
        ({"provider": "nowhere"}, "unknown provider"),
        ({"colour": "red"}, "unknown keys colour"),
    ],
)
def test_the_schema_refuses_bad_entries(change, error):
    entry = {k: v for k, v in {**MALICIOUS, **change}.items() if v is not None}
    errors = validate_intel({"app": [entry]}, {"microsoft", "google"})
    assert any(error in e for e in errors), errors


def test_the_schema_refuses_duplicates():
    errors = validate_intel({"app": [MALICIOUS, {**MALICIOUS, "client_id": MALICIOUS["client_id"].upper()}]})
    assert any("duplicate" in e for e in errors)


def test_intel_lists_the_entries():
    proc = run_cli("intel")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["PROVIDER", "KIND", "NAME", "ID", "SOURCE"]
    assert any(RCLONE in line and "rclone" in line and "legitimate but abused" in line and "Huntress RogueApps, 2024-09-05" in line for line in lines)
    assert sum(1 for line in lines if line.startswith("microsoft ")) == len(load_catalog().intel)


def test_intel_finds_one_by_id_and_by_name():
    proc = run_cli("intel", RCLONE)
    assert proc.returncode == 0, proc.stderr
    assert "rclone (client id " + RCLONE in proc.stdout and ROGUEAPPS in proc.stdout
    assert "eM Client" not in proc.stdout
    proc = run_cli("intel", "cloudsponge", "--format", "json")
    rows = json.loads(proc.stdout)
    assert [r["name"] for r in rows] == ["CloudSponge"] and rows[0]["client_id"] == "a43e5392-f48b-46a4-a0f1-098b5eeb4757"
    proc = run_cli("intel", "no-such-app")
    assert proc.returncode == 0 and "No entry" in proc.stdout and "no-such-app" in proc.stdout


def test_the_chinese_messages_say_everything_in_chinese():
    from .test_rules_zh import check_zh

    urls = [
        f"{MS}?client_id={EM_CLIENT}&response_type=code&prompt=consent&scope=openid%20offline_access%20https://outlook.office.com/EWS.AccessAsUser.All{STATE}",
        f"https://login.microsoftonline.com/common/oauth2/v2.0/devicecode?client_id={RCLONE}&scope=Files.Read.All",
    ]
    for url in urls:
        found, report = findings(url)
        assert found and all("来源：" in f.message_zh for f in found)
        for f in found:
            check_zh(f, report)
