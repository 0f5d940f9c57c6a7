"""Bad input at scale for batch files: names that are not text survive a save exactly; huge,
deep, long, aliased and tagged files are loaded fast or refused naming the file and line;
whatever a hand edit does to a batch file, loading gives a batch or a FileFormatError."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
import yaml
from corpus import (BATCH_HEAD, NON_UTF8_NAMES, TRICKY_NAMES, alias_bomb_yaml, big_batch_yaml,
                    jpeg_bytes, make_raw_named, unique_jpeg)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glamuploader.core.batch import Batch
from glamuploader.core.item import FileFacts, GeoPoint, ItemState, MediaItem, Metadata, UploadRecord
from glamuploader.core.kit import Kit
from glamuploader.media.importer import import_paths
from glamuploader.store import yamlio
from glamuploader.store.batchfile import load_batch, save_batch
from glamuploader.store.errors import FileFormatError
from glamuploader.store.kitfile import load_kit


def refused(path: Path) -> FileFormatError:
    with pytest.raises(FileFormatError) as err:
        load_batch(str(path), recover=False)
    assert err.value.path == str(path) and str(path) in str(err.value)
    return err.value


# --- names that are not UTF-8, and names that trick ----------------------------------------

def test_names_that_are_not_utf8_survive_import_save_and_load_exactly(tmp_path):
    photos = tmp_path / "photos"
    photos.mkdir()
    jpeg = jpeg_bytes()
    paths = [make_raw_named(photos, raw, unique_jpeg(jpeg, n)) for n, raw in enumerate(NON_UTF8_NAMES)]
    batch = Batch(items=import_paths([str(photos)]), path=str(tmp_path / "b.glam.yaml"))
    save_batch(batch)
    text = Path(batch.path).read_bytes().decode("utf-8")            # the file is text
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # any YAML reader
    entries = {e["path_bytes"]: e["path"] for e in data["items"]}
    assert entries["photos/caf%E9.jpg"] == "photos/caf\ufffd.jpg"       # readable, and exact
    assert entries["photos/100%25E9%20%E9.jpg"] == "photos/100%E9 \ufffd.jpg"
    again = load_batch(batch.path)
    assert sorted(i.path for i in again.items) == sorted(paths)
    assert all(os.path.exists(i.path) for i in again.items)
    assert [i.facts.sha1 for i in again.items] == [i.facts.sha1 for i in batch.items]
    assert [[p.code for p in i.facts.problems] for i in again.items] == \
        [["file-name-control-chars"]] * len(paths)


def test_a_path_changed_by_hand_wins_over_the_exact_bytes_kept_beside_it(tmp_path):
    old = make_raw_named(tmp_path, b"caf\xe9.jpg")
    batch = Batch(items=import_paths([old]), path=str(tmp_path / "b.glam.yaml"))
    save_batch(batch)
    os.rename(os.fsencode(old), tmp_path / "cafe.jpg")   # what the warning asks the user to do
    text = Path(batch.path).read_text(encoding="utf-8")
    Path(batch.path).write_text(text.replace("path: caf\ufffd.jpg", "path: cafe.jpg"), encoding="utf-8")
    (item,) = load_batch(batch.path).items
    assert item.path == str(tmp_path / "cafe.jpg")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.binary(min_size=1, max_size=12).filter(
    lambda b: b"/" not in b and b"\0" not in b and b not in (b".", b"..")), min_size=1, max_size=3))
def test_any_bytes_a_file_name_can_hold_come_back_from_the_batch_file_exactly(parts):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, *(os.fsdecode(p) for p in parts))
        batch = Batch(items=[MediaItem(path, FileFacts(sha1="c" * 40))],
                      path=os.path.join(folder, "b.glam.yaml"))
        save_batch(batch)
        assert load_batch(batch.path).items[0].path == path


def test_tricky_names_come_back_exactly_and_the_file_stays_one_entry_per_item(tmp_path):
    items = [MediaItem(str(tmp_path / name), FileFacts(sha1=f"{n:040x}"), Metadata(title=name))
             for n, name in enumerate(TRICKY_NAMES)]
    batch = Batch(items=items, path=str(tmp_path / "b.glam.yaml"))
    save_batch(batch)
    again = load_batch(batch.path)
    assert [(i.path, i.meta.title) for i in again.items] == [(i.path, i.meta.title) for i in items]
    text = Path(batch.path).read_text(encoding="utf-8")
    assert text.count("\n- path:") == len(TRICKY_NAMES)
    assert not any(c in text for c in "\r\x1b\x7f\x85\u2028\ufeff")   # escaped, not raw


# --- size: many items, one enormous value, deep nesting ------------------------------------

def test_a_batch_of_20000_items_loads_and_saves_whole(tmp_path):
    """Speed and memory of the same batch: benchmarks/batchfile_bench.py (not timed here)."""
    path = tmp_path / "big.glam.yaml"
    path.write_text(big_batch_yaml(20_000), encoding="utf-8")
    assert path.stat().st_size > 8_000_000
    batch = load_batch(str(path))
    assert (len(batch.items), batch.items[-1].meta.descriptions["tt"]) == (20_000, "Казан Кремле 19999")
    save_batch(batch)
    saved = path.read_text(encoding="utf-8")
    assert saved.count("\n- path: photos/IMG_") == 20_000 and "tt: Казан Кремле 19999\n" in saved


@pytest.mark.parametrize("style", ["quoted", "block"])
def test_an_absurdly_long_value_is_refused_with_its_line_quickly(tmp_path, style):
    path = tmp_path / "long.glam.yaml"
    head = BATCH_HEAD + "items:\n  - path: a.jpg\n    meta:\n      descriptions:\n"
    if style == "quoted":   # 50 MB on one line
        path.write_text(head + '        en: "' + "x" * 50_000_000 + '"\n', encoding="utf-8")
    else:                   # 5 MB in 50 000 lines
        path.write_text(head + "        en: |\n" + ("          " + "y" * 99 + "\n") * 50_000,
                        encoding="utf-8")
    err = refused(path)
    assert (err.code, err.line) == ("value-too-long", 7)


@pytest.mark.parametrize("nesting", ["flow-60", "flow-100000", "block-60"])
def test_deep_nesting_is_refused_with_its_line_not_a_recursion_error(tmp_path, nesting):
    kind, depth = nesting.split("-")
    depth = int(depth)
    if kind == "flow":
        value = "[" * depth + "]" * depth
    else:
        value = "".join("\n" + "  " * (4 + level) + "- " for level in range(depth)) + "x"
    path = tmp_path / "deep.glam.yaml"
    path.write_text(BATCH_HEAD + "items:\n  - path: a.jpg\n    meta:\n      fields: " + value + "\n",
                    encoding="utf-8")
    err = refused(path)
    assert err.code == "yaml-syntax" and err.line is not None and err.line >= 6
    assert "nest" in err.params["reason"] or "depth" in err.params["reason"]


def test_a_file_larger_than_any_batch_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(yamlio, "MAX_BYTES", 1000)
    path = tmp_path / "big.glam.yaml"
    path.write_text(big_batch_yaml(10), encoding="utf-8")
    err = refused(path)
    assert (err.code, err.params["limit"]) == ("too-large", 1000)


# --- aliases, merge keys and tags ----------------------------------------------------------

def test_an_alias_bomb_is_refused_at_once_naming_the_first_alias(tmp_path):
    path = tmp_path / "laughs.glam.yaml"
    path.write_text(alias_bomb_yaml(levels=12), encoding="utf-8")   # 9^12 strings if expanded
    err = refused(path)   # at once: were the aliases expanded, this would never end
    assert (err.code, err.line) == ("yaml-alias", 4)
    kit = tmp_path / "laughs.kit.yaml"
    kit.write_text(alias_bomb_yaml().replace("glamuploader-batch", "glamuploader-kit"), encoding="utf-8")
    with pytest.raises(FileFormatError) as err_kit:
        load_kit(str(kit))
    assert (err_kit.value.code, err_kit.value.line) == ("yaml-alias", 4)


def test_a_merge_key_is_refused_like_an_alias(tmp_path):
    path = tmp_path / "merge.glam.yaml"
    path.write_text(BATCH_HEAD + "items:\n  - path: a.jpg\n    meta:\n      <<: {title: x}\n",
                    encoding="utf-8")
    assert (refused(path).code, refused(path).line) == ("yaml-merge", 6)


UNSAFE = [
    "!!python/object/apply:os.makedirs [{pwned}]",
    "!!python/object/new:os.makedirs [{pwned}]",
    "!!python/object/apply:subprocess.check_call [[touch, {pwned}]]",
    "!!python/name:os.system ''",
    "!!python/module:os ''",
    "!!python/object:glamuploader.core.batch.Batch {{}}",
    "!<tag:yaml.org,2002:python/object/apply:os.makedirs> [{pwned}]",
    "!custom-tag text",
]


@pytest.mark.parametrize("where", ["scalar", "list", "key"])
@pytest.mark.parametrize("tag", UNSAFE)
def test_tags_that_could_run_code_are_refused_naming_file_and_line_and_nothing_runs(tmp_path, tag,
                                                                                    where):
    pwned = tmp_path / "pwned"
    value = tag.format(pwned=json.dumps(str(pwned)))
    body = {"scalar": f"    meta: {{title: {value}}}\n",
            "list": f"    meta:\n      categories:\n      - ok\n      - {value}\n",
            "key": f"    meta:\n      ? {value}\n      : x\n"}[where]
    path = tmp_path / "tagged.glam.yaml"
    path.write_text(BATCH_HEAD + "items:\n  - path: a.jpg\n" + body, encoding="utf-8")
    err = refused(path)
    assert err.code == "yaml-unsafe"
    assert err.line == {"scalar": 5, "list": 8, "key": 6}[where]
    assert not pwned.exists()


# --- hostile values: each refused as what it is, with its line -----------------------------

HOSTILE = {
    "an int tag on words": ("    facts: {size: !!int abc}\n", "yaml-syntax", 5),
    "a float tag on words": ("    facts: {size: !!float abc}\n", "yaml-syntax", 5),
    "a timestamp tag on words": ("    meta: {date: !!timestamp abc}\n", "yaml-syntax", 5),
    "an int of 5000 digits": ("    facts: {size: " + "9" * 5000 + "}\n", "yaml-syntax", 5),
    "an infinite width": ("    facts: {width: .inf}\n", "field-invalid", 5),
    "a width that is not a number": ("    facts: {width: .nan}\n", "field-invalid", 5),
    "an infinite page id": ("    upload: {state: uploaded, page_id: -.inf}\n", "field-invalid", 5),
    "an infinite time": ("    facts: {mtime: .inf}\n", "field-invalid", 5),
    "a latitude that is not a number": ("    meta: {location: {latitude: .nan, longitude: 1}}\n",
                                        "field-invalid", 5),
    "an escaped lone surrogate": ('    meta: {title: "\\uD800"}\n', "yaml-syntax", 5),
    "a list as a key": ("    meta: {[a]: 1}\n", "yaml-syntax", 5),
    "a set": ("    meta: !!set {a}\n", "yaml-syntax", 5),
    "problems that are not a list": ("    facts: {problems: 5}\n", "field-invalid", 5),
    "a NUL byte": ('    meta: {title: "a\x00b"}\n', "yaml-syntax", 5),
    "a second document": ("---\nkind: x\n", "yaml-syntax", 5),
    "binary data as a title": ("    meta: {title: !!binary aGVsbG8=}\n", "field-invalid", 5),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_value_is_refused_naming_file_and_line(tmp_path, case):
    body, code, line = HOSTILE[case]
    path = tmp_path / "hostile.glam.yaml"
    path.write_text(BATCH_HEAD + "items:\n  - path: a.jpg\n" + body, encoding="utf-8")
    err = refused(path)
    assert (err.code, err.line) == (code, line)


def _good_batch_text() -> str:
    with tempfile.TemporaryDirectory() as folder:
        item = MediaItem(os.path.join(folder, "p", "Kazan Kremlin.jpg"),
                         FileFacts(size=12, sha1="a" * 40, kind="jpg", width=4, height=3,
                                   gps=GeoPoint(55.8, 49.1, 60.0, 90.0), keywords=("a", "b")),
                         Metadata(title="Kazan | wall", descriptions={"tt": "Казан", "ar": "قازان"},
                                  categories=["Kazan"], depicts=["Q1"], fields={"n": "1"}),
                         UploadRecord(state=ItemState.UPLOADED, page_title="File:K.jpg", page_id=7))
        batch = Batch(items=[item], kit=Kit(name="Walk", categories=["Walk 2026"]),
                      path=os.path.join(folder, "b.glam.yaml"))
        save_batch(batch)
        return Path(batch.path).read_text(encoding="utf-8")


GOOD = _good_batch_text()
SYNTAX = list(":-[]{}&*!|>'\"#%@`,?~\\ \t\n0123456789.eE+xyz") + ["\u202e", "\x85", "\ufeff",
                                                                      "!!python/name:os.system"]
edits = st.lists(st.tuples(st.integers(0, len(GOOD)), st.integers(0, 6),
                           st.lists(st.sampled_from(SYNTAX), max_size=6).map("".join)),
                 min_size=1, max_size=4)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits)
def test_whatever_a_hand_edit_does_loading_gives_a_batch_or_names_the_file(changes):
    text = GOOD
    for at, cut, insert in changes:
        text = text[:at] + insert + text[at + cut:]
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "b.glam.yaml")
        Path(path).write_text(text, encoding="utf-8")
        try:
            batch = load_batch(path, recover=False)
        except FileFormatError as err:
            assert err.path == path and err.code
            return
        for item in batch.items:   # what loaded is data of the right types
            assert isinstance(item.path, str) and isinstance(item.meta.title, str)
            item.path.encode("utf-8", "surrogateescape")


@pytest.mark.parametrize(("typed", "read"), [
    ("2024-05-01", "2024-05-01"), ("2024-05-01 14:03:22", "2024-05-01T14:03:22"),
    ("2024-05-01T14:03:22+03:00", "2024-05-01T14:03:22+03:00")])
def test_a_date_typed_by_hand_without_quotes_is_read_as_the_date_not_refused(tmp_path, typed, read):
    path = tmp_path / "dated.glam.yaml"
    path.write_text(BATCH_HEAD + f"items:\n  - path: a.jpg\n    meta: {{date: {typed}}}\n", encoding="utf-8")
    assert load_batch(str(path)).items[0].meta.date == read
