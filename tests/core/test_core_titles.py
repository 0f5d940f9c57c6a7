from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from glamuploader.core.titles import (MAX_BYTES, STEM_MAX_BYTES, batch_title_problems,
                                      camera_name_pattern, clean_title, same_page, title_problems)


def codes(title, extension="jpg"):
    return {p.code for p in title_problems(title, extension=extension)}


@pytest.mark.parametrize("title", [
    "IMG_1234.jpg", "IMG1234.JPG", "DSC_0001.jpg", "DSC01234.jpg", "DSCN0001.jpg", "DSCF1234.jpg",
    "CIMG0001.jpg", "P1010001.jpg", "PICT0001.jpg", "MGP1234.jpg", "DCP01234.jpg", "Unknown.jpg",
    "Image (3).jpg", "12345.jpg", "2024-05-01.jpg", "IMG_20240501_123456.jpg", "20240501_123456.jpg",
    "PXL_20240501_123456789.jpg", "WhatsApp Image 2024-05-01 at 12.30.00.jpg", "IMG_1234 (2).jpg",
    "GOPR0042.jpg", "DJI_0042.jpg", "3f2b8c1e-9a4d-4c2b-8f3e-1a2b3c4d5e6f.jpg"])
def test_camera_name_title_is_refused(title):
    found = [p for p in title_problems(title, extension="jpg", item="/x") if p.code == "title-camera-name"]
    assert len(found) == 1 and found[0].is_error
    assert found[0].params["title"] == title and found[0].item == "/x" and found[0].field == "title"


@pytest.mark.parametrize("title", [
    "Hagia Sophia, Istanbul, 2024-05-01.jpg", "Imagery of the Bosphorus.jpg",
    "DSC building in Ankara.jpg", "IMG Worldwide office.jpg", "Picture Palace, Bristol.jpg",
    "Ayasofya Camii 001.jpg", "Qol Şərif məscidi.jpg"])
def test_descriptive_titles_are_accepted(title):
    assert codes(title) == set()


def test_title_over_240_bytes_in_cyrillic_is_refused():
    at_limit = "Ж" * 118 + ".jpg"                    # 236 + 4 bytes
    assert len(at_limit.encode()) == MAX_BYTES and codes(at_limit) == set()
    over = "Ж" * 119 + ".jpg"
    (problem,) = [p for p in title_problems(over, extension="jpg") if p.code == "title-too-long"]
    assert problem.params == {"bytes": 242, "limit": 240}


@pytest.mark.parametrize("title, chars", [
    ("A # hash.jpg", ["#"]), ("Pipe | and {brace}.jpg", ["{", "|", "}"]),
    ("Ratio 1:2 / 3\\4.jpg", ["/", ":", "\\"]), ("Sig ~~~~ here.jpg", ["~~~~"]),
    ("Percent %41 here.jpg", ["%41"]), ("Tom &amp; Jerry.jpg", ["&amp;"])])
def test_forbidden_and_replaced_characters_are_reported(title, chars):
    (problem,) = [p for p in title_problems(title, extension="jpg") if p.code == "title-forbidden-chars"]
    assert problem.params["chars"] == sorted(chars)


@pytest.mark.parametrize("char", ["\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069",
                                  "\x07", "\x85", "\xa0", "\xad", "\t"])
def test_control_and_bidi_characters_are_reported_as_code_points(char):
    (problem,) = [p for p in title_problems(f"Galata{char}Tower.jpg", extension="jpg")
                  if p.code == "title-control-chars"]
    assert problem.params["chars"] == [f"U+{ord(char):04X}"]


def test_decomposed_title_is_reported_as_not_nfc():
    title = unicodedata.normalize("NFD", "Çamlıca Kulesi.jpg")
    assert "title-not-nfc" in codes(title)
    assert "title-not-nfc" not in codes(unicodedata.normalize("NFC", title))


def test_extension_must_match_the_detected_type():
    (problem,) = [p for p in title_problems("Galata Tower.jpg", extension="png")
                  if p.code == "title-extension-wrong"]
    assert problem.params == {"extension": "jpg", "expected": "png"}
    assert "title-extension-wrong" not in codes("Galata Tower.JPEG", "jpg")
    assert "title-extension-wrong" in codes("Galata Tower", "jpg")
    assert "title-extension-wrong" not in codes("Galata Tower.txt", None)


def test_short_and_missing_titles_are_refused():
    assert "title-too-short" in codes("Kule.jpg")
    assert codes(".jpg") == {"title-missing"} == codes("")


def test_clean_title_makes_a_safe_name_from_free_text():
    assert clean_title("  Hagia\u202e Sophia | Ayasofya:\n interior [1]  ") == "Hagia Sophia - Ayasofya- interior -1"
    assert clean_title("Tom &amp; Jerry") == "Tom & Jerry"
    assert clean_title("a_b\xa0c\u00ad") == "a b c"
    assert clean_title("e\u0301") == "\u00e9"


def test_clean_title_trims_at_a_character_boundary():
    text = clean_title("Ж" * 200)
    assert text == "Ж" * (STEM_MAX_BYTES // 2)
    assert clean_title("é" * 3, max_bytes=5) == "éé"
    assert clean_title("aaa" + "q\u0301\u0302", max_bytes=6) == "aaa"  # no letter without its marks
    assert clean_title("aaa" + "q\u0301\u0302", max_bytes=8) == "aaaq\u0301\u0302"


@given(st.text())
def test_clean_title_output_never_has_character_or_length_problems(text):
    cleaned = clean_title(text)
    found = codes(cleaned + ".jpg") - {"title-too-short", "title-camera-name", "title-missing"}
    assert found == set()
    assert len(cleaned.encode()) <= STEM_MAX_BYTES and cleaned == cleaned.strip()


def test_camera_pattern_key_is_reported():
    assert camera_name_pattern("IMG_1234") == "camera-prefix"
    assert camera_name_pattern("P1010001") == "olympus-panasonic"
    assert camera_name_pattern("Unknown") == "generic"
    assert camera_name_pattern("Galata Tower") is None


def test_duplicate_titles_in_a_batch_are_found_like_mediawiki_compares():
    problems = batch_title_problems([("/a", "galata tower.jpg"), ("/b", "Galata_Tower.jpg"),
                                     ("/c", "Galata tower.jpg"), ("/d", "Galata  tower.jpg")])
    by_item = {p.item: p for p in problems}
    assert set(by_item) == {"/a", "/c", "/d"}                  # "/b" has a capital T
    assert by_item["/c"].params == {"title": "Galata tower.jpg", "other": "/a"}
    assert by_item["/a"].params["other"] == "/c"
    assert {p.code for p in problems} == {"title-duplicate-in-batch"}
    assert batch_title_problems([("/a", "x.jpg"), ("/b", "X.jpg")])[0].params["other"] == "/b"


def test_the_wiki_s_spelling_of_our_title_is_recognised_as_ours():
    """How the queue knows a file found on the wiki is this batch's own upload."""
    assert same_page("File:Kazan_Kremlin 01.jpg", "File:Kazan Kremlin  01.jpg")
    assert same_page("Datei:kazan Kremlin.jpg", "File:Kazan Kremlin.jpg")   # localised namespace
    assert not same_page("File:Kazan Kremlin 01.jpg", "File:Kazan Kremlin 02.jpg")
    assert not same_page("File:kazan.jpg", "File:Kazan.JPG")
