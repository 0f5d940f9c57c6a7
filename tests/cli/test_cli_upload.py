"""The command line takes a folder of photos all the way onto the real sandbox wiki."""
from __future__ import annotations

import hashlib
import json
import os
import shutil

import pytest
from corpus import make_jpeg
from wikitools import api_get, file_sha1, noise, page_text, upload_count

from glamuploader.cli import main
from glamuploader.store.batchfile import load_batch, save_batch

pytestmark = pytest.mark.wiki

PLACES = {  # file name: (latitude, longitude, altitude, heading), taken
    "IMG_0101.jpg": ((55.798333, 49.105278, 60.0, 310.0), "2026:05:14 19:42:10"),
    "IMG_0102.jpg": ((40.366111, -49.837222, 10.0, 95.5), "2026:06:02 11:03:44"),
    "DSC_0103.jpg": ((-33.856784, 151.215297, 5.0, None), "2025:12:31 23:59:59"),
}



def photo_folder(folder) -> dict[str, str]:
    folder.mkdir()
    paths = {}
    for name, (gps, taken) in PLACES.items():
        paths[name] = make_jpeg(folder / name, image=noise(), gps=gps, taken=taken)
    return paths


def write_kit(path) -> str:
    path.write_text(
        "kind: glamuploader-kit\nformat: 1\nname: Photo walk Kazan 2026\nlicense: cc-by-sa-4.0\n"
        "author: '[[User:Aygul|Aygul]]'\ncategories: [Photo walk Kazan 2026]\n", encoding="utf-8")
    return str(path)


def run(capsys, *args: str) -> tuple[int, dict | str]:
    code = main([*args, "--json"])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, (json.loads(out) if out.strip() else err)


def sha1_of(path: str) -> str:
    return hashlib.sha1(open(path, "rb").read()).hexdigest()


def give_titles(batch_path: str, titles: dict[str, str]) -> None:
    batch = load_batch(batch_path)
    for item in batch.items:
        if item.name in titles:
            item.meta.title = titles[item.name]
            item.meta.descriptions = {"en": f"{titles[item.name]}, seen on a photo walk",
                                      "tt": "Фотосәяхәт"}
    save_batch(batch)


def test_a_folder_of_photos_is_imported_checked_and_uploaded_with_location_licence_and_categories(
        sandbox, tmp_path, capsys):
    paths = photo_folder(tmp_path / "walk")
    batch = str(tmp_path / "walk.glam.yaml")
    code, result = run(capsys, "import", str(tmp_path / "walk"), "-o", batch,
                       "--kit", write_kit(tmp_path / "walk.kit.yaml"), "--target", "sandbox")
    assert code == 0 and len(result["added"]) == 3
    code, result = run(capsys, "check", batch)
    assert code == 1   # camera names must get real titles first
    assert {p["code"] for p in result["problems"] if p["severity"] == "error"} == {"title-camera-name"}

    suffix = os.urandom(3).hex()
    titles = {name: f"Kazan photo walk {n} {suffix}" for n, name in enumerate(PLACES, 1)}
    give_titles(batch, titles)
    code, result = run(capsys, "check", batch)
    assert code == 0, result
    before = upload_count(sandbox)
    code, result = run(capsys, "upload", batch, "--wiki", "sandbox")
    assert code == 0, result
    assert len(result["uploaded"]) == 3 and upload_count(sandbox) == before + 3

    for name, (gps, _taken) in PLACES.items():
        title = f"File:{titles[name]}.jpg"
        text = page_text(sandbox, title)
        lat, lon, _alt, heading = gps
        assert "{{Information" in text
        location = f"{{{{Location|{lat:.6f}|{lon:.6f}".replace("00|", "|")
        assert f"{{{{Location|{lat:g}|{lon:g}" in text or location in text, text
        if heading is not None:
            assert f"heading:{heading:g}" in text
        assert "{{self|cc-by-sa-4.0}}" in text
        assert "[[Category:Photo walk Kazan 2026]]" in text
        assert "[[Category:Uploaded with GLAM Uploader]]" in text
        assert "|author=[[User:Aygul|Aygul]]" in text
        assert "{{tt|1=Фотосәяхәт}}" in text
        assert file_sha1(sandbox, title) == sha1_of(paths[name])

    saved = {i.name: i.upload for i in load_batch(batch).items}
    assert all(u.state.value == "uploaded" and u.page_id and u.url.startswith(sandbox.server)
               for u in saved.values())

    code, result = run(capsys, "upload", batch, "--wiki", "sandbox")
    assert code == 0 and result["uploaded"] == [] and upload_count(sandbox) == before + 3

    code, result = run(capsys, "report", batch, "--format", "wikitext")
    assert all(f"File:{t}.jpg" in result["report"] for t in titles.values())


def test_a_file_already_on_the_wiki_is_caught_before_upload_with_its_address(sandbox, tmp_path, capsys):
    first = tmp_path / "first"
    first.mkdir()
    make_jpeg(first / "original.jpg", image=noise())
    kit = write_kit(tmp_path / "k.kit.yaml")
    title = f"Original view {os.urandom(3).hex()}"
    run(capsys, "import", str(first), "-o", str(tmp_path / "a.glam.yaml"), "--kit", kit)
    give_titles(str(tmp_path / "a.glam.yaml"), {"original.jpg": title})
    assert run(capsys, "upload", str(tmp_path / "a.glam.yaml"), "--wiki", "sandbox")[0] == 0

    again = tmp_path / "again"
    again.mkdir()
    shutil.copy(first / "original.jpg", again / "copy.jpg")
    run(capsys, "import", str(again), "-o", str(tmp_path / "b.glam.yaml"), "--kit", kit)
    give_titles(str(tmp_path / "b.glam.yaml"), {"copy.jpg": "A second name for the same photo"})
    code, result = run(capsys, "check", str(tmp_path / "b.glam.yaml"), "--online", "--wiki", "sandbox")
    dup = [p for p in result["problems"] if p["code"] == "duplicate-on-wiki"]
    assert code == 1 and dup and dup[0]["params"]["title"] == f"File:{title}.jpg"
    before = upload_count(sandbox)
    code, result = run(capsys, "upload", str(tmp_path / "b.glam.yaml"), "--wiki", "sandbox")
    assert upload_count(sandbox) == before   # nothing was sent
    assert [d["url"] for d in result["duplicates"]] == [dup[0]["params"]["url"]]
    item = load_batch(str(tmp_path / "b.glam.yaml")).items[0]
    assert item.upload.state.value == "duplicate"
    assert item.upload.url.startswith(sandbox.server) and item.upload.page_title == f"File:{title}.jpg"


def test_a_blacklisted_title_is_reported_before_upload(sandbox, tmp_path, capsys):
    folder = tmp_path / "p"
    folder.mkdir()
    make_jpeg(folder / "harbour.jpg", image=noise())
    batch = str(tmp_path / "b.glam.yaml")
    run(capsys, "import", str(folder), "-o", batch, "--kit", write_kit(tmp_path / "k.kit.yaml"))
    give_titles(batch, {"harbour.jpg": "DCP1234 old harbour"})
    assert run(capsys, "check", batch)[0] == 0       # fine offline…
    code, result = run(capsys, "check", batch, "--online", "--wiki", "sandbox")
    assert code == 1                                  # …but this wiki's blacklist refuses it
    errors = [p for p in result["problems"] if p["severity"] == "error"]
    assert [p["code"] for p in errors] == ["title-blacklisted"]
    assert "DCP1234" in errors[0]["message"] or errors[0]["params"]
    # the kit's category is not on this wiki: a lookup warning, not an error
    assert {p["code"] for p in result["problems"]} - {"title-blacklisted"} == {
        "category-not-on-wiki-nothing-close"}
    before = upload_count(sandbox)
    code, _ = run(capsys, "upload", batch, "--wiki", "sandbox")
    assert code == 1 and upload_count(sandbox) == before


def test_a_file_over_five_mebibytes_goes_up_in_chunks_and_arrives_whole(sandbox, tmp_path, capsys):
    folder = tmp_path / "big"
    folder.mkdir()
    big = folder / "scan.png"
    noise((1600, 1200)).save(big, "PNG")   # ~5.8 MB of random pixels
    assert big.stat().st_size > 5 * 1024 * 1024
    batch = str(tmp_path / "big.glam.yaml")
    run(capsys, "import", str(folder), "-o", batch, "--kit", write_kit(tmp_path / "k.kit.yaml"))
    title = f"Large archive scan {os.urandom(3).hex()}"
    give_titles(batch, {"scan.png": title})
    code, result = run(capsys, "upload", batch, "--wiki", "sandbox")
    assert code == 0, result
    assert file_sha1(sandbox, f"File:{title}.png") == sha1_of(str(big))
    stash_log = api_get(sandbox, action="query", list="logevents", letype="upload", letitle=f"File:{title}.png")
    assert len(stash_log["query"]["logevents"]) == 1
