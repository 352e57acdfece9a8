"""Every generated provider file is reproduced from the repository alone.

`python -m tools.catalog check` rebuilds each provider whose file a generator writes
(`tools/catalog/build_<id>.py` with a `generate()`) from the data files under `tools/catalog/data/`
and compares it with the committed `scopes/providers/<id>.toml`. Nothing outside the checkout is
read, so this runs on a fresh clone.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tools import catalog as gen

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("pid", gen.generated())
def test_generated_provider_is_reproduced_from_the_repository(pid):
    assert gen.check(pid) is None


def test_the_driver_checks_every_generated_provider_from_the_command_line():
    proc = subprocess.run([sys.executable, "-m", "tools.catalog", "check"], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.count("up to date") == len(gen.generated())
