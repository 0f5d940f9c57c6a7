"""The batch as spreadsheet rows and back: a column per field, a row per file.

Columns are named by the edit keys themselves (``title``, ``description:ru``, ``field:accession
number``…), so a sheet that went out comes back without a mapping. Every field the batch uses
is a column even where a file leaves it empty; the museum fields of the page template chosen
are there too, so a museum can fill them in its own program. ``changes`` compares a sheet that
came back with the batch: only the cells that differ change anything, and an emptied cell
empties the field.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass

from .batch import Batch
from .edits import LISTS, SCALARS, get_value
from .item import MediaItem

FILE, FILE_NAME, PLANNED_TITLE = "file", "file name", "planned title"
#: columns that only say something (never read back)
READ_ONLY = (FILE_NAME, PLANNED_TITLE)
#: the scalar fields a sheet shows, in this order (the sending fields stay in the app)
SHOWN_SCALARS = ("title", "date", "author", "source", "license")
SHOWN_LISTS = ("categories", "depicts", "templates")
#: characters that make a spreadsheet run a cell as a formula when they come first
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def columns(batch: Batch, template_fields: tuple[str, ...] = ()) -> list[str]:
    """Every column of the batch's sheet: the file's name and title, the museum's fields, the
    others, and the file's full path (what a sheet that comes back is matched by)."""
    langs = {"description": [], "caption": []}
    museum: list[str] = list(dict.fromkeys(template_fields))
    for item in batch.items:
        for lang in item.meta.descriptions:
            if lang not in langs["description"]:
                langs["description"].append(lang)
        for lang in item.meta.captions:
            if lang not in langs["caption"]:
                langs["caption"].append(lang)
        for name in item.meta.fields:
            if name not in museum:
                museum.append(name)
    for lang in batch.kit.languages[:1] or ["en"]:
        if lang not in langs["description"]:
            langs["description"].insert(0, lang)
    # what a person reads first: the file's name, its title, the museum's fields; the full path last
    return [FILE_NAME, PLANNED_TITLE, "title", *(f"field:{name}" for name in museum),
            *(f"description:{lang}" for lang in langs["description"]),
            *(f"caption:{lang}" for lang in langs["caption"]),
            *(k for k in SHOWN_SCALARS if k != "title"), *SHOWN_LISTS, FILE]


def cell(item: MediaItem, column: str, titles: dict[str, str] | None = None) -> str:
    """What the sheet shows in ``column`` for ``item`` (lists one value per line)."""
    if column == FILE:
        return item.path
    if column == FILE_NAME:
        return item.name
    if column == PLANNED_TITLE:
        return (titles or {}).get(item.path, "")
    value = get_value(item.meta, column)
    if column in LISTS:
        return "\n".join(value)
    return "" if value is None else str(value)


def parse_cell(column: str, text: str):
    """A cell's text as the field's value (a list for list fields: one per line, or ``;``)."""
    text = (text or "").replace("\r\n", "\n").strip()
    if column in LISTS:
        parts = text.split("\n") if column == "templates" else re.split(r"[;\n]", text)
        return [p.strip() for p in parts if p.strip()]
    return text


def is_field_column(column: str) -> bool:
    if column in SCALARS or column in LISTS:
        return True
    kind, _, name = column.partition(":")
    return kind in ("description", "caption", "field") and bool(name.strip())


@dataclass(frozen=True)
class Change:
    item: MediaItem
    key: str
    before: object
    after: object
    row: int          # the sheet's row number as a spreadsheet shows it (the header is row 1)


def changes(batch: Batch, headers: list[str], rows: list[list[str]]) -> tuple[list[Change], list[int]]:
    """The cells that differ from the batch, and the rows whose file is not in the batch."""
    by_path = {os.path.normcase(os.path.abspath(i.path)): i for i in batch.items}
    by_name: dict[str, list[MediaItem]] = {}
    for item in batch.items:
        by_name.setdefault(item.name.casefold(), []).append(item)
    try:
        file_at = headers.index(FILE)
    except ValueError:
        file_at = -1
    name_at = headers.index(FILE_NAME) if FILE_NAME in headers else -1
    wanted = [(n, h) for n, h in enumerate(headers) if is_field_column(h)]
    found: list[Change] = []
    strays: list[int] = []
    for number, row in enumerate(rows, start=2):
        item = None
        if 0 <= file_at < len(row) and row[file_at].strip():
            item = by_path.get(os.path.normcase(os.path.abspath(os.path.join(batch.base_dir, row[file_at].strip()))))
        if item is None and 0 <= name_at < len(row):
            same = by_name.get(row[name_at].strip().casefold(), [])
            item = same[0] if len(same) == 1 else None
        if item is None:
            if any(c.strip() for c in row):
                strays.append(number)
            continue
        for n, header in wanted:
            text = row[n] if n < len(row) else ""
            before = get_value(item.meta, header)
            after = parse_cell(header, text)
            if _differs(header, before, after):
                found.append(Change(item, header, before, after, number))
    return found, strays


def _differs(column: str, before, after) -> bool:
    if column in LISTS:
        return list(before or []) != list(after)
    return str(before or "").strip() != str(after or "")


def as_text_cell(text: str) -> str:
    """For CSV, where nothing says "this is text": an apostrophe before a cell a spreadsheet
    would run as a formula ("'=1+1"), as spreadsheets themselves mark text, and before a cell
    that starts with one already; ``from_text_cell`` takes exactly one off again."""
    return "'" + text if text.startswith((*FORMULA_STARTS, "'")) else text


def from_text_cell(text: str) -> str:
    return text[1:] if text.startswith("'") else text
