"""Writing an output file (``--html FILE``) safely.

An existing file is never overwritten without ``--force``, and a symbolic link is never
followed, with or without it: the link is refused (``O_NOFOLLOW`` where the system has it, and
a check of the path before opening). Only regular files are written; a directory, a pipe or a
device in the way is refused. Directories along the path resolve as usual.
"""

from __future__ import annotations

import os
import stat

__all__ = ["OutputRefused", "write_new_file"]


class OutputRefused(OSError):
    """The output file was not written, and why (the CLI exits with EXIT_IO)."""


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a pipe swapped in must not hang the open


def write_new_file(path: str, text: str, *, force: bool, option: str = "--html") -> None:
    """Write ``text`` (UTF-8) to ``path``; refuse a symlink, a non-file, or (without
    ``force``) an existing file."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        st = None
    if st is not None:
        if stat.S_ISLNK(st.st_mode):
            raise OutputRefused(f"{option} {path}: is a symbolic link; refusing to follow it")
        if not stat.S_ISREG(st.st_mode):
            raise OutputRefused(f"{option} {path}: exists and is not a regular file")
        if not force:
            raise OutputRefused(f"{option} {path}: exists; pass --force to overwrite it")
    flags = os.O_WRONLY | os.O_CREAT | _NOFOLLOW | _NONBLOCK
    flags |= os.O_TRUNC if force else os.O_EXCL  # O_EXCL: fails if it appeared meanwhile
    try:
        fd = os.open(path, flags, 0o644)
    except FileExistsError:
        raise OutputRefused(f"{option} {path}: exists; pass --force to overwrite it") from None
    except OSError:
        if os.path.islink(path):  # ELOOP from O_NOFOLLOW: a link appeared meanwhile
            raise OutputRefused(
                f"{option} {path}: is a symbolic link; refusing to follow it"
            ) from None
        raise  # a missing directory, no permission: the CLI says "cannot write"
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            raise OutputRefused(f"{option} {path}: is not a regular file")
        f.write(text)
