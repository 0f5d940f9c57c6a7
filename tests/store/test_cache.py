"""The lookups cache: one online search, then the same answers offline; back online, what was
met offline is checked again. Items come from the Wikidata search STAND-IN
(tests/standin/wikidata_search.py), which the tests stop to go offline."""
from __future__ import annotations

import sqlite3
import threading

from glamuploader.core.lookups import CategoryHit
from glamuploader.store.cache import DAY, CachedLookups, LookupCache
from glamuploader.wiki.lookup import WikiLookups, WikidataSearch


def lookups(standin, path, **kw) -> CachedLookups:
    online = WikiLookups(items=WikidataSearch(standin.url, retry_after=0, timeout=5))
    return CachedLookups(online, path, **kw)


def test_an_item_search_answers_offline_from_the_cache_after_one_online_search(
        wikidata_standin, tmp_path):
    states: list[str] = []
    cached = lookups(wikidata_standin, tmp_path / "l.sqlite", on_state=states.append)
    online = cached.search_items("Каз", language="tt")
    assert [(h.qid, h.label) for h in online] == [("Q900", "Казан")]
    assert cached.state == "online"

    wikidata_standin.stop()
    assert cached.search_items("Каз", language="tt") == online
    assert cached.state == "offline" and states == ["offline"]
    assert cached.search_items("казан", language="tt") == online     # case and accents folded
    assert cached.search_items("Q900", language="tt") == online      # by its id
    assert cached.search_items("Moscow", language="tt") == []        # never seen

    wikidata_standin.start()
    assert cached.search_items("Каз", language="tt") == online
    assert cached.state == "online" and states == ["offline", "online"]


def test_offline_search_ignores_accents_and_prefers_the_ui_language(wikidata_standin, tmp_path):
    cached = lookups(wikidata_standin, tmp_path / "l.sqlite")
    cached.search_items("İstanbul", language="tr")
    cached.search_items("Istanbul", language="en")
    wikidata_standin.stop()
    [in_turkish] = cached.search_items("istan", language="tr")
    assert (in_turkish.qid, in_turkish.label, in_turkish.language) == ("Q406", "İstanbul", "tr")
    [in_english] = cached.search_items("ISTAN", language="en")
    assert in_english.label == "Istanbul"
    [other] = cached.search_items("istan", language="ru")    # not seen in Russian: English
    assert other.label == "Istanbul"


def test_back_online_reverify_checks_items_used_offline(wikidata_standin, tmp_path):
    cached = lookups(wikidata_standin, tmp_path / "l.sqlite")
    cached.search_items("Moscow", language="en")
    wikidata_standin.stop()
    cached.search_items("anything", language="en")          # goes offline
    cached.record_use("Q90")                                # typed while offline
    cached.record_use("Q999999999")                         # no such item
    assert cached.search_items("Paris", language="en") == []
    assert cached.reverify().complete is False              # still offline

    wikidata_standin.start()
    done = cached.reverify()
    assert done.complete and done.items == 2                # Moscow is fresh: not asked
    wikidata_standin.stop()
    assert [h.qid for h in cached.search_items("Paris", language="en")] == ["Q90"]
    assert not cached.confirms_item("Q999999999")
    assert cached.confirms_item("Q649")


def test_old_entries_are_checked_again_after_max_age(wikidata_standin, tmp_path):
    now = [1_000_000.0]
    cached = lookups(wikidata_standin, tmp_path / "l.sqlite", clock=lambda: now[0],
                     max_age_days=30)
    cached.search_items("Berlin", language="en")
    assert cached.reverify().items == 0
    assert cached.reverify(now[0] + 31 * DAY).items == 1


def test_kit_values_then_recently_used_ones_come_first(tmp_path):
    cache = LookupCache(tmp_path / "l.sqlite")
    cache.put_category_names(["Kazan", "Kazan Cathedral", "Kazan Kremlin", "Kazan Metro"], now=1.0)
    cached = CachedLookups(None, cache, kit_categories=["Kazan Metro"])
    assert cached.search_categories("kazan") == [
        "Kazan Metro", "Kazan", "Kazan Cathedral", "Kazan Kremlin"]
    cached.clock = lambda: 5.0
    cached.record_use("Kazan Kremlin")
    cached.clock = lambda: 6.0
    cached.record_use("Kazan Cathedral")
    assert cached.search_categories("kaz") == ["Kazan Metro", "Kazan Cathedral", "Kazan Kremlin",
                                               "Kazan"]
    assert cached.recent("category") == ["Kazan Cathedral", "Kazan Kremlin"]
    assert cached.state == "offline"


def test_offline_category_search_is_accent_and_case_insensitive_and_skips_redirects(tmp_path):
    cache = LookupCache(tmp_path / "l.sqlite")
    cache.put_categories([CategoryHit("Çırağan Palace", exists=True),
                          CategoryHit("Ciragan palace", exists=True, redirect_to="Çırağan Palace"),
                          CategoryHit("Ciragan gardens", exists=False)], now=1.0)
    cached = CachedLookups(None, cache)
    assert cached.search_categories("ciragan") == ["Çırağan Palace"]
    assert cached.search_categories("PALACE") == ["Çırağan Palace"]    # contained, not prefix
    checked = cached.check_categories(["Ciragan palace", "Category:Çırağan_Palace", "Unknown"])
    assert checked["Ciragan palace"].redirect_to == "Çırağan Palace"
    assert checked["Category:Çırağan_Palace"].exists
    assert "Unknown" not in checked


def test_the_cache_is_sqlite_in_wal_mode_in_the_users_cache_folder(private_cache_dir):
    cache = LookupCache()
    assert cache.path == private_cache_dir / "lookups.sqlite"
    cache.close()
    with sqlite3.connect(private_cache_dir / "lookups.sqlite") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_cache_made_in_one_thread_answers_in_the_wiki_worker_thread(tmp_path):
    cache = LookupCache(tmp_path / "l.sqlite")
    cache.put_category_names(["Kazan Kremlin"], now=1.0)
    found: list[list[str]] = []
    worker = threading.Thread(target=lambda: found.append(CachedLookups(None, cache)
                                                          .search_categories("Kaz")))
    worker.start()
    worker.join()
    assert found == [["Kazan Kremlin"]]
