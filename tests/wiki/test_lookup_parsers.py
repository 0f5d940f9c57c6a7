"""The lookup parsers read real API answers (tests/data/wikidata, see its README)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from glamuploader.core.lookups import ItemHit, LookupFailed
from glamuploader.wiki.lookup import (parse_category_info, parse_prefixsearch,
                                      parse_search_entities)

DATA = Path(__file__).resolve().parents[1] / "data" / "wikidata"


def load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def test_a_wikidata_search_answer_gives_id_label_and_description():
    assert parse_search_entities(load("wbsearchentities_universe.json"), language="en") == [
        ItemHit("Q1", "universe", "totality consisting of space, time, matter and energy", "en")]


def test_a_search_by_id_finds_the_item():
    [hit] = parse_search_entities(load("wbsearchentities_entity_id.json"), language="en")
    assert (hit.qid, hit.label) == ("Q192465", "Chick Corea")


def test_an_item_without_description_keeps_an_empty_one():
    hits = parse_search_entities(load("wbsearchentities_attila.json"), language="en")
    assert [h.qid for h in hits] == ["Q36724", "Q17987270", "Q4818461"]
    assert hits[2].description == "" and hits[2].label == "Attila the Hun"


def test_the_display_label_names_the_language_a_fallback_chose():
    data = {"search": [{"id": "Q64", "display": {"label": {"value": "Berlin", "language": "en"}},
                        "label": "Berlin", "match": {"type": "label", "language": "en", "text": "Berlin"}},
                       {"id": "Q7"}]}
    hits = parse_search_entities(data, language="tt")
    assert hits == [ItemHit("Q64", "Berlin", "", "en"), ItemHit("Q7", "Q7", "", "")]


def test_an_api_error_is_raised_with_its_code():
    with pytest.raises(LookupFailed) as caught:
        parse_search_entities({"error": {"code": "missingparam", "info": "The \"search\" "
                                         "parameter must be set."}}, language="en")
    assert caught.value.code == "missingparam"


def test_prefix_search_gives_category_names_without_namespace():
    assert parse_prefixsearch(load("prefixsearch_categories_mw139.json")) == [
        "Kazan Cathedral", "Kazan Kremlin"]


def test_category_info_tells_missing_existing_normalised_and_redirected():
    titles = ["Category:Kazan Kremlin", "Category:Kazan kremlin", "Category:Old name",
              "Category:Kazan_Cathedral"]
    assert parse_category_info(load("categoryinfo_redirects_mw139.json"), titles) == {
        "Category:Kazan Kremlin": (True, None),
        "Category:Kazan kremlin": (False, None),
        "Category:Old name": (True, "New name"),
        "Category:Kazan_Cathedral": (True, None),
    }
