"""Stars and rejects the file already carries (issue 13), as the programs volunteers use write
them: Lightroom and Bridge (xmp:Rating, -1 for a reject), darktable's "xap" prefix for the same
namespace, Windows Photo Gallery / Explorer (MicrosoftPhoto:Rating 1-99, and EXIF Rating), and
nonsense that must be ignored, not trusted."""
from __future__ import annotations

import pytest
from corpus import make_jpeg

from glamuploader.core.picks import pick_of, stars_of
from glamuploader.core.item import MediaItem
from glamuploader.media.facts import read_facts


def _xmp(attributes: str, prefixes: str = 'xmlns:xmp="http://ns.adobe.com/xap/1.0/"') -> bytes:
    return ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
            f'{prefixes} xmlns:MicrosoftPhoto="http://ns.microsoft.com/photo/1.0/" {attributes}/></rdf:RDF>'
            '</x:xmpmeta><?xpacket end="w"?>').encode("utf-8")


@pytest.mark.parametrize(("xmp", "stars", "pick"), [
    (_xmp('xmp:Rating="4"'), 4, ""),                                              # Lightroom
    (_xmp('xmp:Rating="-1"'), 0, "reject"),                                       # Lightroom's reject
    (_xmp('xap:Rating="3.0"', 'xmlns:xap="http://ns.adobe.com/xap/1.0/"'), 3, ""),  # another prefix
    (_xmp('MicrosoftPhoto:Rating="75"'), 4, ""),                                  # Windows Photo Gallery
    (_xmp('xmp:Rating="5" MicrosoftPhoto:Rating="1"'), 5, ""),                    # both: the XMP one
    (_xmp('xmp:Rating="11"'), 0, ""),                                             # nonsense: ignored
])
def test_the_files_own_rating_is_read_at_import(tmp_path, xmp, stars, pick):
    path = make_jpeg(tmp_path / "walk.jpg", size=(64, 48), xmp=xmp)
    item = MediaItem(path, read_facts(path))
    assert (stars_of(item), pick_of(item)) == (stars, pick)
    assert not [p for p in item.facts.problems if p.code == "file-corrupt"]


def test_windows_explorer_stars_in_exif_are_read_and_a_bad_one_is_said(tmp_path):
    path = make_jpeg(tmp_path / "explorer.jpg", size=(64, 48), raw={(None, 0x4746): 3})
    assert read_facts(path).rating == 3
    path = make_jpeg(tmp_path / "odd.jpg", size=(64, 48), raw={(None, 0x4746): 42})
    facts = read_facts(path)
    assert facts.rating is None
    assert any(p.code == "exif-value-ignored" and p.field == "rating" for p in facts.problems)
