"""A media item: the file's facts, the user's metadata and the upload record."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum

from .problems import Problem


class ItemState(str, Enum):
    """Where an item stands on its way to the wiki."""

    NEW = "new"                      # imported, not uploaded
    UPLOADING = "uploading"
    UPLOADED = "uploaded"            # the file page exists on the wiki
    SDC_PENDING = "sdc-pending"      # uploaded; structured data still to be written
    DUPLICATE = "duplicate"          # the same file (SHA-1) is already on the wiki
    FAILED = "failed"                # the last try failed; see UploadRecord.error

    @property
    def is_done(self) -> bool:
        """The file is on the wiki (ours, or an existing duplicate): it is never sent again,
        nor checked for upload problems; only its structured data may still be pending."""
        return self in (ItemState.UPLOADED, ItemState.SDC_PENDING, ItemState.DUPLICATE)


@dataclass(frozen=True)
class GeoPoint:
    latitude: float
    longitude: float
    altitude: float | None = None
    heading: float | None = None  # degrees, 0 = north

    def is_valid(self) -> bool:
        return -90.0 <= self.latitude <= 90.0 and -180.0 <= self.longitude <= 180.0 and (
            self.heading is None or 0.0 <= self.heading <= 360.0)


@dataclass(frozen=True)
class FileFacts:
    """What was read from the file itself. Never edited by the user."""

    size: int = 0
    sha1: str = ""
    mime: str = ""               # detected from content
    kind: str = ""               # canonical extension for the detected type ("jpg", "tif", …)
    width: int | None = None
    height: int | None = None
    taken: str | None = None     # ISO 8601, with offset where the file has one
    gps: GeoPoint | None = None
    orientation: int | None = None
    camera_make: str | None = None
    camera_model: str | None = None
    artist: str | None = None
    copyright: str | None = None
    title: str | None = None     # XMP/IPTC
    description: str | None = None
    description_lang: str = ""   # the language the file gives its description in ("" unknown)
    keywords: tuple[str, ...] = ()
    rating: int | None = None    # stars the file carries (XMP, Windows), 0-5; -1: rejected in Lightroom/Bridge
    picture_hash: str = ""       # perceptual hash, orientation applied (media/picturehash.py); "": not yet
    mtime: float = 0.0
    problems: tuple[Problem, ...] = ()


@dataclass
class Metadata:
    """What the user (or the kit) says about an item. Empty means "use the kit's default"."""

    title: str = ""                                           # without extension
    descriptions: dict[str, str] = field(default_factory=dict)  # language code -> text
    captions: dict[str, str] = field(default_factory=dict)      # language code -> short text
    date: str = ""                                            # ISO date; empty: date taken
    author: str = ""
    source: str = ""
    license: str = ""                                         # licence id (licenses.py)
    categories: list[str] = field(default_factory=list)
    depicts: list[str] = field(default_factory=list)          # Q-ids
    location: GeoPoint | None = None                          # None: from GPS
    templates: list[str] = field(default_factory=list)        # extra wikitext, e.g. "{{Wiki Loves Monuments 2026}}"
    fields: dict[str, str] = field(default_factory=dict)      # museum fields: accession number, medium, …
    # structured data (core/sdc.py); empty means "use the kit's default" where the kit has one
    creator_qid: str = ""               # P170 creator as a Wikidata item (Q-id)
    creator_username: str = ""          # P4174 Wikimedia username, when the creator has no item
    creator_url: str = ""               # P2699 URL of the creator, when the creator has no item
    collection_qid: str = ""            # P195 collection (Q-id)
    inventory_number: str = ""          # P217, qualifier of P195 (the museum's number)
    represents_qid: str = ""            # P6243 digital representation of (Q-id of the artwork)
    depicted_location: GeoPoint | None = None   # P9149 coordinates of the depicted place
    # sending
    new_version_of: str = ""            # "File:X.jpg": upload as a new version of that file
    version_comment: str = ""           # the edit summary of that new version
    privacy: str = ""                   # "location" / "camera": send a cleaned copy ("": the kit's)
    description_template: str = ""      # this file's page: "Artwork", "Art Photo"… ("": the kit's)
    # curation (core/picks.py)
    pick: str = ""                      # "pick", "reject", "none" (unmarked by the user); "": as the file says
    rating: int | None = None           # 0-5 stars; None: as the file says
    rotate: int = 0                     # degrees clockwise the uploaded copy is turned (its orientation tag)

    def copy(self) -> Metadata:
        return replace(self, descriptions=dict(self.descriptions), captions=dict(self.captions),
                       categories=list(self.categories), depicts=list(self.depicts),
                       templates=list(self.templates), fields=dict(self.fields))


@dataclass
class UploadRecord:
    state: ItemState = ItemState.NEW
    page_title: str = ""     # "File:…" on the wiki, once uploaded (or of the duplicate)
    page_id: int | None = None
    url: str = ""
    uploaded_at: str = ""    # ISO 8601 UTC
    error: str = ""          # code of the last failure
    error_info: str = ""     # the wiki's words for it
    mid: str = ""            # MediaInfo id (M + page id)
    sdc_done: bool = False   # the structured data was written (or was already there)


@dataclass
class MediaItem:
    """One file of a batch. ``path`` is absolute in memory, relative in the batch file."""

    path: str
    facts: FileFacts = field(default_factory=FileFacts)
    meta: Metadata = field(default_factory=Metadata)
    upload: UploadRecord = field(default_factory=UploadRecord)

    @property
    def name(self) -> str:
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]

    @property
    def stem(self) -> str:
        name = self.name
        return name.rsplit(".", 1)[0] if "." in name else name
