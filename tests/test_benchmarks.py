"""The benchmarks run as documented, at tiny sizes, and report what docs/performance.md says they do.

Not timed tests: nothing here asserts a speed. Each benchmark runs once in a subprocess with the
interpreter of the test run (so it times this environment's ``oauth-audit``), and its ``--json``
output must name every command with a positive time and ratio; a baseline's ratio is 1.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"


def bench(script: str, *argv: str) -> tuple[int, dict]:
    proc = subprocess.run([sys.executable, str(BENCH / script), *argv, "--json"], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def load(script: str):
    """A benchmark script as a module (its folder on sys.path while it imports, for ``common``)."""
    import importlib.util

    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location(f"benchmark_{script}", BENCH / f"{script}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCH))
    return module


def scan_help() -> str:
    script = Path(sys.executable).with_name("oauth-audit")
    cli = [str(script)] if script.exists() else [sys.executable, "-m", "auditor"]
    return subprocess.run([*cli, "scan", "--help"], capture_output=True, text=True, check=True).stdout


def test_batch_times_every_command_against_its_own_baseline_and_reports_memory():
    code, doc = bench("batch.py", "--urls", "300", "--apps", "20", "--rounds", "1", "--target-jsonl", "0", "--target-terminal", "0",
                      "--memory-lines", "300", "--memory-apps", "20,200")
    assert code == 0 and doc["targets_met"] is True
    assert doc["timing"] == "best of interleaved rounds" and doc["urls"] == 300 and doc["apps"] == 20
    rows = {r["command"]: r for r in doc["rows"]}
    expected = {
        "bare loop over the batch file (baseline)", "bare loop over the log (baseline)", "bare loop over the HAR (baseline)",
        "scan --batch FILE --format jsonl", "scan --batch FILE --format json", "scan --batch FILE --format terminal",
        "scan --har FILE --format jsonl", "scan --log FILE --format jsonl",
    }
    help_text = scan_help()
    if "--full" in help_text:
        expected.add("scan --batch FILE --format jsonl --full")
    if "--jobs" in help_text:
        alone = {f"{name} --jobs 1" for name in expected if "baseline" not in name}
        expected |= alone | {"scan --batch FILE --format jsonl --jobs 2"}
        for name in alone | {"scan --batch FILE --format jsonl --jobs 2"}:
            assert rows[name]["vs_jobs_1"] > 0 and rows[name]["baseline"] == rows[name.rsplit(" --jobs ", 1)[0]]["baseline"]
        assert rows["scan --batch FILE --format jsonl --jobs 1"]["vs_jobs_1"] == 1.0
    assert set(rows) == expected
    for name, r in rows.items():
        assert r["best_s"] > 0 and r["median_s"] >= r["best_s"] and r["ratio"] > 0, name
        assert r["baseline"] in rows and rows[r["baseline"]]["ratio"] == 1.0
    assert rows["scan --har FILE --format jsonl"]["baseline"] == "bare loop over the HAR (baseline)"
    assert rows["scan --log FILE --format jsonl"]["baseline"] == "bare loop over the log (baseline)"
    # Every JSON Lines run wrote at least one record per request; the summaries have no per-line size.
    for name in ("scan --batch FILE --format jsonl", "scan --har FILE --format jsonl", "scan --log FILE --format jsonl"):
        assert rows[name]["bytes_per_line"] > 100, name
    assert rows["scan --batch FILE --format json"]["bytes_per_line"] is None
    assert [r["target"] for r in doc["rows"]] == [None] * len(doc["rows"])  # targets of 0 are no targets
    memory = doc["memory"]
    jobs = [1, 2] if "--jobs" in help_text else [None]
    assert [(m["apps"], m.get("jobs")) for m in memory] == [(0, None)] + [(apps, j) for apps in (20, 200) for j in jobs]
    assert all(m["peak_rss_mb"] > 1 and m["seconds"] > 0 for m in memory)
    assert all(m["lines"] == 300 and m["ratio"] > 0 and m["bare_loop_s"] > 0 for m in memory[1:])
    for m in memory[1:]:  # the sum of every process's peak, where there are workers (Linux)
        assert (m["processes_rss_mb"] is None) == (m["jobs"] in (1, None) or not os.path.isdir("/proc/self"))
        assert m["processes_rss_mb"] is None or m["processes_rss_mb"] >= m["peak_rss_mb"]


def test_batch_break_even_times_both_job_counts_on_each_size():
    code, doc = bench("batch.py", "--urls", "0", "--apps", "10", "--rounds", "1", "--break-even", "100,300")
    assert code == 0 and doc["rows"] == [] and doc["memory"] == []
    assert [r["lines"] for r in doc["break_even"]] == [100, 300]
    assert all(r["jobs_1_s"] > 0 and r["jobs_2_s"] > 0 and r["vs_jobs_1"] > 0 for r in doc["break_even"])


def test_batch_exits_1_when_a_target_is_missed_and_says_which():
    code, doc = bench("batch.py", "--urls", "200", "--apps", "10", "--rounds", "1", "--mix", "multi", "--target-terminal", "1000")
    assert code == 1 and doc["targets_met"] is False and doc["mix"] == "multi"
    targets = {r["command"]: r["target"] for r in doc["rows"] if r["target"] is not None}
    assert targets == {"scan --batch FILE --format jsonl": 0.33, "scan --har FILE --format jsonl": 0.33,
                       "scan --log FILE --format jsonl": 0.33, "scan --batch FILE --format terminal": 1000.0}


def test_batch_generator_gives_fresh_state_and_distinct_scope_sets():
    from urllib.parse import parse_qsl, urlsplit

    batch = load("batch")
    lines = [dict(parse_qsl(urlsplit(u).query)) for u, _ in batch.generate(2000, 300)]
    assert len({q["state"] for q in lines}) == 2000
    assert len({q["client_id"] for q in lines}) > 250
    by_app = {q["client_id"]: q["scope"] for q in lines}
    assert len(set(by_app.values())) == len(by_app)  # one scope set per app, no two apps alike
    known = set(batch.common.catalog_scopes("google"))
    assert all(s in known for q in lines for s in q["scope"].split())
    pkce = [q for q in lines if "code_challenge" in q]
    assert 0 < len(pkce) < len(lines) and all(len(q["code_challenge"]) == 43 for q in pkce)
    assert all(("nonce" in q) == ("openid" in q["scope"].split()) for q in lines)


def test_scopes_reports_growth_per_10x_for_each_form():
    code, doc = bench("scopes.py", "--sizes", "1,10", "--provider", "google", "--rounds", "1")
    assert code == 0 and doc["within_max_growth"] is True and doc["baseline_ms"] > 0
    forms = {r["command"] for r in doc["rows"]}
    assert forms == {"scan --scopes --format json", "scan --scopes --format terminal", "scan URL --format json",
                     "check DIR (appsscript.json) --format json"}
    for r in doc["rows"]:
        assert r["best_ms"] > 0 and r["x_pass"] > 0 and r["known"] == r["scopes"]
        assert (r["growth"] is None) == (r["scopes"] == 1) and (r["growth"] is None or r["growth"] > 0)


def test_scopes_pads_a_small_catalog_with_other_providers_strings():
    scopes = load("scopes")
    own = set(scopes.common.catalog_scopes("google"))
    chosen, known = scopes.scope_list("google", 1000)
    assert len(chosen) == len(set(chosen)) == 1000 and known == len(own) < 1000
    assert set(chosen[:known]) == own and not own & set(chosen[known:])
    assert len(" ".join(chosen)) <= 65_536  # within what `scan --scopes` accepts


def test_check_tree_reads_a_committed_tree_against_a_bare_walk():
    code, doc = bench("check_tree.py", "--files", "60", "--rounds", "1")
    assert code == 0
    assert doc["tree"]["files"] == 66 and doc["tree"]["bytes"] > 60 * 200
    rows = {r["command"]: r for r in doc["rows"]}
    assert set(rows) == {"bare os.walk + read of every file (baseline)", "check DIR --format json", "check DIR --format terminal"}
    assert rows["bare os.walk + read of every file (baseline)"]["ratio"] == 1.0
    assert all(r["best_s"] > 0 and r["ratio"] > 0 for r in rows.values())
    # The manifests were audited (Apps Script, Chrome, Slack, Shopify), so the run measured real work.
    assert doc["requests_found"] >= 4 + doc["tree"]["with_auth_url"] and doc["files_audited"] >= 60


def test_cold_scan_reports_ratios_to_a_bare_interpreter():
    proc = subprocess.run([sys.executable, str(BENCH / "cold_scan.py"), "--rounds", "1", "--json"], capture_output=True, text=True,
                          timeout=300, cwd=ROOT, env={**os.environ})
    assert proc.returncode in (0, 1), proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["rounds"] == 1 and [r["ratio"] for r in doc["rows"]][0] == 1.0
    assert all(r["median_ms"] > 0 and r["ratio"] > 0 for r in doc["rows"])
