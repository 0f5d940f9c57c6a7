"""Structured data on Commons: the MediaInfo entity (captions and statements) of an item.

``mediainfo(item, kit)`` builds the JSON that ``action=wbeditentity`` takes as ``data``
(``{"labels": {...}, "claims": [...]}``, statements as in COMMONS.md section 3);
``missing_parts(wanted, existing)`` keeps what the entity on the wiki does not have yet, so a
second run sends nothing; ``sdc_problems(item, kit)`` checks the fields only structured data
uses. Pure: standard library only.

Decisions:

* A caption already on the wiki is never overwritten, even when it differs: someone may have
  edited it there. Only languages without a caption are added.
* Statements are compared by property and main value (snak type and data value; coordinates
  to 1e-6 degree), ignoring statement ids, hashes, ranks, qualifiers and references.
* P170 creator: a Wikidata item when ``creator_qid`` is set; otherwise "some value" with the
  qualifiers P2093 (author name, the plain text of ``author``), P4174 (Wikimedia username,
  ``creator_username`` or the ``[[User:…]]`` link in ``author``) and P2699 (``creator_url``).
* P7482 source of file: Q66458942 (original creation by uploader) for own work; a web
  address as source gives Q74228490 (file available on the internet) with P973 (described
  at URL); any other source is left to the wikitext.
* P1259 comes from the item's location (GPS by default), precision 1e-5 degree (about 1 m,
  what a camera's GPS can tell), globe Earth (Q2); altitude is never sent (Wikibase ignores it).
* P195 collection carries the inventory number (P217) as a qualifier; the number alone,
  without a collection, is not written (``inventory-without-collection``).
"""
from __future__ import annotations

import math
import re

from . import dates, museumdates
from .item import GeoPoint, MediaItem, Metadata
from .kit import Kit, effective
from .languages import is_well_formed
from .licenses import get_license, is_own_work
from .problems import Problem

ENTITY = "http://www.wikidata.org/entity/"
GREGORIAN = ENTITY + "Q1985727"
EARTH = ENTITY + "Q2"
COORDINATE_PRECISION = 1e-5
OWN_WORK = "Q66458942"            # original creation by uploader
FILE_ON_INTERNET = "Q74228490"    # file available on the internet
CAPTION_LIMIT = 250               # characters; Commons' limit for a caption

DEPICTS, CREATOR, LICENSE, STATUS, SOURCE = "P180", "P170", "P275", "P6216", "P7482"
INCEPTION, POINT_OF_VIEW, DEPICTED_PLACE = "P571", "P1259", "P9149"
REPRESENTS, COLLECTION, INVENTORY = "P6243", "P195", "P217"
AUTHOR_NAME, USERNAME, URL, DESCRIBED_AT = "P2093", "P4174", "P2699", "P973"
SOURCING_CIRCUMSTANCES, EARLIEST, LATEST = "P1480", "P1319", "P1326"
CIRCA = "Q5727902"

_QID = re.compile(r"Q[1-9]\d*")
_URL = re.compile(r"https?://[^\s<>\"{}|\\^`]+", re.IGNORECASE)
_USER_LINK = re.compile(r"\[\[\s*(?:User|Benutzer|Utilisateur|Usuario):([^|\]]+)", re.IGNORECASE)
_USERNAME_FORBIDDEN = re.compile(r"[#<>\[\]|{}/@:\x00-\x1f]")


# --- values ---------------------------------------------------------------------------------

def item_value(qid: str) -> dict:
    return {"type": "wikibase-entityid",
            "value": {"entity-type": "item", "numeric-id": int(qid[1:]), "id": qid}}


def string_value(text: str) -> dict:
    return {"type": "string", "value": text}


def time_value(year: int, month: int, day: int, precision: int) -> dict:
    return {"type": "time", "value": {
        "time": f"+{year:04d}-{month:02d}-{day:02d}T00:00:00Z", "timezone": 0, "before": 0,
        "after": 0, "precision": precision, "calendarmodel": GREGORIAN}}


def coordinate_value(point: GeoPoint) -> dict:
    return {"type": "globecoordinate", "value": {
        "latitude": point.latitude, "longitude": point.longitude, "altitude": None,
        "precision": COORDINATE_PRECISION, "globe": EARTH}}


def snak(prop: str, value: dict | None = None) -> dict:
    """A value snak, or a "some value" snak when ``value`` is None."""
    if value is None:
        return {"snaktype": "somevalue", "property": prop}
    return {"snaktype": "value", "property": prop, "datavalue": value}


def statement(main: dict, qualifiers: list[dict] | None = None) -> dict:
    out: dict = {"mainsnak": main, "type": "statement", "rank": "normal"}
    if qualifiers:
        out["qualifiers"] = {}
        for q in qualifiers:
            out["qualifiers"].setdefault(q["property"], []).append(q)
        out["qualifiers-order"] = list(out["qualifiers"])
    return out


# --- the entity -----------------------------------------------------------------------------

def mediainfo(item: MediaItem, kit: Kit, *, meta: Metadata | None = None) -> dict:
    """Captions and statements for the item's MediaInfo entity; values that fail
    ``sdc_problems`` are left out rather than sent (``meta``: the effective metadata, if known)."""
    meta = meta or effective(item, kit)
    labels = {code.strip(): {"language": code.strip(), "value": " ".join(text.split())}
              for code, text in meta.captions.items()
              if text.strip() and is_well_formed(code.strip()) and len(text.strip()) <= CAPTION_LIMIT}
    claims = [statement(snak(DEPICTS, item_value(q))) for q in meta.depicts if _is_qid(q)]
    claims += _creator(meta) + _licence(meta) + _inception(meta)
    for prop, point in ((POINT_OF_VIEW, meta.location), (DEPICTED_PLACE, meta.depicted_location)):
        if point is not None and _point_ok(point):
            claims.append(statement(snak(prop, coordinate_value(point))))
    if _is_qid(meta.represents_qid):
        claims.append(statement(snak(REPRESENTS, item_value(meta.represents_qid.strip()))))
    collection = collection_of(meta)
    if collection:
        number = inventory_number(meta)
        claims.append(statement(snak(COLLECTION, item_value(collection)),
                                [snak(INVENTORY, string_value(number))] if number else None))
    return {"labels": labels, "claims": claims}


def collection_of(meta: Metadata) -> str:
    """P195: the collection's Q-id, or the museum field "institution" when it is a Q-id."""
    if _is_qid(meta.collection_qid):
        return meta.collection_qid.strip()
    institution = next((v.strip() for k, v in meta.fields.items() if k.strip().lower() == "institution"), "")
    return institution if _is_qid(institution) else ""


def inventory_number(meta: Metadata) -> str:
    """The inventory number, or the museum field "accession number" when none is given."""
    number = meta.inventory_number.strip()
    if not number:
        number = next((v.strip() for k, v in meta.fields.items()
                       if re.sub(r"[\s_]+", " ", k.strip().lower()) == "accession number"), "")
    return number


def author_name(author: str) -> str:
    """The plain text of an author as wikitext: ``[[User:A|Ann]]`` → ``Ann``."""
    text = re.sub(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]", lambda m: m[1].split(":")[-1], author)
    text = re.sub(r"\[https?://\S+\s+([^\]]*)\]", r"\1", text)
    text = re.sub(r"'{2,}", "", text)
    return " ".join(text.split())


def author_username(author: str) -> str:
    """The user name of the first ``[[User:Name|…]]`` link in ``author``, else ""."""
    m = _USER_LINK.search(author)
    return " ".join(m[1].split()) if m else ""


def _creator(meta: Metadata) -> list[dict]:
    if _is_qid(meta.creator_qid):
        return [statement(snak(CREATOR, item_value(meta.creator_qid.strip())))]
    qualifiers = []
    name = author_name(meta.author)
    if name:
        qualifiers.append(snak(AUTHOR_NAME, string_value(name)))
    username = meta.creator_username.strip() or author_username(meta.author)
    if username and not _USERNAME_FORBIDDEN.search(username):
        qualifiers.append(snak(USERNAME, string_value(username)))
    if _URL.fullmatch(meta.creator_url.strip()):
        qualifiers.append(snak(URL, string_value(meta.creator_url.strip())))
    return [statement(snak(CREATOR), qualifiers)] if qualifiers else []


def _licence(meta: Metadata) -> list[dict]:
    licence = get_license(meta.license) if meta.license.strip() else None
    if licence is None:
        return []
    out = []
    if licence.sdc_license:
        out.append(statement(snak(LICENSE, item_value(licence.sdc_license))))
    out.append(statement(snak(STATUS, item_value(licence.copyright_status))))
    source = meta.source.strip()
    if is_own_work(license=licence, source=source):
        out.append(statement(snak(SOURCE, item_value(OWN_WORK))))
    elif _URL.fullmatch(source):
        out.append(statement(snak(SOURCE, item_value(FILE_ON_INTERNET)),
                             [snak(DESCRIBED_AT, string_value(source))]))
    return out


def _inception(meta: Metadata) -> list[dict]:
    """The museum's date of the object where it gives one that parses (a scan's own date is
    the day of the scan, not the work's); else the date of the photo."""
    museum = _museum_inception(meta)
    if museum:
        return museum
    parts = dates.to_tuple(meta.date) if meta.date.strip() else None
    return [statement(snak(INCEPTION, time_value(*parts)))] if parts is not None else []


def _museum_inception(meta: Metadata) -> list[dict]:
    """The museum's date of the object ("c.1785", "1826-7"): its year, decade or century,
    "circa" as P1480, a range's first and last years as P1319 and P1326."""
    given = next((v for k, v in meta.fields.items() if k.strip().lower() == "date"), "")
    parsed = museumdates.parse(given) if given.strip() else None
    value = parsed.p571() if parsed is not None else None
    if value is None:
        return []
    year, precision, circa, bounds = value
    qualifiers = [snak(SOURCING_CIRCUMSTANCES, item_value(CIRCA))] if circa else []
    if bounds is not None:
        qualifiers += [snak(EARLIEST, time_value(bounds[0], 0, 0, museumdates.YEAR)),
                       snak(LATEST, time_value(bounds[1], 0, 0, museumdates.YEAR))]
    return [statement(snak(INCEPTION, time_value(year, 0, 0, precision)), qualifiers or None)]


def _is_qid(value: str) -> bool:
    return bool(_QID.fullmatch(value.strip()))


def _point_ok(point: GeoPoint) -> bool:
    return math.isfinite(point.latitude) and math.isfinite(point.longitude) and point.is_valid()


# --- what the wiki does not have yet ---------------------------------------------------------

def missing_parts(wanted: dict, existing: dict | None) -> dict:
    """The part of ``wanted`` (from ``mediainfo``) not on the ``existing`` entity yet.

    ``existing`` is an entity as ``wbgetentities`` returns it (statements under "statements"
    for MediaInfo, "claims" elsewhere; ``{"missing": ""}`` or None for none). The result has
    only non-empty keys; ``{}`` means there is nothing to send.
    """
    existing = existing or {}
    have_labels = existing.get("labels") or {}
    labels = {code: term for code, term in (wanted.get("labels") or {}).items()
              if code not in have_labels}
    have = {_key(s) for group in _statement_groups(existing) for s in group}
    claims = []
    for s in wanted.get("claims") or []:
        key = _key(s)
        if key not in have:
            have.add(key)
            claims.append(s)
    out: dict = {}
    if labels:
        out["labels"] = labels
    if claims:
        out["claims"] = claims
    return out


def _statement_groups(entity: dict) -> list[list[dict]]:
    found = entity.get("statements") or entity.get("claims") or {}
    if isinstance(found, list):   # a list of statements, as sent
        return [found]
    return [group for group in found.values() if isinstance(group, list)]


def _key(s: dict) -> tuple:
    main = s.get("mainsnak") or {}
    return (main.get("property"), main.get("snaktype"), _value_key(main.get("datavalue")))


def _value_key(datavalue: dict | None) -> object:
    if not datavalue:
        return None
    kind, value = datavalue.get("type"), datavalue.get("value")
    if kind == "wikibase-entityid" and isinstance(value, dict):
        return value.get("id") or f"Q{value.get('numeric-id')}"
    if kind == "time" and isinstance(value, dict):
        return (value.get("time"), value.get("precision"))
    if kind == "globecoordinate" and isinstance(value, dict):
        return (round(float(value.get("latitude", 0.0)), 6),
                round(float(value.get("longitude", 0.0)), 6), value.get("globe"))
    if kind == "monolingualtext" and isinstance(value, dict):
        return (value.get("language"), value.get("text"))
    return repr(value)


# --- checks ---------------------------------------------------------------------------------

def sdc_problems(item: MediaItem, kit: Kit) -> list[Problem]:
    """Problems with the values only structured data uses (fields of ``Metadata``)."""
    meta = effective(item, kit)
    out: list[Problem] = []

    def add(code: str, field: str, /, **params: object) -> None:
        out.append(Problem(code, item=item.path, field=field, params=params))

    for field in ("creator_qid", "collection_qid", "represents_qid"):
        value = getattr(meta, field)
        if value.strip() and not _is_qid(value):
            add("sdc-value-invalid", field, field=field, value=value)
    if meta.creator_url.strip() and not _URL.fullmatch(meta.creator_url.strip()):
        add("sdc-value-invalid", "creator_url", field="creator_url", value=meta.creator_url)
    if meta.creator_username.strip() and _USERNAME_FORBIDDEN.search(meta.creator_username.strip()):
        add("sdc-value-invalid", "creator_username", field="creator_username",
            value=meta.creator_username)
    point = meta.depicted_location
    if point is not None and not _point_ok(point):
        add("sdc-value-invalid", "depicted_location", field="depicted_location",
            value=f"{point.latitude}, {point.longitude}")
    if inventory_number(meta) and not collection_of(meta):
        add("inventory-without-collection", "inventory_number", value=inventory_number(meta))
    for code, text in meta.captions.items():
        if len(text.strip()) > CAPTION_LIMIT:
            add("caption-too-long", "captions", language=code, length=len(text.strip()),
                limit=CAPTION_LIMIT)
    return out


# --- read back for people -------------------------------------------------------------------

def value_text(datavalue: dict | None, snaktype: str = "value") -> str:
    """A statement's value as a person reads it: an item id, text, a date, a place."""
    if snaktype == "somevalue":
        return "?"
    if not datavalue:
        return ""
    value, kind = datavalue.get("value"), datavalue.get("type")
    if kind == "wikibase-entityid":
        qid = value.get("id", "")
        from .licenses import LICENSES
        named = next((lic.name for lic in LICENSES if lic.sdc_license == qid), "")
        return f"{named} ({qid})" if named else qid
    if kind == "time":
        text = value.get("time", "").lstrip("+").split("T")[0]
        precision = value.get("precision", 11)
        return text[:4] if precision <= 9 else text[:7] if precision == 10 else text
    if kind == "globecoordinate":
        return f"{value.get('latitude'):.5f}, {value.get('longitude'):.5f}"
    return str(value)


def readable(data: dict) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """The MediaInfo data as lines: ("caption:xx", text, []) and (property, value, qualifiers)."""
    out: list[tuple[str, str, list[tuple[str, str]]]] = []
    for code, label in (data.get("labels") or {}).items():
        out.append((f"caption:{code}", label.get("value", ""), []))
    for claim in data.get("claims") or []:
        main = claim.get("mainsnak", {})
        qualifiers = [(q.get("property", ""), value_text(q.get("datavalue"), q.get("snaktype", "value")))
                      for group in (claim.get("qualifiers") or {}).values() for q in group]
        out.append((main.get("property", ""), value_text(main.get("datavalue"), main.get("snaktype", "value")),
                    qualifiers))
    return out
