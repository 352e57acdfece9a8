"""``python -m tools.catalog list|build|check [PROVIDER]``: see ``tools/catalog/__init__.py``."""

from __future__ import annotations

import sys

from tools.catalog import REPO, build, check, generated, target


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("list", "build", "check") or len(argv) > 2:
        print("usage: python -m tools.catalog list | build PROVIDER | check [PROVIDER]", file=sys.stderr)
        return 2
    command, names = argv[0], argv[1:]
    known = generated()
    if command == "list":
        print("\n".join(known))
        return 0
    if command == "build" and not names:
        print("build needs a PROVIDER (or `all`)", file=sys.stderr)
        return 2
    if names == ["all"] or not names:
        names = known
    for pid in names:
        if pid not in known:
            print(f"{pid!r} is not a generated provider; generated: {', '.join(known)}", file=sys.stderr)
            return 2
    failed = 0
    for pid in names:
        if command == "build":
            text = build(pid)
            target(pid).write_text(text, "utf-8")
            print(f"wrote {target(pid).relative_to(REPO)}")
        else:
            problem = check(pid)
            if problem:
                failed += 1
                print(f"{pid}: {problem}; run `python -m tools.catalog build {pid}`")
            else:
                print(f"{pid}: up to date")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
