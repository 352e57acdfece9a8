"""Writing a report: to standard output, or to a file atomically."""

from __future__ import annotations

import os
import sys

from auditor.errors import InputError
from auditor.render.safe import guard_commands


def write_output(text: str, output: str | None, commands: bool = False) -> None:
    """Write to standard output, or to ``output`` atomically (a temporary file beside it, renamed).
    Unless ``commands`` (the annotations of ``--format github``), no line may start a workflow command."""
    if not commands:
        text = guard_commands(text)
    if output is None or output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    directory = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(directory):
        raise InputError(f"cannot write {output}: the folder does not exist")
    from auditor.atomic import atomic_write

    try:
        with atomic_write(output) as fh:
            fh.write(text)
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror or exc}") from None
