"""``oauth-audit check``, ``diff`` and ``init`` on repository fixtures (tests/fixtures/check/)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from auditor.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "check"
SCHEMA_DIR = Path(__file__).resolve().parent / "fixtures" / "sarif"  # vendored, see SOURCE.md there


def run(capsys, *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(list(argv))
    out = capsys.readouterr()
    return exc.value.code, out.out, out.err


@pytest.fixture
def repo(tmp_path, monkeypatch):
    dest = tmp_path / "repo"
    shutil.copytree(FIXTURES / "repo", dest)
    monkeypatch.chdir(dest)
    return dest


def test_check_fails_on_a_high_finding_with_locations(repo, capsys):
    code, out, _ = run(capsys, "check", ".", "--no-color")
    assert code == 1
    assert "extension/manifest.json:9:7  HIGH  OA304" in out
    assert "slack/manifest.yml:8:9" in out


def test_check_passes_once_the_findings_are_ignored_with_reasons(repo, capsys):
    with open("oauth-audit.toml", "a", encoding="utf-8") as fh:
        fh.write(
            '\n[[ignore]]\nrule = "OA304"\npath = "extension/*"\nreason = "Reviewed: the summaries need the whole inbox"\n'
            '\n[[ignore]]\nrule = "OA102"\nreason = "Correspondents are shown to the user only"\n'
        )
    code, out, _ = run(capsys, "check", ".", "--no-color")
    assert code == 0, out
    assert "OA304" not in out and "2 ignored" not in out
    code, sarif_text, _ = run(capsys, "check", ".", "--format", "sarif")
    assert code == 0
    sarif = json.loads(sarif_text)
    results = sarif["runs"][0]["results"]
    ignored = [r for r in results if r.get("suppressions")]
    assert {r["ruleId"] for r in ignored} == {"OA304", "OA102"}
    assert all(s["kind"] == "external" and s["justification"] for r in ignored for s in r["suppressions"])


def test_an_ignore_without_a_reason_is_refused(repo, capsys):
    with open("oauth-audit.toml", "a", encoding="utf-8") as fh:
        fh.write('\n[[ignore]]\nrule = "OA304"\n')
    code, _, err = run(capsys, "check", ".")
    assert code == 2
    assert err.count("\n") == 1 and "a reason is mandatory" in err


def test_inline_ignore_in_yaml_needs_a_reason(repo, capsys):
    path = repo / "slack" / "manifest.yml"
    text = path.read_text().replace("      - chat:write\n", "      - chat:write  # oauth-audit: ignore[OA106,OA201] posts only, reviewed\n")
    path.write_text(text)
    _, out, _ = run(capsys, "check", ".", "--no-color", "--fail-on", "never")
    assert "slack/manifest.yml:8:9  MEDIUM  OA106" not in out
    path.write_text(text.replace(" posts only, reviewed", ""))
    _, out, _ = run(capsys, "check", ".", "--no-color", "--fail-on", "never")
    assert "OA106" in out


def test_sarif_validates_against_the_official_schema(repo, capsys):
    jsonschema = pytest.importorskip("jsonschema")
    schemas = sorted(SCHEMA_DIR.glob("*.json"))
    assert schemas, "tests/fixtures/sarif/sarif-schema-2.1.0.json is missing"
    code, text, _ = run(capsys, "check", ".", "--format", "sarif")
    assert code == 1
    doc = json.loads(text)
    schema = json.loads(schemas[0].read_text(encoding="utf-8"))
    jsonschema.validate(doc, schema)
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"] for r in doc["runs"][0]["results"] for loc in r.get("locations", [])}
    assert "extension/manifest.json" in uris and "slack/manifest.yml" in uris


def test_baseline_accepts_what_it_recorded_and_survives_line_moves(repo, capsys):
    purpose = ("--purpose", "auth.signin_minimal")  # a purpose the mail scope is far beyond
    code, _, err = run(capsys, "check", ".", "--write-baseline", "baseline.json", *purpose)
    assert code == 0 and "wrote" in err
    code, out, _ = run(capsys, "check", ".", "--baseline", "baseline.json", "--no-color", *purpose)
    assert code == 0, out
    manifest = repo / "extension" / "manifest.json"
    manifest.write_text(manifest.read_text().replace('"version": "2.3.0",', '"version": "2.3.0",\n  "description": "x",'))
    code, out, _ = run(capsys, "check", ".", "--baseline", "baseline.json", "--no-color", *purpose)
    assert code == 0, out
    shutil.copy(FIXTURES / "appsscript_new.json", repo / "appsscript.json")
    code, out, _ = run(capsys, "check", ".", "--baseline", "baseline.json", "--no-color", *purpose)
    assert code == 1 and "appsscript.json:5:5  CRITICAL  OA304" in out and "extension/" not in out


def test_a_broken_manifest_is_reported_and_the_others_are_still_checked(repo, capsys):
    (repo / "app.json").write_text('{"permission": {"scope.userLocation": ')
    (repo / "extension2").mkdir()
    (repo / "extension2" / "manifest.json").write_bytes(b"\x00\x01binary")
    code, out, _ = run(capsys, "check", ".", "--no-color")
    assert code == 1
    assert "app.json  error" in out and "extension2/manifest.json  error" in out
    assert "OA304" in out


def test_gitignored_files_do_not_fail_the_gate_but_are_listed_in_every_format(repo, capsys):
    (repo / "build-out").mkdir()
    shutil.copy(FIXTURES / "appsscript_new.json", repo / "build-out" / "appsscript.json")
    (repo / ".gitignore").write_text("build-out/\n")
    _, out, _ = run(capsys, "check", ".", "--no-color", "--format", "json")
    doc = json.loads(out)
    assert doc["check"]["excluded"] == [{"path": "build-out/appsscript.json", "excluded_by": ".gitignore", "requests": 1}]
    hidden = [f for r in doc["reports"] if r["source"].startswith("build-out") for f in r["findings"]]
    assert hidden and all(f["suppressed"] == "excluded by .gitignore" for f in hidden)
    _, out, _ = run(capsys, "check", ".", "--no-color")
    assert "build-out/appsscript.json  not audited  1 authorization request(s) not audited: excluded by .gitignore" in out
    _, out, _ = run(capsys, "check", ".", "--format", "github")
    assert "::warning file=build-out/appsscript.json,title=oauth-audit%3A not audited::1 authorization request(s)" in out
    _, out, _ = run(capsys, "check", ".", "--format", "markdown")
    assert "`build-out/appsscript.json`" in out and "not audited: excluded by" in out
    assert "3 request(s) in 2 file(s)" in out  # the excluded file is listed, not counted as audited
    _, out, _ = run(capsys, "check", ".", "--format", "sarif")
    sarif = json.loads(out)["runs"][0]
    notes = sarif["invocations"][0]["toolExecutionNotifications"]
    assert any(n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "build-out/appsscript.json" for n in notes)
    suppressed = [r for r in sarif["results"] if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("build-out/")]
    assert suppressed and all(r["suppressions"][0]["justification"] == "excluded by .gitignore" for r in suppressed)


def test_exclude_everything_is_not_a_silent_pass(repo, capsys):
    (repo / "oauth-audit.toml").write_text('exclude = ["**"]\nfail-on = "never"\n')
    code, out, _ = run(capsys, "check", ".", "--no-color")
    assert "not audited" in out and "excluded by oauth-audit.toml exclude" in out
    assert "sets fail-on = 'never'" in out
    code, out, _ = run(capsys, "check", ".", "--no-color", "--fail-on", "high")
    assert "sets fail-on" not in out  # CI named its own threshold: nothing to warn about


def test_gitignore_does_not_hide_a_tracked_manifest(repo, capsys):
    import subprocess

    shutil.copy(FIXTURES / "appsscript_new.json", repo / "appsscript.json")
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run(["git", "-C", str(repo), "add", "-A"], check=True)
    (repo / ".gitignore").write_text("appsscript.json\n")
    _, out, _ = run(capsys, "check", ".", "--no-color", "--format", "json")
    doc = json.loads(out)
    assert "appsscript.json" in {r["source"] for r in doc["reports"]}
    assert doc["check"]["excluded"] == []


def test_declaration_findings(repo, capsys):
    text = (repo / "oauth-audit.toml").read_text()
    text = text.replace('"commands" = "The /standup command"\n', '"commands" = ""\n"channels:history" = "old feature"\n')
    text = text.replace('"chat:write" = "Posts the daily summary to the channel the user picks"\n', "")
    (repo / "oauth-audit.toml").write_text(text)
    _, out, _ = run(capsys, "check", ".", "--no-color", "--format", "json", "--fail-on", "never", "--min-severity", "info")
    found = {(f["rule"], f["scope"]) for r in json.loads(out)["reports"] for f in r["findings"]}
    assert ("OA602", "chat:write") in found
    assert ("OA603", "commands") in found
    assert ("OA604", "channels:history") in found


def test_diff_names_the_added_mail_scope_and_what_it_exposes(capsys):
    code, out, _ = run(capsys, "diff", str(FIXTURES / "appsscript_old.json"), str(FIXTURES / "appsscript_new.json"), "--format-hint", "appsscript")
    assert code == 0
    assert "added https://mail.google.com/" in out
    assert "One-time verification codes" in out and "Messages and e-mail content" in out
    code, out, _ = run(capsys, "diff", str(FIXTURES / "appsscript_old.json"), str(FIXTURES / "appsscript_new.json"), "--fail-on", "medium")
    assert code == 1


def test_check_since_fails_only_on_new_findings(repo, capsys):
    git = shutil.which("git")
    if git is None:
        pytest.skip("git is not installed")
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com", "HOME": str(repo), "PATH": "/usr/bin:/bin"}
    shutil.copy(FIXTURES / "appsscript_old.json", repo / "appsscript.json")
    for cmd in (["init", "-q"], ["add", "."], ["commit", "-qm", "base"]):
        subprocess.run([git, *cmd], cwd=repo, check=True, env=env)
    purpose = ("--purpose", "auth.signin_minimal")
    code, out, _ = run(capsys, "check", ".", "--since", "HEAD", "--no-color", *purpose)
    assert code == 0, out  # the extension's critical finding was already there
    shutil.copy(FIXTURES / "appsscript_new.json", repo / "appsscript.json")
    code, out, _ = run(capsys, "check", ".", "--since", "HEAD", "--no-color", *purpose)
    assert code == 1
    assert "OA605" in out and "https://mail.google.com/ was added since HEAD" in out
    code, out, _ = run(capsys, "diff", "--git", "HEAD", "appsscript.json")
    assert "added https://mail.google.com/" in out


def test_init_writes_a_declaration_that_check_reads(repo, capsys):
    (repo / "oauth-audit.toml").unlink()
    code, _, err = run(capsys, "init", ".", "--purpose", "email.client")
    assert code == 0 and "5 scope(s)" in err
    text = (repo / "oauth-audit.toml").read_text()
    assert 'purpose = "email.client"' in text and '"chat:write" = ""' in text and "standup.example.com" in text
    code, _, err = run(capsys, "init", ".")
    assert code == 2 and "exists" in err
    _, out, _ = run(capsys, "check", ".", "--format", "json", "--fail-on", "never")
    rules = {f["rule"] for r in json.loads(out)["reports"] for f in r["findings"]}
    assert "OA603" in rules and "OA601" not in rules


def test_github_annotations_are_one_line_each(repo, capsys):
    code, out, _ = run(capsys, "check", ".", "--format", "github")
    assert code == 1
    lines = out.splitlines()
    assert lines and all(line.startswith("::") for line in lines)
    assert any(line.startswith("::error file=extension/manifest.json,line=9") for line in lines)


def test_markdown_summary(repo, capsys):
    _, out, _ = run(capsys, "check", ".", "--format", "markdown")
    assert out.startswith("## OAuth authorization audit")
    assert "| HIGH | OA304 | `extension/manifest.json:9:7` |" in out


def test_from_a_subfolder_paths_and_the_declaration_are_the_repositorys(tmp_path, capsys, monkeypatch):
    import subprocess

    repo = tmp_path / "r"
    (repo / "sub").mkdir(parents=True)
    (repo / "sub" / "appsscript.json").write_text('{"timeZone": "UTC", "oauthScopes": ["https://mail.google.com/", "https://www.googleapis.com/auth/drive"]}')
    (repo / "oauth-audit.toml").write_text('exclude = ["sub/skipped/**"]\n\n[[ignore]]\nrule = "OA304"\npath = "sub/appsscript.json"\nreason = "the mail merge reads its own drafts"\n')
    (repo / "sub" / "skipped").mkdir()
    (repo / "sub" / "skipped" / "app.js").write_text('x = "https://accounts.google.com/o/oauth2/v2/auth?client_id=1.apps.googleusercontent.com&response_type=code&scope=openid";\n')
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    monkeypatch.chdir(repo / "sub")
    code, out, _ = run(capsys, "check", ".", "--format", "sarif")
    results = json.loads(out)["runs"][0]["results"]
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"] for r in results for loc in r["locations"]}
    assert uris == {"sub/appsscript.json", "sub/skipped/app.js"}  # relative to the repository, not to sub/
    assert all(r.get("suppressions") for r in results if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "sub/skipped/app.js")
    oa304 = [r for r in results if r["ruleId"].endswith("OA304")]
    assert oa304 and all(r.get("suppressions") for r in oa304)  # the root declaration's ignore applied
    code, out, _ = run(capsys, "check", ".", "--format", "json")
    assert json.loads(out)["check"]["excluded"] == [{"path": "sub/skipped/app.js", "excluded_by": "oauth-audit.toml exclude", "requests": 1}]
