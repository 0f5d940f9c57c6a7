"""GPS properties found in and taken out of XMP packets, edited as bytes."""
from __future__ import annotations

import re
from xml.parsers import expat

# A start tag, its attributes (values may hold ">"), and one attribute
_START_TAG = re.compile(rb"<[^\s/>]+(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*\s*/?>")
_ATTRIBUTE = re.compile(rb"\s+([^\s=/>]+)\s*=\s*(?:\"[^\"]*\"|'[^']*')")
MENTIONS_GPS = re.compile(rb"(?i)gps")


def _is_gps_name(qname: str) -> bool:
    """exif:GPSLatitude, Iptc4xmpExt:GPSLongitude, drone-dji:GpsLatitude … under any prefix.

    The local name decides, not the namespace: whatever prefix a program binds, and
    whichever schema it uses, a property named GPS-something is a position or part of one.
    """
    prefix, _, local = qname.rpartition(":")
    return prefix != "xmlns" and qname != "xmlns" and local.lower().startswith("gps")


def _xmp_gps_spans(packet: bytes) -> list[tuple[int, int]] | None:
    """Byte spans of the GPS properties (elements and attributes) in an XMP packet.

    None when the packet is not well-formed XML that can be edited as bytes. expat reports
    where each tag starts; the tags themselves are measured here, so the packet is edited
    as written (prefixes, padding and the xpacket wrapper stay as they are).
    """
    start, stop = packet.find(b"<"), packet.rfind(b">") + 1
    if start < 0 or stop <= start or b"\x00" in packet[start:stop]:
        return None
    doc = packet[start:stop]
    parser = expat.ParserCreate()
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int, int]] = []  # (what, begin, end of start tag) per open element

    def on_start(name: str, attrs: dict) -> None:
        at = parser.CurrentByteIndex
        tag = _START_TAG.match(doc, at)
        if tag is None:
            raise ValueError("unexpected start tag")
        close = tag.end()
        if stack and stack[-1][0] in ("remove", "inside"):
            stack.append(("inside", at, close))
            return
        if _is_gps_name(name):
            begin = at
            while begin > 0 and doc[begin - 1] in b" \t\r\n":
                begin -= 1
            stack.append(("remove", begin, close))
            return
        stack.append(("keep", at, close))
        for attr in _ATTRIBUTE.finditer(doc, at + 1, close):  # the name holds no space
            if _is_gps_name(attr.group(1).decode("utf-8", "replace")):
                spans.append(attr.span())

    def on_end(name: str) -> None:
        what, begin, close = stack.pop()
        if what != "remove":
            return
        if doc[close - 2:close] == b"/>":
            spans.append((begin, close))
        else:
            spans.append((begin, doc.index(b">", parser.CurrentByteIndex) + 1))

    def refuse(*_args) -> None:
        raise ValueError("a DTD in an XMP packet")

    parser.StartElementHandler = on_start
    parser.EndElementHandler = on_end
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    try:
        parser.Parse(doc, True)
    except (expat.ExpatError, ValueError):
        return None
    return sorted((a + start, b + start) for a, b in spans)


def xmp_without_location(packet: bytes, *, pad: bool) -> bytes | None:
    """The packet without GPS properties; None if there are none; b"" if the packet must go.

    A packet that is not well-formed cannot be edited safely: it goes when it mentions GPS
    at all (lenient readers might still find a position in it), else it stays. With
    ``pad`` the result is padded with spaces to the packet's old length, before the
    closing ``<?xpacket end`` when there is one.
    """
    spans = _xmp_gps_spans(packet)
    if spans is None:
        return b"" if MENTIONS_GPS.search(packet) else None
    if not spans:
        return None
    out = bytearray()
    cursor = 0
    for a, b in spans:
        out += packet[cursor:a]
        cursor = b
    out += packet[cursor:]
    if pad:
        room = len(packet) - len(out)
        at = out.rfind(b"<?xpacket end")
        if at < 0:
            at = out.rfind(b">") + 1
        out[at:at] = b" " * room
    return bytes(out)


def xmp_has_location(packet: bytes) -> bool:
    spans = _xmp_gps_spans(packet)
    return bool(spans) if spans is not None else bool(MENTIONS_GPS.search(packet))
