"""Edits on many items at once: applied to all, undone exactly, mixed values left alone."""
from __future__ import annotations

from glamuploader.core.edits import MIXED, add_to_list, common_value, list_presence, remove_from_list, set_field
from glamuploader.core.item import MediaItem, Metadata


def _items():
    return [MediaItem(f"/p/{n}.jpg", meta=Metadata(title=f"T{n}", categories=["A"] if n else [],
                                                   license="cc0" if n == 2 else ""))
            for n in range(3)]


def test_setting_a_licence_on_three_items_and_undoing_restores_each_old_value():
    items = _items()
    by_path = {i.path: i for i in items}
    edit = set_field(items, "license", "cc-by-sa-4.0")
    edit.apply(by_path)
    assert [i.meta.license for i in items] == ["cc-by-sa-4.0"] * 3
    edit.revert(by_path)
    assert [i.meta.license for i in items] == ["", "", "cc0"]


def test_add_category_to_all_adds_it_once_and_undo_removes_only_what_it_added():
    items = _items()
    by_path = {i.path: i for i in items}
    edit = add_to_list(items, "categories", "A")
    edit.apply(by_path)
    assert [i.meta.categories for i in items] == [["A"], ["A"], ["A"]]
    edit.revert(by_path)
    assert [i.meta.categories for i in items] == [[], ["A"], ["A"]]
    assert list_presence(items, "categories") == {"A": 2}


def test_differing_values_show_as_mixed_and_descriptions_are_per_language():
    items = _items()
    assert common_value(items, "license") is MIXED
    assert common_value(items[:2], "license") == ""
    by_path = {i.path: i for i in items}
    set_field(items, "description:ar", "صورة").apply(by_path)
    assert all(i.meta.descriptions == {"ar": "صورة"} for i in items)
    set_field(items, "description:ar", "").apply(by_path)
    assert all(i.meta.descriptions == {} for i in items)
    remove_from_list(items, "categories", "A").apply(by_path)
    assert common_value(items, "categories") == []


def test_many_fields_at_once_agree_with_one_field_at_a_time():
    """The editor reads 10 000 selected files for a dozen fields in one pass: each field must
    come out as if read alone, whether it differs at the first file, the last, or nowhere."""
    from glamuploader.core.edits import common_values
    items = [MediaItem(f"/p/{n}.jpg", meta=Metadata(
        title=f"T{n}", author="Aygul", license="cc0" if n == 99 else "",
        descriptions={"tt": "Сөембикә", **({"ru": "Башня"} if n < 50 else {})},
        categories=["Kazan"], privacy="keep" if n else "")) for n in range(100)]
    keys = ["title", "author", "license", "privacy", "categories", "location",
            "description:tt", "description:ru", "caption:en"]
    for chosen in (items, items[1:], items[:50], items[:1], items[98:], []):
        assert common_values(chosen, keys) == {k: common_value(chosen, k) for k in keys}
