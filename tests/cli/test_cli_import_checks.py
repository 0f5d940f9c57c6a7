"""``import`` fails when nothing was imported, refuses an unknown --target at once, and on Ctrl-C
keeps the files read so far (issue 10, point 9)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from corpus import jpeg_bytes, make_jpeg, unique_jpeg

from glamuploader.cli import main
from glamuploader.store.batchfile import load_batch


def test_import_of_a_missing_path_fails_and_writes_no_batch(tmp_path, capsys):
    batch = tmp_path / "b.glam.yaml"
    missing = str(tmp_path / "not-there")
    assert main(["import", missing, "-o", str(batch)]) != 0
    err = capsys.readouterr().err
    assert "nothing was imported" in err and missing in err and "Traceback" not in err
    assert not batch.exists()


def test_import_of_a_folder_without_files_fails_and_leaves_the_batch_as_it_was(tmp_path, capsys):
    photos, empty = tmp_path / "photos", tmp_path / "empty"
    photos.mkdir()
    empty.mkdir()
    make_jpeg(photos / "a.jpg", size=(20, 20))
    batch = tmp_path / "b.glam.yaml"
    assert main(["import", str(photos), "-o", str(batch), "--quiet"]) == 0
    before = batch.read_bytes()
    capsys.readouterr()
    assert main(["import", str(empty), "-o", str(batch)]) != 0
    assert "no file was found in" in capsys.readouterr().err
    assert batch.read_bytes() == before
    # the same folder again: nothing new, but nothing wrong either
    assert main(["import", str(photos), "-o", str(batch), "--quiet"]) == 0


@pytest.mark.parametrize("target", ["nowhere", "commmons", "ftp://example.org/w/api.php",
                                    "https://example.org/wiki/Main_Page"])
def test_an_unknown_target_is_refused_at_import_before_anything_is_read(tmp_path, capsys, target):
    folder = tmp_path / "p"
    folder.mkdir()
    make_jpeg(folder / "a.jpg", size=(20, 20))
    batch = tmp_path / "b.glam.yaml"
    assert main(["import", str(folder), "-o", str(batch), "--target", target]) == 2
    err = capsys.readouterr().err
    assert f"--target {target}: not a wiki this tool knows" in err and "api.php" in err
    assert not batch.exists()


@pytest.mark.parametrize("target, kept", [("Commons", "commons"), ("beta", "beta"),
                                          ("sandbox", "sandbox"),
                                          ("https://wiki.example.org/w/api.php",
                                           "https://wiki.example.org/w/api.php")])
def test_a_known_target_is_kept_without_asking_the_wiki(tmp_path, target, kept):
    folder = tmp_path / "p"
    folder.mkdir()
    make_jpeg(folder / "a.jpg", size=(20, 20))
    batch = str(tmp_path / "b.glam.yaml")
    assert main(["import", str(folder), "-o", batch, "--target", target, "--quiet"]) == 0
    assert load_batch(batch).target == kept


#: ``glamuploader ARGS`` with each file's reading slowed to 20 ms (a stand-in for a slow disk),
#: and a line on stdout once ten files are read: the moment to press Ctrl-C, mid-import
SLOW_IMPORT = """
import itertools, sys, time
import glamuploader.media.importer as importer
read, count = importer.read_facts, itertools.count(1)
def slow(path):
    facts = read(path)
    time.sleep(0.02)
    if next(count) == 10:
        print("ten files read", flush=True)
    return facts
importer.read_facts = slow
from glamuploader.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def test_ctrl_c_during_import_saves_the_files_read_so_far_and_the_next_run_reads_the_rest(tmp_path):
    folder = tmp_path / "walk"
    folder.mkdir()
    jpeg = jpeg_bytes((32, 24))
    names = [f"IMG_{n:04d}.jpg" for n in range(300)]
    for n, name in enumerate(names):
        (folder / name).write_bytes(unique_jpeg(jpeg, n))
    batch = str(tmp_path / "walk.glam.yaml")
    proc = subprocess.Popen([sys.executable, "-c", SLOW_IMPORT, "import", str(folder), "-o", batch,
                             "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ten files read"
        proc.send_signal(signal.SIGINT)                      # Ctrl-C
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130 and "Traceback" not in err
    assert "saved in" in err and batch in err, err
    read = [os.path.basename(i.path) for i in load_batch(batch).items]
    assert 10 <= len(read) < len(names)
    assert read == names[:len(read)]                          # the first files, in order
    assert main(["import", str(folder), "-o", batch, "--quiet"]) == 0
    assert [os.path.basename(i.path) for i in load_batch(batch).items] == names


def test_import_leaves_out_files_that_are_not_media_and_names_them(tmp_path, capsys):
    import json as _json

    from corpus import make_jpeg
    folder = tmp_path / "walk"
    folder.mkdir()
    make_jpeg(folder / "IMG_0001.jpg")
    (folder / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(60))
    (folder / "README").write_text("Photos of the walk\n", encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    batch = str(tmp_path / "b.glam.yaml")
    assert main(["import", str(folder), "-o", batch]) == 0
    out = capsys.readouterr().out
    assert "3 file(s) that are not media were left out: " in out
    assert all(name in out for name in ("Thumbs.db", "README", ".DS_Store"))
    assert main(["import", str(folder), "-o", str(tmp_path / "c.glam.yaml"), "--json"]) == 0
    data = _json.loads(capsys.readouterr().out)
    assert len(data["added"]) == 1 and sorted(p.rsplit("/", 1)[-1] for p in data["left_out"]) == [
        ".DS_Store", "README", "Thumbs.db"]
