"""Every language follows its glossary: the words Wikimedia's own interface uses for upload,
caption, depicts, Commons… (translations/glossary/<language>.yaml, see translations/README.md).

Read without Qt from the .ts files: a message whose English text names a term must use one of
the glossary's stems for it in every form, and none of the words the glossary says to avoid.
"""
from __future__ import annotations

import importlib.util
import os
import re

import pytest
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GLOSSARY_DIR = os.path.join(ROOT, "translations", "glossary")


def _script():
    spec = importlib.util.spec_from_file_location("translations_script", os.path.join(ROOT, "scripts", "translations.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCRIPT = _script()
# The terms the issue names; every glossary has them, so no language can leave one out.
REQUIRED = {"upload", "file", "category", "licence", "caption", "depicts", "structured data", "bot password",
            "Commons", "Wikidata item", "description", "title", "batch", "wiki", "log in"}


def _glossary(language: str) -> dict:
    with open(os.path.join(GLOSSARY_DIR, f"{language}.yaml"), encoding="utf-8") as f:
        return yaml.safe_load(f)


def _matches(term: dict, source: str) -> bool:
    pattern = term.get("match") or r"\b" + re.escape(term["en"]) + r"\b"
    return re.search(pattern, source.replace("&", ""), re.I) is not None


@pytest.mark.parametrize("language", SCRIPT.LANGUAGES)
def test_each_language_has_a_glossary_with_the_terms_and_where_wikimedia_uses_them(language):
    glossary = _glossary(language)
    assert glossary["language"] == language
    terms = {t["en"]: t for t in glossary["terms"]}
    assert REQUIRED <= set(terms), f"{language}: glossary lacks {sorted(REQUIRED - set(terms))}"
    for term in terms.values():
        assert term.get("use") and term.get("from"), f"{language}: {term['en']!r} needs 'use' and 'from'"


@pytest.mark.parametrize("language", SCRIPT.LANGUAGES)
def test_every_translation_uses_the_glossary_terms_and_none_it_says_to_avoid(language):
    terms = _glossary(language)["terms"]
    wrong = []
    for message in SCRIPT.ts_messages(language):
        source, forms = message["source"], [f for f in message["forms"] if f.strip()]
        if not forms:
            continue
        for term in terms:
            if not _matches(term, source) or source in term.get("except", []):
                continue
            stems = [s.lower() for s in term.get("stems", [])]
            for form in forms:
                low = form.replace("&", "").lower()
                if stems and not any(stem in low for stem in stems):
                    wrong.append(f"{term['en']!r} is not {term['use']!r} in {source!r} -> {form!r}")
                for word in term.get("avoid", []):
                    if word.lower() in low:
                        wrong.append(f"{term['en']!r} must not be {word!r} in {source!r} -> {form!r}")
    assert not wrong, f"{language}: {len(wrong)} message(s) off the glossary:\n" + "\n".join(wrong[:40])
