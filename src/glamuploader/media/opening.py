"""Open a file for reading only when it is a regular file.

A FIFO named ``photo.jpg`` blocks ``open()`` until something writes to it, and a device
never ends: either would hang a worker for good. Opening without blocking and asking the
open file what it is also leaves no gap between the check and the use.
"""
from __future__ import annotations

import os
import stat
from typing import BinaryIO

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)   # POSIX; Windows has no FIFOs among files


class NotARegularFile(OSError):
    """The path is a FIFO, a socket, a device or a folder, not a file of bytes."""

    def __init__(self, path: str) -> None:
        super().__init__(f"{path}: not a regular file")
        self.strerror = "not a regular file"
        self.filename = path


def open_regular(path: str, *, buffering: int = -1) -> BinaryIO:
    """``open(path, "rb")``, but raises NotARegularFile at once for anything but a file."""
    return open(path, "rb", buffering=buffering, opener=_opener)


def _opener(path: str, flags: int) -> int:
    fd = os.open(path, flags | _NONBLOCK)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotARegularFile(path)
        if _NONBLOCK:
            os.set_blocking(fd, True)   # reads of a file never block; keep the usual mode
    except BaseException:
        os.close(fd)
        raise
    return fd


def discard(path: str) -> None:
    """Remove a temporary file that is no longer wanted; one already gone is no matter."""
    try:
        os.unlink(path)
    except OSError:
        pass
