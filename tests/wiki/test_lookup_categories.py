"""Category lookups against the real sandbox MediaWiki: existing, missing with a suggestion,
redirected; the batch check; and the same answers offline from the lookups cache."""
from __future__ import annotations

import pytest

from glamuploader.core.batch import Batch
from glamuploader.core.item import MediaItem, Metadata
from glamuploader.core.kit import Kit
from glamuploader.core.validate import category_problems_online
from glamuploader.store.cache import CachedLookups
from glamuploader.wiki.lookup import CategorySearch, WikiLookups

pytestmark = pytest.mark.wiki


@pytest.fixture
def categories(wiki, sandbox_categories) -> CategorySearch:
    return CategorySearch(wiki.site, where="sandbox")


def test_an_existing_category_is_found_however_it_is_written(categories):
    found = categories.check_categories(["Kazan Kremlin", "Category:Kazan_Kremlin", "kazan Kremlin"])
    assert {hit.name for hit in found.values()} == {"Kazan Kremlin"}
    assert all(hit.exists and hit.redirect_to is None and hit.suggestion is None
               for hit in found.values())


def test_a_category_differing_only_in_case_is_missing_and_suggests_the_existing_one(categories):
    hit = categories.check_categories(["Kazan kremlin"])["Kazan kremlin"]
    assert not hit.exists
    assert hit.suggestion == "Kazan Kremlin"


def test_a_redirected_category_names_its_target(categories):
    hit = categories.check_categories(["Category:Old name"])["Category:Old name"]
    assert hit.exists and hit.redirect_to == "New name"


def test_a_missing_category_with_nothing_close_has_no_suggestion(categories):
    hit = categories.check_categories(["Zzyzx quarry lamps"])["Zzyzx quarry lamps"]
    assert not hit.exists and hit.suggestion is None


def test_prefix_search_finds_categories_only(categories):
    names = categories.search_categories("Kazan")
    assert "Kazan Kremlin" in names
    assert "Kazan Kremlin walk" not in names       # an article of the same prefix
    assert categories.search_categories("Category:Kaz") == categories.search_categories("Kaz")


def _batch(tmp_path, categories: list[str]) -> Batch:
    item = MediaItem(path=str(tmp_path / "kremlin.jpg"),
                     meta=Metadata(title="Kazan Kremlin at dusk", categories=categories))
    return Batch(path=str(tmp_path / "b.glam.yaml"), items=[item], kit=Kit())


def test_batch_check_warns_of_missing_and_redirected_categories_then_answers_offline(
        wiki, categories, tmp_path):
    batch = _batch(tmp_path, ["Kazan Kremlin", "Kazan kremlin", "Old name"])
    cache = tmp_path / "lookups.sqlite"
    online = CachedLookups(WikiLookups(categories=categories), cache)
    problems = category_problems_online(batch, online)
    found = {(p.code, p.params["category"]): p.params for p in problems}
    assert found == {
        ("category-not-on-wiki", "Kazan kremlin"): {"category": "Kazan kremlin",
                                                    "suggestion": "Kazan Kremlin"},
        ("category-redirected", "Old name"): {"category": "Old name", "target": "New name"},
    }
    assert all(p.severity.value == "warning" for p in problems)
    assert online.state == "online"

    offline = CachedLookups(None, cache)
    assert [(p.code, p.params) for p in category_problems_online(batch, offline)] == [
        (p.code, p.params) for p in problems]
    assert offline.state == "offline"
    assert "Kazan Kremlin" in offline.search_categories("kazan")


def test_categories_met_offline_are_checked_when_back_online(categories, tmp_path):
    cache = tmp_path / "lookups.sqlite"
    offline = CachedLookups(None, cache)
    assert offline.check_categories(["Kazan kremlin", "Old name"]) == {}
    offline.record_use("Kazan Kremlin")
    back = CachedLookups(WikiLookups(categories=categories), cache)
    done = back.reverify()
    assert done.complete and done.categories == 3
    known = CachedLookups(None, cache).check_categories(["Kazan kremlin", "Old name", "Kazan Kremlin"])
    assert known["Kazan kremlin"].suggestion == "Kazan Kremlin"
    assert known["Old name"].redirect_to == "New name"
    assert known["Kazan Kremlin"].exists
    assert back.reverify().categories == 0          # nothing left to check
