"""Culling on the command line (issue 13): `pick` marks files, the batch file keeps it, `check`
and `upload` leave rejected files out and say how many; the real sandbox wiki never sees them."""
from __future__ import annotations

import json

import pytest
from corpus import make_jpeg
from wikitools import noise, upload_count

from glamuploader.cli import main
from glamuploader.store.batchfile import load_batch, save_batch
from glamuploader.store.errors import FileFormatError


def _run(capsys, *args: str):
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _walk(tmp_path, capsys, n: int = 3) -> str:
    folder = tmp_path / "walk"
    folder.mkdir()
    for i in range(n):
        make_jpeg(folder / f"burst{i}.jpg", image=noise(), size=(96, 64))
    batch = str(tmp_path / "walk.glam.yaml")
    assert _run(capsys, "import", str(folder), "-o", batch, "--target", "sandbox", "-q")[0] == 0
    loaded = load_batch(batch)
    for i, item in enumerate(loaded.items):
        item.meta.title = f"Kazan Kremlin walk, burst shot {i}"
        item.meta.license, item.meta.author = "cc-by-sa-4.0", "[[User:Aygul|Aygul]]"
        item.meta.descriptions = {"en": "The Kremlin wall at dusk"}
        item.meta.categories = ["Kazan Kremlin"]
    save_batch(loaded)
    return batch


def test_pick_marks_files_by_name_or_path_and_the_batch_file_keeps_it(tmp_path, capsys):
    batch = _walk(tmp_path, capsys)
    code, out, _ = _run(capsys, "pick", batch, "burst1.jpg", str(tmp_path / "walk" / "burst2.jpg"), "--reject",
                        "--rating", "1")
    assert code == 0 and "2 file(s) rejected (never uploaded) and 1 star(s)" in out
    marks = {i.name: (i.meta.pick, i.meta.rating) for i in load_batch(batch).items}
    assert marks == {"burst0.jpg": ("", None), "burst1.jpg": ("reject", 1), "burst2.jpg": ("reject", 1)}
    code, out, _ = _run(capsys, "pick", batch, "burst2.jpg", "--unmark")
    assert code == 0 and load_batch(batch).items[2].meta.pick == "none"
    code, out, _ = _run(capsys, "pick", batch, "burst0.jpg", "--rotate", "270")
    assert code == 0 and "1 file(s) turned 270° clockwise when sent" in out
    assert [i.meta.rotate for i in load_batch(batch).items] == [270, 0, 0]
    with pytest.raises(SystemExit) as refused:                      # argparse: usage and the reason
        main(["pick", batch, "burst0.jpg", "--rotate", "45"])
    err = capsys.readouterr().err
    assert refused.value.code == 2 and "--rotate" in err and "45" in err and "Traceback" not in err


def test_pick_names_a_file_that_is_not_in_the_batch_and_changes_nothing(tmp_path, capsys):
    batch = _walk(tmp_path, capsys, n=1)
    before = open(batch, encoding="utf-8").read()
    code, _, err = _run(capsys, "pick", batch, "burst0.jpg", "IMG_9999.jpg", "--reject")
    assert code == 2 and "IMG_9999.jpg" in err and "nothing was changed" in err
    assert open(batch, encoding="utf-8").read() == before
    code, _, err = _run(capsys, "pick", batch, "burst0.jpg")
    assert code == 2 and "--reject" in err


def test_a_hand_edited_pick_or_rating_that_makes_no_sense_is_named_with_its_line(tmp_path, capsys):
    batch = _walk(tmp_path, capsys, n=1)
    _run(capsys, "pick", batch, "burst0.jpg", "--pick", "--rating", "4")
    text = open(batch, encoding="utf-8").read()
    for n, (wrong, field) in enumerate(((text.replace("pick: pick", "pick: maybe"), "pick"),
                                        (text.replace("rating: 4", "rating: 9"), "rating"))):
        edited = tmp_path / f"edited{n}.glam.yaml"      # by hand, in a text editor: no backup beside it
        edited.write_text(wrong, encoding="utf-8")
        with pytest.raises(FileFormatError) as caught:
            load_batch(str(edited))
        assert caught.value.params["field"] == field and caught.value.line


@pytest.mark.wiki
def test_check_and_upload_leave_rejected_files_out_and_the_wiki_never_sees_them(tmp_path, capsys, sandbox):
    batch = _walk(tmp_path, capsys)
    _run(capsys, "pick", batch, "burst1.jpg", "--reject")
    code, out, _ = _run(capsys, "check", batch)
    assert "1 rejected file(s) left out" in out and "burst1" not in out.replace("burst1.jpg --", "")
    before = upload_count(sandbox)
    code = main(["upload", batch, "--wiki", "sandbox", "--json"])
    result = json.loads(capsys.readouterr().out)
    assert code == 0 and len(result["uploaded"]) == 2 and result["rejected"] == [str(tmp_path / "walk" / "burst1.jpg")]
    assert upload_count(sandbox) == before + 2
    states = {i.name: i.upload.state.value for i in load_batch(batch).items}
    assert states == {"burst0.jpg": "uploaded", "burst1.jpg": "new", "burst2.jpg": "uploaded"}
