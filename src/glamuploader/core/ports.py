"""What the core and the upload queue need from a wiki, as Protocols.

``wiki/`` implements these on pywikibot; tests of ``jobs`` may use any object of this shape.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from .lookups import CategoryHit, ItemHit


@dataclass(frozen=True)
class ExistingFile:
    """A file that is already on the wiki."""

    title: str          # "File:Name.jpg"
    url: str            # its file description page
    page_id: int | None = None


@dataclass(frozen=True)
class SiteLimits:
    """What the wiki accepts, from siteinfo."""

    extensions: frozenset[str]          # lower case, without dot
    max_upload_size: int | None = None  # bytes; None when the wiki does not say


@dataclass
class UploadOutcome:
    """The result of one upload call."""

    title: str                         # "File:Name.jpg"
    uploaded: bool                     # a new file page was made (or a new version)
    page_id: int | None = None
    url: str = ""
    duplicate_of: list[ExistingFile] = field(default_factory=list)  # set when refused as a duplicate
    warnings: list[str] = field(default_factory=list)  # warning codes the wiki gave
    error: str = ""                    # error code when not uploaded for another reason
    error_info: str = ""


class WikiUnreachable(Exception):
    """The wiki could not be reached (connection lost, time-out, repeated server errors).
    The wiki layer raises a subclass; the upload queue waits and tries again."""


#: called with (bytes sent, total bytes) while a file goes up
ChunkProgress = Callable[[int, int], None]


@dataclass(frozen=True)
class Stash:
    """How far a chunked upload got: the wiki's upload stash holds ``offset`` bytes under
    ``file_key`` (all of the file when ``offset`` is its size: only the publish call is left)."""

    file_key: str
    offset: int


#: called with the stash after each chunk the wiki accepted
StashProgress = Callable[[Stash], None]


class WikiChecks(Protocol):
    """Read-only questions asked before an upload."""

    def limits(self) -> SiteLimits: ...

    def find_by_sha1(self, sha1: str) -> list[ExistingFile]: ...

    def existing_title(self, title: str) -> ExistingFile | None: ...

    def blacklist_reason(self, title: str) -> str | None:
        """The title blacklist's reason when ``title`` ("File:…") may not be created, else None."""
        ...


class WikiUploader(WikiChecks, Protocol):
    def upload(self, path: str, title: str, *, text: str, comment: str,
               on_progress: ChunkProgress | None = None, stash: Stash | None = None,
               on_stash: StashProgress | None = None,
               on_publish: Callable[[], None] | None = None) -> UploadOutcome:
        """Send the file. With ``stash``, go on from there (start again should the wiki no
        longer have it). ``on_stash`` hears of each chunk the wiki keeps; ``on_publish`` is
        called just before the request that makes the file page, whose outcome is unknown
        should the process die during it."""
        ...

    def page_url(self, title: str) -> str: ...


class Lookups(Protocol):
    """Searches for the editor's autocompletion and the checks before an upload.

    Raise ``core.lookups.LookupOffline`` when the wiki or Wikidata cannot be reached.
    """

    def search_items(self, text: str, *, language: str, limit: int = 7) -> list[ItemHit]:
        """Wikidata items whose label, alias or id matches ``text``, labelled in ``language``
        (with the usual fallbacks, English last)."""
        ...

    def search_categories(self, prefix: str, *, limit: int = 10) -> list[str]:
        """Names (without ``Category:``) of existing categories that start with ``prefix``."""
        ...

    def check_categories(self, names: Iterable[str]) -> dict[str, CategoryHit]:
        """What the wiki says of each name, keyed by the name as given."""
        ...


class StructuredDataError(Exception):
    """Writing or reading a file's structured data failed; the file itself is uploaded.

    ``code`` is the API's error code (``modification-failed``, ``no-such-entity``,
    ``badtoken``, …), ``network`` when the wiki could not be reached, or
    ``no-structured-data`` when the wiki has no WikibaseMediaInfo at all.
    """

    def __init__(self, code: str, info: str = "") -> None:
        super().__init__(f"{code}: {info}" if info else code)
        self.code = code
        self.info = info


class WikiStructuredData(Protocol):
    """The MediaInfo entity (``M`` + page id) of an uploaded file."""

    def existing_mediainfo(self, page_id: int) -> dict:
        """The entity as ``wbgetentities`` gives it (``{"missing": ""}`` when it has no data
        yet). Raises ``StructuredDataError``."""
        ...

    def write_mediainfo(self, page_id: int, data: dict, *, summary: str) -> None:
        """One ``wbeditentity`` adding ``data`` (labels, claims). Raises ``StructuredDataError``."""
        ...
