"""A tiny TOML writer shared by the provider generators (build_slack.py, build_discord.py).

It writes only what the provider files need: strings, booleans, integers, lists of those, inline
tables of strings, and tables keyed by quoted names. Output is deterministic.
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
        return "{ " + ", ".join(f"{k} = {value(x)}" for k, x in v.items()) + " }"
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
