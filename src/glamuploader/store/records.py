"""Plain-data forms of the core objects, as they stand in batch and kit files.

Writing leaves out what is empty, so files stay short and diffable. Reading checks every
field's type and raises FileFormatError with the line of the offending entry.
"""
from __future__ import annotations

import math
from dataclasses import fields
from datetime import date, datetime

from ..core.item import FileFacts, GeoPoint, ItemState, Metadata, UploadRecord
from ..core.kit import Kit
from ..core.problems import Problem
from .errors import FileFormatError


def _line(node: object) -> int | None:
    return getattr(node, "line", None)


class Reader:
    """Reads typed fields out of YAML mappings, naming file and line on the first wrong one."""

    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, node: object, field: str, expected: str) -> FileFormatError:
        return FileFormatError(self.path, "field-invalid", line=_line(node), field=field,
                               expected=expected)

    def mapping(self, node: object, field: str) -> dict:
        if node is None:
            return {}
        if not isinstance(node, dict):
            raise self.fail(node, field, "mapping")
        return node

    def text(self, m: dict, key: str, field: str = "") -> str:
        value = m.get(key)
        if value is None:
            return ""
        if isinstance(value, (date, datetime)):   # "date: 2024-05-01" typed without quotes
            return value.isoformat()
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise self.fail(m, field or key, "text")
        return str(value)

    def texts(self, m: dict, key: str) -> list[str]:
        value = m.get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
            raise self.fail(m, key, "list of text")
        return [str(v) for v in value]

    def text_map(self, m: dict, key: str) -> dict[str, str]:
        value = self.mapping(m.get(key), key)
        out = {}
        for k, v in value.items():
            if not isinstance(v, (str, int, float)) or isinstance(v, bool):
                raise self.fail(value, f"{key}.{k}", "text")
            out[str(k)] = str(v)
        return out

    def number(self, m: dict, key: str, kind: type = float) -> float | int | None:
        value = m.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(m, key, "number")
        try:
            number = kind(value)
        except (OverflowError, ValueError):    # int(.inf), int(.nan), float(10**400)
            raise self.fail(m, key, "number") from None
        if isinstance(number, float) and not math.isfinite(number):
            raise self.fail(m, key, "number")
        return number

    def items(self, m: dict, key: str) -> list:
        value = m.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(m, key, "list")
        return value

    def flag(self, m: dict, key: str, default: bool) -> bool:
        value = m.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(m, key, "true or false")
        return value

    def point(self, m: dict, key: str) -> GeoPoint | None:
        value = m.get(key)
        if value is None:
            return None
        value = self.mapping(value, key)
        lat, lon = self.number(value, "latitude"), self.number(value, "longitude")
        if lat is None or lon is None:
            raise self.fail(value, key, "latitude and longitude")
        return GeoPoint(lat, lon, self.number(value, "altitude"), self.number(value, "heading"))


def _point_dict(p: GeoPoint | None) -> dict | None:
    if p is None:
        return None
    return {k: v for k, v in (("latitude", p.latitude), ("longitude", p.longitude),
                              ("altitude", p.altitude), ("heading", p.heading)) if v is not None}


def _compact(d: dict) -> dict:
    return {k: v for k, v in d.items() if v not in (None, "", [], {}, ())}


#: the structured-data fields of Metadata that are plain text (core/sdc.py)
SDC_TEXT_FIELDS = ("creator_qid", "creator_username", "creator_url", "collection_qid",
                   "inventory_number", "represents_qid")
#: how the file is sent: a new version of an existing file, a cleaned copy (plain text)
SEND_TEXT_FIELDS = ("new_version_of", "version_comment", "privacy", "description_template")
#: those a kit may set for the whole batch
KIT_SDC_FIELDS = ("creator_qid", "creator_username", "creator_url", "collection_qid", "privacy")


# --- metadata -------------------------------------------------------------------------------

def meta_to_dict(m: Metadata) -> dict:
    return _compact({
        "title": m.title, "descriptions": dict(m.descriptions), "captions": dict(m.captions),
        "date": m.date, "author": m.author, "source": m.source, "license": m.license,
        "categories": list(m.categories), "depicts": list(m.depicts),
        "location": _point_dict(m.location), "templates": list(m.templates), "fields": dict(m.fields),
        **{key: getattr(m, key) for key in SDC_TEXT_FIELDS + SEND_TEXT_FIELDS},
        "depicted_location": _point_dict(m.depicted_location),
        "pick": m.pick, "rating": m.rating, "rotate": m.rotate or None,
    })


def meta_from_dict(r: Reader, node: object) -> Metadata:
    m = r.mapping(node, "meta")
    return Metadata(
        title=r.text(m, "title"), descriptions=r.text_map(m, "descriptions"),
        captions=r.text_map(m, "captions"), date=r.text(m, "date"), author=r.text(m, "author"),
        source=r.text(m, "source"), license=r.text(m, "license"),
        categories=r.texts(m, "categories"), depicts=r.texts(m, "depicts"),
        location=r.point(m, "location"), templates=r.texts(m, "templates"),
        fields=r.text_map(m, "fields"), depicted_location=r.point(m, "depicted_location"),
        pick=_pick(r, m), rating=_stars(r, m, "rating"), rotate=_turn(r, m),
        **{key: r.text(m, key) for key in SDC_TEXT_FIELDS + SEND_TEXT_FIELDS})


def _pick(r: Reader, m: dict) -> str:
    from ..core.picks import MARKS
    value = r.text(m, "pick")
    if value and value not in MARKS:
        raise r.fail(m, "pick", " / ".join(MARKS))
    return value


def _turn(r: Reader, m: dict) -> int:
    value = m.get("rotate")
    if value is None:
        return 0
    if isinstance(value, bool) or value not in (0, 90, 180, 270):
        raise r.fail(m, "rotate", "0, 90, 180 or 270 (degrees clockwise)")
    return value


def _stars(r: Reader, m: dict, key: str, *, low: int = 0) -> int | None:
    value = m.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= 5:
        raise r.fail(m, key, f"a whole number from {low} to 5")
    return value


# --- facts (a cache of what was read from the file) ------------------------------------------

def facts_to_dict(f: FileFacts) -> dict:
    d = {fl.name: getattr(f, fl.name) for fl in fields(FileFacts) if fl.name != "sha1"}
    d["gps"] = _point_dict(f.gps)
    d["keywords"] = list(f.keywords)
    d["problems"] = [_compact({"code": p.code, "field": p.field, "params": dict(p.params)})
                     for p in f.problems]
    return _compact(d)


def facts_from_dict(r: Reader, node: object, item_path: str, sha1: str) -> FileFacts:
    m = r.mapping(node, "facts")
    problems = []
    for p in r.items(m, "problems"):
        p = r.mapping(p, "facts.problems")
        problems.append(Problem(r.text(p, "code"), item=item_path, field=p.get("field"),
                                params=dict(r.mapping(p.get("params"), "params"))))
    return FileFacts(
        size=int(r.number(m, "size", int) or 0), sha1=sha1, mime=r.text(m, "mime"),
        kind=r.text(m, "kind"), width=r.number(m, "width", int), height=r.number(m, "height", int),
        taken=r.text(m, "taken") or None, gps=r.point(m, "gps"),
        orientation=r.number(m, "orientation", int), camera_make=r.text(m, "camera_make") or None,
        camera_model=r.text(m, "camera_model") or None, artist=r.text(m, "artist") or None,
        copyright=r.text(m, "copyright") or None, title=r.text(m, "title") or None,
        description=r.text(m, "description") or None, description_lang=r.text(m, "description_lang"),
        keywords=tuple(r.texts(m, "keywords")), rating=_stars(r, m, "rating", low=-1),
        picture_hash=r.text(m, "picture_hash"),
        mtime=float(r.number(m, "mtime") or 0.0), problems=tuple(problems))


# --- upload record ---------------------------------------------------------------------------

def upload_to_dict(u: UploadRecord) -> dict:
    d = {fl.name: getattr(u, fl.name) for fl in fields(UploadRecord)}
    d["state"] = u.state.value
    d["sdc_done"] = u.sdc_done or None   # written only when true
    return _compact(d) if u.state is not ItemState.NEW or u.error else {}


def upload_from_dict(r: Reader, node: object) -> UploadRecord:
    m = r.mapping(node, "upload")
    state = r.text(m, "state") or ItemState.NEW.value
    try:
        st = ItemState(state)
    except ValueError:
        raise r.fail(m, "upload.state", " / ".join(s.value for s in ItemState)) from None
    if st is ItemState.UPLOADING:   # a run that was cut short: the queue re-checks the wiki
        st = ItemState.NEW
    return UploadRecord(
        state=st, page_title=r.text(m, "page_title"), page_id=r.number(m, "page_id", int),
        url=r.text(m, "url"), uploaded_at=r.text(m, "uploaded_at"), error=r.text(m, "error"),
        error_info=r.text(m, "error_info"), mid=r.text(m, "mid"),
        sdc_done=r.flag(m, "sdc_done", False))


# --- kit -------------------------------------------------------------------------------------

def kit_to_dict(k: Kit) -> dict:
    d = {fl.name: getattr(k, fl.name) for fl in fields(Kit)}
    d = _compact(d)
    d["tracking_category"] = k.tracking_category
    return d


def kit_from_dict(r: Reader, node: object) -> Kit:
    m = r.mapping(node, "kit")
    known = {fl.name for fl in fields(Kit)}
    for key in m:
        if key not in known:
            raise FileFormatError(r.path, "field-invalid", line=_line(m), field=str(key),
                                  expected=", ".join(sorted(known)))
    return Kit(
        name=r.text(m, "name"), license=r.text(m, "license"), author=r.text(m, "author"),
        source=r.text(m, "source"), title_pattern=r.text(m, "title_pattern") or "{title}",
        description_template=r.text(m, "description_template") or "Information",
        descriptions=r.text_map(m, "descriptions"), captions=r.text_map(m, "captions"),
        categories=r.texts(m, "categories"), depicts=r.texts(m, "depicts"),
        templates=r.texts(m, "templates"), fields=r.text_map(m, "fields"),
        languages=r.texts(m, "languages"), tracking_category=r.flag(m, "tracking_category", True),
        page_template=r.text(m, "page_template"), table_mapping=r.text_map(m, "table_mapping"),
        **{key: r.text(m, key) for key in KIT_SDC_FIELDS})
