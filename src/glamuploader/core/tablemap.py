"""A museum's spreadsheet onto the batch: which column is which field, which row is which file.

``guess_mapping`` reads the headers (English, Russian and Turkish, in the spellings museum
exports use: "accession_number", "Инвентарный номер", "Envanter no", "dateText" …) and gives
each a target: a key of ``core.edits`` (``field:accession number``, ``description:ru``,
``categories``…), ``FILE`` for the column naming the file, or "" (ignored). ``match_rows`` pairs
rows with files by that column, or by the accession number found in the file's name
(``A00001.jpg``, ``A00001_8.jpg``, ``Tate A00001 recto.jpg``), or by order when asked; rows
without a file and files without a row are returned, never dropped.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace

from .edits import LISTS, Edit, get_value
from .item import MediaItem
from .kit import Kit
from .lookups import is_qid
from .problems import Problem

FILE = "file"                       # the column that names the file (path or file name)
ACCESSION = "field:accession number"

#: words of a header (folded, see ``_fold``) → target; "{lang}" is filled with the table's language
_WORDS: dict[str, tuple[str, ...]] = {
    FILE: ("path", "file", "filename", "file name", "file path", "image", "image file", "файл",
           "имя файла", "путь", "dosya", "dosya adı", "dosya adi"),
    ACCESSION: ("accession number", "accession no", "accession", "inventory number", "inventory no",
                "inv no", "object number", "объект номер", "инвентарный номер", "инв номер",
                "инв №", "инвентарный №", "номер", "envanter no", "envanter numarası",
                "envanter numarasi", "envanter", "eser no"),
    "field:artist": ("artist", "creator", "maker", "artist name", "автор", "художник", "мастер",
                     "sanatçı", "sanatci", "yapan"),
    "field:title": ("title", "object title", "name of object", "название", "наименование",
                    "başlık", "baslik", "eser adı", "eser adi", "adı"),
    "field:date": ("date", "date text", "dated", "date made", "датировка", "дата", "время создания",
                   "tarih", "tarihi", "yapım tarihi"),
    "field:medium": ("medium", "material", "materials", "technique", "техника", "материал",
                     "материал техника", "teknik", "malzeme"),
    "field:dimensions": ("dimensions", "size", "measurements", "размеры", "размер", "boyut",
                         "boyutlar", "ölçüler", "olculer"),
    "field:credit line": ("credit line", "credit", "credits", "поступление", "источник поступления",
                          "kazanım", "edinim"),
    "field:institution": ("institution", "museum", "collection", "музей", "собрание", "müze", "koleksiyon"),
    "field:department": ("department", "отдел", "bölüm", "bolum"),
    "field:inscriptions": ("inscription", "inscriptions", "надпись", "надписи", "yazıt", "yazit"),
    "field:object history": ("provenance", "object history", "провенанс", "история предмета"),
    "field:notes": ("notes", "note", "примечание", "примечания", "not", "notlar"),
    "description:{lang}": ("description", "описание", "açıklama", "aciklama"),
    "categories": ("categories", "category", "категории", "категория", "kategoriler", "kategori"),
    "license": ("license", "licence", "лицензия", "lisans"),
    "author": ("photographer", "фотограф", "fotoğrafçı", "fotografci"),
    "depicts": ("depicts", "wikidata", "изображено", "tasvir"),
    "title": ("name", "file title", "commons title", "название файла"),   # Pattypan's "name"
}
_BY_WORDS = {words: target for target, all_words in _WORDS.items() for words in all_words}
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_TURKISH = re.compile(r"[ğışİ]|\b(?:adı|no|tarih\w*|müze)\b", re.I)


def _fold(header: str) -> str:
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", header.strip())      # dateText → date Text
    text = re.sub(r"[_\-.:/()#]+", " ", text.casefold())
    return " ".join(text.replace("№", " № ").split())


def table_language(headers: list[str]) -> str:
    """The language the headers are written in: "ru", "tr" or "en"."""
    text = " ".join(headers)
    if _CYRILLIC.search(text):
        return "ru"
    return "tr" if _TURKISH.search(text) else "en"


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """Each header → its target ("" when not recognised); a target is given to its first column only."""
    lang = table_language(headers)
    taken: set[str] = set()
    mapping: dict[str, str] = {}
    for header in headers:
        target = _BY_WORDS.get(_fold(header), "").replace("{lang}", lang)
        if target and target in taken:
            target = ""
        taken.add(target)
        mapping[header] = target
    return mapping


def for_page_template(mapping: dict[str, str]) -> dict[str, str]:
    """Pattypan's way: with a page template every column is the ``${place}`` of its own name,
    except the file (``path``), its title (``name``) and the categories, which the app writes."""
    return {h: t if t in (FILE, "title", "categories") else (f"field:{h.strip()}" if h.strip() else "")
            for h, t in mapping.items()}


def mapping_for(headers: list[str], *, page_template: bool, remembered: dict[str, str],
                given: dict[str, str] | None = None) -> dict[str, str]:
    """How the columns of a museum's sheet are read, in this order of say: the guess from the
    headers; with a page template (Pattypan), each column its own ``${place}``; the museum's
    last export as mapped then (kept in the batch defaults); what the person says now."""
    mapping = guess_mapping(headers)
    if page_template:
        mapping = for_page_template(mapping)
    for said in (remembered, given or {}):
        mapping.update({h: t for h, t in said.items() if h in mapping})
    return mapping


def kit_for_table(kit: Kit, mapping: dict[str, str], page_template: str = "") -> Kit:
    """The batch defaults once a museum's sheet is read in: its mapping kept for the next
    export, Pattypan's page template kept, and {{Artwork}} instead of {{Information}} when the
    sheet fills museum fields (an Information page has no place for them)."""
    new = replace(kit, table_mapping={**kit.table_mapping, **{h: t for h, t in mapping.items() if h.strip()}},
                  page_template=page_template or kit.page_template)
    if (not page_template and kit.description_template == "Information"
            and any(t.startswith("field:") for t in mapping.values())):
        new = replace(new, description_template="Artwork")
    return new


@dataclass
class Matched:
    pairs: list[tuple[int, MediaItem]] = field(default_factory=list)   # (row index, item)
    rows_without_file: list[int] = field(default_factory=list)
    files_without_row: list[MediaItem] = field(default_factory=list)
    how: str = ""                                                       # "file", "accession", "order"


def match_rows(records: list[dict[str, str]], items: list[MediaItem], mapping: dict[str, str], *,
               column: str = "", by_order: bool = False) -> Matched:
    """Pair rows with files. ``column``: the header to match by (a file name, a path or an
    accession number); else the mapped file column, else the accession number column."""
    if by_order:
        pairs = list(zip(range(len(records)), items))
        return Matched(pairs, list(range(len(items), len(records))), items[len(records):], "order")
    if not column:
        column = next((h for h, t in mapping.items() if t == FILE), "") or \
            next((h for h, t in mapping.items() if t == ACCESSION), "")
    if not column:
        return Matched([], list(range(len(records))), list(items), "")
    names = {_stem(i.path): i for i in items}
    # a file name or path ("A00001.jpg", "scans/A00001.tif"); else a number that stands in the
    # names (which also finds a file named exactly by it)
    by_file_name = mapping.get(column) == FILE or any(
        _FILE_NAME.search(r.get(column, "").strip()) for r in records[:50] if r.get(column, "").strip())
    pairs: list[tuple[int, MediaItem]] = []
    if by_file_name:
        for n, record in enumerate(records):
            item = names.get(_stem(record.get(column, "")))
            if item is not None:
                pairs.append((n, item))
        how = "file"
    else:
        pairs = _by_accession(records, items, column)
        how = "accession"
    matched_rows = {n for n, _ in pairs}
    matched_items = {id(i) for _, i in pairs}
    return Matched(sorted(pairs, key=lambda p: p[0]), [n for n in range(len(records)) if n not in matched_rows],
                   [i for i in items if id(i) not in matched_items], how)


#: a cell that names a file: it ends as one does (not "1922.3.4", nor "КП-4410/12")
_FILE_NAME = re.compile(r"\.(?:jpe?g|tiff?|png|gif|webp|svg|pdf|djvu|ogg|ogv|oga|webm|wav|mp3|flac|opus|stl|xcf)$",
                        re.IGNORECASE)


def _stem(path_or_name: str) -> str:
    name = os.path.basename(path_or_name.strip().replace("\\", "/"))
    return os.path.splitext(name)[0].casefold() if "." in name else name.casefold()


def _by_accession(records: list[dict[str, str]], items: list[MediaItem], column: str):
    """Each file goes to the row whose number stands alone in its name (A00001 in
    "Tate A00001 recto", never in "A000012"); the longest such number wins. Every stretch of
    the name between two word boundaries is looked up once, so 10 000 rows and 10 000 files
    take a moment, not 10^8 searches."""
    numbers: dict[str, int] = {}
    for n, record in enumerate(records):
        number = record.get(column, "").strip().casefold()
        if number and number not in numbers:
            numbers[number] = n
    pairs = []
    for item in items:
        stem = os.path.splitext(os.path.basename(item.path))[0].casefold()
        edges = sorted({0, len(stem), *(m.start() for m in _EDGE.finditer(stem)), *(m.end() for m in _EDGE.finditer(stem))})
        best = None
        for i, start in enumerate(edges):
            for end in edges[i + 1:]:
                found = numbers.get(stem[start:end].strip())
                if found is not None and (best is None or end - start > best[0]):
                    best = (end - start, found)
        if best is not None:
            pairs.append((best[1], item))
    return pairs


#: where a number in a file name may start or end: between a letter or digit and anything else
_EDGE = re.compile(r"(?<=[0-9a-zа-яё])(?=[^0-9a-zа-яё])|(?<=[^0-9a-zа-яё])(?=[0-9a-zа-яё])", re.I)


def row_values(record: dict[str, str], mapping: dict[str, str]) -> dict[str, object]:
    """The edits' keys and values a row gives (empty cells give nothing)."""
    values: dict[str, object] = {}
    for header, target in mapping.items():
        text = (record.get(header) or "").strip()
        if not target or target == FILE or not text:
            continue
        if target in ("categories", "depicts"):
            values[target] = [v.strip() for v in re.split(r"[;\n]", text) if v.strip()]
        else:
            values[target] = text
    return values


def table_edits(records: list[dict[str, str]], pairs: list[tuple[int, MediaItem]],
                mapping: dict[str, str]) -> list[Edit]:
    """The rows' values as edits of their files, one per field (undoable in the window, applied
    at once on the command line). List fields gain the row's values; the object's title names
    the file too while the file has no title of its own."""
    before: dict[str, dict[str, object]] = {}
    after: dict[str, dict[str, object]] = {}
    for n, item in pairs:
        values = row_values(records[n], mapping)
        if "field:title" in values and "title" not in values and not item.meta.title:
            values["title"] = values["field:title"]
        for key, value in values.items():
            old = get_value(item.meta, key)
            if key in LISTS:
                value = list(old) + [v for v in value if v not in old]
            before.setdefault(key, {})[item.path] = old
            after.setdefault(key, {})[item.path] = value
    found = [Edit(key, before[key], after[key]) for key in after]
    return [e for e in found if e.changes_anything()]


@dataclass(frozen=True)
class CellProblem:
    """A value of the sheet that the page could not use as it is, by its place in the sheet."""
    row: int             # as a spreadsheet numbers it (the header is row 1)
    column: str
    problem: Problem


def cell_problems(records: list[dict[str, str]], mapping: dict[str, str],
                  rows: list[int] | None = None) -> list[CellProblem]:
    """The cells whose value the checks would refuse (an unknown licence, a depicts that is no
    Q-id, a category the page cannot have, a date that is not one), named by row and column,
    so the museum can mend its own sheet. ``rows``: the record indexes to look at (all)."""
    from . import dates
    from .licenses import get_license
    from .wikitext import category_problems
    out: list[CellProblem] = []
    for n in range(len(records)) if rows is None else rows:
        record = records[n]
        for header, target in mapping.items():
            text = (record.get(header) or "").strip()
            if not text:
                continue
            found: list[Problem] = []
            if target == "license" and get_license(text) is None:
                found.append(Problem("license-unknown", field="license", params={"license": text}))
            elif target == "depicts":
                found += [Problem("depicts-invalid", field="depicts", params={"value": v})
                          for v in row_values({header: text}, {header: target}).get("depicts", [])
                          if not is_qid(v)]
            elif target == "categories":
                for name in row_values({header: text}, {header: target}).get("categories", []):
                    found += category_problems(name)
            elif target == "date" and not dates.is_valid(text):
                found.append(Problem("date-invalid", field="date", params={"value": text}))
            out += [CellProblem(n + 2, header, p) for p in found]
    return out

