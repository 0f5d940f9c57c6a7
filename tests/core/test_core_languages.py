from __future__ import annotations

import pytest

from glamuploader.core.languages import (LANGUAGES, PREFERRED, TURKIC, get_language, is_known,
                                         is_rtl, is_well_formed)

#: Turkic languages with a Wikipedia (checked against pywikibot's wikipedia family, 11.x)
TURKIC_WIKIPEDIAS = {"tr", "az", "azb", "kk", "ky", "uz", "tk", "tt", "ba", "cv", "sah", "crh",
                     "ug", "kaa", "gag", "krc", "alt", "tyv"}


def test_every_turkic_wikipedia_language_is_offered_first():
    assert {lang.code for lang in TURKIC} == TURKIC_WIKIPEDIAS
    assert PREFERRED[:len(TURKIC)] == tuple(lang.code for lang in TURKIC)
    assert PREFERRED[len(TURKIC):] == ("ru", "ar", "en")
    assert [lang.code for lang in LANGUAGES[:len(PREFERRED)]] == list(PREFERRED)


@pytest.mark.parametrize("code", ["azb", "ug", "ar", "fa", "he", "ur"])
def test_arabic_and_hebrew_script_languages_are_right_to_left(code):
    assert is_rtl(code)


@pytest.mark.parametrize("code", ["tr", "az", "kk", "ru", "en", "zh", "unknown"])
def test_other_scripts_are_left_to_right(code):
    assert not is_rtl(code)


def test_a_broad_set_of_unique_languages_with_names():
    codes = [lang.code for lang in LANGUAGES]
    assert len(codes) == len(set(codes)) >= 80
    assert all(lang.native_name and lang.english_name for lang in LANGUAGES)
    assert {"de", "fr", "es", "it", "uk", "fa", "he", "ur", "zh", "ja"} <= set(codes)


def test_lookup_by_code():
    assert get_language("kk").native_name == "Қазақша"
    assert get_language("TR").english_name == "Turkish"
    assert get_language("xx") is None and not is_known("xx") and is_known("sah")


@pytest.mark.parametrize("code, ok", [("en", True), ("be-tarask", True), ("zh-hans", True),
                                      ("EN", False), ("e", False), ("en}}{{x", False),
                                      ("en|1", False), ("", False)])
def test_only_well_formed_codes_can_name_a_language_template(code, ok):
    assert is_well_formed(code) is ok
