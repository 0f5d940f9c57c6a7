"""Title, description and keywords from an XMP packet (Dublin Core) or IPTC-IIM block."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from .exif import clean_text

_DC = "{http://purl.org/dc/elements/1.1/}"
_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_MAX_PACKET = 4 << 20

# IPTC-IIM record 2 datasets
_IPTC_OBJECT_NAME = (2, 5)
_IPTC_KEYWORDS = (2, 25)
_IPTC_CAPTION = (2, 120)
_IPTC_CHARSET = (1, 90)
_UTF8_ESCAPE = b"\x1b%G"


def parse_xmp(packet: bytes | str) -> tuple[str | None, str | None, tuple[str, ...]]:
    """(title, description, keywords) from ``dc:title``, ``dc:description``, ``dc:subject``.

    Raises ``ValueError`` when the packet is not well-formed XML.
    """
    if isinstance(packet, str):
        packet = packet.encode("utf-8", errors="replace")
    packet = packet[:_MAX_PACKET].strip(b"\x00 \t\r\n")
    start = packet.find(b"<x:xmpmeta")
    if start == -1:
        start = packet.find(b"<rdf:RDF")
    if start > 0:
        packet = packet[start:]
    end = packet.rfind(b">")
    try:
        root = ET.fromstring(packet[:end + 1])
    except ET.ParseError as exc:
        raise ValueError(str(exc)) from exc
    title = _lang_alt(root, "title")
    description = _lang_alt(root, "description")
    keywords: list[str] = []
    for subject in root.iter(_DC + "subject"):
        for li in subject.iter(_RDF + "li"):
            _add_keyword(keywords, li.text)
    return title, description, tuple(keywords)


def parse_iptc(info: dict[tuple[int, int], Any]) -> tuple[str | None, str | None, tuple[str, ...]]:
    """(title, description, keywords) from Pillow's ``getiptcinfo`` dictionary."""
    utf8 = _first(info.get(_IPTC_CHARSET)) == _UTF8_ESCAPE

    def text(raw: Any) -> str | None:
        if not isinstance(raw, (bytes, bytearray)):
            return None
        try:
            value: Any = bytes(raw).decode("utf-8")
        except UnicodeDecodeError:
            value = raw if not utf8 else bytes(raw).decode("utf-8", errors="replace")
        return clean_text(value) or None

    keywords: list[str] = []
    raw_keywords = info.get(_IPTC_KEYWORDS)
    for raw in raw_keywords if isinstance(raw_keywords, list) else [raw_keywords]:
        _add_keyword(keywords, text(raw))
    return (text(_first(info.get(_IPTC_OBJECT_NAME))), text(_first(info.get(_IPTC_CAPTION))),
            tuple(keywords))


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _lang_alt(root: ET.Element, name: str) -> str | None:
    """The x-default (else first) alternative of a Dublin Core language-alternative property."""
    for element in root.iter(_DC + name):
        items = list(element.iter(_RDF + "li"))
        chosen = next((li for li in items if li.get(_XML_LANG) == "x-default"), None)
        chosen = chosen if chosen is not None else (items[0] if items else element)
        value = clean_text(chosen.text or "")
        if value:
            return value
    for description in root.iter(_RDF + "Description"):
        value = clean_text(description.get(_DC + name, ""))
        if value:
            return value
    return None


def _add_keyword(keywords: list[str], raw: str | None) -> None:
    value = clean_text(raw) if raw else None
    if value and value not in keywords:
        keywords.append(value)
