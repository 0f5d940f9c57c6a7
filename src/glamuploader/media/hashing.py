"""SHA-1 of a file, streamed in fixed-size blocks (memory does not grow with the file)."""
from __future__ import annotations

import hashlib
import threading
from typing import BinaryIO, NamedTuple

from .opening import open_regular

BLOCK_SIZE = 1 << 20  # 1 MiB
_local = threading.local()  # each thread reuses its own two buffers


class Hashed(NamedTuple):
    sha1: str         # hex
    size: int         # bytes hashed, prefix included
    tail: bytes       # the last ``tail`` bytes asked for
    marker_at: int    # file offset of the last ``marker`` in the final block(s), or -1


def sha1_file(path: str, *, block_size: int = BLOCK_SIZE) -> str:
    """Hex SHA-1 of the file at ``path``."""
    with open_regular(path, buffering=0) as fh:
        return sha1_stream(fh, block_size=block_size).sha1


def sha1_stream(fh: BinaryIO, *, block_size: int = BLOCK_SIZE, prefix: bytes = b"",
                tail: int = 0, marker: bytes = b"") -> Hashed:
    """Hash ``prefix`` then ``fh`` from its current position to the end.

    ``prefix`` is what the caller already read from the start of the file. So that callers
    can see how a file ends without reading it again, this also gives the last ``tail``
    bytes (at most ``block_size``) and where ``marker`` last occurs in the final one or two
    blocks (at least ``block_size`` bytes, prefix included). Two reused buffers take turns,
    so nothing is copied or allocated per block.
    """
    if tail > block_size:
        raise ValueError("tail must not exceed block_size")
    digest = hashlib.sha1(prefix, usedforsecurity=False)
    buffers = _buffers(block_size)
    filled = [0, 0]
    current = 0
    total = len(prefix)
    with memoryview(buffers[0]) as first, memoryview(buffers[1]) as second:
        views = (first, second)
        while True:
            n = fh.readinto(buffers[current])
            if not n:
                break
            digest.update(views[current][:n])
            filled[current] = n
            total += n
            current ^= 1
    last, before = buffers[current ^ 1], buffers[current]
    n_last, n_before = filled[current ^ 1], filled[current]
    end = b""
    if tail:
        end = bytes(last[max(0, n_last - tail):n_last])
        if len(end) < tail:
            end = bytes(before[max(0, n_before - (tail - len(end))):n_before]) + end
        if len(end) < tail:  # fewer bytes in the blocks than asked: the file is that short
            end = (prefix + end)[-tail:]
    return Hashed(digest.hexdigest(), total, end,
                  _last_marker(marker, prefix, before, n_before, last, n_last, total))


def _last_marker(marker: bytes, prefix: bytes, before: bytearray, n_before: int,
                 last: bytearray, n_last: int, total: int) -> int:
    if not marker:
        return -1
    at = last.rfind(marker, 0, n_last)
    if at != -1:
        return total - n_last + at
    k = len(marker) - 1  # a marker across two pieces starts in the first one's last k bytes
    at = _across(marker, before, n_before, last, n_last)
    if at != -1:
        return total - n_last - min(k, n_before) + at
    at = before.rfind(marker, 0, n_before)
    if at != -1:
        return total - n_last - n_before + at
    if total - n_last - n_before != len(prefix):
        return -1  # the prefix does not touch the blocks kept: not part of the window
    nxt, n_next = (before, n_before) if n_before else (last, n_last)
    at = _across(marker, prefix, len(prefix), nxt, n_next)
    if at != -1:
        return len(prefix) - min(k, len(prefix)) + at
    return prefix.rfind(marker)


def _across(marker: bytes, a: bytes | bytearray, n_a: int, b: bytearray, n_b: int) -> int:
    """Where ``marker`` starts in the last bytes of ``a[:n_a]`` and runs on into ``b``."""
    k = len(marker) - 1
    if k <= 0 or not n_a or not n_b:
        return -1
    joint = bytes(a[max(0, n_a - k):n_a]) + bytes(b[:min(k, n_b)])
    at = joint.find(marker)
    return at if at != -1 and at < min(k, n_a) else -1


def _buffers(block_size: int) -> tuple[bytearray, bytearray]:
    buffers = getattr(_local, "buffers", None)
    if buffers is None or len(buffers[0]) != block_size:
        buffers = _local.buffers = (bytearray(block_size), bytearray(block_size))
    return buffers
