"""XMP as programs really write it is read, whatever prefix its root element has."""
from __future__ import annotations

from corpus import make_jpeg, xmp_with

from glamuploader.media.facts import read_facts

WINDOWS = ("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Galata Tower</rdf:li></rdf:Alt>"
           "</dc:title><dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">From Karaköy"
           "</rdf:li></rdf:Alt></dc:description><dc:subject><rdf:Bag><rdf:li>tower</rdf:li>"
           "<rdf:li>Istanbul</rdf:li></rdf:Bag></dc:subject>"
           "<MicrosoftPhoto:Rating>75</MicrosoftPhoto:Rating>")
NAMESPACES = {"dc": "http://purl.org/dc/elements/1.1/",
              "MicrosoftPhoto": "http://ns.microsoft.com/photo/1.0/",
              "xmp": "http://ns.adobe.com/xap/1.0/"}


def test_windows_photo_gallery_xmp_with_an_xmp_prefixed_root_is_read(tmp_path):
    """Windows writes ``<xmp:xmpmeta xmlns:xmp="adobe:ns:meta/">`` and binds ``xmp`` again,
    to the XMP basic schema, inside it: well-formed, not "not well-formed"."""
    packet = xmp_with(WINDOWS + "<xmp:CreateDate>2012-06-30T19:20:00+03:00</xmp:CreateDate>",
                      namespaces=NAMESPACES, root=("xmp", "adobe:ns:meta/"), padding=2000)
    facts = read_facts(make_jpeg(tmp_path / "wpg.jpg", taken=None, offset=None, xmp=packet))
    assert facts.problems == ()
    assert (facts.title, facts.description) == ("Galata Tower", "From Karaköy")
    assert facts.keywords == ("tower", "Istanbul")
    assert facts.taken == "2012-06-30T19:20:00+03:00"


def test_a_root_without_prefix_and_a_bare_rdf_packet_are_read(tmp_path):
    default = xmp_with(WINDOWS, namespaces=NAMESPACES, root=("x", "adobe:ns:meta/")).replace(
        b"<x:xmpmeta xmlns:x=", b"<xmpmeta xmlns=").replace(b"</x:xmpmeta>", b"</xmpmeta>")
    assert read_facts(make_jpeg(tmp_path / "a.jpg", xmp=default)).title == "Galata Tower"
    bare = default[default.index(b"<rdf:RDF"):default.index(b"</xmpmeta>")]
    assert read_facts(make_jpeg(tmp_path / "b.jpg", xmp=bare)).title == "Galata Tower"


def test_a_packet_that_really_is_broken_is_still_reported(tmp_path):
    packet = xmp_with(WINDOWS, namespaces=NAMESPACES).replace(b"</dc:title>", b"")
    facts = read_facts(make_jpeg(tmp_path / "a.jpg", xmp=packet))
    assert [(p.code, p.field) for p in facts.problems] == [("exif-unreadable", "xmp")]
