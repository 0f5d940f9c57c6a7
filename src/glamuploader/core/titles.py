"""Rules for File: page names, and making names from a kit's title pattern.

A *title* here is the file name without the ``File:`` prefix, with its extension
(``Hagia Sophia 2024-05-01 001.jpg``). Problems are codes (see problems.CODES).
"""
from __future__ import annotations

import html
import re
import string
import unicodedata
from collections.abc import Iterable

from . import dates
from .item import MediaItem, Metadata
from .kit import Kit, effective
from .languages import PREFERRED
from .problems import Problem

MAX_BYTES = 240                   # the whole name with extension, UTF-8 (UploadBase::getTitle)
STEM_MAX_BYTES = 235              # what UploadWizard allows before the extension
MIN_LENGTH = 5                    # characters before the extension (UploadWizard)

FORBIDDEN = "#<>[]|{}"            # illegal in any page title
REPLACED = ":/\\"                 # $wgIllegalFileChars: MediaWiki turns them into "-"
TITLE_TRAPS = re.compile(r"~{3,}|%[0-9A-Fa-f]{2}|&(?:[A-Za-z][A-Za-z0-9]*|#\d+|#[xX][0-9A-Fa-f]+);")

#: the same type under another name
_SAME_EXTENSION = {"jpeg": "jpg", "jpe": "jpg", "tiff": "tif", "mpeg": "mpg", "oga": "ogg",
                   "djv": "djvu", "midi": "mid"}


def is_invisible(ch: str) -> bool:
    """C0/C1 controls, bidi marks and embeddings, NBSP, soft hyphen, zero widths, BOM, separators,
    and lone surrogates (the bytes of a file name that are not UTF-8, as Python lists them)."""
    cp = ord(ch)
    return (cp < 0x20 or 0x7F <= cp <= 0x9F or cp in (0xA0, 0xAD, 0x61C, 0x180E, 0xFEFF)
            or 0x200B <= cp <= 0x200F or 0x2028 <= cp <= 0x202F or 0x2060 <= cp <= 0x2069
            or 0xD800 <= cp <= 0xDFFF)


#: stems that say nothing about the picture; the key is the ``pattern`` param of title-camera-name
CAMERA_NAMES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (key, re.compile(rx, re.IGNORECASE)) for key, rx in (
        ("phone-timestamp", r"(?:IMG|VID|PXL|MVIMG|PANO|Screenshot)?[_ -]?\d{8}[_ -]\d{6,9}\S*"),
        ("whatsapp", r"WhatsApp Image \d{4}-\d{2}-\d{2} at [\d.]+(?: ?[AP]M)?(?: \(\d+\))?"),
        ("camera-prefix", r"(?:IMG|IMAG|DSC|DSCN|DSCF|DSC_|_DSC|CIMG|PICT|PIC|MGP|DCP|DUW|JD|SAM|"
                          r"DJI|GOPR|GH\d|GX\d|PXL|MVIMG|WP|HPIM|KIF)"
                          r"[_ -]?\d{3,}(?:[_ -]?(?:\d+|\(\d+\)|edited|copy|HDR|bearbeitet))*"),
        ("olympus-panasonic", r"P[\dA-C]\d{6}(?:[_ -]?\(\d+\))?"),
        ("generic", r"(?:unknown|untitled|image|img|photo|foto|picture|pic|bild|file|scan|"
                    r"resim|fotoğraf|görsel|изображение|фото)[_ -]?\(?\d*\)?"),
        ("number", r"[\d\s_().-]+"),
        ("uuid", r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}"),
    ))


def split_extension(title: str) -> tuple[str, str]:
    """``("Name", "jpg")`` for ``"Name.jpg"``; the extension is "" when there is none."""
    stem, dot, ext = title.rpartition(".")
    if not dot or " " in ext or not ext:
        return title, ""
    return stem, ext


def canonical_extension(ext: str) -> str:
    ext = ext.strip().lstrip(".").lower()
    return _SAME_EXTENSION.get(ext, ext)


def camera_name_pattern(stem: str) -> str | None:
    """The key of the camera-name pattern ``stem`` matches, or None."""
    text = stem.strip()
    for key, rx in CAMERA_NAMES:
        if rx.fullmatch(text):
            return key
    return None


def title_problems(title: str, *, extension: str | None, item: str | None = None) -> list[Problem]:
    """Everything wrong with the file name ``title`` ("Name.jpg").

    ``extension`` is the one the content calls for (facts.kind); None skips that check.
    """
    def problem(code: str, **params: object) -> Problem:
        return Problem(code, item=item, field="title", params=params)

    stem, ext = split_extension(title)
    if not stem.strip():
        return [problem("title-missing")]
    out: list[Problem] = []
    bad = sorted({ch for ch in title if ch in FORBIDDEN or ch in REPLACED}
                 | set(TITLE_TRAPS.findall(title)))
    if bad:
        out.append(problem("title-forbidden-chars", chars=bad))
    hidden = sorted({ch for ch in title if is_invisible(ch)})
    if hidden:
        out.append(problem("title-control-chars", chars=[f"U+{ord(ch):04X}" for ch in hidden]))
    size = len(title.encode("utf-8"))
    if size > MAX_BYTES:
        out.append(problem("title-too-long", bytes=size, limit=MAX_BYTES))
    if len(stem.strip()) < MIN_LENGTH:
        out.append(problem("title-too-short", length=len(stem.strip()), minimum=MIN_LENGTH))
    if extension is not None and canonical_extension(ext) != canonical_extension(extension):
        out.append(problem("title-extension-wrong", extension=ext, expected=extension))
    pattern = camera_name_pattern(stem)
    if pattern is not None:
        out.append(problem("title-camera-name", title=title, pattern=pattern))
    if not unicodedata.is_normalized("NFC", title):
        out.append(problem("title-not-nfc"))
    return out


def clean_title(text: str, *, max_bytes: int = STEM_MAX_BYTES) -> str:
    """A safe title stem from free text.

    NFC; HTML entities decoded; newlines, tabs and NBSP become spaces; other controls and
    bidi marks are dropped; ``#<>[]|{}:/\\``, ``~~~`` and ``%XX`` become "-"; whitespace
    (and "_") collapse to one space; trimmed to ``max_bytes`` of UTF-8 at a character boundary
    (never ending in a combining mark), without leading or trailing spaces and dashes.
    """
    for _ in range(3):
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if ch in "\t\n\r\v\f\xa0\u2028\u2029" else ("" if is_invisible(ch) else ch)
                   for ch in text)
    text = re.sub(f"[{re.escape(FORBIDDEN + REPLACED)}]", "-", text)
    text = re.sub(r"~{3,}", "-", text)
    text = re.sub(r"%(?=[0-9A-Fa-f]{2})", "-", text)
    text = re.sub(r"[\s_]+", " ", text).strip(" -")
    raw = text.encode("utf-8")
    if len(raw) > max_bytes:
        cut = raw[:max_bytes].decode("utf-8", errors="ignore")
        if unicodedata.combining(text[len(cut)]):   # the cut splits a letter from its marks
            cut = cut.rstrip("".join({ch for ch in cut if unicodedata.combining(ch)}))[:-1]
        text = cut.rstrip(" -")
    return text


class PatternError(ValueError):
    """A title pattern that cannot be expanded; ``code`` is a problems.CODES code."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


def expand_pattern(pattern: str, item: MediaItem, kit: Kit, n: int, *,
                   meta: Metadata | None = None) -> str:
    """The title stem the kit's pattern gives for ``item``, the ``n``-th (1-based) of the batch.

    Fields: ``{title}`` (the item's title, else the XMP title, else the file stem), ``{date}``
    (YYYY-MM-DD, as precise as known), ``{n}`` (``{n:03}`` pads), ``{original}`` (file stem),
    ``{description}`` (first in the preferred languages) or ``{description:xx}``, ``{caption}``
    likewise, ``{camera}``, and any key of the kit's or item's ``fields``. Keys with spaces
    are written with spaces or with "_" (``{accession_number}`` reads "accession number");
    case is ignored. Text read from the file (XMP title, stem, camera) goes through
    ``clean_title``; text the user typed is kept as typed, so its problems get reported.
    Raises PatternError (title-pattern-unknown-field or title-pattern-invalid).
    """
    meta = meta or effective(item, kit)
    try:
        parts = list(string.Formatter().parse(pattern))
    except ValueError:
        raise PatternError("title-pattern-invalid", pattern=pattern) from None
    out: list[str] = []
    for literal, name, spec, conversion in parts:
        out.append(literal)
        if name is None:
            continue
        if conversion:
            raise PatternError("title-pattern-invalid", pattern=pattern)
        key = name.strip().lower().replace("_", " ")
        try:
            if key == "n":
                out.append(format(n, spec))
                continue
            if key in ("description", "caption"):
                texts = meta.descriptions if key == "description" else meta.captions
                out.append(_in_language(texts, spec.strip(), kit.languages))
                continue
            out.append(format(_field(key, item, kit, meta.fields, meta.date, meta.title), spec))
        except PatternError:
            raise
        except ValueError:
            raise PatternError("title-pattern-invalid", pattern=pattern) from None
    return re.sub(r"\s+", " ", "".join(out)).strip(" -_,;")


def _field(key: str, item: MediaItem, kit: Kit, fields: dict[str, str], date: str,
           title: str) -> str:
    facts = item.facts
    if key == "title":
        return title.strip() or clean_title(facts.title or "") or clean_title(item.stem)
    if key == "original":
        return clean_title(item.stem)
    if key == "date":
        return dates.to_iso_date(date)
    if key == "camera":
        make, model = (facts.camera_make or "").strip(), (facts.camera_model or "").strip()
        both = model if make and model.lower().startswith(make.split(" ")[0].lower()) else f"{make} {model}"
        return clean_title(both)
    for name, value in reversed(fields.items()):   # the item's own fields come last and win
        if re.sub(r"[\s_]+", " ", name.strip().lower()) == key:
            return value.strip()
    raise PatternError("title-pattern-unknown-field", field=key.replace(" ", "_"))


def _in_language(texts: dict[str, str], language: str, first: list[str]) -> str:
    if language:
        return texts.get(language, "").strip()
    for code in [*first, *PREFERRED, *texts]:
        if texts.get(code, "").strip():
            return texts[code].strip()
    return ""


def extension_for(item: MediaItem) -> str:
    """The extension the detected type calls for (facts.kind), else the file's own, lower case."""
    return canonical_extension(item.facts.kind or split_extension(item.name)[1])


def shared_title_numbers(items: Iterable[MediaItem], kit: Kit) -> dict[str, str]:
    """A title typed for many files at once is numbered: "Kazan walk" on 40 photos gives
    "Kazan walk 01" … "Kazan walk 40", in batch order (uploaded files keep their place, so
    numbers do not shift). Only with the plain "{title}" pattern: a pattern says it all itself.
    Returns the number of each such item, by path."""
    if (kit.title_pattern or "{title}").strip() != "{title}":
        return {}
    groups: dict[str, list[str]] = {}
    for item in items:
        if item.meta.title.strip() and not item.meta.new_version_of.strip():
            groups.setdefault(title_key(item.meta.title).casefold(), []).append(item.path)
    out: dict[str, str] = {}
    for paths in groups.values():
        if len(paths) > 1:
            width = max(2, len(str(len(paths))))
            out.update({path: f"{k:0{width}d}" for k, path in enumerate(paths, start=1)})
    return out


def final_title(item: MediaItem, kit: Kit, n: int, *, meta: Metadata | None = None,
                number: str = "") -> str:
    """``Name.ext``: the kit's title pattern expanded (with ``number`` after it, for a title
    several files share: ``shared_title_numbers``), with the extension of the detected type."""
    stem = expand_pattern(kit.title_pattern or "{title}", item, kit, n, meta=meta)
    if number:
        stem = f"{stem} {number}"
    ext = extension_for(item)
    base, own = split_extension(stem)
    if own and canonical_extension(own) == ext:
        stem = base
    return f"{stem}.{ext}" if ext else stem


def title_key(title: str) -> str:
    """What MediaWiki compares: "_" is " ", spaces collapse, the first letter is upper case."""
    text = re.sub(r"[\s_]+", " ", title).strip()
    return text[:1].upper() + text[1:] if text else text


def same_page(a: str, b: str) -> bool:
    """Two page titles ("File:A b.jpg", "File:A_b.jpg") name the same page. Both carry a
    namespace, which is left out of the comparison: wikis write it in their own language."""
    return title_key(a.split(":", 1)[-1]) == title_key(b.split(":", 1)[-1])


def batch_title_problems(titles: Iterable[tuple[str, str]]) -> list[Problem]:
    """title-duplicate-in-batch for each item whose title another item of the batch has too.

    ``titles`` are ``(item path, title)`` pairs; ``other`` is the path of the first other item.
    """
    groups: dict[str, list[tuple[str, str]]] = {}
    for path, title in titles:
        groups.setdefault(title_key(title), []).append((path, title))
    out: list[Problem] = []
    for group in groups.values():
        if len(group) < 2:
            continue
        for path, title in group:
            other = next((p for p, _ in group if p != path), path)
            out.append(Problem("title-duplicate-in-batch", item=path, field="title",
                               params={"title": title, "other": other}))
    return out
