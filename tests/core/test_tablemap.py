"""Rows of a museum's export matched to files by the number in their names."""
from __future__ import annotations

from glamuploader.core import tablemap
from glamuploader.core.item import MediaItem


def _match(numbers, names):
    records = [{"inv": n} for n in numbers]
    items = [MediaItem(f"/scans/{name}") for name in names]
    found = tablemap.match_rows(records, items, {"inv": tablemap.ACCESSION}, column="inv")
    return {i.name: numbers[n] for n, i in found.pairs}, [numbers[n] for n in found.rows_without_file], \
        [i.name for i in found.files_without_row]


def test_a_number_matches_only_where_it_stands_alone_and_the_longest_wins():
    matched, rows, files = _match(
        ["A00001", "1922.3.4", "3.4", "ГИМ 123", "КП-4410/12"],
        ["A00001_8.jpg", "A000012.jpg", "1922.3.4 verso.jpg", "гим 123 (оборот).tif", "КП-4410-12.jpg",
         "КП-4410/12"[:0] + "scan КП-4410.jpg"])
    assert matched == {"A00001_8.jpg": "A00001", "1922.3.4 verso.jpg": "1922.3.4", "гим 123 (оборот).tif": "ГИМ 123"}
    assert rows == ["3.4", "КП-4410/12"]          # "3.4" stands in no name alone; a / cannot be in a file name
    assert files == ["A000012.jpg", "КП-4410-12.jpg", "scan КП-4410.jpg"]


def test_file_names_in_the_column_match_by_name_and_dotted_numbers_do_not_count_as_names():
    records = [{"file": "C:\\Museum\\scans\\A00001.JPG"}, {"file": "A00002.tif"}]
    items = [MediaItem("/scans/A00001.jpg"), MediaItem("/scans/A00002.tif")]
    found = tablemap.match_rows(records, items, tablemap.guess_mapping(["file"]))
    assert found.how == "file" and [(n, i.name) for n, i in found.pairs] == [(0, "A00001.jpg"), (1, "A00002.tif")]


def test_ten_thousand_rows_and_files_are_matched_in_one_pass():
    numbers = [f"A{k:05d}" for k in range(10000)]
    matched, rows, files = _match(numbers, [f"Tate {n} recto.jpg" for n in reversed(numbers)])
    assert len(matched) == 10000 and not rows and not files
