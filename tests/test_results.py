"""The results layer (:mod:`auditor.results`): one status per finding, decided once, rendered alike by
every format; fingerprints unique in a run; the conventions of ``check`` (``--min-severity``, OA601
once, nothing to audit, terminal width)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from auditor.analyze import analyze
from auditor.catalog import load_catalog
from auditor.ci.suppress import baseline_text
from auditor.fingerprint import identity
from auditor.cli import main
from auditor.results import ACTIVE, BASELINED, IGNORED, PREEXISTING, build

FIXTURES = Path(__file__).parent / "fixtures" / "check"
GIT = shutil.which("git")
ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com", "PATH": "/usr/bin:/bin"}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(list(argv))
    out = capsys.readouterr()
    return exc.value.code, out.out, out.err


def git(repo: Path, *args: str) -> None:
    subprocess.run([GIT, *args], cwd=repo, check=True, env={**ENV, "HOME": str(repo)}, capture_output=True)


@pytest.fixture
def history(tmp_path, monkeypatch):
    """A repository with a base commit, a baseline written at the base, then changes: a new scope in
    the Apps Script manifest (new findings), an ignore in the declaration (ignored findings)."""
    if GIT is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURES / "repo", repo)
    shutil.copy(FIXTURES / "appsscript_old.json", repo / "appsscript.json")
    monkeypatch.chdir(repo)
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "base")
    code, _, _ = run_quiet("check", ".", "--write-baseline", "baseline.json")
    assert code == 0
    # accept the Slack manifest's findings in the baseline only, so that the base's other findings
    # are pre-existing (by --since) rather than baselined
    doc = json.loads((repo / "baseline.json").read_text())
    doc["findings"] = {k: v for k, v in doc["findings"].items() if v["path"].startswith("slack/")}
    assert doc["findings"]
    (repo / "baseline.json").write_text(json.dumps(doc))
    shutil.copy(FIXTURES / "appsscript_new.json", repo / "appsscript.json")
    with open(repo / "oauth-audit.toml", "a") as fh:
        fh.write('\n[[ignore]]\nrule = "OA304"\npath = "extension/manifest.json"\nreason = "the extension signs in only"\n')
    return repo


def run_quiet(*argv: str) -> tuple[int, str, str]:
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), pytest.raises(SystemExit) as exc:
        main(list(argv))
    return exc.value.code, out.getvalue(), err.getvalue()


# Each format's active findings as (path, rule, severity): what a reviewer sees as counting.

def active_terminal(text: str) -> Counter:
    out = Counter()
    for line in text.splitlines():
        m = re.match(r"^(\S+?)(?::\d+(?::\d+)?)?  (CRITICAL|HIGH|MEDIUM|LOW|INFO)  (OA\d+)  ", line)
        if m:
            out[(m.group(1), m.group(3), m.group(2).lower())] += 1
    return out


def active_json(text: str) -> Counter:
    doc = json.loads(text)
    out = Counter()
    for r in doc["reports"]:
        for f in r["findings"]:
            if f["status"] == ACTIVE:
                source = (f["location"] or {}).get("source") or r["source"]
                out[(source, f["rule"], f["severity"])] += 1
    return out


def active_sarif(text: str) -> Counter:
    doc = json.loads(text)
    out = Counter()
    for res in doc["runs"][0]["results"]:
        if res.get("suppressions") or res.get("baselineState") == "unchanged":
            continue
        uri = res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        out[(uri, res["ruleId"], res["properties"]["severity"])] += 1
    return out


def active_markdown(text: str) -> Counter:
    out = Counter()
    for line in text.splitlines():
        m = re.match(r"^\| (CRITICAL|HIGH|MEDIUM|LOW|INFO) \| (OA\d+) \| `([^`:]+)(?::\d+(?::\d+)?)?` \|", line)
        if m:
            out[(m.group(3), m.group(2), m.group(1).lower())] += 1
    return out


def active_github(text: str) -> Counter:
    out = Counter()
    for line in text.splitlines():
        m = re.match(r"^::(?:error|warning|notice) file=([^,:]+)(?:,line=\d+)?(?:,col=\d+)?,title=(OA\d+) \S+ \((\w+)\)::", line)
        if m:
            out[(m.group(1), m.group(2), m.group(3))] += 1
    return out


def test_every_format_reports_the_same_active_findings(history, capsys):
    argv = ["check", ".", "--baseline", "baseline.json", "--since", "HEAD", "--no-color", "--fail-on", "high"]
    also = [f"--also={fmt}={history / ('out.' + fmt)}" for fmt in ("json", "sarif", "markdown", "github")]
    code, terminal, _ = run(capsys, *argv, *also)
    formats = {
        "terminal": active_terminal(terminal),
        "json": active_json((history / "out.json").read_text()),
        "sarif": active_sarif((history / "out.sarif").read_text()),
        "markdown": active_markdown((history / "out.markdown").read_text()),
        "github": active_github((history / "out.github").read_text()),
    }
    assert formats["json"], "the change adds findings: some must be active"
    for name, found in formats.items():
        assert found == formats["json"], f"{name} disagrees with json on the active findings"
    # every status is present, so the agreement above is not the trivial one
    doc = json.loads((history / "out.json").read_text())
    statuses = Counter(f["status"] for r in doc["reports"] for f in r["findings"])
    assert statuses[ACTIVE] and statuses[IGNORED] and statuses[BASELINED] and statuses[PREEXISTING], statuses
    assert doc["check"]["findings"] == {k: statuses[k] for k in (ACTIVE, IGNORED, BASELINED, PREEXISTING)}
    # the exit code is the run's: an active high finding (the new mail scope) fails the gate
    assert any(sev in ("high", "critical") for _, _, sev in formats["json"])
    assert code == 1 == doc["check"]["exit_code"]
    # SARIF marks the comparison: new for active, unchanged for baselined and pre-existing
    sarif = json.loads((history / "out.sarif").read_text())
    states = Counter((r["properties"]["status"], r["baselineState"]) for r in sarif["runs"][0]["results"])
    assert set(states) <= {(ACTIVE, "new"), (IGNORED, "new"), (BASELINED, "unchanged"), (PREEXISTING, "unchanged")}


def test_the_gate_passes_when_only_accepted_findings_remain(history, capsys):
    shutil.copy(FIXTURES / "appsscript_old.json", history / "appsscript.json")
    code, out, _ = run(capsys, "check", ".", "--baseline", "baseline.json", "--since", "HEAD", "--no-color", "--format", "github")
    assert code == 0
    assert not [line for line in out.splitlines() if re.match(r"::(error|warning|notice) file=[^:]*,title=OA", line)]


def _corpus_reports(catalog):
    from tests.test_corpus import load, requests_of

    out = []
    for item in load():
        out.append([analyze(r, catalog, purpose=item.get("purpose")) for r in requests_of(item, catalog)])
    return out


def test_no_two_findings_of_a_run_share_a_fingerprint():
    catalog = load_catalog()
    runs = _corpus_reports(catalog)
    from auditor.sources.manifests import read_file

    for path in sorted((Path(__file__).parent / "fixtures" / "manifests").glob("*")):
        if path.is_file():
            try:
                requests = read_file(str(path), catalog=catalog)
            except Exception:  # noqa: BLE001 - the broken fixtures are meant to fail reading
                continue
            runs.append([analyze(r, catalog) for r in requests])
    twins = 0
    for reports in runs:
        run_ = build(reports)
        fps = [it.fingerprint for it in run_.items]
        assert len(fps) == len(set(fps)), [it.finding.rule for it in run_.items]
        identities = {identity(it.report, it.finding) for it in run_.items}
        twins += len(identities) < len(fps)  # this run needed ranks to tell findings apart
    everything = build([r for reports in runs for r in reports])
    fps = [it.fingerprint for it in everything.items]
    assert len(fps) == len(set(fps)) and len(fps) > 1000
    assert twins, "the corpus holds findings with the same rule, scope and source: the test must meet them"


def test_a_v1_baseline_still_accepts_what_it_recorded(tmp_path, monkeypatch, capsys):
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURES / "repo", repo)
    monkeypatch.chdir(repo)
    from auditor.ci.run import run_check

    catalog = load_catalog()
    first = run_check(".", catalog=catalog, min_severity="info")
    legacy = build(first.reports, legacy=True, rules={})
    counts = Counter(it.legacy for it in legacy.items)
    entries = {it.legacy: {"rule": it.finding.rule, "path": it.source, "scope": it.finding.scope} for it in legacy.items}
    (repo / "v1.json").write_text(baseline_text(entries))
    again = run_check(".", catalog=catalog, baseline="v1.json", min_severity="info")
    for it in again.items:
        expected = BASELINED if counts[it.legacy] == 1 else ACTIVE  # a v1 entry naming two findings matches neither
        assert it.status == expected, (it.finding.rule, it.finding.scope)
    assert any(c > 1 for c in counts.values()) and any(c == 1 for c in counts.values())


def test_oa601_is_said_once_per_repository(tmp_path, monkeypatch, capsys):
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURES / "repo", repo)
    (repo / "oauth-audit.toml").unlink()
    monkeypatch.chdir(repo)
    _, out, _ = run(capsys, "check", ".", "--format", "json", "--fail-on", "never")
    doc = json.loads(out)
    assert len(doc["reports"]) >= 3
    assert sum(1 for r in doc["reports"] for f in r["findings"] if f["rule"] == "OA601") == 1


def test_min_severity_filters_every_format_but_never_hides_what_fails(tmp_path, monkeypatch, capsys):
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURES / "repo", repo)
    monkeypatch.chdir(repo)

    def severities(*extra):
        _, out, _ = run(capsys, "check", ".", "--format", "json", *extra)
        doc = json.loads(out)
        return Counter(f["severity"] for r in doc["reports"] for f in r["findings"]), doc["check"]

    default, check = severities("--fail-on", "never")
    assert default["info"] == 0 and check["below_min_severity"] > 0 and check["min_severity"] == "low"
    everything, _ = severities("--fail-on", "never", "--min-severity", "info")
    assert everything["info"] == check["below_min_severity"]
    high, check = severities("--fail-on", "never", "--min-severity", "high")
    assert set(high) <= {"high", "critical"} and high
    # the gate at medium: medium findings can fail the run, so they are shown whatever --min-severity says
    gated, check = severities("--fail-on", "medium", "--min-severity", "high")
    assert gated["medium"] == everything["medium"] and check["min_severity"] == "medium"
    _, out, _ = run(capsys, "check", ".", "--no-color", "--fail-on", "never", "--min-severity", "high", "--format", "sarif")
    assert {r["properties"]["severity"] for r in json.loads(out)["runs"][0]["results"]} <= {"high", "critical"}


def test_nothing_to_audit_is_its_own_exit_code_and_one_line(tmp_path, monkeypatch, capsys):
    (tmp_path / "README.md").write_text("no OAuth here\n")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "check", ".", "--no-color")
    assert code == 3
    assert err == "oauth-audit: nothing to audit: no manifest or authorization URL found under .\n"
    assert "0 request(s) in 0 file(s)" in out


def test_check_respects_the_terminal_width(tmp_path, monkeypatch, capsys):
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURES / "repo", repo)
    monkeypatch.chdir(repo)
    monkeypatch.setenv("COLUMNS", "80")
    _, out, _ = run(capsys, "check", ".", "--no-color")
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80 and any(len(line) > 70 for line in lines)
    monkeypatch.setenv("COLUMNS", "200")
    _, wide, _ = run(capsys, "check", ".", "--no-color")
    assert len(wide.splitlines()) < len(lines)  # fewer folded lines on a wider terminal


def test_scan_names_a_missing_file(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "scan", "apps/manifest.json")
    assert code == 2 and out == ""
    assert err == "oauth-audit: error: apps/manifest.json: no such file (and not an authorization URL)\n"


def test_since_in_a_shallow_clone_says_how_to_fetch_history(tmp_path, monkeypatch, capsys):
    if GIT is None:
        pytest.skip("git is not installed")
    origin = tmp_path / "origin"
    shutil.copytree(FIXTURES / "repo", origin)
    git(origin, "init", "-q")
    git(origin, "add", ".")
    git(origin, "commit", "-qm", "one")
    (origin / "notes.txt").write_text("two\n")
    git(origin, "add", ".")
    git(origin, "commit", "-qm", "two")
    subprocess.run([GIT, "clone", "-q", "--depth", "1", f"file://{origin}", str(tmp_path / "clone")], check=True, env={**ENV, "HOME": str(tmp_path)}, capture_output=True)
    monkeypatch.chdir(tmp_path / "clone")
    code, _, err = run(capsys, "check", ".", "--since", "HEAD~1")
    assert code == 2
    assert "not in this shallow clone" in err and "fetch-depth: 0" in err and len(err.splitlines()) == 1


def test_renderers_import_neither_the_rules_nor_the_catalog_loader():
    """Renderers draw from the run and the catalog they are given: rule names (in both languages)
    are resolved into each finding, category labels come from :mod:`auditor.labels`."""
    import ast
    from pathlib import Path

    render = Path(__file__).resolve().parents[1] / "auditor" / "render"
    for path in sorted(render.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names] if isinstance(node, ast.Import) else []
            for name in names:
                assert not name.startswith(("auditor.rules", "auditor.catalog")), f"{path.name} imports {name}"


def test_a_file_that_cannot_be_read_fails_the_check_until_it_is_excluded(tmp_path, monkeypatch, capsys):
    """Fail closed: one unreadable manifest beside clean ones is exit 2, not a pass; excluding it in
    the declaration is the reviewed way to accept it, and the report then says it was not audited."""
    import subprocess

    from auditor.cli import main

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "good").mkdir()
    (tmp_path / "good" / "appsscript.json").write_text('{"oauthScopes": ["https://www.googleapis.com/auth/userinfo.email"]}')
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "appsscript.json").write_text('{"oauthScopes": [')
    monkeypatch.chdir(tmp_path)

    def check(*args):
        with pytest.raises(SystemExit) as exc:
            main(["check", ".", "--format", "json", *args])
        return exc.value.code, json.loads(capsys.readouterr().out)

    code, doc = check()
    assert code == 2 and [e["path"] for e in doc["check"]["errors"]] == ["bad/appsscript.json"]
    code, _ = check("--fail-on", "never")
    assert code == 2
    (tmp_path / "oauth-audit.toml").write_text('purpose = "auth.signin_minimal"\nexclude = ["bad/**"]\n')
    code, doc = check()
    assert code == 0 and doc["check"]["errors"] == []
