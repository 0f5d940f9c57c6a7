"""The upload engine from the command line, on the real sandbox wiki: files that changed or went
missing since import, one writer per batch, new versions of files, cleaned copies without GPS."""
from __future__ import annotations

import io
import os
import urllib.request

import pytest
from corpus import make_jpeg
from test_cli_upload import run
from wikitools import api_get, file_sha1, lock_held_elsewhere, noise, page_text

from glamuploader.cli import main
from glamuploader.store.batchfile import load_batch, save_batch

pytestmark = pytest.mark.wiki


@pytest.fixture
def login(sandbox, monkeypatch):
    monkeypatch.setenv("GLAMUPLOADER_USER", sandbox.bot_user)
    monkeypatch.setenv("GLAMUPLOADER_PASSWORD", sandbox.bot_password)


def ready_batch(tmp_path, names, *, label: str, gps=(55.798333, 49.105278, 60.0, 310.0)) -> str:
    """A batch of new JPEGs (with GPS) ready to upload: licence, author, titles, category."""
    folder = tmp_path / label.replace(" ", "_")
    folder.mkdir()
    for name in names:
        make_jpeg(folder / name, image=noise((64, 48)), gps=gps)
    path = str(tmp_path / f"{label.replace(' ', '_')}.glam.yaml")
    assert main(["import", str(folder), "-o", path, "--quiet"]) == 0
    batch = load_batch(path)
    batch.kit.license, batch.kit.author, batch.kit.categories = "cc0", "Tester", ["Engine tests"]
    batch.kit.title_pattern = f"{label} {os.urandom(3).hex()} {{n:02}}"
    batch.kit.descriptions = {"en": "A photo for the engine tests"}
    save_batch(batch)
    return path


def test_a_file_changed_since_import_is_told_read_again_and_sent_as_it_is_now(sandbox, login, tmp_path, capsys):
    path = ready_batch(tmp_path, ["a.jpg", "b.jpg"], label="Changed")
    batch = load_batch(path)
    changed, gone = batch.items
    make_jpeg(changed.path, image=noise((80, 60)), gps=None, taken="2020:01:02 03:04:05")   # edited since
    os.remove(gone.path)
    code, result = run(capsys, "check", path)
    found = {(p["code"], os.path.basename(p["file"])) for p in result["problems"]}
    assert {("file-changed", "a.jpg"), ("file-missing", "b.jpg")} <= found
    said = next(p for p in result["problems"] if p["code"] == "file-changed")
    assert "content" in said["message"] and "dimensions" in said["message"] and "date taken" in said["message"]

    code, result = run(capsys, "upload", path, "--wiki", "sandbox", "--no-sdc")
    assert code == 1 and [os.path.basename(f) for f in result["left_out"]] == ["b.jpg"]
    [sent] = result["uploaded"]
    now = load_batch(path).items[0]
    # the wiki has the file as it is now, and the batch records that file's SHA-1, not the old one
    assert file_sha1(sandbox, sent["title"]) == now.facts.sha1 != changed.facts.sha1
    assert (now.facts.width, now.facts.height) == (80, 60)


def test_a_second_writer_is_refused_and_told_who_holds_the_batch_and_a_stale_lock_is_taken_over(
        sandbox, login, tmp_path, capsys):
    path = ready_batch(tmp_path, ["a.jpg"], label="Locked")
    with lock_held_elsewhere(path, program="app") as holder:
        code = main(["upload", path, "--wiki", "sandbox"])
        err = capsys.readouterr().err
        assert code != 0 and "is open in the app" in err and f"process {holder.pid}" in err
        assert "Traceback" not in err and load_batch(path).items[0].upload.state.value == "new"
    # the holder died without letting go: its lock is stale, and the next upload takes it over
    assert os.path.exists(path + ".lock")
    code, result = run(capsys, "upload", path, "--wiki", "sandbox", "--no-sdc")
    assert code == 0 and len(result["uploaded"]) == 1 and not os.path.exists(path + ".lock")


def _history(sandbox, title: str) -> list[dict]:
    data = api_get(sandbox, action="query", prop="imageinfo", iiprop="sha1|comment", iilimit="10",
                   titles=title)
    return data["query"]["pages"][0]["imageinfo"]


def test_a_new_version_replaces_the_file_keeps_its_page_and_a_second_run_sends_nothing(
        sandbox, login, tmp_path, capsys):
    path = ready_batch(tmp_path, ["scan.jpg"], label="Versioned")
    code, result = run(capsys, "upload", path, "--wiki", "sandbox", "--no-sdc")
    title = result["uploaded"][0]["title"]
    text_before = page_text(sandbox, title)

    better = tmp_path / "better"
    better.mkdir()
    make_jpeg(better / "scan, colour corrected.jpg", image=noise((64, 48)))
    second = str(tmp_path / "better.glam.yaml")
    assert main(["import", str(better), "-o", second, "--quiet"]) == 0
    batch = load_batch(second)
    item = batch.items[0]
    item.meta.new_version_of = title.replace("File:", "file:")        # as a person may type it
    item.meta.version_comment = "Colour corrected"
    batch.kit.license, batch.kit.author, batch.kit.categories = "cc0", "Tester", ["Engine tests"]
    save_batch(batch)

    code, result = run(capsys, "upload", second, "--wiki", "sandbox", "--no-sdc")   # not asked for
    assert code == 1 and len(result["left_out"]) == 1 and len(_history(sandbox, title)) == 1
    code, result = run(capsys, "check", second)
    assert "new-version-not-allowed" not in {p["code"] for p in result["problems"]}   # check is offline

    code, result = run(capsys, "upload", second, "--wiki", "sandbox", "--no-sdc", "--new-versions")
    assert code == 0 and [r["title"] for r in result["uploaded"]] == [title]
    history = _history(sandbox, title)
    assert [v["sha1"] for v in history] == [item.facts.sha1, load_batch(path).items[0].facts.sha1]
    assert history[0]["comment"] == "Colour corrected"
    assert page_text(sandbox, title) == text_before                   # the description page stays
    code, result = run(capsys, "upload", second, "--wiki", "sandbox", "--no-sdc", "--new-versions")
    assert code == 0 and result["uploaded"] == [] and len(_history(sandbox, title)) == 2


def test_remove_the_location_uploads_a_cleaned_copy_without_gps_and_leaves_the_original(
        sandbox, login, tmp_path, capsys):
    from PIL import Image

    from glamuploader.media.privacy import has_location
    path = ready_batch(tmp_path, ["home.jpg", "street.jpg"], label="Private")
    batch = load_batch(path)
    home = batch.items[0]
    home.meta.privacy = "location"
    save_batch(batch)
    original = open(home.path, "rb").read()
    assert has_location(original)
    code, result = run(capsys, "upload", path, "--wiki", "sandbox", "--no-sdc")
    assert code == 0 and len(result["uploaded"]) == 2
    by_file = {os.path.basename(r["file"]): r for r in result["uploaded"]}
    info = api_get(sandbox, action="query", prop="imageinfo", iiprop="url|sha1",
                   titles=by_file["home.jpg"]["title"])["query"]["pages"][0]["imageinfo"][0]
    with urllib.request.urlopen(info["url"], timeout=30) as resp:
        on_wiki = resp.read()
    assert not has_location(on_wiki)
    assert Image.open(io.BytesIO(on_wiki)).getexif().get_ifd(0x8825) == {}
    assert Image.open(io.BytesIO(on_wiki)).getexif().get(0x010F) == "Canon"   # the rest stays
    assert "{{Location" not in page_text(sandbox, by_file["home.jpg"]["title"])
    assert "{{Location" in page_text(sandbox, by_file["street.jpg"]["title"])
    assert open(home.path, "rb").read() == original                   # the original is untouched
    assert info["sha1"] != home.facts.sha1


def test_a_turned_photo_is_sent_with_its_orientation_tag_changed_and_the_same_pixels_and_a_png_is_refused(
        sandbox, login, tmp_path, capsys):
    """Issue 13: turning is lossless. The wiki gets the very same compressed picture with
    orientation 6 (or, with privacy, the cleaned copy turned); the file on disk stays as it was;
    a PNG, which has no tag MediaWiki follows, is refused by check with words, not re-encoded."""
    from PIL import Image

    path = ready_batch(tmp_path, ["sideways.jpg", "private.jpg"], label="Turned")
    batch = load_batch(path)
    named = {os.path.basename(i.path): i for i in batch.items}
    sideways, private = named["sideways.jpg"], named["private.jpg"]
    sideways.meta.rotate = 90
    private.meta.rotate, private.meta.privacy = 270, "location"
    save_batch(batch)
    originals = {i.path: open(i.path, "rb").read() for i in batch.items}
    code, result = run(capsys, "upload", path, "--wiki", "sandbox", "--no-sdc")
    assert code == 0 and len(result["uploaded"]) == 2
    by_file = {os.path.basename(r["file"]): r for r in result["uploaded"]}
    for name, orientation in (("sideways.jpg", 6), ("private.jpg", 8)):
        info = api_get(sandbox, action="query", prop="imageinfo", iiprop="url|size",
                       titles=by_file[name]["title"])["query"]["pages"][0]["imageinfo"][0]
        with urllib.request.urlopen(info["url"], timeout=30) as resp:
            on_wiki = resp.read()
        assert Image.open(io.BytesIO(on_wiki)).getexif()[0x0112] == orientation
        original = originals[os.path.join(os.path.dirname(path), "Turned", name)]
        assert on_wiki[on_wiki.index(b"\xff\xda"):] == original[original.index(b"\xff\xda"):]   # same pixels
        assert (info["width"], info["height"]) == (48, 64)          # MediaWiki shows it turned
    from glamuploader.media.privacy import has_location
    assert not has_location(on_wiki)                                 # private.jpg: cleaned, then turned
    for file, data in originals.items():
        assert open(file, "rb").read() == data                      # the originals untouched

    folder = tmp_path / "png"
    folder.mkdir()
    noise((64, 48)).save(folder / "scan.png")
    png_batch = str(tmp_path / "png.glam.yaml")
    assert main(["import", str(folder), "-o", png_batch, "--quiet"]) == 0
    batch = load_batch(png_batch)
    batch.items[0].meta.rotate = 90
    save_batch(batch)
    code, result = run(capsys, "check", png_batch)
    problems = [p for p in result["problems"] if p["code"] == "rotate-unsupported"]
    assert code != 0 and problems and problems[0]["field"] == "rotate"
    assert "cannot be turned without changing its pixels" in problems[0]["message"]
