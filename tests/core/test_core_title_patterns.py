from __future__ import annotations

import pytest

from glamuploader.core.item import FileFacts, MediaItem, Metadata
from glamuploader.core.kit import Kit
from glamuploader.core.titles import PatternError, expand_pattern, final_title


def item(**meta):
    return MediaItem(path="/photos/DSC_0042.jpeg",
                     facts=FileFacts(kind="jpg", taken="2024-05-01T12:30:00+03:00", title="Galata: tower",
                                     camera_make="Canon", camera_model="Canon EOS R6"),
                     meta=Metadata(**meta))


def test_title_field_prefers_the_items_title_then_the_xmp_title_then_the_file_stem():
    assert expand_pattern("{title}", item(title="Galata Tower"), Kit(), 1) == "Galata Tower"
    assert expand_pattern("{title}", item(), Kit(), 1) == "Galata- tower"   # cleaned: read from the file
    bare = MediaItem(path="/photos/Kız Kulesi.jpg", facts=FileFacts(kind="jpg"))
    assert expand_pattern("{title}", bare, Kit(), 1) == "Kız Kulesi"


def test_pattern_with_date_number_and_kit_fields():
    kit = Kit(title_pattern="{institution} {accession_number} {title} {date} {n:03}",
              fields={"institution": "Pera Museum", "accession number": "PM.12"})
    assert final_title(item(title="Tortoise Trainer"), kit, 7) == \
        "Pera Museum PM.12 Tortoise Trainer 2024-05-01 007.jpg"


def test_item_fields_override_kit_fields_and_keys_ignore_case_and_spaces():
    kit = Kit(fields={"Accession Number": "KIT"})
    assert expand_pattern("{accession_number}", item(fields={"accession number": "ITEM"}), kit, 1) == "ITEM"
    assert expand_pattern("{accession number}", item(), kit, 1) == "KIT"


def test_description_camera_and_original_fields():
    it = item(descriptions={"en": "The tower", "tr": "Kule"})
    assert expand_pattern("{description}", it, Kit(), 1) == "Kule"            # Turkic first
    assert expand_pattern("{description:en}", it, Kit(), 1) == "The tower"
    assert expand_pattern("{description}", it, Kit(languages=["en"]), 1) == "The tower"
    assert expand_pattern("{camera} {original}", it, Kit(), 1) == "Canon EOS R6 DSC 0042"


def test_unknown_field_is_a_pattern_error_with_its_code():
    with pytest.raises(PatternError) as caught:
        expand_pattern("{title} {photographer_name}", item(), Kit(), 1)
    assert caught.value.code == "title-pattern-unknown-field"
    assert caught.value.params == {"field": "photographer_name"}


@pytest.mark.parametrize("pattern", ["{title", "{n:zz}", "{title!r}", "{title:d}"])
def test_broken_pattern_is_a_pattern_error(pattern):
    with pytest.raises(PatternError) as caught:
        expand_pattern(pattern, item(title="Galata Tower"), Kit(), 1)
    assert caught.value.code == "title-pattern-invalid"


def test_empty_fields_leave_no_dangling_separators():
    it = MediaItem(path="/p/Galata Tower.jpg", facts=FileFacts(kind="jpg"))
    assert expand_pattern("{title} - {date}", it, Kit(), 1) == "Galata Tower"


def test_final_title_takes_the_extension_of_the_detected_type():
    png_named_jpg = MediaItem(path="/p/Galata Tower.jpg", facts=FileFacts(kind="png"))
    assert final_title(png_named_jpg, Kit(), 1) == "Galata Tower.png"
    assert final_title(item(title="Galata Tower.jpg"), Kit(), 1) == "Galata Tower.jpg"
    unknown = MediaItem(path="/p/Galata Tower.TIFF", facts=FileFacts())
    assert final_title(unknown, Kit(), 1) == "Galata Tower.tif"
