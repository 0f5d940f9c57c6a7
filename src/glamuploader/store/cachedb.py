"""The lookups cache on disk: Wikidata items and wiki categories seen, in SQLite (WAL).

One connection shared by the threads that use it (``check_same_thread=False``), every use
under one lock: the app asks from its wiki worker, the UI only reads through that worker.
Times are seconds since the epoch (``time.time()``), passed in by the caller.
"""
from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from glamuploader.core.lookups import CategoryHit, ItemHit, category_key, fold, is_qid, matches

CACHE_FILE = "lookups.sqlite"
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    qid TEXT PRIMARY KEY, last_seen REAL, last_verified REAL, uses INTEGER NOT NULL DEFAULT 0,
    last_used REAL, unverified INTEGER NOT NULL DEFAULT 0, missing INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS item_labels (
    qid TEXT NOT NULL, language TEXT NOT NULL, label TEXT NOT NULL, description TEXT NOT NULL,
    label_language TEXT NOT NULL, PRIMARY KEY (qid, language));
CREATE TABLE IF NOT EXISTS categories (
    name TEXT PRIMARY KEY, known INTEGER NOT NULL DEFAULT 0, exists_ INTEGER NOT NULL DEFAULT 0,
    redirect_to TEXT, suggestion TEXT, last_seen REAL, last_verified REAL,
    uses INTEGER NOT NULL DEFAULT 0, last_used REAL, unverified INTEGER NOT NULL DEFAULT 0);
"""


def default_cache_path() -> Path:
    from glamuploader.paths import cache_root
    return Path(cache_root()) / CACHE_FILE


class LookupCache:
    """Items (labels per language) and categories seen online, with their use counts."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_cache_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(os.fspath(self.path), check_same_thread=False, timeout=10)
        with self._tx() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(_SCHEMA)
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock, self._db:
            yield self._db

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # --- items ------------------------------------------------------------------------------

    def put_items(self, hits: Iterable[ItemHit], *, language: str, now: float) -> None:
        """Items an online search returned, labelled for ``language``; they count as verified."""
        with self._tx() as db:
            for hit in hits:
                db.execute("INSERT INTO items(qid, last_seen, last_verified) VALUES (?, ?, ?) "
                           "ON CONFLICT(qid) DO UPDATE SET last_seen=excluded.last_seen, "
                           "last_verified=excluded.last_verified, unverified=0, missing=0",
                           (hit.qid, now, now))
                db.execute("INSERT OR REPLACE INTO item_labels VALUES (?, ?, ?, ?, ?)",
                           (hit.qid, language, hit.label, hit.description, hit.language))

    def mark_item_missing(self, qid: str, *, now: float) -> None:
        with self._tx() as db:
            db.execute("UPDATE items SET missing=1, unverified=0, last_verified=? WHERE qid=?",
                       (now, qid))
            db.execute("DELETE FROM item_labels WHERE qid=?", (qid,))

    def items_like(self, text: str, *, language: str, limit: int = 7) -> list[ItemHit]:
        """Cached items whose id, or a label in any language, starts with or contains
        ``text`` (accents and case ignored), labelled in ``language``, else English, else any."""
        with self._tx() as db:
            rows = db.execute("SELECT l.qid, l.language, l.label, l.description, l.label_language, "
                              "i.uses FROM item_labels l JOIN items i USING (qid) "
                              "WHERE i.missing=0").fetchall()
        by_qid: dict[str, list[tuple]] = {}
        for row in rows:
            by_qid.setdefault(row[0], []).append(row)
        wanted = text.strip().upper()
        found: list[tuple[tuple, ItemHit]] = []
        for qid, labels in by_qid.items():
            level = -1 if qid == wanted else matches(text, *(r[2] for r in labels))
            if level is None:
                continue
            best = _best_label(labels, language)
            found.append(((level, -best[5], fold(best[2]), qid),
                          ItemHit(qid=qid, label=best[2], description=best[3], language=best[4])))
        return [hit for _, hit in sorted(found, key=lambda pair: pair[0])[:limit]]

    def items_to_check(self, *, older_than: float) -> list[tuple[str, str]]:
        """``(qid, a language it was seen in)`` of items used offline or not checked lately."""
        with self._tx() as db:
            rows = db.execute("SELECT i.qid, COALESCE(MIN(l.language), 'en') FROM items i "
                              "LEFT JOIN item_labels l USING (qid) WHERE i.missing=0 AND "
                              "(i.unverified=1 OR i.last_verified IS NULL OR i.last_verified<?) "
                              "GROUP BY i.qid ORDER BY i.qid", (older_than,)).fetchall()
        return [(r[0], r[1]) for r in rows]

    # --- categories -------------------------------------------------------------------------

    def put_category_names(self, names: Iterable[str], *, now: float) -> None:
        """Names a prefix search found: existing categories (redirects are told by a check)."""
        with self._tx() as db:
            for name in names:
                db.execute("INSERT INTO categories(name, known, exists_, last_seen, last_verified) "
                           "VALUES (?, 1, 1, ?, ?) ON CONFLICT(name) DO UPDATE SET "
                           "last_seen=excluded.last_seen", (category_key(name), now, now))

    def put_categories(self, hits: Iterable[CategoryHit], *, now: float) -> None:
        with self._tx() as db:
            for hit in hits:
                db.execute("INSERT INTO categories(name, known, exists_, redirect_to, suggestion, "
                           "last_seen, last_verified) VALUES (?, 1, ?, ?, ?, ?, ?) "
                           "ON CONFLICT(name) DO UPDATE SET known=1, exists_=excluded.exists_, "
                           "redirect_to=excluded.redirect_to, suggestion=excluded.suggestion, "
                           "last_seen=excluded.last_seen, last_verified=excluded.last_verified, "
                           "unverified=0", (category_key(hit.name), int(hit.exists),
                                            hit.redirect_to, hit.suggestion, now, now))

    def get_categories(self, names: Iterable[str]) -> dict[str, CategoryHit]:
        """What was last known of each name (names never checked are left out)."""
        out = {}
        with self._tx() as db:
            for name in names:
                row = db.execute("SELECT name, exists_, redirect_to, suggestion FROM categories "
                                 "WHERE name=? AND known=1", (category_key(name),)).fetchone()
                if row:
                    out[name] = CategoryHit(name=row[0], exists=bool(row[1]), redirect_to=row[2],
                                            suggestion=row[3])
        return out

    def mark_categories_unverified(self, names: Iterable[str], *, now: float) -> None:
        """Names met while offline: checked by the next ``reverify``."""
        with self._tx() as db:
            for name in names:
                if category_key(name):
                    db.execute("INSERT INTO categories(name, last_seen, unverified) VALUES (?, ?, 1) "
                               "ON CONFLICT(name) DO UPDATE SET unverified=1", (category_key(name), now))

    def categories_like(self, text: str, *, limit: int = 10) -> list[str]:
        """Existing categories (not redirects) that start with, then contain, ``text``."""
        with self._tx() as db:
            rows = db.execute("SELECT name, uses FROM categories WHERE known=1 AND exists_=1 "
                              "AND redirect_to IS NULL").fetchall()
        key = category_key(text)
        found = [(level, -uses, fold(name), name) for name, uses in rows
                 if (level := matches(key, name)) is not None]
        return [row[3] for row in sorted(found)[:limit]]

    def categories_to_check(self, *, older_than: float) -> list[str]:
        with self._tx() as db:
            rows = db.execute("SELECT name FROM categories WHERE unverified=1 OR last_verified "
                              "IS NULL OR last_verified<? ORDER BY name", (older_than,)).fetchall()
        return [r[0] for r in rows]

    # --- use ----------------------------------------------------------------------------------

    def record_use(self, value: str, *, now: float, unverified: bool = False) -> None:
        """``value`` (a Q-id or a category name) was chosen by the user."""
        table, key = ("items", "qid") if is_qid(value) else ("categories", "name")
        value = value.strip().upper() if table == "items" else category_key(value)
        if not value:
            return
        with self._tx() as db:
            db.execute(f"INSERT INTO {table}({key}, last_seen, uses, last_used, unverified) "
                       f"VALUES (?, ?, 1, ?, ?) ON CONFLICT({key}) DO UPDATE SET uses=uses+1, "
                       f"last_used=excluded.last_used, unverified=MAX(unverified, excluded.unverified)",
                       (value, now, now, int(unverified)))

    def recent(self, kind: str, *, limit: int = 20) -> list[str]:
        """The ``kind`` ("item" or "category") values used last, the latest first."""
        table, key = ("items", "qid") if kind == "item" else ("categories", "name")
        with self._tx() as db:
            rows = db.execute(f"SELECT {key} FROM {table} WHERE last_used IS NOT NULL "
                              f"ORDER BY last_used DESC, {key} LIMIT ?", (limit,)).fetchall()
        return [r[0] for r in rows]


def _best_label(labels: list[tuple], language: str) -> tuple:
    for wanted in (language, "en"):
        for row in labels:
            if row[1] == wanted:
                return row
    return sorted(labels, key=lambda r: r[1])[0]
