"""A tiny TOML writer shared by the provider generators (build_slack.py, build_discord.py, build_microsoft.py).

It writes only what the provider files need: strings, booleans, integers, lists of those, inline
tables of strings, and tables keyed by quoted names. Output is deterministic. ``verified`` is
written as given: a string ("meaning", "name") or ``false``.
"""

from __future__ import annotations

import json


def value(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{key(k)} = {value(x)}" for k, x in v.items()) + " }"
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        return "[" + ", ".join(value(x) for x in v) + "]"
    raise TypeError(f"cannot write {v!r}")


def key(k: str) -> str:
    return k if k.replace("_", "").isalnum() and k.isascii() else json.dumps(k)


def table(name: str, entries: dict) -> str:
    lines = [f"[{name}]"]
    for k, v in entries.items():
        if v is None:
            continue
        lines.append(f"{key(k)} = {value(v)}")
    return "\n".join(lines) + "\n"


def header(provider: dict) -> list[str]:
    """The top of a provider file from its metadata: top-level keys, [endpoints], [params]."""
    out = []
    for k, v in provider.items():
        if not isinstance(v, dict):
            out.append(f"{key(k)} = {value(v)}")
    out.append("")
    ep = provider["endpoints"]
    out.append("[endpoints]")
    out.append(f"domains = {value(ep['domains'])}")
    for kind in ("authorize", "device"):
        for e in ep.get(kind, []):
            out.append(f"[[endpoints.{kind}]]")
            out += [f"{key(k)} = {value(v)}" for k, v in e.items()]
    out.append("")
    out.append(table("params", provider["params"]))
    return out


VERIFIED = ("meaning", "name", False)


def check_verified(where: str, v: object) -> None:
    if v is not False and v not in ("meaning", "name"):
        raise ValueError(f"{where}: verified must be \"meaning\", \"name\" or false, not {v!r}")


def dangling_refs(name: str, entry: dict, scopes: dict) -> list[str]:
    """Errors for ``narrower`` ([scope, still] pairs) and ``implies`` names that are not in ``scopes``."""
    errors = [f"{name}: narrower {s} not in catalog" for s, _ in entry.get("narrower", []) if s not in scopes]
    return errors + [f"{name}: implies {s} not in catalog" for s in entry.get("implies", []) if s not in scopes]
