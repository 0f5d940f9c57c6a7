"""Whatever a person types, the page keeps its shape and says exactly what they typed."""
from __future__ import annotations

import unicodedata
from collections import Counter

import mwparserfromhell
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from glamuploader.core import dates
from glamuploader.core.item import FileFacts, MediaItem, Metadata
from glamuploader.core.kit import Kit
from glamuploader.core.licenses import get_license, is_own_work
from glamuploader.core.wikitext import (ARTWORK_FIELDS, ARTWORK_OPTIONAL, INFORMATION_FIELDS, escape,
                                       escape_keeping_links, museum_date_text, person_or_place, size_text,
                                       normalize_text, render_page, unescape)

TRAPS = ["|", "=", "{{", "}}", "{", "}", "[[", "]]", "[", "]", "\n", "\r\n", "\r", "<nowiki>",
         "</nowiki>", "<br />", "<!--", "-->", "~~~~", "__NOTOC__", "__", "----", "*", "#", ":", ";",
         "!", "'''", "&amp;", "&#124;", "&", "<", ">", "\u0338", "\u0301", "\u202e", "\xa0", "\x00",
         "{{own}}", "[[Category:Injected]]", "{{Injected}}", "{|", "|}", "|-", "http://x.example/a=b|c",
         " ", "\t", "Ayasofya", "Қазақ", "ئۇيغۇر", "ẞ", "🙂", "e\u0301"]

user_text = st.lists(st.one_of(st.text(), st.sampled_from(TRAPS)), max_size=8).map("".join)
LANGS = ["en", "tr", "ru", "ar", "azb", "kk", "ug"]
descriptions = st.dictionaries(st.sampled_from(LANGS), user_text, max_size=4)
museum = st.dictionaries(st.sampled_from(ARTWORK_FIELDS + ARTWORK_OPTIONAL), user_text, max_size=8)
CATEGORIES = ["Galata Tower", "Uploaded with GLAM Uploader"]


def _item(*, descs, author, source, date, title, fields, license):
    return MediaItem(path="/p/Galata.jpg", facts=FileFacts(kind="jpg"),
                     meta=Metadata(title=title, descriptions=descs, author=author, source=source,
                                   date=date, license=license, categories=["Galata Tower"],
                                   fields=fields))


def _check_shape(page, template_name, expected_langs, license, own, *, extra=None):
    assert unicodedata.is_normalized("NFC", page)   # MediaWiki's NFC on save changes nothing
    code = mwparserfromhell.parse(page)
    names = Counter(str(t.name).strip() for t in code.filter_templates())
    lic = get_license(license)
    expected = Counter({"int:filedesc": 1, "int:license-header": 1, template_name: 1})
    expected.update(expected_langs)
    expected.update(["own"] * own)
    expected.update([lic.template(own_work=own).strip("{}").split("|")[0]])
    expected.update(extra or {})
    assert +names == +expected
    links = [str(link.title) for link in code.filter_wikilinks()]
    namespaces = [link.split(":", 1)[0].strip(" :").lower() if ":" in link else "" for link in links]
    # only our categories categorise; a page link typed in the author or source stays a link
    # (Commons expects [[User:Name|Name]]), but never one that categorises or embeds a file
    assert [lk for lk, ns in zip(links, namespaces) if ns == "category"] == [f"Category:{c}" for c in CATEGORIES]
    assert not {"file", "image", "media"} & set(namespaces)
    assert {str(tag.tag) for tag in code.filter_tags()} <= {"br"}
    assert not code.filter_comments() and len(code.filter_headings()) == 2
    assert "__" not in page and "~~~" not in page and "<" not in page.replace("<br />", "")
    (found,) = [t for t in code.filter_templates(recursive=False) if str(t.name).strip() == template_name]
    return found


def _check_description(param, descs):
    expected = [(lang, normalize_text(text)) for lang, text in descs.items() if normalize_text(text)]
    nodes = param.value.nodes
    langs = [n for n in nodes if not (isinstance(n, mwparserfromhell.nodes.Text) and not str(n).strip())]
    assert all(isinstance(n, mwparserfromhell.nodes.Template) for n in langs)
    got = [(str(t.name), unescape(str(t.get("1").value))) for t in langs]
    assert [str(p.name) for t in langs for p in t.params] == ["1"] * len(langs)
    assert got == expected
    return [lang for lang, _ in expected]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(descs=descriptions, author=user_text, source=user_text, date=user_text, title=user_text,
       license=st.sampled_from(["cc-by-sa-4.0", "pd-old-70", "cc0"]))
@example(descs={}, author="[[User:Admin|Admin]]", source="[[0]]", date="", title="", license="cc-by-sa-4.0")
def test_information_page_round_trips_any_user_text(descs, author, source, date, title, license):
    page = render_page(_item(descs=descs, author=author, source=source, date=date, title=title,
                             fields={}, license=license), Kit())
    expected_langs = [lang for lang, text in descs.items() if normalize_text(text)]
    own = is_own_work(license=get_license(license), source=source)
    info = _check_shape(page, "Information", expected_langs, license, own)
    assert [str(p.name) for p in info.params] == list(INFORMATION_FIELDS)
    values = {str(p.name): unescape(str(p.value).strip()) for p in info.params}
    _check_description(info.get("description"), descs)
    assert values["author"] == normalize_text(author)
    assert values["source"] == ("{{own}}" if own else normalize_text(source))
    assert values["date"] == (dates.to_wikitext(date) or normalize_text(date))
    assert values["permission"] == values["other versions"] == ""


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(descs=descriptions, author=user_text, source=user_text, fields=museum)
def test_artwork_page_round_trips_any_user_text(descs, author, source, fields):
    page = render_page(_item(descs=descs, author=author, source=source, date="2024-05-01", title="",
                             fields=fields, license="pd-art"), Kit(description_template="Artwork"))
    expected_langs = [lang for lang, text in descs.items() if normalize_text(text)]
    # museum forms the page writes as templates on purpose: a date it reads ("c.1785"), a size
    # ("394 x 419 mm"), a Creator:/Institution: template or a Q-id; every other text as typed
    given_artist = fields.get("artist", "") if normalize_text(fields.get("artist", "")) else author
    made = {"artist": person_or_place(given_artist), "institution": person_or_place(fields.get("institution", "")),
            "dimensions": size_text(fields.get("dimensions", "")),
            "date": museum_date_text(fields["date"]) if normalize_text(fields.get("date", "")) else "2024-05-01"}
    plain = {"artist": escape_keeping_links(given_artist), "institution": escape_keeping_links(fields.get("institution", "")),
             "dimensions": escape(fields.get("dimensions", "")),
             "date": escape(fields["date"]) if normalize_text(fields.get("date", "")) else "2024-05-01"}
    extra = Counter(str(t.name).strip() for name, v in made.items() if v != plain[name]
                    for t in mwparserfromhell.parse(v).filter_templates())
    art = _check_shape(page, "Artwork", expected_langs, "pd-art", False, extra=extra)
    optional = [n for n in ARTWORK_OPTIONAL if normalize_text(fields.get(n, ""))]
    assert {str(p.name) for p in art.params} == set(ARTWORK_FIELDS) | set(optional)
    assert len(art.params) == len(ARTWORK_FIELDS) + len(optional)
    raw = {str(p.name): str(p.value).strip() for p in art.params}
    values = {name: unescape(text) for name, text in raw.items()}
    _check_description(art.get("description"), descs)
    for name, text in made.items():
        if text != plain[name]:
            assert raw[name] == text
            del values[name]
    for name in set(values) - {"description", "source", "date", "artist"}:
        assert values[name] == normalize_text(fields.get(name, ""))
    if "artist" in values:
        assert values["artist"] == normalize_text(given_artist)
    assert values["source"] == normalize_text(source)
    if "date" in values:
        assert values["date"] == (normalize_text(fields.get("date", "")) or "2024-05-01")


@settings(max_examples=400, deadline=None)
@given(cell=user_text)
def test_a_spreadsheet_cell_in_a_page_template_never_breaks_the_template_around_it(cell):
    """Pattypan's cells are wikitext: whole templates in them stay, but nothing in a cell can
    add a parameter, close the template around it or start a tag, a heading or a category."""
    from glamuploader.core.wikitext import fill_page_template
    page = fill_page_template("{{Artwork\n |notes = ${notes}\n |title = fixed\n}}", Metadata(fields={"notes": cell}))
    code = mwparserfromhell.parse(page)
    (art,) = [t for t in code.filter_templates(recursive=False)]
    assert str(art.name).strip() == "Artwork" and [str(p.name).strip() for p in art.params] == ["notes", "title"]
    assert str(art.get("title").value).strip() == "fixed"
    assert not code.filter_tags() or {str(t.tag) for t in code.filter_tags()} <= {"br"}
    assert not code.filter_headings() and not code.filter_comments()
    assert not [lk for lk in code.filter_wikilinks() if str(lk.title).strip(" :").lower().startswith(("category:", "file:"))]
