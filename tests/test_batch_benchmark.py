"""benchmarks/batch_cli.py runs as documented (tiny sizes; no assertion on speed)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "batch_cli.py"


def test_batch_cli_benchmark_reports_every_command_as_a_ratio():
    proc = subprocess.run([sys.executable, str(BENCH), "--urls", "300", "--apps", "20", "--rounds", "1", "--json"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert set(doc["ratios"]) == {
        "bare urllib.parse loop (baseline)", "scan --batch --format jsonl", "scan --batch --format jsonl --full",
        "scan --batch --format json (summary)", "scan --batch (terminal summary)", "scan --log --format jsonl",
    }
    assert doc["ratios"]["bare urllib.parse loop (baseline)"] == 1.0
    assert all(r > 0 for r in doc["ratios"].values()) and all(t > 0 for t in doc["seconds"].values())
