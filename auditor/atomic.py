"""Write a file so that readers see the old content or the new, never part of it."""

from __future__ import annotations

import os
from contextlib import contextmanager


@contextmanager
def atomic_write(path: str, newline: str | None = None):
    """A text file (UTF-8) opened under a temporary name beside ``path``, renamed onto ``path`` when
    the block ends; on any error the temporary file is removed and the error goes on."""
    directory = os.path.dirname(os.path.abspath(path))
    tmp = os.path.join(directory, f".{os.path.basename(path)}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline=newline) as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
