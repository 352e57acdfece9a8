"""``python -m auditor.dev compile [--check]`` and ``python -m auditor.dev gen-docs [--check]``."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("compile", "gen-docs", "all"):
        print("usage: python -m auditor.dev {compile|gen-docs|all} [--check]", file=sys.stderr)
        return 2
    check = "--check" in argv[1:]
    status = 0
    if argv[0] in ("compile", "all"):
        from auditor.catalog import compile as cc

        try:
            files = cc.build()
        except cc.CatalogSourceError as exc:
            print(f"catalog sources are invalid:\n{exc}", file=sys.stderr)
            return 1
        if check:
            stale = cc.check(files)
            if stale:
                print(f"compiled catalog is stale ({', '.join(stale)}): run python -m auditor.dev compile", file=sys.stderr)
                status = 1
        else:
            cc.write(files)
            print(f"compiled {len(files)} files into {cc.COMPILED.relative_to(ROOT)}")
    if argv[0] in ("gen-docs", "all"):
        from auditor.dev import catalog_docs, docs

        stale = docs.write_or_check(ROOT, check) + catalog_docs.write_or_check(ROOT, check)
        if check and stale:
            print(f"generated docs are stale ({', '.join(stale)}): run python -m auditor.dev gen-docs", file=sys.stderr)
            status = 1
        elif not check:
            print("generated docs/rules and docs/catalog")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
