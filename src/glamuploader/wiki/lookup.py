"""``core.ports.Lookups`` on the wikis: categories on the target wiki, items on Wikidata.

Categories go through the pywikibot site of a :class:`~.session.WikiSession`
(``list=prefixsearch`` in namespace 14; ``prop=info|categoryinfo`` with ``redirects``).

Wikidata items go through ``action=wbsearchentities`` with plain ``requests`` and our user
agent, not through pywikibot: a pywikibot ``DataSite`` needs a family, siteinfo and a
Wikibase behind the URL before its first search, while the search itself is one anonymous
GET. So the same code talks to www.wikidata.org and to the test stand-in, and pywikibot's
global configuration (throttle, retries of the upload wiki) is left alone.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from glamuploader.core.lookups import (CategoryHit, ItemHit, LookupFailed, LookupOffline,
                                       category_key, closest)

from .env import USER_AGENT
from .errors import is_network_error

if TYPE_CHECKING:
    import requests
    from pywikibot.site import APISite

    from .session import WikiSession

WIKIDATA_API = "https://www.wikidata.org/w/api.php"
CATEGORY_NS = 14
FALLBACK_LANGUAGE = "en"
_TITLES_PER_REQUEST = 50


# --- parsers (pure; tested on documented responses in tests/data/wikidata) ------------------

def parse_search_entities(data: dict[str, Any], *, language: str) -> list[ItemHit]:
    """The hits of a ``wbsearchentities`` answer.

    The label and description come from ``display`` (which names the language a fallback
    chose), else from the plain ``label``/``description`` (in the language asked for), else
    the Q-id stands for a missing label.
    """
    if "error" in data:
        error = data["error"]
        raise LookupFailed(str(error.get("code", "error")), str(error.get("info", "")))
    hits = []
    for entry in data.get("search", []):
        qid = str(entry.get("id", ""))
        if not qid:
            continue
        display = entry.get("display") or {}
        shown = display.get("label") or {}
        label = shown.get("value") or entry.get("label") or ""
        label_language = shown.get("language") or (language if entry.get("label") else "")
        described = display.get("description") or {}
        description = described.get("value") or entry.get("description") or ""
        hits.append(ItemHit(qid=qid, label=label or qid, description=description,
                            language=label_language))
    return hits


def parse_prefixsearch(data: dict[str, Any]) -> list[str]:
    """Category names (without the namespace) of a ``list=prefixsearch`` answer."""
    pages = data.get("query", {}).get("prefixsearch", [])
    return [_without_namespace(p["title"]) for p in pages if p.get("ns") == CATEGORY_NS]


def parse_category_info(data: dict[str, Any], titles: Iterable[str]) -> dict[str, tuple[bool, str | None]]:
    """``{title asked: (exists, redirect target without namespace)}`` of a ``prop=info``
    answer with ``redirects=1`` and ``formatversion=2``."""
    query = data.get("query", {})
    normalized = {n["from"]: n["to"] for n in query.get("normalized", [])}
    redirects = {r["from"]: r["to"] for r in query.get("redirects", [])}
    pages = {p["title"]: p for p in query.get("pages", [])}
    out: dict[str, tuple[bool, str | None]] = {}
    for title in titles:
        title_now = normalized.get(title, title)
        if title_now in redirects:
            out[title] = (True, _without_namespace(redirects[title_now]))
            continue
        page = pages.get(title_now, {"missing": True})
        out[title] = (not page.get("missing") and not page.get("invalid"), None)
    return out


def _without_namespace(title: str) -> str:
    return title.split(":", 1)[1] if ":" in title else title


# --- Wikidata ---------------------------------------------------------------------------------

class WikidataSearch:
    """``wbsearchentities`` on one Wikibase API (Wikidata, or the stand-in in tests).

    After a network failure it answers ``LookupOffline`` at once for ``retry_after``
    seconds, so that checking a batch with many Q-ids offline costs one timeout, not many.
    """

    def __init__(self, api_url: str = WIKIDATA_API, *, timeout: float = 10.0,
                 retry_after: float = 30.0, session: requests.Session | None = None) -> None:
        import requests

        self.api_url = api_url
        self.timeout = timeout
        self.retry_after = retry_after
        self._session = session or requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._down_until = 0.0
        self._lock = threading.Lock()

    def search_items(self, text: str, *, language: str, limit: int = 7) -> list[ItemHit]:
        text = text.strip()
        if not text:
            return []
        try:
            return parse_search_entities(self._get(text, language, limit), language=language)
        except LookupFailed as error:
            if error.code != "badvalue" or language == FALLBACK_LANGUAGE:
                raise
        # Wikibase does not know the UI language: show English labels instead
        return parse_search_entities(self._get(text, FALLBACK_LANGUAGE, limit),
                                     language=FALLBACK_LANGUAGE)

    def _get(self, text: str, language: str, limit: int) -> dict[str, Any]:
        import requests

        with self._lock:
            if time.monotonic() < self._down_until:
                raise LookupOffline(self.api_url, "no answer a moment ago")
        params = {"action": "wbsearchentities", "search": text, "language": language,
                  "uselang": language, "type": "item", "limit": str(max(1, min(limit, 50))),
                  "format": "json"}
        try:
            response = self._session.get(self.api_url, params=params, timeout=self.timeout)
            if response.status_code >= 500:
                raise LookupOffline(self.api_url, f"HTTP {response.status_code}")
            response.raise_for_status()
            data = response.json()
        except (requests.RequestException, ValueError, LookupOffline) as exc:
            with self._lock:
                self._down_until = time.monotonic() + self.retry_after
            if isinstance(exc, LookupOffline):
                raise
            raise LookupOffline(self.api_url, type(exc).__name__) from None
        return data


# --- categories on the target wiki ------------------------------------------------------------

class CategorySearch:
    """Category search and checks on one pywikibot site."""

    def __init__(self, site: APISite, *, where: str = "") -> None:
        self.site = site
        self.where = where or str(site)

    def _query(self, **params: Any) -> dict[str, Any]:
        try:
            return self.site.simple_request(action="query", formatversion=2, **params).submit()
        except Exception as exc:  # noqa: BLE001 - only network errors are translated
            if is_network_error(exc):
                raise LookupOffline(self.where, type(exc).__name__) from None
            raise

    def search_categories(self, prefix: str, *, limit: int = 10) -> list[str]:
        prefix = category_key(prefix)
        if not prefix:
            return []
        data = self._query(list="prefixsearch", pssearch=prefix, psnamespace=CATEGORY_NS,
                           pslimit=max(1, min(limit, 500)))
        return parse_prefixsearch(data)

    def check_categories(self, names: Iterable[str]) -> dict[str, CategoryHit]:
        keys = {name: category_key(name) for name in names}
        titles = sorted({f"Category:{key}" for key in keys.values() if key})
        found: dict[str, tuple[bool, str | None]] = {}
        for start in range(0, len(titles), _TITLES_PER_REQUEST):
            chunk = titles[start:start + _TITLES_PER_REQUEST]
            data = self._query(titles="|".join(chunk), prop="info|categoryinfo", redirects=1)
            found.update(parse_category_info(data, chunk))
        out: dict[str, CategoryHit] = {}
        for name, key in keys.items():
            if not key:
                continue
            exists, target = found[f"Category:{key}"]
            suggestion = None if exists else self.suggest(key)
            out[name] = CategoryHit(name=key, exists=exists, redirect_to=target,
                                    suggestion=suggestion)
        return out

    def suggest(self, name: str) -> str | None:
        """The closest existing category: prefix searches on the first three, two, then one
        word(s) of ``name``, the first close match wins (see ``core.lookups.closest``)."""
        words = category_key(name).split()
        for count in range(min(len(words), 3), 0, -1):
            found = closest(name, self.search_categories(" ".join(words[:count]), limit=50))
            if found:
                return found
        return None


# --- both -------------------------------------------------------------------------------------

class WikiLookups:
    """Implements ``core.ports.Lookups``: categories on the wiki, items on Wikidata.

    A part left out (None) answers ``LookupOffline``.
    """

    def __init__(self, *, categories: CategorySearch | None = None,
                 items: WikidataSearch | None = None) -> None:
        self.categories = categories
        self.items = items

    def search_items(self, text: str, *, language: str, limit: int = 7) -> list[ItemHit]:
        if self.items is None:
            raise LookupOffline("Wikidata", "no Wikidata address")
        return self.items.search_items(text, language=language, limit=limit)

    def search_categories(self, prefix: str, *, limit: int = 10) -> list[str]:
        if self.categories is None:
            raise LookupOffline("wiki", "not connected")
        return self.categories.search_categories(prefix, limit=limit)

    def check_categories(self, names: Iterable[str]) -> dict[str, CategoryHit]:
        if self.categories is None:
            raise LookupOffline("wiki", "not connected")
        return self.categories.check_categories(names)


def lookups_for(session: WikiSession | None, *, wikidata_url: str | None = WIKIDATA_API,
                timeout: float = 10.0) -> WikiLookups:
    """Lookups on ``session``'s wiki (None: items only) and on ``wikidata_url`` (None: none)."""
    categories = CategorySearch(session.site, where=session.target.name) if session else None
    items = WikidataSearch(wikidata_url, timeout=timeout) if wikidata_url else None
    return WikiLookups(categories=categories, items=items)
