"""Writing an output file (``--html FILE``) safely.

An existing file is never overwritten without ``--force``, and a symbolic link is never
followed, with or without it: the link is refused (``O_NOFOLLOW`` where the system has it, and
a check of the path before opening). Only regular files are written; a directory, a pipe or a
device in the way is refused. Directories along the path resolve as usual.
"""

from __future__ import annotations

import os
import stat

__all__ = ["OutputRefused", "check_target", "write_new_file"]


class OutputRefused(OSError):
    """The output file was not written, and why (the CLI exits with EXIT_IO)."""


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a pipe swapped in must not hang the open


def check_target(path: str, *, force: bool, option: str = "--html") -> None:
    """Refuse ``path`` before anything is computed: a symlink, a non-file, or (without
    ``force``) an existing file. ``write_new_file`` checks again when it opens the file."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(st.st_mode):
        raise OutputRefused(f"{option} {path}: is a symbolic link; refusing to follow it")
    if not stat.S_ISREG(st.st_mode):
        raise OutputRefused(f"{option} {path}: exists and is not a regular file")
    if not force:
        raise OutputRefused(f"{option} {path}: exists; pass --force to overwrite it")


def write_new_file(path: str, text: str | bytes, *, force: bool, option: str = "--html") -> None:
    """Write ``text`` (str as UTF-8, or bytes) to ``path``; refuse a symlink, a non-file, or
    (without ``force``) an existing file."""
    check_target(path, force=force, option=option)
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
    data = text.encode("utf-8") if isinstance(text, str) else text
    with os.fdopen(fd, "wb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            raise OutputRefused(f"{option} {path}: is not a regular file")
        f.write(data)
