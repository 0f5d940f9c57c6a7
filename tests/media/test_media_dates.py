"""The date taken: EXIF DateTimeOriginal, else XMP, else IPTC, else DateTimeDigitized; the
ModifyDate (when an editor last saved the file) never, though the volunteer is told of it."""
from __future__ import annotations

import pytest
from corpus import EXIF_IFD, iptc_datasets, make_jpeg, xmp_with

from glamuploader import messages
from glamuploader.core.problems import CODES, Severity
from glamuploader.media.facts import read_facts

MODIFIED = {(None, 0x0132): "2023:11:20 18:45:10"}   # IFD0 DateTime: GIMP's last save


def codes(facts) -> list[str]:
    return [p.code for p in facts.problems]


def test_a_gimp_edited_file_takes_its_date_from_xmp_not_from_the_later_modify_date(tmp_path):
    xmp = xmp_with("<photoshop:DateCreated>2019-05-12T14:03:22+02:00</photoshop:DateCreated>"
                   "<xmp:ModifyDate>2023-11-20T18:45:10+01:00</xmp:ModifyDate>")
    facts = read_facts(make_jpeg(tmp_path / "gimp.jpg", taken=None, offset=None, raw=MODIFIED,
                                 xmp=xmp))
    assert facts.taken == "2019-05-12T14:03:22+02:00"
    assert codes(facts) == []


def test_a_file_with_only_a_modify_date_has_no_date_taken_and_says_so(tmp_path):
    path = make_jpeg(tmp_path / "edited.jpg", taken=None, offset=None, raw=MODIFIED)
    facts = read_facts(path)
    assert facts.taken is None
    [problem] = facts.problems
    assert (problem.code, problem.item, problem.field) == ("date-only-modified", path, "date")
    assert problem.params == {"modified": "2023-11-20T18:45:10"}
    assert CODES["date-only-modified"] is Severity.WARNING
    words = messages.problem_text("date-only-modified", problem.params)
    assert "2023-11-20T18:45:10" in words and "not when the photo was taken" in words


def test_a_photoshop_file_takes_xmp_create_date_with_its_offset(tmp_path):
    xmp = xmp_with("<xmp:CreateDate>2018-07-01T09:15:30.25-04:00</xmp:CreateDate>"
                   "<xmp:ModifyDate>2022-01-02T03:04:05-05:00</xmp:ModifyDate>"
                   "<xmp:MetadataDate>2022-01-02T03:04:05-05:00</xmp:MetadataDate>")
    facts = read_facts(make_jpeg(tmp_path / "ps.jpg", taken=None, offset=None, raw=MODIFIED,
                                 xmp=xmp))
    assert facts.taken == "2018-07-01T09:15:30-04:00" and codes(facts) == []


def test_an_iptc_only_date_with_its_time_and_offset_is_the_date_taken(tmp_path):
    iptc = iptc_datasets([(55, "20150823"), (60, "101500+0300")])
    facts = read_facts(make_jpeg(tmp_path / "iptc.jpg", exif=False, iptc=iptc))
    assert facts.taken == "2015-08-23T10:15:00+03:00" and codes(facts) == []


def test_an_iptc_date_without_time_is_a_day(tmp_path):
    facts = read_facts(make_jpeg(tmp_path / "iptc.jpg", exif=False,
                                 iptc=iptc_datasets([(55, "19870300")])))
    assert facts.taken == "1987-03"


def test_xmp_properties_are_found_by_namespace_under_any_prefix_and_as_attributes(tmp_path):
    odd = {"ps": "http://ns.adobe.com/photoshop/1.0/", "e": "http://ns.adobe.com/exif/1.0/"}
    element = xmp_with("<e:DateTimeOriginal>2010-10-10T10:10:10Z</e:DateTimeOriginal>",
                       namespaces=odd)
    assert read_facts(make_jpeg(tmp_path / "a.jpg", taken=None, offset=None,
                                xmp=element)).taken == "2010-10-10T10:10:10+00:00"
    attribute = xmp_with("", namespaces=odd).replace(
        b'rdf:about=""', b'rdf:about="" ps:DateCreated="2011-11-11"')
    assert read_facts(make_jpeg(tmp_path / "b.jpg", taken=None, offset=None,
                                xmp=attribute)).taken == "2011-11-11"


def test_the_sources_are_taken_in_order(tmp_path):
    every = xmp_with("<xmp:CreateDate>2003-03-03T03:03:03</xmp:CreateDate>"
                     "<exif:DateTimeOriginal>2002-02-02T02:02:02</exif:DateTimeOriginal>"
                     "<photoshop:DateCreated>2001-01-01</photoshop:DateCreated>")
    iptc = iptc_datasets([(55, "20040404")])
    digitized = {(EXIF_IFD, 0x9004): "2005:05:05 05:05:05"}

    def taken(name: str, **kwargs) -> str | None:
        return read_facts(make_jpeg(tmp_path / name, offset=None, **kwargs)).taken
    assert taken("a.jpg", taken="2000:12:31 23:59:59", xmp=every, iptc=iptc) == "2000-12-31T23:59:59"
    assert taken("b.jpg", taken=None, raw=digitized, xmp=every, iptc=iptc) == "2001-01-01"
    without_photoshop = xmp_with("<xmp:CreateDate>2003-03-03T03:03:03</xmp:CreateDate>"
                                 "<exif:DateTimeOriginal>2002-02-02T02:02:02</exif:DateTimeOriginal>")
    assert taken("c.jpg", taken=None, xmp=without_photoshop) == "2002-02-02T02:02:02"
    assert taken("d.jpg", taken=None, raw=digitized, iptc=iptc) == "2004-04-04"
    assert taken("e.jpg", taken=None, raw={**digitized, **MODIFIED}) == "2005-05-05T05:05:05"


def test_an_impossible_xmp_date_is_reported_and_the_next_source_used(tmp_path):
    xmp = xmp_with("<photoshop:DateCreated>2019-02-30</photoshop:DateCreated>"
                   "<xmp:CreateDate>2019-03-01T08:00:00</xmp:CreateDate>")
    facts = read_facts(make_jpeg(tmp_path / "a.jpg", taken=None, offset=None, xmp=xmp))
    assert facts.taken == "2019-03-01T08:00:00"
    assert [(p.code, p.params["tag"]) for p in facts.problems] == [
        ("exif-value-ignored", "XMP photoshop:DateCreated")]


@pytest.mark.parametrize("text, expected", [
    ("2019", "2019"), ("2019-05", "2019-05"), ("2019-05-12", "2019-05-12"),
    ("2019-05-12T14:03", "2019-05-12T14:03:00"), ("2019-05-12T14:03:22Z", "2019-05-12T14:03:22+00:00"),
    ("2019-05-12T14:03:22.123+0530", "2019-05-12T14:03:22+05:30"),
    ("2019:05:12 14:03:22", "2019-05-12T14:03:22"),
    ("2019-13-01", None), ("1650-01-01", None), ("2019-05-12T25:00", None),
    ("2019-05-12T10:00+15:00", None), ("yesterday", None), ("", None),
])
def test_xmp_dates_as_iso_8601(text, expected):
    from glamuploader.media.datetaken import xmp_date
    assert xmp_date(text) == expected


@pytest.mark.parametrize("date, time, expected", [
    ("20150823", None, "2015-08-23"), ("20150823", "101500", "2015-08-23T10:15:00"),
    ("20150823", "101500-0430", "2015-08-23T10:15:00-04:30"), ("20150823", "99", "2015-08-23"),
    ("20150000", None, "2015"), ("20150800", None, "2015-08"), ("20151332", None, None),
    ("2015-08-23", None, None),
])
def test_iptc_dates_as_iso_8601(date, time, expected):
    from glamuploader.media.datetaken import iptc_date
    assert iptc_date(date, time) == expected
