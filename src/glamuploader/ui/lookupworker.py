"""Suggestions for depicts (Wikidata items) and categories, online or from the cache.

Searches go through the wiki gateway as interactive calls (pywikibot is global: one call at a
time), ahead of batch work and served between the files of a running upload; results come
back as signals. Offline, ``store.cache.CachedLookups`` answers from earlier searches
and ``state_changed`` tells the window.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from .tasks import GatewayTasks

WIKIDATA_API = "https://www.wikidata.org/w/api.php"


class LookupWorker(QObject):
    items_found = Signal(str, list)        # the text searched, list[ItemHit]
    categories_found = Signal(str, list)   # the prefix searched, list[str]
    state_changed = Signal(str)            # "online" / "offline"
    verified = Signal(list)                # problems of categories and depicts (warnings)

    def __init__(self, *, target: str, wikidata_api: str, cache_path: str | None = None, parent=None,
                 gateway=None) -> None:
        super().__init__(parent)
        if gateway is None:
            from ..wiki.gateway import shared_gateway
            gateway = shared_gateway()
        self.tasks = GatewayTasks(self, gateway=gateway, interactive=True)
        self.target, self.wikidata_api, self.cache_path = target, wikidata_api, cache_path
        self._lookups = None
        self.state = "online"

    def _cached(self):
        """Made on the worker thread, on first use (it may connect to the wiki)."""
        if self._lookups is None:
            from ..store.cache import CachedLookups
            from ..wiki import WikiUnavailable, connect
            from ..wiki.lookup import lookups_for
            try:
                session = connect(self.target, login=False)
            except (WikiUnavailable, Exception):   # offline at start: categories from the cache
                session = None
            self._lookups = CachedLookups(lookups_for(session, wikidata_url=self.wikidata_api),
                                          self.cache_path, on_state=self._state)
        return self._lookups

    def _state(self, state: str) -> None:   # worker thread
        self.state = state
        self.state_changed.emit(state)

    def search_items(self, text: str, language: str) -> None:
        self.tasks.run(lambda: self._cached().search_items(text, language=language, limit=10),
                       lambda hits: self.items_found.emit(text, hits), lambda exc: self.items_found.emit(text, []))

    def search_categories(self, prefix: str) -> None:
        self.tasks.run(lambda: self._cached().search_categories(prefix, limit=12),
                       lambda names: self.categories_found.emit(prefix, names),
                       lambda exc: self.categories_found.emit(prefix, []))

    def chosen(self, value: str) -> None:
        self.tasks.run(lambda: self._cached().record_use(value))

    def set_kit(self, depicts: list[str], categories: list[str]) -> None:
        def work() -> None:
            cached = self._cached()
            cached.kit_items, cached.kit_categories = list(depicts), list(categories)
        self.tasks.run(work)

    def verify(self, batch, language: str) -> None:
        """Check the batch's categories and depicts on the wiki and Wikidata (or the cache)."""
        def work():
            from ..core.validate import category_problems_online
            return category_problems_online(batch, self._cached(), language=language)
        self.tasks.run(work, self.verified.emit, lambda exc: None)

    def reverify(self) -> None:
        self.tasks.run(lambda: self._cached().reverify())
