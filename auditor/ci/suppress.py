"""Ignores and baselines: findings a team has accepted, each with its reason.

Three sources, all keyed so that moving a line does not revive a finding:

* ``[[ignore]]`` tables in the declaration (rule, optional path glob and scope, mandatory reason);
* inline comments in formats that allow them (YAML, TOML, source files), on the scope's line or the
  line above: ``# oauth-audit: ignore[OA403,OA201] reason`` (a reason is mandatory: an inline ignore
  without one does not suppress anything, and ``check`` says so);
* a baseline file (``--baseline``), written by ``--write-baseline``: the fingerprints of the findings
  present when it was written (:func:`auditor.fingerprint.fingerprint`: rule, file, provider, scope and
  client, never the line).
"""

from __future__ import annotations

import json
import re

from auditor.errors import InputError
from auditor.render.safe import json_text

BASELINE_VERSION = 1
MAX_BASELINE_BYTES = 16 * 1024 * 1024
INLINE = re.compile(r"oauth-audit:\s*ignore\[([A-Za-z0-9,\s]+)\]\s*(.*)")


def inline_ignores(text: str | list[str], line: int | None) -> list[tuple[set[str], str]]:
    """``(rule ids, reason)`` of the inline ignores on ``line`` or the line above it (1-based).
    ``text`` may be the file's lines already split: a caller asking for many findings of one file
    splits it once (splitting per finding made ``check`` quadratic in the file's size)."""
    if not line:
        return []
    lines = text.splitlines() if isinstance(text, str) else text
    out = []
    for n in (line, line - 1):
        if 1 <= n <= len(lines):
            m = INLINE.search(lines[n - 1])
            if m:
                rules = {r.strip().upper() for r in m.group(1).split(",") if r.strip()}
                reason = m.group(2).strip().rstrip("*/-->").strip()
                out.append((rules, reason))
    return out


def read_baseline(path: str) -> dict[str, dict]:
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BASELINE_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read the baseline: {exc.strerror or exc}") from None
    if len(data) > MAX_BASELINE_BYTES:
        raise InputError(f"{path}: the baseline is larger than {MAX_BASELINE_BYTES // (1024 * 1024)} MiB")
    try:
        doc = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not a baseline (invalid JSON: {exc})") from None
    except RecursionError:
        raise InputError(f"{path}: not a baseline (JSON nested too deeply)") from None
    if not isinstance(doc, dict) or doc.get("oauth_audit_baseline") != BASELINE_VERSION or not isinstance(doc.get("findings"), dict):
        raise InputError(f"{path}: not an oauth-audit baseline (write one with --write-baseline)")
    return {str(k): v for k, v in doc["findings"].items() if isinstance(v, dict)}


def baseline_text(entries: dict[str, dict]) -> str:
    """The baseline document: sorted, deterministic, one entry per fingerprint."""
    doc = {"oauth_audit_baseline": BASELINE_VERSION, "findings": {k: entries[k] for k in sorted(entries)}}
    return json_text(doc, indent=2, sort_keys=True) + "\n"
