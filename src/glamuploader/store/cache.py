"""Lookups that keep working offline: ``CachedLookups`` wraps the online ones with a cache.

Online, every answer is stored (``cachedb.LookupCache``, ``lookups.sqlite`` in the user's
cache folder); when the wiki or Wikidata cannot be reached (``LookupOffline``), or there is
no online service at all, the same questions are answered from what was stored, and
``state`` turns ``"offline"``. Back online, ``reverify()`` checks again what was met while
offline or not checked for ``max_age_days``. No Qt here: the UI calls this from its wiki
worker and shows ``state``; ``on_state`` is called (in that thread) when it changes.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from glamuploader.core.lookups import (OFFLINE, ONLINE, CategoryHit, ItemHit, LookupOffline,
                                       category_key, is_qid, prefer)
from glamuploader.core.ports import Lookups

from .cachedb import CACHE_FILE, LookupCache, default_cache_path

__all__ = ["CACHE_FILE", "CachedLookups", "LookupCache", "Reverified", "default_cache_path"]

_T = TypeVar("_T")
DAY = 86400.0


@dataclass(frozen=True)
class Reverified:
    """What one ``reverify`` run checked; ``complete`` is False when it went offline midway."""

    categories: int = 0
    items: int = 0
    complete: bool = True


class CachedLookups:
    """Implements ``core.ports.Lookups`` over ``online`` (or None: always offline) and a cache.

    Results are ordered with the kit's values first, then the recently used ones
    (``core.lookups.prefer``); set ``kit_items``/``kit_categories`` when a kit is loaded.
    """

    def __init__(self, online: Lookups | None, cache: LookupCache | Path | str | None = None, *,
                 kit_items: Sequence[str] = (), kit_categories: Sequence[str] = (),
                 max_age_days: float = 30.0, on_state: Callable[[str], None] | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.online = online
        self.cache = cache if isinstance(cache, LookupCache) else LookupCache(cache)
        self.kit_items = list(kit_items)
        self.kit_categories = list(kit_categories)
        self.max_age_days = max_age_days
        self.on_state = on_state
        self.clock = clock
        self._state = ONLINE if online is not None else OFFLINE
        self._lock = threading.Lock()

    @property
    def state(self) -> str:
        """``"online"`` or ``"offline"``: how the last question was answered."""
        return self._state

    def _set_state(self, state: str) -> None:
        with self._lock:
            changed, self._state = self._state != state, state
        if changed and self.on_state is not None:
            self.on_state(state)

    def _ask(self, call: Callable[[Lookups], _T]) -> _T | None:
        """``call(online)``, or None (and the offline state) when it cannot be answered."""
        if self.online is None:
            self._set_state(OFFLINE)
            return None
        try:
            result = call(self.online)
        except LookupOffline:
            self._set_state(OFFLINE)
            return None
        self._set_state(ONLINE)
        return result

    # --- Lookups ------------------------------------------------------------------------------

    def search_items(self, text: str, *, language: str, limit: int = 7) -> list[ItemHit]:
        if not text.strip():
            return []
        hits = self._ask(lambda online: online.search_items(text, language=language, limit=limit))
        if hits is not None:
            self.cache.put_items(hits, language=language, now=self.clock())
        else:
            hits = self.cache.items_like(text, language=language, limit=limit)
        return prefer(hits, key=lambda hit: hit.qid, kit=self.kit_items,
                      recent=self.cache.recent("item"))

    def search_categories(self, prefix: str, *, limit: int = 10) -> list[str]:
        if not category_key(prefix):
            return []
        names = self._ask(lambda online: online.search_categories(prefix, limit=limit))
        if names is not None:
            self.cache.put_category_names(names, now=self.clock())
        else:
            names = self.cache.categories_like(prefix, limit=limit)
        return prefer(names, key=lambda name: name, kit=self.kit_categories,
                      recent=self.cache.recent("category"))

    def check_categories(self, names: Iterable[str]) -> dict[str, CategoryHit]:
        """Online: what the wiki says. Offline: what was last known (unknown names are left
        out, and checked by the next ``reverify``)."""
        names = list(names)
        found = self._ask(lambda online: online.check_categories(names))
        if found is not None:
            self.cache.put_categories(found.values(), now=self.clock())
            return found
        known = self.cache.get_categories(names)
        self.cache.mark_categories_unverified([n for n in names if n not in known], now=self.clock())
        return known

    # --- use and re-checks ----------------------------------------------------------------------

    def record_use(self, value: str) -> None:
        """The user chose ``value`` (a Q-id or a category name): it comes first next time.
        Chosen while offline, it is checked by the next ``reverify``."""
        self.cache.record_use(value, now=self.clock(), unverified=self._state == OFFLINE)

    def recent(self, kind: str, *, limit: int = 20) -> list[str]:
        """Recently used Q-ids (``"item"``) or category names (``"category"``)."""
        return self.cache.recent(kind, limit=limit)

    def reverify(self, now: float | None = None) -> Reverified:
        """Check again, online, the categories and items met offline or older than
        ``max_age_days``. Does nothing offline; stops when the connection drops again."""
        if self.online is None:
            self._set_state(OFFLINE)
            return Reverified(complete=False)
        now = self.clock() if now is None else now
        older_than = now - self.max_age_days * DAY
        names = self.cache.categories_to_check(older_than=older_than)
        checked = self._ask(lambda online: online.check_categories(names)) if names else {}
        if checked is None:
            return Reverified(complete=False)
        self.cache.put_categories(checked.values(), now=now)
        items = 0
        for qid, language in self.cache.items_to_check(older_than=older_than):
            hits = self._ask(lambda online: online.search_items(qid, language=language, limit=3))
            if hits is None:
                return Reverified(categories=len(checked), items=items, complete=False)
            same = [hit for hit in hits if hit.qid == qid]
            if same:
                self.cache.put_items(same, language=language, now=now)
            else:
                self.cache.mark_item_missing(qid, now=now)
            items += 1
        return Reverified(categories=len(checked), items=items)

    def confirms_item(self, qid: str, *, language: str = "en") -> bool:
        """True when ``qid`` is a Wikidata item, online or as last seen in the cache."""
        return is_qid(qid) and any(hit.qid == qid.strip().upper() for hit in
                                   self.search_items(qid, language=language, limit=3))
