"""Find the files ``check`` audits under a tree, honouring ``.gitignore``.

Every ``.gitignore`` from the root down applies to its own folder, with git's semantics (negation,
anchoring, directory patterns), through :mod:`pathspec`'s ``GitIgnoreSpec``. ``.git`` and the usual
dependency and virtual-environment folders are never entered, and the declaration's ``exclude`` globs
are applied on top. Symbolic links are not followed (a link could lead out of the tree or loop).

A file is a candidate when its name is one the manifest readers know (``appsscript.json``,
``manifest.json``, ``app.json``, ``app.yml``, ``shopify.app*.toml``, Slack's ``manifest.y(a)ml``, Entra
manifests ``*.json``) or, for the text reader (hard-coded authorization URLs), its extension is one of
source code, documentation or configuration. The reader decides in the end: a candidate that is none
of the formats is skipped without a finding.
"""

from __future__ import annotations

import os

SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".nox", ".mypy_cache", ".pytest_cache", "site-packages", "dist", "build"}
TEXT_EXTENSIONS = {
    ".md", ".rst", ".txt", ".html", ".htm", ".py", ".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".vue", ".go", ".rb", ".php",
    ".java", ".kt", ".swift", ".cs", ".rs", ".json", ".yml", ".yaml", ".toml", ".ini", ".cfg", ".env", ".xml", ".sh",
}
MAX_FILES = 100_000


def _spec(lines: list[str]):
    from pathspec import GitIgnoreSpec

    return GitIgnoreSpec.from_lines(lines)


def walk(root: str, exclude: tuple[str, ...] = ()) -> list[str]:
    """Relative paths (``/``-separated, sorted) of the candidate files under ``root``."""
    root = os.path.abspath(root)
    specs: list[tuple[str, object]] = []  # (folder relative to root, spec) from outer to inner
    if exclude:
        specs.append(("", _spec(list(exclude))))
    out: list[str] = []

    def ignored(rel: str, is_dir: bool) -> bool:
        for base, spec in specs:
            if base and not rel.startswith(base + "/"):
                continue
            sub = rel[len(base) + 1:] if base else rel
            if spec.match_file(sub + ("/" if is_dir else "")):  # type: ignore[attr-defined]
                return True
        return False

    def visit(folder: str) -> None:
        path = os.path.join(root, folder) if folder else root
        gi = os.path.join(path, ".gitignore")
        pushed = False
        if os.path.isfile(gi) and not os.path.islink(gi):
            try:
                with open(gi, encoding="utf-8", errors="replace") as fh:
                    specs.append((folder, _spec(fh.read(1024 * 1024).splitlines())))
                    pushed = True
            except OSError:
                pass
        try:
            entries = sorted(os.scandir(path), key=lambda e: e.name)
        except OSError:
            entries = []
        for entry in entries:
            rel = f"{folder}/{entry.name}" if folder else entry.name
            if entry.is_symlink():
                continue
            if entry.is_dir():
                if entry.name in SKIP_DIRS or ignored(rel, True):
                    continue
                visit(rel)
            elif entry.is_file() and candidate(entry.name) and not ignored(rel, False):
                out.append(rel)
                if len(out) > MAX_FILES:
                    from auditor.errors import InputError

                    raise InputError(f"more than {MAX_FILES:,} candidate files under {root}; narrow PATH or add exclude globs")
        if pushed:
            specs.pop()

    visit("")
    return sorted(out)


def candidate(name: str) -> bool:
    lower = name.lower()
    if lower in ("appsscript.json", "manifest.json", "app.json", "app.yml", "app.yaml", "manifest.yml", "manifest.yaml"):
        return True
    if lower.startswith("shopify.app") and lower.endswith(".toml"):
        return True
    if lower in ("oauth-audit.toml", ".oauth-audit.toml", "pyproject.toml", "package-lock.json", "yarn.lock"):
        return False
    return os.path.splitext(lower)[1] in TEXT_EXTENSIONS
