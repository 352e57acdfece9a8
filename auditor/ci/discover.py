"""Find the files ``check`` audits under a tree, honouring ``.gitignore``.

Every ``.gitignore`` from the root down applies to its own folder, with git's semantics (negation,
anchoring, directory patterns), through :mod:`pathspec`'s ``GitIgnoreSpec`` on its RE2 backend (linear-time matching), except that,
as in git, a file git tracks is never hidden by ``.gitignore``. ``.git`` and the usual
dependency and virtual-environment folders are never entered, and the declaration's ``exclude`` globs
are applied on top; candidates that an exclude glob or a ``.gitignore`` leaves out are listed
(:class:`Tree`), so that ``check`` can report what it did not audit. Symbolic links are not followed
(a link could lead out of the tree or loop); folders that cannot be listed are reported too.

A file is a candidate when its name is one the manifest readers know (``appsscript.json``,
``manifest.json``, ``app.json``, ``app.yml``, ``shopify.app*.toml``, Slack's ``manifest.y(a)ml``, Entra
manifests ``*.json``) or, for the text reader (hard-coded authorization URLs), its extension is one of
source code, documentation or configuration. That covers the manifests written as code
(``manifest.ts``, ``manifest.config.ts``, ``wxt.config.ts``, ``app.config.ts``, in ``.ts``, ``.mts``,
``.cts``, ``.js``, ``.mjs`` or ``.cjs``), Plasmo's ``package.json`` and Apps Script manifests under
another name (``*.json``). The readers decide in the end, cheaply and before any parsing: by exact
file name, then by text only that format has (``defineManifest(``, ``Manifest(`` beside
``botScopes``, ``"plasmo"`` beside ``manifest``...). Only files that pass are parsed as code; every
other source file is searched for authorization URLs only, and a candidate that is none of the
formats is skipped without a finding (``docs/manifests.md`` lists each gate).
"""

from __future__ import annotations

import os
from collections import namedtuple

SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".nox", ".mypy_cache", ".pytest_cache", "site-packages", "dist", "build"}
TEXT_EXTENSIONS = {
    ".md", ".rst", ".txt", ".html", ".htm", ".py", ".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".tsx", ".jsx", ".vue", ".go", ".rb", ".php",
    ".java", ".kt", ".swift", ".cs", ".rs", ".json", ".yml", ".yaml", ".toml", ".ini", ".cfg", ".env", ".xml", ".sh",
}
MAX_FILES = 100_000


class Tree(namedtuple("Tree", "files excluded unreadable")):
    """What :func:`scan_tree` found: ``files`` (candidates to audit), ``excluded`` (candidates left
    out, each ``(path, why)`` with ``why`` the exclude glob's source or the .gitignore that matched),
    ``unreadable`` (folders or entries that could not be listed, each ``(path, why)``). Every
    path is relative to the root, ``/``-separated, sorted."""

    __slots__ = ()


def _spec(lines: list[str]):
    from pathspec import GitIgnoreSpec

    # The RE2 backend matches in linear time: a glob such as ``*a*a*a*a*a*a*a*ab`` against a long
    # file name backtracks for minutes in Python's own engine (tests/test_hardening.py).
    return GitIgnoreSpec.from_lines(lines, backend="re2")


def scan_tree(root: str, exclude: tuple[str, ...] = (), tracked: set[str] | None = None, exclude_base: str = "") -> Tree:
    """Walk ``root`` without recursion (a tree 1,000 folders deep is walked like a flat one).

    ``tracked``: paths (relative to ``root``) that git tracks. As in git, ``.gitignore`` never hides
    a tracked file; the declaration's ``exclude`` globs do, but every candidate they leave out is
    listed in ``excluded`` so that reports can say what was not audited. ``exclude_base``: where
    ``root`` is relative to the declaration's folder (its globs are written from there)."""
    root = os.path.abspath(root)
    # Folders that hold a tracked file, computed once (a search of every tracked path for each
    # git-ignored folder was quadratic in a large repository).
    tracked_dirs: set[str] = set()
    for t in tracked or ():
        parts = t.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            tracked_dirs.add("/".join(parts[:i]))
    base_specs: list[tuple[str, object, str]] = []  # (folder relative to root, spec, where it came from)
    if exclude:
        base_specs.append(("", _spec(list(exclude)), "exclude"))
    files: list[str] = []
    excluded: list[tuple[str, str]] = []
    unreadable: list[tuple[str, str]] = []

    def match(specs, rel: str, is_dir: bool) -> str | None:
        for base, spec, origin in specs:
            if base and not rel.startswith(base + "/"):
                continue
            sub = rel[len(base) + 1:] if base else rel
            if origin == "exclude" and exclude_base:
                sub = f"{exclude_base}/{sub}"
            if spec.match_file(sub + ("/" if is_dir else "")):  # type: ignore[attr-defined]
                return origin
        return None

    # Each stack item: (folder, the specs in force there, why the folder is excluded or None).
    stack: list[tuple[str, list, str | None]] = [("", base_specs, None)]
    while stack:
        folder, specs, folder_why = stack.pop()
        path = os.path.join(root, folder) if folder else root
        gi = os.path.join(path, ".gitignore")
        if os.path.isfile(gi) and not os.path.islink(gi):
            try:
                with open(gi, encoding="utf-8", errors="replace") as fh:
                    specs = specs + [(folder, _spec(fh.read(1024 * 1024).splitlines()), f"{folder + '/' if folder else ''}.gitignore")]
            except OSError as exc:
                unreadable.append((f"{folder + '/' if folder else ''}.gitignore", exc.strerror or str(exc)))
        try:
            with os.scandir(path) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            unreadable.append((folder or ".", exc.strerror or str(exc)))
            continue
        subfolders = []
        for entry in entries:
            rel = f"{folder}/{entry.name}" if folder else entry.name
            try:
                if entry.is_symlink():
                    continue
                is_dir = entry.is_dir()
                is_file = not is_dir and entry.is_file()
            except OSError as exc:
                unreadable.append((rel, exc.strerror or str(exc)))
                continue
            if is_dir:
                if entry.name in SKIP_DIRS:
                    continue
                why = folder_why or match(specs, rel, True)
                if why is not None and why != "exclude" and rel in tracked_dirs:
                    why = None  # git-ignored, but it holds tracked files: enter it
                subfolders.append((rel, specs, why))
            elif is_file and candidate(entry.name):
                why = folder_why or match(specs, rel, False)
                if why is not None and why != "exclude" and tracked is not None and rel in tracked:
                    why = None  # .gitignore never hides a tracked file
                if why is None:
                    files.append(rel)
                    if len(files) > MAX_FILES:
                        from auditor.errors import InputError

                        raise InputError(f"more than {MAX_FILES:,} candidate files under {root}; narrow PATH or add exclude globs")
                else:
                    excluded.append((rel, why))
                    if len(excluded) > MAX_FILES:
                        from auditor.errors import InputError

                        raise InputError(f"more than {MAX_FILES:,} excluded candidate files under {root}; narrow PATH")
        stack.extend(reversed(subfolders))
    return Tree(sorted(files), sorted(excluded), sorted(unreadable))


def walk(root: str, exclude: tuple[str, ...] = ()) -> list[str]:
    """Relative paths (``/``-separated, sorted) of the candidate files under ``root``."""
    return list(scan_tree(root, exclude).files)


def tracked_files(root: str) -> set[str] | None:
    """Paths under ``root`` (relative to it) that git tracks, or None outside a git work tree."""
    import subprocess

    try:
        proc = subprocess.run(["git", "-C", root, "ls-files", "-z", "--full-name", "."], capture_output=True, timeout=60)
        top = subprocess.run(["git", "-C", root, "rev-parse", "--show-prefix"], capture_output=True, timeout=30, text=True)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if proc.returncode or top.returncode:
        return None
    prefix = top.stdout.strip()
    out = set()
    for raw in proc.stdout.split(b"\0"):
        if not raw:
            continue
        name = os.fsdecode(raw)
        if prefix and name.startswith(prefix):
            name = name[len(prefix):]
        out.add(name)
    return out


def candidate(name: str) -> bool:
    lower = name.lower()
    if lower in ("appsscript.json", "manifest.json", "app.json", "app.yml", "app.yaml", "manifest.yml", "manifest.yaml"):
        return True
    if lower.startswith("shopify.app") and lower.endswith(".toml"):
        return True
    if lower in ("oauth-audit.toml", ".oauth-audit.toml", "pyproject.toml", "package-lock.json", "yarn.lock"):
        return False
    return os.path.splitext(lower)[1] in TEXT_EXTENSIONS
