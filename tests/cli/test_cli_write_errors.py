"""A place that cannot be written is named, with the reason and what to do: never a traceback
(issue 10, point 7)."""
from __future__ import annotations

import os

import pytest
from corpus import make_jpeg

from glamuploader.cli import main


def _batch(tmp_path) -> str:
    folder = tmp_path / "photos"
    folder.mkdir()
    make_jpeg(folder / "a.jpg", size=(20, 20))
    path = str(tmp_path / "b.glam.yaml")
    assert main(["import", str(folder), "-o", path, "--quiet"]) == 0
    return path


def _places(tmp_path) -> dict[str, tuple[str, str]]:
    """name -> (path, words the message must have)"""
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    return {   # the tests run on Linux, as CI does: /proc stands for a place no one may write
        "missing folder": (str(tmp_path / "no" / "such" / "report.csv"), "does not exist"),
        "a folder": (str(tmp_path), "is a folder"),
        "under a file": (str(tmp_path / "a-file" / "report.csv"), "is a file, not a folder"),
        "new file in /proc": ("/proc/glamuploader-report.csv", "No such file or directory"),
        "a file of /proc": ("/proc/version", "Input/output error"),
    }


@pytest.mark.parametrize("place", ["missing folder", "a folder", "under a file", "new file in /proc",
                                   "a file of /proc", "no permission"])
@pytest.mark.parametrize("fmt", ["csv", "wikitext"])
def test_report_to_a_place_that_cannot_be_written_names_it_and_why(tmp_path, capsys, place, fmt):
    batch = _batch(tmp_path)
    if place == "no permission":
        if os.geteuid() == 0:   # root may write in any folder, but not make files in /sys
            path, words = "/sys/glamuploader-report.csv", "may not write there"
        else:
            locked = tmp_path / "locked"
            locked.mkdir(mode=0o500)
            path, words = str(locked / "report.csv"), "may not write there"
    else:
        path, words = _places(tmp_path)[place]
    capsys.readouterr()
    code = main(["report", batch, "--format", fmt, "-o", path])
    out, err = capsys.readouterr()
    assert code != 0 and "Traceback" not in out + err
    assert f"cannot write the report to {path}: " in err and words in err, err


def test_a_demo_folder_that_cannot_be_made_is_named(tmp_path, capsys):
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    folder = str(tmp_path / "a-file" / "demo")
    assert main(["demo", "--headless", "--dir", folder]) == 2
    err = capsys.readouterr().err
    assert f"cannot write the sample photos to {folder}: " in err and "is a file" in err


def test_a_sandbox_folder_that_cannot_be_made_is_named(capsys):
    folder = "/proc/glamuploader-sandbox"
    assert main(["sandbox", "start", "--dir", folder]) == 2
    err = capsys.readouterr().err
    assert f"the sandbox wiki cannot be kept in {folder}: " in err and "Traceback" not in err


def test_a_batch_whose_lock_file_is_being_written_this_moment_says_try_again(tmp_path, capsys):
    from corpus import make_jpeg
    folder = tmp_path / "walk"
    folder.mkdir()
    make_jpeg(folder / "a.jpg")
    batch = str(tmp_path / "walk.glam.yaml")
    with open(batch + ".lock", "wb") as half_written:
        half_written.write(b'{"pid": 4')
    assert main(["import", str(folder), "-o", batch]) == 2
    err = capsys.readouterr().err
    assert "is being opened by another program right now. Try again in a moment" in err
    assert "process 0" not in err and "Traceback" not in err and not os.path.exists(batch)
