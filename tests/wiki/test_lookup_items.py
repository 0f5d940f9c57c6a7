"""Wikidata item search, against the Wikidata search STAND-IN (tests/standin/wikidata_search.py):
Wikidata itself cannot run here."""
from __future__ import annotations

import pytest
import requests

from glamuploader.core.lookups import ItemHit, LookupOffline
from glamuploader.wiki.env import USER_AGENT
from glamuploader.wiki.lookup import WikidataSearch


def search(standin, **kw) -> WikidataSearch:
    return WikidataSearch(standin.url, retry_after=0, timeout=5, **kw)


def test_items_are_labelled_in_the_ui_language(wikidata_standin):
    hits = search(wikidata_standin).search_items("Каз", language="tt")
    assert hits == [ItemHit("Q900", "Казан", "capital city of Tatarstan, Russia", "tt")]
    asked = wikidata_standin.requests[-1]
    assert asked["action"] == "wbsearchentities" and asked["type"] == "item"
    assert asked["language"] == asked["uselang"] == "tt"
    assert asked["_user_agent"] == USER_AGENT


def test_a_label_missing_in_the_ui_language_falls_back_to_english(wikidata_standin):
    [hit] = search(wikidata_standin).search_items("Douglas", language="ar")
    assert (hit.qid, hit.label, hit.language) == ("Q42", "Douglas Adams", "en")


def test_a_language_wikidata_does_not_know_is_searched_in_english(wikidata_standin):
    [hit] = search(wikidata_standin).search_items("Paris", language="xx-unknown")
    assert (hit.qid, hit.language) == ("Q90", "en")
    assert [r["language"] for r in wikidata_standin.requests] == ["xx-unknown", "en"]


def test_a_q_id_finds_its_item(wikidata_standin):
    [hit] = search(wikidata_standin).search_items(" q649 ", language="ru")
    assert (hit.qid, hit.label) == ("Q649", "Москва")


def test_the_standin_answers_errors_in_the_api_shape(wikidata_standin):
    missing = requests.get(wikidata_standin.url, params={"action": "wbsearchentities",
                                                          "language": "en"}, timeout=5)
    assert missing.json()["error"]["code"] == "missingparam"
    assert missing.headers["MediaWiki-API-Error"] == "missingparam"
    bad = requests.get(wikidata_standin.url, params={"action": "wbsearchentities",
                                                      "search": "x", "language": "zz"}, timeout=5)
    assert bad.json()["error"]["code"] == "badvalue"


def test_the_standin_pages_results_with_search_continue(wikidata_standin):
    params = {"action": "wbsearchentities", "search": "p", "language": "en", "limit": "1"}
    first = requests.get(wikidata_standin.url, params=params, timeout=5).json()
    assert [h["id"] for h in first["search"]] == ["Q5"] and first["search-continue"] == 1
    assert first["search"][0]["match"] == {"type": "alias", "language": "en", "text": "person"}
    assert first["search"][0]["aliases"] == ["person"]
    second = requests.get(wikidata_standin.url, params={**params, "continue": "1"}, timeout=5).json()
    assert [h["id"] for h in second["search"]] == ["Q90"] and "search-continue" not in second
    assert second["searchinfo"] == {"search": "p"} and second["success"] == 1
    entry = second["search"][0]
    assert entry["display"]["label"] == {"value": "Paris", "language": "en"}
    assert entry["concepturi"] == "http://www.wikidata.org/entity/Q90"


def test_an_unreachable_wikidata_is_offline_and_not_asked_again_at_once(wikidata_standin):
    wikidata_standin.stop()
    lookups = WikidataSearch(wikidata_standin.url, retry_after=60, timeout=5)
    with pytest.raises(LookupOffline):
        lookups.search_items("Kazan", language="en")
    wikidata_standin.start()
    with pytest.raises(LookupOffline):   # still within retry_after: no request is made
        lookups.search_items("Kazan", language="en")
    assert wikidata_standin.requests == []
