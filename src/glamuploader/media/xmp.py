"""Title, description, keywords and dates from an XMP packet or an IPTC-IIM block.

Properties are found by namespace URI, never by prefix: Windows Photo Gallery, for one,
writes its root as ``<xmp:xmpmeta xmlns:xmp="adobe:ns:meta/">`` and binds ``xmp`` again,
to another URI, inside it.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from .exif import clean_text

_DC = "{http://purl.org/dc/elements/1.1/}"
_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_PHOTOSHOP = "{http://ns.adobe.com/photoshop/1.0/}"
_EXIF = "{http://ns.adobe.com/exif/1.0/}"
_XMP = "{http://ns.adobe.com/xap/1.0/}"
#: the XMP properties that say when a photo was taken, best first
XMP_DATES = (_PHOTOSHOP + "DateCreated", _EXIF + "DateTimeOriginal", _XMP + "CreateDate")
_XMP_MODIFIED = _XMP + "ModifyDate"
_XMP_RATING = _XMP + "Rating"
_MS_RATING = "{http://ns.microsoft.com/photo/1.0/}Rating"   # Windows Photo Gallery, Explorer
_MAX_PACKET = 4 << 20
#: the root of a packet, under whatever prefix: x:xmpmeta, else rdf:RDF
_ROOTS = (re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?xmpmeta)[\s/>]"),
          re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?RDF)[\s/>]"))

# IPTC-IIM record 2 datasets
_IPTC_OBJECT_NAME = (2, 5)
_IPTC_KEYWORDS = (2, 25)
IPTC_DATE_CREATED = (2, 55)
IPTC_TIME_CREATED = (2, 60)
_IPTC_CAPTION = (2, 120)
_IPTC_CHARSET = (1, 90)
_UTF8_ESCAPE = b"\x1b%G"


@dataclass(frozen=True)
class XmpFacts:
    title: str | None = None
    description: str | None = None
    keywords: tuple[str, ...] = ()
    #: the raw values of :data:`XMP_DATES`, in that order (None where absent)
    dates: tuple[str | None, ...] = ()
    modified: str | None = None   # xmp:ModifyDate: when a program last saved the file
    description_lang: str = ""    # the description's language code ("" when the file does not say)
    rating: int | None = None     # xmp:Rating, else MicrosoftPhoto:Rating (core/picks.py)


def read_xmp(packet: bytes | str) -> XmpFacts:
    """Title (``dc:title``), description, keywords (``dc:subject``) and dates of a packet.

    Raises ``ValueError`` when the packet is not well-formed XML.
    """
    root = _parse(packet)
    keywords: list[str] = []
    for subject in root.iter(_DC + "subject"):
        for li in subject.iter(_RDF + "li"):
            _add_keyword(keywords, li.text)
    from ..core.picks import rating_from_file
    rating = rating_from_file(_simple(root, _XMP_RATING))
    if rating is None:   # Windows Photo Gallery and Explorer: 1-99
        rating = rating_from_file(_simple(root, _MS_RATING), percent=True)
    return XmpFacts(_lang_alt(root, "title"), _lang_alt(root, "description"), tuple(keywords),
                    tuple(_simple(root, name) for name in XMP_DATES),
                    _simple(root, _XMP_MODIFIED), _lang_of(root, "description"), rating)


def parse_xmp(packet: bytes | str) -> tuple[str | None, str | None, tuple[str, ...]]:
    """(title, description, keywords); see :func:`read_xmp`."""
    found = read_xmp(packet)
    return found.title, found.description, found.keywords


def _parse(packet: bytes | str) -> ET.Element:
    """The packet's root element: from its start tag to its own end tag, so that the
    xpacket wrapper, padding and anything after it are left out."""
    if isinstance(packet, str):
        packet = packet.encode("utf-8", errors="replace")
    packet = packet[:_MAX_PACKET].strip(b"\x00 \t\r\n")
    for root in _ROOTS:
        match = root.search(packet)
        if match is not None:
            close = packet.rfind(b"</" + match.group(1), match.end())
            end = packet.find(b">", close) if close != -1 else -1
            packet = packet[match.start():end + 1] if end != -1 else packet[match.start():]
            break
    end = packet.rfind(b">")
    try:
        return ET.fromstring(packet[:end + 1])
    except ET.ParseError as exc:
        raise ValueError(str(exc)) from exc


def _simple(root: ET.Element, name: str) -> str | None:
    """The text of a simple property, written as an element or as an attribute."""
    for element in root.iter(name):
        text = element.text if element.text and element.text.strip() else None
        if text is None:   # a program that wrapped it in a list: its first item
            text = next((li.text for li in element.iter(_RDF + "li") if li.text), None)
        value = clean_text(text) if text else None
        if value:
            return value
    for description in root.iter(_RDF + "Description"):
        value = clean_text(description.get(name, ""))
        if value:
            return value
    return None


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


def iptc_dates(info: dict[tuple[int, int], Any]) -> tuple[str | None, str | None]:
    """The raw Date Created (2:55, ``CCYYMMDD``) and Time Created (2:60, ``HHMMSS±HHMM``)."""
    def ascii_(raw: Any) -> str | None:
        raw = _first(raw)
        if not isinstance(raw, (bytes, bytearray)):
            return None
        return clean_text(bytes(raw).decode("ascii", errors="replace")) or None
    return ascii_(info.get(IPTC_DATE_CREATED)), ascii_(info.get(IPTC_TIME_CREATED))


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _lang_of(root: ET.Element, name: str) -> str:
    """The language of the text ``_lang_alt`` picks: its own xml:lang, or for "x-default" the
    language of an alternative with the same words; "" when the file does not say."""
    for element in root.iter(_DC + name):
        items = list(element.iter(_RDF + "li"))
        chosen = next((li for li in items if li.get(_XML_LANG) == "x-default"), None)
        chosen = chosen if chosen is not None else (items[0] if items else None)
        if chosen is None or not clean_text(chosen.text or ""):
            continue
        lang = (chosen.get(_XML_LANG) or "").strip()
        if lang == "x-default":
            twins = [li.get(_XML_LANG) or "" for li in items
                     if li is not chosen and (li.text or "").strip() == (chosen.text or "").strip()]
            lang = next((t for t in twins if t and t != "x-default"), "")
        return lang.split("-")[0].lower() if lang else ""
    return ""


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
