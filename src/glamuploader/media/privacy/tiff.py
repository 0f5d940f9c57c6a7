"""EXIF/TIFF structures edited in place: the GPS IFD unlinked and zeroed, XMP in IFDs cleaned."""
from __future__ import annotations

import struct
from collections.abc import Iterator

from .errors import BigTiff, Damaged, Unreadable
from .xmp import xmp_has_location, xmp_without_location

_GPS_IFD, _EXIF_IFD, _XMP_TAG, _ORIENTATION = 0x8825, 0x8769, 700, 0x0112
_MAX_IFDS = 10_000  # a multi-page TIFF has one IFD per page; a loop is cut long before
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}

EXIF_SIG = b"Exif\x00\x00"


class _Tiff:
    """A classic TIFF structure in a buffer (bytes, bytearray or mmap) from ``base`` on.

    Offsets are relative to ``base``, as in the file. Writing needs a writable buffer and
    never moves anything: entries leave an IFD by shifting the rest of its table.
    """

    def __init__(self, buf, base: int = 0) -> None:
        self.buf, self.base, self.end = buf, base, len(buf)
        if self.end - base < 8:
            raise Unreadable("too short")
        order = bytes(buf[base:base + 2])
        if order not in (b"II", b"MM"):
            raise Unreadable("no byte order mark")
        self.bo = "<" if order == b"II" else ">"
        magic = self.u16(2)
        if magic == 43:
            raise BigTiff()
        if magic != 42:
            raise Unreadable("not a TIFF")

    def u16(self, off: int) -> int:
        return struct.unpack_from(self.bo + "H", self.buf, self.base + off)[0]

    def u32(self, off: int) -> int:
        return struct.unpack_from(self.bo + "I", self.buf, self.base + off)[0]

    def inside(self, off: int, n: int) -> bool:
        return off >= 0 and n >= 0 and self.base + off + n <= self.end

    def ifd_ok(self, off: int) -> bool:
        return self.inside(off, 2) and self.inside(off, 2 + 12 * self.u16(off))

    def ifds(self) -> list[int]:
        """IFD0, the IFDs chained after it and the Exif IFDs they point to; loops cut."""
        first = self.u32(4)
        if not self.ifd_ok(first):
            raise Unreadable("IFD0 lies outside the data")
        seen: set[int] = set()
        order: list[int] = []
        off = first
        while off and off not in seen and self.ifd_ok(off) and len(order) < _MAX_IFDS:
            seen.add(off)
            order.append(off)
            at = off + 2 + 12 * self.u16(off)
            off = self.u32(at) if self.inside(at, 4) else 0
        for ifd in list(order):
            for _, tag, _, _, field in self.entries(ifd):
                if tag == _EXIF_IFD:
                    sub = self.u32(field)
                    if sub not in seen and self.ifd_ok(sub):
                        seen.add(sub)
                        order.append(sub)
        return order

    def entries(self, ifd: int) -> list[tuple[int, int, int, int, int]]:
        """(index, tag, type, count, offset of the value field) of each entry."""
        out = []
        for i in range(self.u16(ifd)):
            at = ifd + 2 + 12 * i
            tag, typ, count = struct.unpack_from(self.bo + "HHI", self.buf, self.base + at)
            out.append((i, tag, typ, count, at + 8))
        return out

    def value_span(self, typ: int, count: int, field: int) -> tuple[int, int] | None:
        """(offset, size) of an entry's value, or None when its type is unknown."""
        size = _TYPE_SIZES.get(typ, 0) * count
        if not size:
            return None
        return (field, size) if size <= 4 else (self.u32(field), size)

    def read(self, off: int, n: int) -> bytes:
        return bytes(self.buf[self.base + off:self.base + off + n])

    def write(self, off: int, data: bytes) -> None:
        self.buf[self.base + off:self.base + off + len(data)] = data

    def zero(self, off: int, n: int) -> None:
        start = max(self.base, self.base + off)
        stop = min(self.end, self.base + off + n)
        if start < stop:
            self.buf[start:stop] = bytes(stop - start)

    def remove_entries(self, ifd: int, drop: set[int]) -> None:
        """Take entries out of an IFD: the rest move up, the next-IFD link follows them,
        and the freed bytes at the end of the table become zeros."""
        n = self.u16(ifd)
        table = ifd + 2
        kept = b"".join(self.read(table + 12 * i, 12) for i in range(n) if i not in drop)
        link = self.read(table + 12 * n, 4) if self.inside(table + 12 * n, 4) else bytes(4)
        new = kept + link
        new += bytes(12 * n + 4 - len(new))
        self.write(table, new[:self.end - (self.base + table)])
        struct.pack_into(self.bo + "H", self.buf, self.base + ifd, n - len(drop))

    def zero_ifd(self, off: int) -> None:
        """Zero an IFD, and the values it keeps outside its table."""
        if not self.inside(off, 2):
            return
        n = self.u16(off)
        for i in range(n):
            at = off + 2 + 12 * i
            if not self.inside(at, 12):
                break
            typ, count = struct.unpack_from(self.bo + "HI", self.buf, self.base + at + 2)
            span = self.value_span(typ, count, at + 8)
            if span and span[1] > 4:
                self.zero(*span)
        self.zero(off, 2 + 12 * n + 4)

    def gps_pointers(self) -> Iterator[tuple[int, int, int]]:
        """(IFD, entry index, GPS IFD offset) of every GPS IFD pointer."""
        for ifd in self.ifds():
            for i, tag, _, _, field in self.entries(ifd):
                if tag == _GPS_IFD:
                    yield ifd, i, self.u32(field)

    def orientation(self) -> int | None:
        for _, tag, typ, count, field in self.entries(self.ifds()[0]):
            if tag == _ORIENTATION and typ == 3 and count >= 1:
                value = self.u16(field)
                return value if 1 <= value <= 8 else None
        return None


def _tiff_strip_location(buf, base: int = 0) -> bool:
    """Remove GPS from the TIFF structure in ``buf`` in place; True if anything changed.

    Raises Unreadable when the structure cannot be walked at all.
    """
    t = _Tiff(buf, base)
    ifds = t.ifds()
    changed = False
    pointers: dict[int, set[int]] = {}
    targets: list[int] = []
    for ifd, i, target in t.gps_pointers():
        pointers.setdefault(ifd, set()).add(i)
        targets.append(target)
    for ifd in ifds:  # XMP packets (tag 700) kept in an IFD
        for i, tag, typ, count, field in t.entries(ifd):
            span = t.value_span(typ, count, field) if tag == _XMP_TAG else None
            if not span or span[1] <= 4 or not t.inside(*span):
                continue
            cleaned = xmp_without_location(t.read(*span), pad=True)
            if cleaned is None:
                continue
            changed = True
            if cleaned:
                t.write(span[0], cleaned)
            else:
                pointers.setdefault(ifd, set()).add(i)
                t.zero(*span)
    for ifd, drop in pointers.items():
        t.remove_entries(ifd, drop)
        changed = True
    for target in dict.fromkeys(targets):
        if target >= 8 and target not in ifds:  # not the header, not an IFD in use
            t.zero_ifd(target)
    return changed


def _tiff_has_location(buf, base: int = 0) -> bool:
    t = _Tiff(buf, base)
    for _, _, target in t.gps_pointers():
        if t.ifd_ok(target) and any(tag != 0 for _, tag, _, _, _ in t.entries(target)):
            return True
    for ifd in t.ifds():
        for _, tag, typ, count, field in t.entries(ifd):
            span = t.value_span(typ, count, field) if tag == _XMP_TAG else None
            if span and span[1] > 4 and t.inside(*span) and xmp_has_location(t.read(*span)):
                return True
    return False


def exif_tiff_base(payload: bytes | bytearray) -> int:
    """Where the TIFF header starts in an EXIF block (some writers keep the APP1 prefix)."""
    return len(EXIF_SIG) if payload[:len(EXIF_SIG)] == EXIF_SIG else 0


def exif_has_location(payload: bytes, base: int) -> bool:
    try:
        return _tiff_has_location(payload, base)
    except (Unreadable, BigTiff, struct.error):
        return False


def exif_orientation(payload: bytes, base: int) -> int | None:
    try:
        return _Tiff(payload, base).orientation()
    except (Unreadable, BigTiff, struct.error):
        return None


def exif_without_location(payload: bytes, base: int) -> bytes | None:
    """The EXIF block without GPS (same length); None if unchanged, b"" if it must go
    because nobody can read it."""
    buf = bytearray(payload)
    try:
        changed = _tiff_strip_location(buf, base)
    except (Unreadable, BigTiff, struct.error):
        return b""
    return bytes(buf) if changed else None


def minimal_exif(orientation: int) -> bytes:
    """A TIFF structure holding only the Orientation tag, so the photo is not shown sideways."""
    return (b"MM\x00\x2a" + struct.pack(">IH", 8, 1)
            + struct.pack(">HHIHH", _ORIENTATION, 3, 1, orientation, 0) + struct.pack(">I", 0))


def clean_tiff(buf) -> None:
    """A TIFF file, in place: only "location" exists for TIFF (see SUPPORTED)."""
    try:
        _tiff_strip_location(buf, 0)
    except (Unreadable, struct.error) as exc:
        raise Damaged(f"the TIFF structure cannot be read ({exc})") from None


def tiff_file_has_location(buf) -> bool:
    try:
        return _tiff_has_location(buf, 0)
    except (Unreadable, BigTiff, struct.error):
        return False
