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

    def existing_titles(self, titles: list[str]) -> dict[str, ExistingFile | None]:
        """``existing_title`` of many titles at once (the wiki answers 50 to a request)."""
        ...

    def blacklist_reason(self, title: str) -> str | None:
        """The title blacklist's reason when ``title`` ("File:…") may not be created, else None."""
        ...


class WikiUploader(WikiChecks, Protocol):
    def upload(self, path: str, title: str, *, text: str, comment: str,
               on_progress: ChunkProgress | None = None, stash: Stash | None = None,
               on_stash: StashProgress | None = None,
               on_publish: Callable[[], None] | None = None, sha1: str = "",
               new_version: bool = False) -> UploadOutcome:
        """Send the file. With ``stash``, go on from there (start again should the wiki no
        longer have it). ``on_stash`` hears of each chunk the wiki keeps; ``on_publish`` is
        called just before the request that makes the file page, whose outcome is unknown
        should the process die during it. ``sha1``: the file's, when known (not read again).
        ``new_version``: ``title`` exists and this file is to be its new version.

        A file sent in one piece is not checked first: the upload's own warnings (duplicate,
        title taken) and errors (title blacklist, file type) come back as the outcome, and
        nothing is published. ``UploadOutcome.page_id`` may be None: ask ``existing_titles``."""
        ...

    def sends_in_chunks(self, size: int) -> bool:
        """Whether a file of ``size`` bytes goes up in chunks (and so is checked before)."""
        ...

    def page_url(self, title: str) -> str: ...


class LocalFiles(Protocol):
    """The files on disk, as the upload service sees them before it sends one (``media``)."""

    def stat(self, path: str) -> tuple[int, float] | None:
        """(size, modification time), or None when the file is gone."""
        ...

    def read_facts(self, path: str) -> object:
        """The file's facts read again (``core.item.FileFacts``), SHA-1 included."""
        ...

    def cleaned_copy(self, path: str, mode: str, *, kind: str) -> tuple[str, str, int]:
        """(path, SHA-1, size) of a copy without the location (``mode`` "location") or any
        camera data ("camera"), pixels untouched, the same bytes each time; raises
        ``CleaningFailed``."""
        ...


    def turned_copy(self, path: str, degrees: int, *, kind: str) -> tuple[str, str, int]:
        """(path, SHA-1, size) of a copy shown ``degrees`` further clockwise by its orientation
        tag alone (no pixel re-encoded); raises ``CleaningFailed``."""
        ...


class CleaningFailed(Exception):
    """No cleaned copy could be made: ``code`` is a problem code, ``detail`` the reason."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


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
