"""Backtracking bait: inputs built to make a super-linear reader take minutes on a few kilobytes.

Random fuzzing rarely finds these (tests/test_hardening.py, benchmarks/readers.py): each bait is a
shape that breaks a particular kind of code — a regex with nested or adjacent quantifiers (runs of
escapes, stars, spaces, newlines), a recursive parser (deep nesting), a per-item rescan (many
repeated items). Every reader must stay linear on all of them.

    python fuzz/bait.py READER SIZE    # time one reader on every bait of about SIZE characters (JSON)
"""

from __future__ import annotations

import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

GOOGLE = "https://accounts.google.com/o/oauth2/v2/auth?client_id=1.apps.googleusercontent.com&response_type=code&scope="


def baits(size: int) -> dict[str, str]:
    """Name -> text of about ``size`` characters."""
    n = max(1, size)
    return {
        "backslashes": "\\" * n,
        "quote-backslashes": '"' + "\\" * n,
        "stars": "*" * n,
        "star-a": "*a" * (n // 2),
        "spaces": " " * n,
        "tabs-spaces": " \t" * (n // 2),
        "newlines": "\n" * n,
        "crlf": "\r\n" * (n // 2),
        "brackets": "[" * n,
        "json-nesting": '{"a":' * (n // 5),
        "yaml-nesting": "".join("  " * i + "a:\n" for i in range(min(n // 40, 2000))),
        "scope-words": GOOGLE + "%20".join(f"s{i}" for i in range(n // 6)),
        "scope-escapes": GOOGLE + "%5C" * (n // 3),
        "url-repeat": ("see " + GOOGLE + "openid\n") * (n // (len(GOOGLE) + 12)),
        "js-location": '<script>location="' + "\\" * n,
        "meta-refresh": '<meta http-equiv="refresh" content="0;' + " " * n,
        "access-scopes": "[access_scopes]\nscopes = \"" + ",".join(f"read_{i}" for i in range(n // 10)) + "\"\n",
        "access-scopes-escaped": "[access_scopes]\nscopes = \"" + ",".join("\\u0072ead_x" for _ in range(n // 12)) + "\"\n",
        "oauth-scopes": '{"timeZone": "UTC", "oauthScopes": [' + ",".join(f'"x{i}"' for i in range(n // 8)) + "]}",
        "host-stars": '{"manifest_version": 3, "name": "x", "host_permissions": ["' + "*" * min(n, 4000) + '"]}',
        "keys-at-line-start": "".join(f"k{i}: v\n" for i in range(n // 8)),
    }


def time_reader(reader: str, size: int) -> dict[str, float]:
    """Seconds each bait takes through ``reader`` (a fuzz target's runner: read, analyse, render)."""
    from auditor.errors import InputError
    from fuzz.fuzz_readers import runner

    run = runner(reader)
    out = {}
    for name, text in baits(size).items():
        started = time.perf_counter()
        try:
            run(text)
        except InputError:
            pass
        out[name] = time.perf_counter() - started
    return out


def time_detection(size: int) -> dict[str, float]:
    """Seconds that choosing a format takes on each bait (every detector runs on every candidate file)."""
    from auditor.sources.manifests import detect_format

    out = {}
    for name, text in baits(size).items():
        started = time.perf_counter()
        detect_format("README.md", text)
        out[name] = time.perf_counter() - started
    return out


def time_page_redirect(size: int) -> dict[str, float]:
    from auditor.sources.resolve import page_redirect

    out = {}
    for name, text in baits(size).items():
        started = time.perf_counter()
        page_redirect(text.encode("utf-8", "surrogatepass"))
        out[name] = time.perf_counter() - started
    return out


def main(argv: list[str]) -> int:
    reader, size = argv[0], int(argv[1])
    if reader == "detect":
        result = time_detection(size)
    elif reader == "page-redirect":
        result = time_page_redirect(size)
    else:
        result = time_reader(reader, size)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
