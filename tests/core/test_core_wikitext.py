from __future__ import annotations

import mwparserfromhell
import pytest

from glamuploader.core.item import GeoPoint
from glamuploader.core.kit import Kit
from glamuploader.core.wikitext import (category_problems, escape, render_page, template_problems,
                                        unescape, upload_comment)


def template(page, name):
    (found,) = [t for t in mwparserfromhell.parse(page).filter_templates(recursive=False)
                if t.name.strip() == name]
    return found


def categories(page):
    return [str(link.title)[len("Category:"):] for link in mwparserfromhell.parse(page).filter_wikilinks()
            if str(link.title).startswith("Category:")]


def test_rendered_page_has_the_commons_sections_in_order(make_item):
    page = render_page(make_item(license="cc-by-sa-4.0", author="Ayşe", date="2024-05-01",
                                 descriptions={"en": "Galata Tower", "tr": "Galata Kulesi"},
                                 categories=["Galata Tower"]), Kit())
    assert page.startswith("=={{int:filedesc}}==\n{{Information\n|description={{en|1=Galata Tower}}"
                           "{{tr|1=Galata Kulesi}}\n|date=2024-05-01\n|source={{own}}\n|author=Ayşe\n")
    assert page.index("{{Information") < page.index("=={{int:license-header}}==") \
        < page.index("{{self|cc-by-sa-4.0}}") < page.index("[[Category:Galata Tower]]")
    info = template(page, "Information")
    assert [str(p.name) for p in info.params] == ["description", "date", "source", "author",
                                                  "permission", "other versions"]


def test_rendered_page_has_location_with_heading(make_item):
    page = render_page(make_item(gps=GeoPoint(41.025634, 28.974167, altitude=60.0, heading=90.0)), Kit())
    assert "{{Location|41.025634|28.974167|heading:90}}" in page
    loc = template(page, "Location")
    assert [str(p.value) for p in loc.params] == ["41.025634", "28.974167", "heading:90"]


def test_location_without_heading_and_invalid_location_left_out(make_item):
    assert "{{Location|-33.8568|151.2153}}" in render_page(make_item(gps=GeoPoint(-33.8568, 151.2153)), Kit())
    assert "Location" not in render_page(make_item(location=GeoPoint(95.0, 10.0)), Kit())


def test_own_work_cc_by_sa_uses_self_template(make_item):
    page = render_page(make_item(license="cc-by-sa-4.0"), Kit(author="Ali"))
    assert "{{self|cc-by-sa-4.0}}" in page and "|source={{own}}" in page


def test_third_party_licence_uses_plain_template_and_the_source(make_item):
    page = render_page(make_item(license="cc-by-sa-3.0", source="https://museum.example/obj?id=7&x=1"),
                       Kit())
    assert "{{cc-by-sa-3.0}}" in page and "{{self" not in page and "{{own}}" not in page
    assert unescape(str(template(page, "Information").get("source").value).strip()) == \
        "https://museum.example/obj?id=7&x=1"
    assert "{{PD-Art|PD-old-70}}" in render_page(make_item(license="pd-art", source="Museum"), Kit())


def test_tracking_category_is_added_by_default(make_item):
    assert categories(render_page(make_item(categories=["Galata Tower"]), Kit())) == \
        ["Galata Tower", "Uploaded with GLAM Uploader"]


def test_tracking_category_can_be_turned_off(make_item):
    page = render_page(make_item(categories=["Galata Tower"]), Kit(tracking_category=False))
    assert categories(page) == ["Galata Tower"] and "GLAM Uploader" not in page


def test_kit_and_item_categories_and_templates_are_all_written_once(make_item):
    kit = Kit(categories=["Category:Pera Museum"], templates=["{{Wiki Loves Monuments 2026|tr}}"])
    page = render_page(make_item(categories=["Pera_Museum", "orientalism"],
                                 templates=["{{Wiki Loves Monuments 2026|tr}}", "{{Pera Museum}}"]), kit)
    assert categories(page) == ["Pera Museum", "Orientalism", "Uploaded with GLAM Uploader"]
    assert page.count("{{Wiki Loves Monuments 2026|tr}}") == 1 and "{{Pera Museum}}\n" in page


def test_invalid_categories_and_templates_are_left_out_of_the_page(make_item):
    page = render_page(make_item(categories=["Good", "Bad]] [[Category:Evil", "Pipe|x"],
                                 templates=["{{Fine}}", "{{A}}{{B}}", "not a template"]), Kit())
    assert categories(page) == ["Good", "Uploaded with GLAM Uploader"]
    assert "{{Fine}}" in page and "{{A}}" not in page and "not a template" not in page


def test_artwork_template_carries_museum_fields(make_item):
    fields = {"artist": "Osman Hamdi Bey", "title": "The Tortoise Trainer", "medium": "oil on canvas",
              "dimensions": "221.5 × 120 cm", "institution": "Pera Museum", "accession_number": "PM 1",
              "credit line": "Suna and İnan Kıraç Foundation", "date": "1906", "inscriptions": "signed"}
    page = render_page(make_item(license="pd-art", source="Pera Museum", author="Photographer",
                                 date="2024-05-01", fields=fields), Kit(description_template="Artwork"))
    art = template(page, "Artwork")
    values = {str(p.name): unescape(str(p.value).strip()) for p in art.params}
    assert values["artist"] == "Osman Hamdi Bey" and values["accession number"] == "PM 1"
    assert values["date"] == "1906" and values["inscriptions"] == "signed"
    assert values["credit line"] == "Suna and İnan Kıraç Foundation" and "notes" not in values
    assert "Information" not in page


def test_photograph_template_names_the_photographer(make_item):
    page = render_page(make_item(author="Sébah & Joaillier", license="pd-old-70", source="SALT"),
                       Kit(description_template="Photograph"))
    assert unescape(str(template(page, "Photograph").get("photographer").value).strip()) == \
        "Sébah & Joaillier"


def test_malformed_language_codes_are_not_written_as_templates(make_item):
    page = render_page(make_item(descriptions={"en}}{{x": "a", "en": "b", "tr": "  "}), Kit())
    assert "|description={{en|1=b}}\n" in page


@pytest.mark.parametrize("text, escaped", [
    ("a|b", "a&#124;b"), ("x = y", "x &#61; y"), ("{{tl}}", "&#123;&#123;tl&#125;&#125;"),
    ("[[Category:X]]", "&#91;&#91;Category:X&#93;&#93;"), ("<nowiki>", "&lt;nowiki&gt;"),
    ("~~~~", "&#126;&#126;&#126;&#126;"), ("__NOTOC__", "&#95;_NOTOC&#95;_"),
    ("* item", "&#42; item"), ("----", "&#45;---"), ("a\nb", "a<br />b"), ("it''s", "it&#39;'s"),
    ("Tom & Jerry", "Tom &amp; Jerry"), ("  trimmed \r\n", "trimmed"), ("\u0338x", "&#824;x")])
def test_user_text_is_escaped(text, escaped):
    assert escape(text) == escaped


@pytest.mark.parametrize("name", ["Galata Tower", "Category:Istanbul", "Uploaded with GLAM Uploader",
                                  "Kız Kulesi (Istanbul)"])
def test_good_category_names_pass(name):
    assert category_problems(name) == []


@pytest.mark.parametrize("name", ["", "Category:", "A]] [[B", "A|B", "A{{x}}", "A\u202eB",
                                  ":Leading", "A~~~B", "A%41", "x" * 256, "Line\nbreak"])
def test_invalid_category_is_reported(name):
    (problem,) = category_problems(name, item="/a")
    assert (problem.code, problem.item, problem.field, problem.params) == \
        ("category-invalid", "/a", "categories", {"category": name})


@pytest.mark.parametrize("text", ["{{Wiki Loves Monuments 2026|tr}}", "{{PD-Art|PD-old-70}}",
                                  "{{Information field|name=Event|value={{tr|1=Etkinlik}}}}",
                                  "{{Template:Foo|[[Istanbul]]}}", " {{Foo}} "])
def test_good_templates_pass(text):
    assert template_problems(text) == []


@pytest.mark.parametrize("text", ["Foo", "{{Foo", "{{Foo}}}", "{{A}}{{B}}", "{{A}} [[Category:X]]",
                                  "{{A|[[Category:X]]}}", "{{subst:Foo}}", "{{#if:x|y}}", "{{{1}}}",
                                  "{{A|<!-- x -->}}", "{{A|~~~~}}", "{{A|__NOTOC__}}", "{{}}",
                                  "{{A|\n}}", "{{A|[[B}}", "{{int:lang}}", "{{A|{x}}"])
def test_invalid_template_is_reported(text):
    (problem,) = template_problems(text, item="/a")
    assert (problem.code, problem.field, problem.params) == ("template-invalid", "templates",
                                                           {"template": text})


def test_upload_comment_is_short_and_cannot_link(make_item):
    text = upload_comment(make_item(), Kit(name="WLM [[Category:X]] /* s */\n" + "x" * 400), version="0.1.0")
    assert text.startswith("Uploaded with GLAM Uploader 0.1.0 (WLM ")
    assert "[[" not in text and "/*" not in text and "\n" not in text and len(text) <= 250
    assert upload_comment(make_item(), Kit()) == "Uploaded with GLAM Uploader"


def test_author_and_source_keep_user_and_web_links_but_not_category_links(make_item):
    from glamuploader.core.kit import Kit
    from glamuploader.core.wikitext import render_page
    item = make_item()
    item.meta.author = "[[User:Aygul|Aygul]] | [[Category:Sneaky]]"
    item.meta.source = "[https://museum.example/object?id=7 Museum of Kazan]"
    item.meta.license = "cc-by-sa-4.0"
    page = render_page(item, Kit())
    assert "|author=[[User:Aygul|Aygul]] &#124; &#91;&#91;Category:Sneaky&#93;&#93;" in page
    assert "|source=[https://museum.example/object?id=7 Museum of Kazan]" in page
    assert "[[Category:Sneaky]]" not in page
