from __future__ import annotations

import threading
from pathlib import Path

from corpus import jpeg_bytes, make_jpeg, make_png, make_text

from glamuploader.media import facts as facts_module
from glamuploader.media import importer
from glamuploader.media.importer import expand_paths, import_paths


def tree(tmp_path: Path) -> Path:
    root = tmp_path / "walk"
    (root / "b-sub").mkdir(parents=True)
    (root / ".hidden-dir").mkdir()
    make_jpeg(root / "z.jpg", size=(32, 24))
    make_jpeg(root / "a.jpg", size=(32, 24))
    make_png(root / "b-sub" / "m.png")
    make_jpeg(root / ".hidden-dir" / "h.jpg", size=(8, 8))
    make_text(root / ".DS_Store")
    (root / "walk.glam.yaml").write_text("format: 1\n")
    (root / "event.kit.yaml").write_text("format: 1\n")
    return root


def test_folders_are_walked_recursively_sorted_without_hidden_or_sidecar_files(tmp_path):
    root = tree(tmp_path)
    assert expand_paths([str(root)]) == [str(root / "a.jpg"), str(root / "z.jpg"),
                                         str(root / "b-sub" / "m.png")]


def test_files_given_by_name_keep_their_order_and_become_absolute(tmp_path, monkeypatch):
    root = tree(tmp_path)
    monkeypatch.chdir(root)
    assert expand_paths(["z.jpg", "a.jpg", "z.jpg", "walk.glam.yaml"]) == [
        str(root / "z.jpg"), str(root / "a.jpg")]


def test_import_keeps_order_and_reads_every_file(tmp_path):
    paths = [make_jpeg(tmp_path / f"{i:02d}.jpg", size=(16 + i, 16)) for i in range(12)]
    paths.reverse()
    progress: list[tuple[int, int]] = []
    items = import_paths(paths, workers=4, on_progress=lambda d, t: progress.append((d, t)))
    assert [item.path for item in items] == paths
    assert [item.facts.width for item in items] == [16 + i for i in reversed(range(12))]
    assert all(len(item.facts.sha1) == 40 for item in items)
    assert progress[-1] == (12, 12) and [d for d, _ in progress] == sorted(d for d, _ in progress)


def test_a_bad_file_in_the_batch_is_an_item_with_a_problem(tmp_path):
    good = make_jpeg(tmp_path / "a.jpg", size=(16, 16))
    bad = make_text(tmp_path / "b.jpg")
    items = import_paths([good, bad, str(tmp_path / "gone.jpg")], workers=2)
    assert [[p.code for p in i.facts.problems] for i in items] == [
        [], ["file-unknown-type"], ["file-missing"]]


def test_import_cancel_stops_early(tmp_path, monkeypatch):
    paths = [make_jpeg(tmp_path / f"{i:03d}.jpg", size=(8, 8), with_thumbnail=False)
             for i in range(60)]
    cancel = threading.Event()
    real = facts_module.read_facts
    calls: list[str] = []

    def read_and_cancel(path):
        calls.append(path)
        if len(calls) == 5:
            cancel.set()
        return real(path)
    monkeypatch.setattr(importer, "read_facts", read_and_cancel)
    items = import_paths(paths, workers=2, cancel=cancel)
    assert 5 <= len(items) <= 5 + 2 * 2  # what was already running finishes
    assert len(calls) == len(items)
    chosen = [paths.index(i.path) for i in items]
    assert chosen == sorted(chosen)


def test_importing_nothing_returns_nothing_and_reports_no_progress():
    progress: list = []
    assert import_paths([], on_progress=lambda d, t: progress.append((d, t))) == []
    assert progress == []


def test_import_uses_several_threads(tmp_path, monkeypatch):
    paths = [make_jpeg(tmp_path / f"{i}.jpg", size=(8, 8)) for i in range(8)]
    seen: set[int] = set()
    lock = threading.Lock()
    barrier = threading.Barrier(2, timeout=5)
    real = facts_module.read_facts

    def read(path):
        with lock:
            first_in_this_thread = threading.get_ident() not in seen
            seen.add(threading.get_ident())
        if first_in_this_thread:
            try:
                barrier.wait()  # passes only when two workers run at the same time
            except threading.BrokenBarrierError:
                pass
        return real(path)
    monkeypatch.setattr(importer, "read_facts", read)
    items = import_paths(paths, workers=2)
    assert len(items) == 8 and len(seen) == 2 and not barrier.broken


def test_import_hands_over_items_in_order_a_chunk_at_a_time_as_they_are_read(tmp_path):
    from corpus import make_png

    from glamuploader.media.importer import import_paths
    paths = [make_png(tmp_path / f"p{n:02d}.png") for n in range(7)]
    chunks = []
    items = import_paths([str(tmp_path)], on_items=chunks.append, chunk=3)
    assert [len(c) for c in chunks] == [3, 3, 1]
    assert [i.path for c in chunks for i in c] == [i.path for i in items] == sorted(paths)


def test_import_in_other_processes_gives_the_same_facts(tmp_path):
    from corpus import make_jpeg

    from glamuploader.media.importer import import_paths
    for n in range(4):
        make_jpeg(tmp_path / f"j{n}.jpg", size=(32 + n, 24))
    threads = import_paths([str(tmp_path)])
    processes = import_paths([str(tmp_path)], processes=True, workers=2)
    assert [(i.path, i.facts.sha1, i.facts.width, i.facts.gps) for i in processes] == \
        [(i.path, i.facts.sha1, i.facts.width, i.facts.gps) for i in threads]


def not_media(folder: Path) -> list[Path]:
    """What sits next to photos in real folders and Commons does not take."""
    made = [folder / "Thumbs.db", folder / "README", folder / ".DS_Store", folder / "desktop.ini",
            folder / "notes.txt"]
    made[0].write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000)   # OLE compound file
    made[1].write_text("Photos of the 2026 photo walk, by the volunteers.\n", encoding="utf-8")
    made[2].write_bytes(b"\x00\x00\x00\x01Bud1" + b"\x00" * 2000)
    made[3].write_text("[.ShellClassInfo]\r\nIconResource=C:\\Windows\\System32\\imageres.dll,-3\r\n",
                       encoding="utf-8")
    made[4].write_text("IMG_0001: the north gate\n", encoding="utf-8")
    return made


def test_files_that_are_not_media_are_left_out_of_the_import_and_reported(tmp_path):
    folder = tmp_path / "walk"
    folder.mkdir()
    photos = [make_jpeg(folder / "IMG_0001.jpg", size=(32, 24)), make_png(folder / "plan.png")]
    others = not_media(folder)
    skipped: list[list[str]] = []
    items = import_paths([str(folder)], workers=2, on_skipped=skipped.append)
    assert sorted(i.path for i in items) == sorted(photos)
    assert len(skipped) == 1 and sorted(skipped[0]) == sorted(str(p) for p in others)


def test_a_file_named_explicitly_that_is_not_media_is_left_out_and_reported(tmp_path):
    photo = make_jpeg(tmp_path / "a.jpg", size=(16, 16))
    readme, ds_store = not_media(tmp_path)[1:3]
    skipped: list[list[str]] = []
    chunks: list = []
    items = import_paths([str(readme), photo, str(ds_store)], on_skipped=skipped.append,
                         on_items=chunks.append, chunk=1)
    assert [i.path for i in items] == [photo] == [i.path for c in chunks for i in c]
    assert skipped == [[str(readme), str(ds_store)]]


def test_media_with_an_odd_name_is_kept_and_so_is_a_mislabelled_file_to_show_its_problem(tmp_path):
    """The content decides for a name that is not a media name; a media name is kept even
    when its content is not media (empty, cut, text), so that the volunteer sees why."""
    (tmp_path / "IMG_0002").write_bytes(jpeg_bytes())
    make_text(tmp_path / "notes.jpg")
    skipped: list[list[str]] = []
    items = import_paths([str(tmp_path)], on_skipped=skipped.append)
    assert {Path(i.path).name: [p.code for p in i.facts.problems] for i in items} == {
        "IMG_0002": ["extension-mismatch"], "notes.jpg": ["file-unknown-type"]}
    assert skipped == []


def test_expand_paths_reports_the_hidden_files_it_leaves_out_and_callers_without_it_still_work(tmp_path):
    root = tree(tmp_path)
    hidden: list[list[str]] = []
    assert expand_paths([str(root)], on_skipped=hidden.append) == expand_paths([str(root)])
    assert hidden == [[str(root / ".DS_Store")]]
    assert [i.path for i in import_paths(expand_paths([str(root)]))] == expand_paths([str(root)])
