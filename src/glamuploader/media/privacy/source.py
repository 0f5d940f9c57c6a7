"""The input read piece by piece, and a copy planned as pieces: new bytes or source spans."""
from __future__ import annotations

import os
from collections.abc import Iterator
from typing import BinaryIO

from ..hashing import BLOCK_SIZE
from .errors import Damaged

Piece = bytes | tuple[int, int]  # new bytes, or (start, end) of the source copied as is


class Source:
    """Random access to the input: bytes in memory, or an open file read piece by piece."""

    def __init__(self, *, data: bytes | None = None, fh: BinaryIO | None = None) -> None:
        self.data, self.fh = data, fh
        if data is not None:
            self.size = len(data)
        else:
            assert fh is not None
            fh.seek(0, os.SEEK_END)
            self.size = fh.tell()

    def read(self, offset: int, n: int, what: str = "a block") -> bytes:
        if offset < 0 or n < 0 or offset + n > self.size:
            raise Damaged(f"{what} at byte {offset} runs past the end of the file")
        if self.data is not None:
            return self.data[offset:offset + n]
        assert self.fh is not None
        self.fh.seek(offset)
        got = self.fh.read(n)
        if len(got) != n:
            raise Damaged(f"{what} at byte {offset} runs past the end of the file")
        return got


def materialize(pieces: list[Piece], src: Source) -> Iterator[bytes]:
    for piece in pieces:
        if isinstance(piece, bytes):
            yield piece
            continue
        start, end = piece
        if src.data is not None:
            yield src.data[start:end]
            continue
        while start < end:
            n = min(BLOCK_SIZE, end - start)
            yield src.read(start, n)
            start += n
