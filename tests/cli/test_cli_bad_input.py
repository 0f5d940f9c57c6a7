"""Broken files and broken batch files: import and check finish, every bad thing is named, no traceback."""
from __future__ import annotations

import json
import os

from corpus import (control_char_name, make_bomb_png, make_empty, make_garbage_exif_jpeg, make_jpeg,
                    make_png, make_text, make_truncated_jpeg)

from glamuploader.cli import main


def run(capsys, *args: str):
    code = main([*args, "--json"])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_import_and_check_name_every_bad_file_and_finish(tmp_path, capsys):
    bad = tmp_path / "bad"
    bad.mkdir()
    expected = {
        make_truncated_jpeg(bad / "truncated.jpg"): "file-truncated",
        make_empty(bad / "empty.jpg"): "file-empty",
        make_text(bad / "notes.jpg"): "file-unknown-type",
        make_png(bad / "really-a-png.jpg"): "extension-mismatch",
        make_garbage_exif_jpeg(bad / "garbage-exif.jpg"): "exif-value-ignored",
        make_bomb_png(bad / "bomb.png"): "file-too-many-pixels",
        control_char_name(bad): "file-name-control-chars",
    }
    make_jpeg(bad / "fine.jpg", size=(64, 48))
    batch = str(tmp_path / "bad.glam.yaml")
    code, out, _ = run(capsys, "import", str(bad), "-o", batch)
    assert code == 0
    assert len(json.loads(out)["added"]) == len(expected) + 1
    code, out, _ = run(capsys, "check", batch)
    assert code == 1
    problems = json.loads(out)["problems"]
    for path, code_expected in expected.items():
        found = {p["code"] for p in problems if p["file"] == path}
        assert code_expected in found, (os.path.basename(path), found)
        message = next(p["message"] for p in problems if p["file"] == path and p["code"] == code_expected)
        assert message and "{" not in message.replace("{{", "")
    fine = str(bad / "fine.jpg")
    assert not {p["code"] for p in problems if p["file"] == fine} & set(expected.values())


def test_human_output_groups_problems_under_each_file(tmp_path, capsys):
    bad = tmp_path / "b"
    bad.mkdir()
    make_empty(bad / "empty.jpg")
    batch = str(tmp_path / "b.glam.yaml")
    main(["import", str(bad), "-o", batch, "--quiet"])
    capsys.readouterr()
    assert main(["check", batch]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0] == str(bad / "empty.jpg")
    assert "empty (0 bytes)" in out


def test_broken_yaml_batch_is_named_with_its_line_and_nothing_crashes(tmp_path, capsys):
    batch = tmp_path / "broken.glam.yaml"
    batch.write_text("kind: glamuploader-batch\nformat: 1\nitems:\n  - path: a.jpg\n    meta: {title: [\n",
                     encoding="utf-8")
    for command in (["check", str(batch)], ["render", str(batch)], ["upload", str(batch), "--wiki", "sandbox"],
                    ["report", str(batch)]):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert f"{batch}, line 6" in err and "Traceback" not in err


def test_a_damaged_batch_is_opened_from_its_last_good_copy_with_a_warning(tmp_path, capsys):
    folder = tmp_path / "p"
    folder.mkdir()
    make_jpeg(folder / "a.jpg", size=(20, 20))
    batch = tmp_path / "b.glam.yaml"
    assert main(["import", str(folder), "-o", str(batch), "--quiet"]) == 0
    batch.write_text(batch.read_text(encoding="utf-8")[:40] + "\nitems: [broken\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["check", str(batch)]) == 1        # the check ran on the good copy
    err = capsys.readouterr().err
    assert "was damaged" in err and "last good copy was used" in err and ".damaged-" in err
