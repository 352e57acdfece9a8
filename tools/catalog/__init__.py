"""Generators of the catalog's larger provider files, and their one driver.

Each ``build_<provider>.py`` module here that defines ``generate() -> str`` produces the whole text
of ``scopes/providers/<provider>.toml`` from data files in this repository alone (under
``tools/catalog/data/<provider>/``): the provider's facts extracted once from its own pages, our
vocabularies and reviewed overrides. Nothing outside the repository is read by ``generate()``.

    python -m tools.catalog list              # the generated providers
    python -m tools.catalog build PROVIDER    # rewrite scopes/providers/PROVIDER.toml
    python -m tools.catalog check [PROVIDER]  # exit 1 if a committed file differs from what its data builds
"""

from __future__ import annotations

import importlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
PROVIDERS = REPO / "scopes" / "providers"
DATA = HERE / "data"


def generated() -> list[str]:
    """Providers whose file is generated: a ``build_<id>.py`` module here with a ``generate()``."""
    out = []
    for path in sorted(HERE.glob("build_*.py")):
        pid = path.stem.removeprefix("build_")
        if hasattr(module(pid), "generate"):
            out.append(pid)
    return out


def module(pid: str):
    return importlib.import_module(f"tools.catalog.build_{pid}")


def target(pid: str) -> Path:
    return PROVIDERS / f"{pid}.toml"


def build(pid: str) -> str:
    text = module(pid).generate()
    if not isinstance(text, str) or not text.endswith("\n"):
        raise RuntimeError(f"build_{pid}.generate() must return the file's text, ending in a newline")
    return text


def check(pid: str) -> str | None:
    """None when the committed file is what the data builds, else a one-line reason."""
    path = target(pid)
    text = build(pid)
    if not path.exists():
        return f"{path.relative_to(REPO)} is missing"
    old = path.read_text("utf-8")
    if old == text:
        return None
    a, b = old.splitlines(), text.splitlines()
    line = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return f"{path.relative_to(REPO)} differs from what tools/catalog/build_{pid}.py builds (first at line {line + 1}; {len(a)} vs {len(b)} lines)"
