"""Lookup results in the core: matching, suggestions, ranking, and the batch check."""
from __future__ import annotations

from conftest import build_item

from glamuploader.core.batch import Batch
from glamuploader.core.kit import Kit
from glamuploader.core.lookups import (CategoryHit, ItemHit, category_key, closest, fold, prefer)
from glamuploader.core.validate import category_problems_online


def test_folding_ignores_case_accents_and_underscores():
    assert fold("Çırağan_Palace") == fold("ciragan  palace") == "ciragan palace"
    assert fold("İstanbul") == "istanbul"


def test_category_key_is_the_wiki_form_of_a_name():
    assert category_key(" category:kazan_Kremlin ") == "Kazan Kremlin"


def test_the_closest_category_prefers_a_case_folded_match_then_similarity():
    names = ["Kazan Kremlin", "Kazan Kremlin towers", "Kazan"]
    assert closest("Kazan kremlin", names) == "Kazan Kremlin"
    assert closest("Kazan Kremlim", names) == "Kazan Kremlin"
    assert closest("Moscow", names) is None
    assert closest("Kazan Kremlin", ["Kazan Kremlin"]) is None     # itself is no suggestion


def test_kit_values_come_first_then_recently_used_then_the_rest():
    hits = ["a", "b", "c", "d", "e"]
    assert prefer(hits, key=str, kit=["d"], recent=["b", "D", "x"]) == ["d", "b", "a", "c", "e"]


class FakeLookups:
    """Answers as the wiki would for a few names and items."""

    def __init__(self) -> None:
        self.asked: list[list[str]] = []

    def search_items(self, text, *, language, limit=7):
        return [ItemHit("Q900", "Kazan", "", "en")] if text == "Q900" else []

    def search_categories(self, prefix, *, limit=10):
        return []

    def check_categories(self, names):
        names = list(names)
        self.asked.append(names)
        known = {"Kazan Kremlin": CategoryHit("Kazan Kremlin", True),
                 "Kazan kremlin": CategoryHit("Kazan kremlin", False, suggestion="Kazan Kremlin"),
                 "Kazan sights": CategoryHit("Kazan sights", False),
                 "Old name": CategoryHit("Old name", True, redirect_to="New name")}
        return {n: known[n] for n in names if n in known}


def test_the_batch_check_reports_each_item_once_per_problem_and_asks_once():
    kit = Kit(categories=["Old name"], depicts=["Q900"])
    one = build_item("a.jpg", categories=["Kazan kremlin", "Kazan Kremlin", "Not known offline"],
                     depicts=["Q123456789"])
    two = build_item("b.jpg", categories=["Kazan sights", "Uploaded with GLAM Uploader", "[[bad"])
    lookups = FakeLookups()
    problems = category_problems_online(Batch(items=[one, two], kit=kit), lookups)
    found = sorted((p.item.rsplit("/", 1)[1], p.code, tuple(sorted(p.params.items())))
                   for p in problems)
    assert found == [
        ("a.jpg", "category-not-on-wiki", (("category", "Kazan kremlin"),
                                           ("suggestion", "Kazan Kremlin"))),
        ("a.jpg", "category-redirected", (("category", "Old name"), ("target", "New name"))),
        ("a.jpg", "depicts-unverified", (("value", "Q123456789"),)),
        ("b.jpg", "category-not-on-wiki-nothing-close", (("category", "Kazan sights"),)),
        ("b.jpg", "category-redirected", (("category", "Old name"), ("target", "New name"))),
    ]
    assert len(lookups.asked) == 1
    assert "Uploaded with GLAM Uploader" not in lookups.asked[0] and "[[bad" not in lookups.asked[0]
