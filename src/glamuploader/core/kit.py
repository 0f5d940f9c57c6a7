"""A session kit: the defaults an organiser hands to volunteers before an event or partnership."""
from __future__ import annotations

from dataclasses import dataclass, field

from .item import MediaItem, Metadata

TRACKING_CATEGORY = "Uploaded with GLAM Uploader"
DEFAULT_TITLE_PATTERN = "{title}"

#: the file-description template a kit can choose
TEMPLATES = ("Information", "Artwork", "Photograph", "Art Photo")


@dataclass
class Kit:
    name: str = ""
    license: str = ""
    author: str = ""
    source: str = ""
    title_pattern: str = DEFAULT_TITLE_PATTERN
    description_template: str = "Information"
    descriptions: dict[str, str] = field(default_factory=dict)
    captions: dict[str, str] = field(default_factory=dict)
    categories: list[str] = field(default_factory=list)
    depicts: list[str] = field(default_factory=list)
    templates: list[str] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)   # e.g. institution, event; usable in title patterns
    languages: list[str] = field(default_factory=list)     # languages offered first in the editor
    tracking_category: bool = True
    # structured data defaults for the whole set (see Metadata)
    creator_qid: str = ""
    creator_username: str = ""
    creator_url: str = ""
    collection_qid: str = ""
    privacy: str = ""        # "location" / "camera": every file goes up as a cleaned copy
    # museum spreadsheets (core/tablemap.py)
    page_template: str = ""  # a whole page with ${column} places (Pattypan's Template sheet)
    table_mapping: dict[str, str] = field(default_factory=dict)   # header -> target, remembered


#: what a file may have removed before it is sent (``media.privacy`` makes the cleaned copy)
PRIVACY_LOCATION, PRIVACY_CAMERA = "location", "camera"
PRIVACY_MODES = (PRIVACY_LOCATION, PRIVACY_CAMERA)


def effective(item: MediaItem, kit: Kit) -> Metadata:
    """The item's metadata with the kit's defaults filled in, and facts from the file as fallbacks.

    Lists (categories, depicts, templates) are the kit's followed by the item's, without repeats.
    """
    m, f = item.meta, item.facts
    out = m.copy()
    out.license = m.license or kit.license
    out.author = m.author or kit.author or (f.artist or "")
    out.source = m.source or kit.source
    out.date = m.date or (f.taken or "")
    out.descriptions = {**kit.descriptions, **m.descriptions}
    if not out.descriptions and (f.description or "").strip():   # what the file says, until replaced
        out.descriptions = {file_description_language(item, kit): f.description.strip()}
    out.captions = {**kit.captions, **m.captions}
    out.categories = _union(kit.categories, m.categories)
    out.depicts = _union(kit.depicts, m.depicts)
    out.templates = _union(kit.templates, m.templates)
    out.fields = {**kit.fields, **m.fields}
    out.creator_qid = m.creator_qid or kit.creator_qid
    out.creator_username = m.creator_username or kit.creator_username
    out.creator_url = m.creator_url or kit.creator_url
    out.collection_qid = m.collection_qid or kit.collection_qid
    out.privacy = m.privacy or kit.privacy
    out.description_template = m.description_template or kit.description_template
    if out.privacy in PRIVACY_MODES:   # the place is not told: no {{Location}}, no P1259
        out.location = None
    elif out.location is None and f.gps is not None:
        out.location = f.gps
    return out


def file_description_language(item: MediaItem, kit: Kit) -> str:
    """The language of the description read from the file: the file's own word for it, else the
    batch's first language, else English (the editor shows it as "from the file", to correct)."""
    langs = [code.strip() for code in kit.languages if code.strip()]
    return item.facts.description_lang or (langs[0] if langs else "en")


def _union(first: list[str], second: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in [*first, *second]:
        value = value.strip()
        if value and value not in seen:
            seen[value] = None
    return list(seen)
