"""Picks, rejects and stars (issue 13): a rejected file is never checked nor sent, what the
user set wins over what the file says, and the batch file keeps it."""
from __future__ import annotations

import pytest

from glamuploader.core.batch import Batch
from glamuploader.core.item import FileFacts, MediaItem, Metadata
from glamuploader.core.picks import is_rejected, pick_of, rating_from_file, stars_of
from glamuploader.core.validate import validate


def _item(name: str, *, pick: str = "", rating=None, file_rating=None) -> MediaItem:
    return MediaItem(f"/walk/{name}", FileFacts(size=10, sha1=name * 4, kind="jpg", rating=file_rating),
                     Metadata(pick=pick, rating=rating))


@pytest.mark.parametrize(("value", "percent", "stars"), [
    ("4", False, 4), ("3.0", False, 3), (" 5 ", False, 5), ("-1", False, -1), ("0", False, 0),
    ("7", False, None), ("-2", False, None), ("four", False, None), (None, False, None),
    ("1", True, 1), ("25", True, 2), ("50", True, 3), ("75", True, 4), ("99", True, 5), ("0", True, 0),
    ("101", True, None)])
def test_a_files_rating_in_xmp_or_windows_percent_becomes_stars(value, percent, stars):
    assert rating_from_file(value, percent=percent) == stars


def test_what_the_user_sets_wins_over_what_the_file_says():
    assert (pick_of(_item("a", file_rating=-1)), stars_of(_item("a", file_rating=-1))) == ("reject", 0)
    assert pick_of(_item("a", pick="none", file_rating=-1)) == ""      # unmarked by the user: back in
    assert pick_of(_item("a", pick="pick", file_rating=-1)) == "pick"
    assert stars_of(_item("a", file_rating=4)) == 4 and stars_of(_item("a", rating=2, file_rating=4)) == 2
    assert stars_of(_item("a", rating=0, file_rating=4)) == 0           # zero stars is a choice too


def test_rejected_files_are_neither_pending_nor_checked_and_the_others_keep_their_numbers():
    batch = Batch(items=[_item("a.jpg"), _item("b.jpg", pick="reject"), _item("c.jpg", file_rating=-1),
                         _item("d.jpg", pick="pick")])
    batch.kit.title_pattern = "Walk {n:02}"
    assert [i.name for i in batch.pending()] == ["a.jpg", "d.jpg"]
    assert [i.name for i in batch.rejected()] == ["b.jpg", "c.jpg"]
    problems = validate(batch)
    assert {p.item for p in problems} == {"/walk/a.jpg", "/walk/d.jpg"}   # b and c: not a word about them
    assert is_rejected(batch.items[1]) and not is_rejected(batch.items[3])
    from glamuploader.core.sendplan import plan_titles
    titles = plan_titles(batch)
    assert titles.get("/walk/d.jpg", "").startswith("File:Walk 04")   # its place in the batch, not "02"
