"""Shared fixtures. Tests never reach the network."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"

WORM_URL = (
    "https://accounts.google.com/o/oauth2/auth?client_id=x.apps.googleusercontent.com&response_type=token"
    "&scope=https%3A%2F%2Fmail.google.com%2F%20https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fcontacts"
    "&redirect_uri=https%3A%2F%2Fgoogledocs.g-cloud.pro%2F"
)
MINIMAL_SIGNIN_URL = (
    "https://accounts.google.com/o/oauth2/v2/auth?client_id=123.apps.googleusercontent.com&response_type=code"
    "&scope=openid%20email&state=Zx8pQ2mV7rT4kL9w&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    "&code_challenge_method=S256&redirect_uri=https%3A%2F%2Fapp.example.com%2Foauth%2Fcallback"
)
MICROSOFT_MAIL_URL = (
    "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=6731de76-14a6-49ae-97bc-6eba6914391e"
    "&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&scope=Mail.ReadWrite%20Mail.Send%20offline_access"
    "&state=12345abcdeXYZ&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"
)
WECHAT_WEB_LOGIN_URL = "https://login.weixin.qq.com/l/abc"


def requires_shared(path: str = "") -> Path:
    """The ../shared/ reference folder (or a file in it); skip the test where it is absent."""
    target = SHARED / path if path else SHARED
    if not target.exists():
        pytest.skip(f"../shared/{path} is not present (reference material beside the checkout; CI has it)")
    return target


def run_cli(*args: str, input: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real command line in a subprocess, as a user would."""
    full_env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", **(env or {})}
    full_env.pop("FORCE_COLOR", None)
    return subprocess.run(
        [sys.executable, "-m", "auditor", *args], capture_output=True, text=True, input=input, env=full_env, timeout=60, cwd=ROOT
    )


def check_snapshot(name: str, text: str) -> None:
    """Compare with tests/snapshots/NAME; UPDATE_SNAPSHOTS=1 rewrites it; a missing one fails."""
    path = SNAPSHOTS / name
    if not os.environ.get("UPDATE_SNAPSHOTS") and not path.exists():
        # A missing snapshot fails, here and in CI alike: writing it would make the test pass blind.
        raise AssertionError(f"snapshot {name} is missing; run the tests with UPDATE_SNAPSHOTS=1, read it, and commit it")
    if os.environ.get("UPDATE_SNAPSHOTS"):
        path.write_text(text, "utf-8")
    assert text == path.read_text("utf-8"), f"output differs from tests/snapshots/{name} (UPDATE_SNAPSHOTS=1 to accept)"
