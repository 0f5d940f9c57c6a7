"""Dates as museums write them (Tate's dateText, Russian and Turkish exports)."""
from __future__ import annotations

import pytest

from glamuploader.core.museumdates import CENTURY, DECADE, YEAR, parse


@pytest.mark.parametrize(("text", "wikitext", "p571"), [
    ("1785", "1785", (1785, YEAR, False, None)),
    ("c.1785", "{{circa|1785}}", (1785, YEAR, True, None)),
    ("c. 1785", "{{circa|1785}}", (1785, YEAR, True, None)),
    ("около 1785", "{{circa|1785}}", (1785, YEAR, True, None)),
    ("yaklaşık 1785", "{{circa|1785}}", (1785, YEAR, True, None)),
    ("?c.1785", "{{circa|1785}} (?)", (1785, YEAR, True, None)),
    ("1826-7", "{{other date|-|1826|1827}}", (1820, DECADE, False, (1826, 1827))),
    ("1826–1834", "{{other date|-|1826|1834}}", (1800, CENTURY, False, (1826, 1834))),
    ("c.1830-5", "{{circa|{{other date|-|1830|1835}}}}", (1830, DECADE, True, (1830, 1835))),
    ("1798-1805", "{{other date|-|1798|1805}}", None),                 # across a century
    ("1780s", "{{other date|s|1780}}", (1780, DECADE, False, (1780, 1789))),
    ("1780-е", "{{other date|s|1780}}", (1780, DECADE, False, (1780, 1789))),
    ("1790-1810", "{{other date|-|1790|1810}}", None),            # two centuries: no P571
    ("[date not known]", "{{other date|?}}", None),
])
def test_museum_forms_become_templates_and_a_date_with_its_precision(text, wikitext, p571):
    date = parse(text)
    assert date is not None
    assert date.wikitext() == wikitext
    assert date.p571() == p571


@pytest.mark.parametrize("text", ["1794/c.1830-5", "1825, reprinted 1874", "19th century",
                                  "1830-1820", "", "published 1874", "c.", "17851"])
def test_other_forms_are_not_guessed_at(text):
    assert parse(text) is None


def test_an_artwork_page_and_its_structured_data_take_the_museum_date():
    from glamuploader.core.item import MediaItem, Metadata
    from glamuploader.core.kit import Kit
    from glamuploader.core.sdc import mediainfo
    from glamuploader.core.wikitext import render_page
    item = MediaItem("/scans/A00001.jpg", meta=Metadata(
        license="cc0", fields={"artist": "Robert Blake", "title": "A Figure Bowing before a Seated Old Man",
                               "date": "c.1830-5", "accession number": "A00001"}))
    kit = Kit(description_template="Artwork")
    assert "|date={{circa|{{other date|-|1830|1835}}}}" in render_page(item, kit)
    [inception] = [c for c in mediainfo(item, kit)["claims"] if c["mainsnak"]["property"] == "P571"]
    value = inception["mainsnak"]["datavalue"]["value"]
    assert (value["time"], value["precision"]) == ("+1830-00-00T00:00:00Z", DECADE)
    qualifiers = inception["qualifiers"]
    assert qualifiers["P1480"][0]["datavalue"]["value"]["id"] == "Q5727902"
    assert qualifiers["P1319"][0]["datavalue"]["value"]["time"] == "+1830-00-00T00:00:00Z"
    assert qualifiers["P1326"][0]["datavalue"]["value"]["time"] == "+1835-00-00T00:00:00Z"

    item.meta.fields["date"] = "1825, reprinted 1874"            # kept as written, no P571
    assert "|date=1825, reprinted 1874" in render_page(item, kit)
    assert not [c for c in mediainfo(item, kit)["claims"] if c["mainsnak"]["property"] == "P571"]
