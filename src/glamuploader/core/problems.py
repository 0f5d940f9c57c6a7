"""Problems found in a batch: codes with parameters, never prose.

Words for a person are made from these by the command line (cli_messages) and the UI
(ui/messages.py). Every code is listed in ``CODES`` with its severity.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"      # the item cannot be uploaded as it is
    WARNING = "warning"  # it can, but a person should look first
    INFO = "info"

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


E, W = Severity.ERROR, Severity.WARNING

#: every problem code and its severity
CODES: dict[str, Severity] = {
    # reading the file
    "file-missing": E,            # path
    "file-unreadable": E,         # path, reason
    "file-empty": E,              # path
    "file-unknown-type": E,       # path
    "file-truncated": E,          # path (the picture data stops before its end: it would go up broken)
    "file-corrupt": E,            # path, reason
    "file-too-many-pixels": E,    # path, width, height, limit
    "extension-mismatch": W,      # path, extension, detected
    "exif-unreadable": W,         # path, reason
    "exif-value-ignored": W,      # path, tag, value
    "file-name-control-chars": W, # path
    "date-only-modified": W,      # modified (the file's only date is when it was last saved)
    # titles
    "title-missing": E,
    "title-too-long": E,          # bytes, limit
    "title-too-short": E,         # length, minimum
    "title-forbidden-chars": E,   # chars
    "title-control-chars": E,     # chars (as U+XXXX)
    "title-camera-name": E,       # title, pattern
    "title-not-nfc": W,
    "title-extension-wrong": E,   # extension, expected
    "title-duplicate-in-batch": E,  # title, other
    "title-pattern-unknown-field": E,  # field
    "title-pattern-invalid": E,   # pattern
    "title-blacklisted": E,       # title, reason (online)
    "title-exists": E,            # title, url (online)
    # metadata
    "license-missing": E,
    "license-unknown": E,         # license
    "license-own-work-only": E,   # license (only for the uploader's own work; the source names another)
    "author-missing": E,
    "source-missing": E,          # license
    "description-missing": W,
    "language-unknown": W,        # language, field
    "language-invalid": E,        # language, field (cannot name a language template)
    "date-invalid": E,            # value
    "date-in-future": W,          # value
    "category-missing": W,
    "category-invalid": E,        # category
    "depicts-invalid": E,         # value
    "location-invalid": E,        # latitude, longitude
    "template-invalid": E,        # template
    # structured data (core/sdc.py)
    "sdc-value-invalid": E,       # field, value (a Q-id, URL, user name or place that is not one)
    "inventory-without-collection": W,  # value (the number is only written with a collection)
    "caption-too-long": E,        # language, length, limit
    # against the wiki (online)
    "duplicate-on-wiki": E,       # sha1, title, url
    "filetype-not-allowed": E,    # extension, allowed
    "file-too-large": E,          # size, limit
    "sha1-changed": E,            # path, expected, actual
    "file-duplicate-in-batch": E, # sha1, other (path of the first item with that file)
    "file-changed": W,            # path, changed (list: content, dimensions, date taken): since import
    # sending (new versions, cleaned copies)
    "new-version-invalid": E,     # value (not a file name)
    "new-version-missing": E,     # title (the file to replace is not on the wiki)
    "new-version-extension": E,   # title, extension, expected (a new version keeps the file type)
    "new-version-not-allowed": E, # title (the command line sends new versions with --new-versions)
    "privacy-invalid": E,         # value (not "location" or "camera")
    "rotate-unsupported": E,      # kind (turning needs an orientation tag MediaWiki follows)
    "rotate-failed": E,           # reason (the JPEG's structure or EXIF is damaged)
    "privacy-unsupported-type": E,  # kind, detail (no cleaned copy can be made of this type)
    "privacy-damaged-file": E,    # kind, detail (the file is damaged where its data is removed)
    # lookups (online, or from the lookups cache)
    "category-not-on-wiki": W,    # category, suggestion (the closest existing category)
    "category-not-on-wiki-nothing-close": W,  # category (no existing category is close)
    "category-redirected": W,     # category, target
    "depicts-unverified": W,      # value (a Q-id neither Wikidata nor the cache confirmed)
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one item (``item`` is its path) or with the batch (``item`` None)."""

    code: str
    item: str | None = None
    field: str | None = None
    params: dict = dataclasses.field(default_factory=dict, compare=False, hash=False)

    @property
    def severity(self) -> Severity:
        return CODES.get(self.code, Severity.ERROR)

    @property
    def is_error(self) -> bool:   # asked of every problem after every edit: kept quick
        return CODES.get(self.code, E) is E


def group_key(p: Problem) -> tuple:
    """Problems that read the same on many files share this key (the same code, field and
    words; the file's own path aside): the Problems panel and ``check`` show them as one."""
    params = p.params
    if not params:
        return (p.code, p.field or "")
    return (p.code, p.field or "", tuple(sorted((k, str(v)) for k, v in params.items() if k != "path")))


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]
