"""``oauth-audit init``: a starting declaration from the manifests under a folder.

Every requested scope gets an entry with an empty justification (OA603 reports it until someone
writes one), grouped under a comment naming the file that requests it; the app's domains are taken
from the hosts of its redirect URIs. The purpose is written only when given (``--purpose``): a
guessed purpose would make the beyond-purpose check meaningless.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from auditor.render.safe import json_text


def _toml_string(text: str) -> str:
    """A TOML basic string for any text: a JSON string with every control, bidi, invisible and
    surrogate character escaped is a valid TOML basic string, and it holds no raw line break."""
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")  # names that are not UTF-8
    return json_text(text)


def declaration_text(root: str, catalog, purpose: str | None) -> tuple[str, int]:
    from auditor.ci import discover
    from auditor.ci.run import read_requests
    from auditor.errors import InputError

    by_file: dict[str, list[str]] = {}
    domains: list[str] = []
    for rel in discover.walk(root):
        path = os.path.join(root, rel)
        try:
            requests, _ = read_requests(path, rel, catalog)
        except InputError:
            continue
        for r in requests:
            names = by_file.setdefault(rel, [])
            names.extend(s.scope for s in r.scopes if s.scope not in names)
            for uri in r.values("redirect_uri"):
                host = (urlsplit(uri).hostname or "") if "://" in uri else ""
                if host and host not in ("localhost", "127.0.0.1") and host not in domains:
                    domains.append(host)
    lines = [
        "# The app's declaration for `oauth-audit check` (docs/ci.md).",
        "# purpose: the profile that describes the app; `oauth-audit purposes` lists them.",
        f"purpose = {_toml_string(purpose)}" if purpose else '# purpose = "auth.signin_profile"',
        f"domains = [{', '.join(_toml_string(d) for d in domains)}]",
        "",
        "# One sentence per scope: which feature needs it, and why a narrower scope does not do.",
        "[scopes]",
    ]
    seen: set[str] = set()
    for rel, names in by_file.items():
        fresh = [n for n in names if n not in seen]
        if not fresh:
            continue
        # The file name is the repository's own text: written as an escaped TOML string (no raw
        # newline can end the comment and plant keys such as [[ignore]] in the declaration).
        lines.append(f"# requested in {_toml_string(rel)}")
        for n in fresh:
            seen.add(n)
            lines.append(f"{_toml_string(n)} = \"\"")
    lines += [
        "",
        "# Accepted findings, each with its reason:",
        "# [[ignore]]",
        '# rule = "OA403"',
        '# reason = "why this finding is acceptable here"',
    ]
    return "\n".join(lines) + "\n", len(seen)
