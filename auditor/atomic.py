"""Write a file so that readers see the old content or the new, never part of it."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from contextlib import contextmanager


@contextmanager
def atomic_write(path: str, newline: str | None = None):
    """A text file (UTF-8) opened under a fresh temporary name beside ``path``, renamed onto
    ``path`` when the block ends; on any error the temporary file is removed and the error goes on.

    The temporary file is created by :func:`tempfile.mkstemp` (``O_CREAT | O_EXCL``, a random
    name): a file or symbolic link someone planted under a predictable name is never opened or
    followed. Its mode is then set to what a new file gets under the umask (mkstemp's 0600 would
    make reports unreadable to the rest of a CI job). Output is streamed: the caller writes to the
    file object as it goes, nothing has to be held in memory first.

    A ``path`` that is a device, a pipe or a socket (``/dev/null``, ``/dev/stdout``, a shell's
    ``>(...)``) is a stream, not a file to replace: it is written in place (renaming onto it would
    replace ``/dev/null`` itself with a regular file). A folder is an error.
    """
    try:
        st = os.stat(path)  # through a symbolic link: /dev/stdout is one
    except OSError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(errno.EISDIR, "it is a folder", path)
        with open(path, "w", encoding="utf-8", newline=newline) as fh:
            yield fh
        return
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)[:64]}.", suffix=".tmp", dir=directory)
    try:
        umask = os.umask(0)
        os.umask(umask)
        try:
            os.fchmod(fd, 0o666 & ~umask)
        except (AttributeError, OSError):  # no fchmod (Windows), or a file system without modes
            pass
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as fh:
            fd = -1
            yield fh
        os.replace(tmp, path)
    except BaseException:
        if fd != -1:
            os.close(fd)
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
