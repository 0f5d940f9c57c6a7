"""The upload journal: where each file's upload stands, in SQLite, written before and after every
step, so a process killed at any moment knows on its next start what reached the wiki.

One journal per user (``uploads.sqlite`` in the data folder), for every batch: a file is known by
its SHA-1 on one wiki, wherever it is and whichever batch holds it. Steps of one file:

    sending ─▶ stashing (file key, offset) ─▶ publishing ─▶ published (page id) ─▶ data-done
                                                         └▶ failed / duplicate

``publishing`` means the request that makes the file page was sent and its answer not heard:
the wiki must be asked (by SHA-1 and title) before anything is sent again. A stash is kept by
the wiki for about six hours (``$wgUploadStashMaxAge`` on Commons); it is reused while younger
than ``STASH_MAX_AGE``. The journal holds no credentials: the account name only.
"""
from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from ..core.ports import Stash

SENDING, STASHING, PUBLISHING = "sending", "stashing", "publishing"
PUBLISHED, DATA_DONE, FAILED, DUPLICATE = "published", "data-done", "failed", "duplicate"
#: steps after which the wiki may hold the file without our knowing: ask it before sending again
UNSETTLED = frozenset({SENDING, STASHING, PUBLISHING})
STASH_MAX_AGE = 5 * 3600.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS uploads (
    wiki TEXT NOT NULL, sha1 TEXT NOT NULL, account TEXT NOT NULL DEFAULT '',
    path TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', step TEXT NOT NULL,
    file_key TEXT, stash_offset INTEGER, stashed_at REAL, page_id INTEGER,
    error TEXT NOT NULL DEFAULT '', updated REAL NOT NULL, new_version INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (wiki, sha1));
CREATE TABLE IF NOT EXISTS steps (
    id INTEGER PRIMARY KEY, at REAL NOT NULL, wiki TEXT NOT NULL, sha1 TEXT NOT NULL,
    step TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '');
"""

#: the columns of ``uploads`` in the order of ``Entry``'s fields
_ENTRY_COLUMNS = ("wiki, sha1, account, path, title, step, file_key, stash_offset, stashed_at, page_id,"
                  " error, updated, new_version")


@dataclass(frozen=True)
class Entry:
    wiki: str
    sha1: str
    account: str
    path: str
    title: str
    step: str
    file_key: str | None
    stash_offset: int | None
    stashed_at: float | None
    page_id: int | None
    error: str
    updated: float
    new_version: bool = False   # the title is an existing file that this one replaces

    def stash(self, *, account: str, now: float, max_age: float = STASH_MAX_AGE) -> Stash | None:
        """The stash to go on from: same account (a stash is private), young enough, unsettled."""
        if (self.step not in UNSETTLED or not self.file_key or self.stash_offset is None
                or self.account != account or self.stashed_at is None
                or now - self.stashed_at > max_age):
            return None
        return Stash(self.file_key, self.stash_offset)


class JournalError(Exception):
    """The journal file cannot be opened or written (full disk, no permission, damage)."""


def default_path() -> str:
    from ..paths import data_root
    return os.path.join(data_root(), "uploads.sqlite")


class Journal:
    """A connection to the journal file; safe to share between threads (one lock)."""

    def __init__(self, path: str | None = None, *, clock: Callable[[], float] = time.time) -> None:
        self.path = path or default_path()
        self.clock = clock
        self.set_aside: str | None = None   # where a damaged journal was moved, if one was
        self._lock = threading.Lock()
        try:
            os.makedirs(os.path.dirname(os.path.abspath(self.path)), exist_ok=True)
            try:
                self._db = self._open()
            except sqlite3.DatabaseError as exc:
                if isinstance(exc, sqlite3.OperationalError):   # locked, read-only, no space: not damage
                    raise
                # damaged (not a database, malformed): kept aside, and a new one begun. The batch
                # file and the wiki's SHA-1 check still keep every file from going up twice.
                self.set_aside = f"{self.path}.damaged-{time.strftime('%Y%m%d-%H%M%S')}"
                for suffix in ("", "-wal", "-shm"):
                    if os.path.exists(self.path + suffix):
                        os.replace(self.path + suffix, self.set_aside + suffix)
                self._db = self._open()
        except (OSError, sqlite3.Error) as exc:
            raise JournalError(f"{self.path}: {exc}") from None

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")   # a step written is a step kept
            db.executescript(_SCHEMA)
            columns = {row[1] for row in db.execute("PRAGMA table_info(uploads)")}
            if "new_version" not in columns:   # a journal from before new versions
                db.execute("ALTER TABLE uploads ADD COLUMN new_version INTEGER NOT NULL DEFAULT 0")
            db.execute("SELECT count(*) FROM uploads").fetchone()
        except BaseException:
            db.close()
            raise
        return db

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def for_wiki(self, wiki: str, account: str) -> WikiJournal:
        return WikiJournal(self, wiki, account)

    def entry(self, wiki: str, sha1: str) -> Entry | None:
        with self._lock:
            row = self._db.execute(f"SELECT {_ENTRY_COLUMNS} FROM uploads WHERE wiki = ? AND sha1 = ?",
                                   (wiki, sha1)).fetchone()
        return Entry(*row[:-1], new_version=bool(row[-1])) if row else None

    def history(self, wiki: str, sha1: str) -> list[tuple[str, str]]:
        """(step, detail) of every step written for one file, oldest first."""
        with self._lock:
            return self._db.execute("SELECT step, detail FROM steps WHERE wiki = ? AND sha1 = ?"
                                    " ORDER BY id", (wiki, sha1)).fetchall()

    def write(self, wiki: str, sha1: str, step: str, *, detail: str = "", **fields: object) -> None:
        """Set the file's step (and any other column) in one transaction, then sync to disk."""
        if not sha1:   # a file never read (no SHA-1) cannot be sent either
            return
        now = self.clock()
        columns = {"step": step, "updated": now, **fields}
        names = ", ".join(columns)
        marks = ", ".join("?" for _ in columns)
        updates = ", ".join(f"{name} = excluded.{name}" for name in columns)
        try:
            with self._lock:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    self._db.execute(
                        f"INSERT INTO uploads (wiki, sha1, {names}) VALUES (?, ?, {marks})"
                        f" ON CONFLICT (wiki, sha1) DO UPDATE SET {updates}",
                        (wiki, sha1, *columns.values()))
                    self._db.execute("INSERT INTO steps (at, wiki, sha1, step, detail)"
                                     " VALUES (?, ?, ?, ?, ?)", (now, wiki, sha1, step, detail))
                    self._db.execute("COMMIT")
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
        except sqlite3.Error as exc:
            raise JournalError(f"{self.path}: {exc}") from None


class WikiJournal:
    """The journal's entries for one wiki, written by one account."""

    def __init__(self, journal: Journal, wiki: str, account: str) -> None:
        self.journal, self.wiki, self.account = journal, wiki, account

    def entry(self, sha1: str) -> Entry | None:
        return self.journal.entry(self.wiki, sha1)

    def stash(self, sha1: str) -> Stash | None:
        entry = self.entry(sha1)
        return entry.stash(account=self.account, now=self.journal.clock()) if entry else None

    def sending(self, sha1: str, *, path: str, title: str, new_version: bool = False) -> None:
        entry = self.entry(sha1)
        keep = entry is not None and entry.stash(account=self.account, now=self.journal.clock())
        extra = {} if keep else {"file_key": None, "stash_offset": None, "stashed_at": None}
        detail = f"resume from {entry.stash_offset}" if keep and entry else title
        self.journal.write(self.wiki, sha1, SENDING, account=self.account, path=path, title=title,
                           error="", detail=detail, new_version=int(new_version), **extra)

    def stashed(self, sha1: str, stash: Stash) -> None:
        entry = self.entry(sha1)
        # the stash's age counts from its first chunk: the same key, or the new key the wiki gives
        # the whole file after the last chunk, goes on; a lower offset is a new upload
        same = entry is not None and entry.stashed_at is not None and entry.file_key is not None and (
            entry.file_key == stash.file_key or (entry.stash_offset or 0) < stash.offset)
        started = entry.stashed_at if same else self.journal.clock()
        self.journal.write(self.wiki, sha1, STASHING, account=self.account, file_key=stash.file_key,
                           stash_offset=stash.offset, stashed_at=started, detail=str(stash.offset))

    def publishing(self, sha1: str) -> None:
        self.journal.write(self.wiki, sha1, PUBLISHING)

    def published(self, sha1: str, *, title: str, page_id: int | None) -> None:
        self.journal.write(self.wiki, sha1, PUBLISHED, title=title, page_id=page_id,
                           file_key=None, stash_offset=None, stashed_at=None, error="", detail=title)

    def data_done(self, sha1: str) -> None:
        self.journal.write(self.wiki, sha1, DATA_DONE)

    def page_id(self, sha1: str, page_id: int) -> None:
        """The page id of a published file, asked after its upload (the answer has none)."""
        entry = self.entry(sha1)
        if entry is not None and entry.page_id != page_id:
            self.journal.write(self.wiki, sha1, entry.step, page_id=page_id, detail=f"page id {page_id}")

    def failed(self, sha1: str, error: str) -> None:
        self.journal.write(self.wiki, sha1, FAILED, error=error, file_key=None, stash_offset=None,
                           stashed_at=None, detail=error)

    def duplicate(self, sha1: str, *, title: str) -> None:
        self.journal.write(self.wiki, sha1, DUPLICATE, title=title, detail=title)

    def checked(self, sha1: str, found: str) -> None:
        """The wiki was asked about a file whose publish call went unanswered; ``found``: the title
        it has the file under, or "" when it has not."""
        entry = self.entry(sha1)
        self.journal.write(self.wiki, sha1, entry.step if entry else PUBLISHING,
                           detail=f"checked on the wiki: {found or 'not there'}")

    def retrying(self, sha1: str, reason: str) -> None:
        """A try failed in a way that heals: the step (and stash) stay, the reason is kept."""
        entry = self.entry(sha1)
        self.journal.write(self.wiki, sha1, entry.step if entry else SENDING, error=reason,
                           detail=f"retry: {reason}")


class NoJournal(WikiJournal):
    """What the upload queue writes to when no journal is kept (tests, dry runs): nothing."""

    def __init__(self) -> None:
        pass

    def entry(self, sha1: str) -> Entry | None:
        return None

    def stash(self, sha1: str) -> Stash | None:
        return None

    def _ignore(self, *args: object, **kwargs: object) -> None:
        return None

    sending = stashed = publishing = published = data_done = failed = duplicate = _ignore
    checked = retrying = page_id = _ignore
