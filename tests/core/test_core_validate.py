from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from glamuploader.core.batch import Batch
from glamuploader.core.item import FileFacts, GeoPoint, ItemState, MediaItem, Metadata
from glamuploader.core.kit import Kit
from glamuploader.core.ports import ExistingFile, SiteLimits
from glamuploader.core.problems import CODES, Problem
from glamuploader.core.validate import online_problems, validate

TODAY = date(2026, 11, 25)
GOOD = dict(title="Galata Tower from Karaköy", license="cc-by-sa-4.0", author="Ayşe",
            descriptions={"en": "Galata Tower", "tr": "Galata Kulesi"}, date="2024-05-01",
            categories=["Galata Tower"], depicts=["Q213952"])


def good(name="a.jpg", **changes):
    meta = {**GOOD, "title": f"Galata Tower {name[:-4]}", **changes}
    return MediaItem(path=f"/p/{name}", facts=FileFacts(kind="jpg", sha1=name * 4, size=1000),
                     meta=Metadata(**meta))


def found(problems, path=None):
    return {(p.code, p.field) for p in problems if path is None or p.item == path}


def run(*items, kit=None):
    return validate(Batch(items=list(items), kit=kit or Kit()), today=TODAY)


def test_a_well_described_item_has_no_problems():
    assert run(good()) == []


def test_validate_reports_every_problem_of_every_item_in_one_pass():
    broken = MediaItem(path="/p/IMG_1234.jpg", facts=FileFacts(
        kind="png", problems=(Problem("extension-mismatch", params={"extension": "jpg"}),)),
        meta=Metadata(license="gfdl", descriptions={"xx": "a", "en}}": "b"}, date="2024-13-45",
                      categories=["Bad|name"], depicts=["Galata", "Q0"], location=GeoPoint(91.0, 0.0),
                      templates=["{{A}}{{B}}"]))
    future = good("b.jpg", date="2031-01-01", license="", categories=[], descriptions={}, author="")
    third = good("c.jpg", license="pd-old-70", source="")
    problems = run(broken, future, third, good("d.jpg"))
    assert found(problems, "/p/IMG_1234.jpg") == {
        ("extension-mismatch", "file"), ("license-unknown", "license"), ("author-missing", "author"),
        ("language-unknown", "descriptions"), ("language-invalid", "descriptions"),
        ("date-invalid", "date"), ("category-invalid", "categories"), ("depicts-invalid", "depicts"),
        ("location-invalid", "location"), ("template-invalid", "templates"), ("title-camera-name", "title")}
    assert found(problems, "/p/b.jpg") == {("date-in-future", "date"), ("license-missing", "license"),
                                           ("category-missing", "categories"), ("author-missing", "author"),
                                           ("description-missing", "descriptions")}
    assert found(problems, "/p/c.jpg") == {("source-missing", "source")}
    assert found(problems, "/p/d.jpg") == set()
    assert all(p.code in CODES and p.item and p.field for p in problems)
    assert [p.params["value"] for p in problems if p.code == "depicts-invalid"] == ["Galata", "Q0"]


def test_items_already_uploaded_are_not_checked_again():
    done = MediaItem(path="/p/IMG_1.jpg", facts=FileFacts(kind="jpg"))
    done.upload.state = ItemState.UPLOADED
    dup = MediaItem(path="/p/IMG_2.jpg", facts=FileFacts(kind="jpg"))
    dup.upload.state = ItemState.DUPLICATE
    failed = MediaItem(path="/p/IMG_3.jpg", facts=FileFacts(kind="jpg"))
    failed.upload.state = ItemState.FAILED
    assert {p.item for p in run(done, dup, failed)} == {"/p/IMG_3.jpg"}


@pytest.mark.parametrize("value", ["2024", "2024-05", "2024-05-01", "2024-05-01T12:30:00+03:00",
                                   "2024-05-01T09:30:00Z", ""])
def test_dates_in_every_accepted_form_pass(value):
    assert found(run(good(date=value))) == set()


def test_the_kit_fills_in_what_items_leave_empty():
    kit = Kit(license="cc-by-4.0", author="Pera Museum volunteers", categories=["Pera Museum"])
    item = good(license="", author="", categories=[])
    assert run(item, kit=kit) == []


def test_cc0_needs_own_work():
    problems = run(good(license="cc0", source="https://flickr.example/1"))
    assert found(problems) == {("license-own-work-only", "license")}


def test_third_party_creative_commons_needs_no_extra_source_but_pd_does():
    assert run(good(license="cc-by-4.0", source="https://museum.example/7")) == []
    assert found(run(good(license="pd-usgov"))) == {("source-missing", "source")}


def test_tracking_category_alone_is_not_a_category():
    for name in ("Uploaded with GLAM Uploader", "Category:uploaded_with_GLAM_Uploader"):
        assert found(run(good(categories=[name]))) == {("category-missing", "categories")}


def test_unknown_caption_language_is_a_warning_on_captions():
    (problem,) = run(good(captions={"qq": "x"}))
    assert (problem.code, problem.field, problem.params) == ("language-unknown", "captions",
                                                             {"language": "qq", "field": "captions"})
    assert not problem.is_error


def test_titles_must_be_unique_in_the_batch_and_files_too():
    """With a pattern of its own the kit's titles must differ (the plain {title} numbers them)."""
    one, two = good("a.jpg"), good("b.jpg", title="galata Tower a")
    two.facts = FileFacts(kind="jpg", sha1=one.facts.sha1)
    problems = run(one, two, kit=Kit(title_pattern="{title} photo"))
    assert found(problems, "/p/a.jpg") == {("title-duplicate-in-batch", "title")}
    assert found(problems, "/p/b.jpg") == {("title-duplicate-in-batch", "title"),
                                           ("file-duplicate-in-batch", "file")}


def test_title_pattern_with_unknown_field_is_reported_once_per_item():
    problems = run(good("a.jpg"), good("b.jpg"), kit=Kit(title_pattern="{title} {event}"))
    assert [(p.code, p.item, p.params) for p in problems] == [
        ("title-pattern-unknown-field", "/p/a.jpg", {"field": "event"}),
        ("title-pattern-unknown-field", "/p/b.jpg", {"field": "event"})]


def test_numbered_pattern_gives_unique_titles():
    kit = Kit(title_pattern="Galata Tower {n:03}")
    assert run(good("a.jpg", title=""), good("b.jpg", title=""), kit=kit) == []


class FakeWiki:
    def __init__(self):
        self.asked: list[str] = []
        self.batches: list[list[str]] = []
        self.blacklist_asked: list[str] = []

    def limits(self):
        return SiteLimits(extensions=frozenset({"jpg", "png"}), max_upload_size=5000)

    def find_by_sha1(self, sha1):
        return [ExistingFile("File:Old.jpg", "https://commons.example/wiki/File:Old.jpg")] \
            if sha1.startswith("dup") else []

    def existing_title(self, title):
        self.asked.append(title)
        return ExistingFile(title, "https://commons.example/wiki/" + title) if "taken" in title else None

    def existing_titles(self, titles):
        self.batches.append(list(titles))
        return {title: self.existing_title(title) for title in titles}

    def blacklist_reason(self, title):
        self.blacklist_asked.append(title)
        return "senselessimagename" if "Blocked" in title else None


def test_online_problems_come_from_the_wiki():
    dup = good("dup.jpg")
    taken = good("x.jpg", title="Galata Tower taken")
    blocked = good("y.jpg", title="Blocked name here")
    tiff = MediaItem(path="/p/scan.tif", facts=FileFacts(kind="tif", size=9000), meta=Metadata(title="Big scan"))
    done = good("z.jpg", title="Galata Tower taken too")
    done.upload.state = ItemState.UPLOADED
    wiki = FakeWiki()
    problems = online_problems(Batch(items=[dup, taken, blocked, tiff, done]), wiki)
    by_code = {p.code: p for p in problems}
    assert set(by_code) == {"duplicate-on-wiki", "title-exists", "title-blacklisted",
                            "filetype-not-allowed", "file-too-large"}
    assert by_code["duplicate-on-wiki"].params == {"sha1": dup.facts.sha1, "title": "File:Old.jpg",
                                                   "url": "https://commons.example/wiki/File:Old.jpg",
                                                   "page_id": None}
    assert (by_code["duplicate-on-wiki"].item, by_code["duplicate-on-wiki"].field) == ("/p/dup.jpg", "file")
    assert by_code["title-exists"].params["title"] == "Galata Tower taken.jpg"
    assert by_code["title-blacklisted"].params == {"title": "Blocked name here.jpg",
                                                   "reason": "senselessimagename"}
    assert by_code["filetype-not-allowed"].params == {"extension": "tif", "allowed": ["jpg", "png"]}
    assert by_code["file-too-large"].params == {"size": 9000, "limit": 5000}
    assert "File:Galata Tower taken too.jpg" not in wiki.asked


def test_the_checks_on_the_wiki_tell_their_progress_and_stop_when_asked():
    from glamuploader.core.validate import ChecksCancelled
    items = [good(f"{n}.jpg", title=f"Galata Tower {n}") for n in range(3)]
    wiki, heard = FakeWiki(), []
    online_problems(Batch(items=items), wiki, progress=lambda done, total: heard.append((done, total)))
    assert heard == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert wiki.batches == [[f"File:Galata Tower {n}.jpg" for n in range(3)]]   # one request for all titles
    wiki = FakeWiki()
    with pytest.raises(ChecksCancelled):
        online_problems(Batch(items=items), wiki, cancelled=lambda: len(wiki.blacklist_asked) >= 1)
    assert len(wiki.blacklist_asked) == 1            # stopped after the first file, not at the end


def test_the_warning_that_a_file_tells_only_its_last_change_goes_once_a_date_is_given():
    from glamuploader.core.problems import Problem as P
    item = good("gimp.jpg", date="")
    item.facts = dataclasses.replace(item.facts, taken=None, problems=(
        P("date-only-modified", item=item.path, field="date", params={"modified": "2024:03:01 10:00:00"}),))
    assert "date-only-modified" in {p.code for p in validate(Batch(items=[item]))}
    item.meta.date = "2019-06-12"
    assert "date-only-modified" not in {p.code for p in validate(Batch(items=[item]))}


def test_a_description_the_file_carries_is_used_in_its_language_until_one_is_typed():
    from glamuploader.core.kit import Kit
    from glamuploader.core.wikitext import render_page
    item = good("tower.jpg", descriptions={})
    assert "description-missing" in {p.code for p in validate(Batch(items=[item]))}
    item.facts = dataclasses.replace(item.facts, description="Башня Сююмбике", description_lang="ru")
    assert "description-missing" not in {p.code for p in validate(Batch(items=[item]))}
    assert "{{ru|1=Башня Сююмбике}}" in render_page(item, Kit())
    item.facts = dataclasses.replace(item.facts, description_lang="")          # the file does not say
    assert "{{tt|1=Башня Сююмбике}}" in render_page(item, Kit(languages=["tt", "ru"]))
    item.meta.descriptions = {"en": "Söyembikä Tower"}                        # typed: the file's goes
    assert "Башня" not in render_page(item, Kit())


def test_a_title_typed_for_many_files_is_numbered_in_batch_order_and_kept_when_some_are_uploaded():
    from glamuploader.core.sendplan import plan_titles
    items = [good(f"{n}.jpg", title="Kazan walk") for n in range(3)] + [good("x.jpg", title="Kremlin")]
    batch = Batch(items=items)
    assert [p for p in validate(batch) if p.field == "title"] == []
    assert list(plan_titles(batch).values()) == [
        "File:Kazan walk 01.jpg", "File:Kazan walk 02.jpg", "File:Kazan walk 03.jpg", "File:Kremlin.jpg"]
    items[0].upload.state = ItemState.UPLOADED                  # numbers do not shift afterwards
    assert plan_titles(batch)[items[2].path] == "File:Kazan walk 03.jpg"
    batch.kit = Kit(title_pattern="{title} {n}")                # a pattern of its own: not numbered twice
    assert plan_titles(batch)[items[1].path] == "File:Kazan walk 2.jpg"
