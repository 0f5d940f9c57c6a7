"""Structured data end to end: the command line uploads to the real sandbox wiki through the
Wikibase STAND-IN (tests/standin/wikibase_proxy.py), which receives the MediaInfo edits.

The sandbox has no Wikibase; the stand-in sits in front of it, forwards everything else to it
and answers wbgetentities/wbeditentity itself, checking them as Wikibase does."""
from __future__ import annotations

import json
import os

import pytest
from corpus import make_jpeg
from PIL import Image
from wikitools import upload_count

from glamuploader.cli import main
from glamuploader.store.batchfile import load_batch, save_batch

pytestmark = pytest.mark.wiki

GREGORIAN = "http://www.wikidata.org/entity/Q1985727"
EARTH = "http://www.wikidata.org/entity/Q2"
MUSEUM = "Q4233718"
PHOTOS = {  # name: (gps, caption words, depicts of its own, inventory number)
    "vase.jpg": ((55.798333, 49.105278, 60.0, 310.0), "vase", "Q1088", "KP 1/23"),
    "jug.jpg": ((55.7961, 49.1089, 58.0, 95.5), "jug", "Q2413314", "KP 1/24"),
}


@pytest.fixture
def login(sandbox, monkeypatch):
    monkeypatch.setenv("GLAMUPLOADER_USER", sandbox.bot_user)
    monkeypatch.setenv("GLAMUPLOADER_PASSWORD", sandbox.bot_password)


def run(capsys, *args: str) -> tuple[int, dict | str]:
    code = main([*args, "--json"])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, (json.loads(out) if out.strip() else err)


def museum_batch(tmp_path, names=tuple(PHOTOS)) -> str:
    folder = tmp_path / "museum"
    folder.mkdir()
    for name in names:
        noise = Image.frombytes("RGB", (64, 48), os.urandom(64 * 48 * 3))
        make_jpeg(folder / name, image=noise, gps=PHOTOS[name][0], taken="2026:05:14 12:00:00")
    kit = tmp_path / "museum.kit.yaml"
    kit.write_text("kind: glamuploader-kit\nformat: 1\nlicense: cc-by-sa-4.0\n"
                   "author: '[[User:Aygul|Aygul]]'\ncategories: [National Museum of Tatarstan]\n"
                   f"depicts: [Q5788]\ncollection_qid: {MUSEUM}\n", encoding="utf-8")
    batch_path = str(tmp_path / "museum.glam.yaml")
    assert run_quiet(["import", str(folder), "-o", batch_path, "--kit", str(kit)]) == 0
    batch = load_batch(batch_path)
    suffix = os.urandom(3).hex()
    for item in batch.items:
        _gps, word, depicts, number = PHOTOS[item.name]
        item.meta.title = f"Museum {word} {suffix}"
        item.meta.descriptions = {"en": f"A {word} in the museum"}
        item.meta.captions = {"en": f"A {word}", "ar": f"إناء {word}", "tt": f"Савыт {word}"}
        item.meta.depicts = [depicts]
        item.meta.date = "2026-05"
        item.meta.inventory_number = number
    save_batch(batch)
    return batch_path


def run_quiet(args: list[str]) -> int:
    return main([*args, "--quiet"])


def item_value(qid: str) -> dict:
    return {"type": "wikibase-entityid", "value": {"entity-type": "item", "numeric-id": int(qid[1:]), "id": qid}}


def expected_edit(item) -> dict:
    """The MediaInfo edit for a file of ``museum_batch``, written out by hand."""
    _gps, word, depicts, number = PHOTOS[item.name]
    gps = item.facts.gps

    def statement(prop: str, value: dict | None, **extra) -> dict:
        snak = ({"snaktype": "value", "property": prop, "datavalue": value} if value
                else {"snaktype": "somevalue", "property": prop})
        return {"mainsnak": snak, "type": "statement", "rank": "normal", **extra}

    def string(prop: str, text: str) -> dict:
        return {"snaktype": "value", "property": prop, "datavalue": {"type": "string", "value": text}}

    return {
        "labels": {"en": {"language": "en", "value": f"A {word}"},
                   "ar": {"language": "ar", "value": f"إناء {word}"},
                   "tt": {"language": "tt", "value": f"Савыт {word}"}},
        "claims": [
            statement("P180", item_value("Q5788")),
            statement("P180", item_value(depicts)),
            statement("P170", None, qualifiers={"P2093": [string("P2093", "Aygul")],
                                                "P4174": [string("P4174", "Aygul")]},
                      **{"qualifiers-order": ["P2093", "P4174"]}),
            statement("P275", item_value("Q18199165")),
            statement("P6216", item_value("Q50423863")),
            statement("P7482", item_value("Q66458942")),
            statement("P571", {"type": "time", "value": {
                "time": "+2026-05-00T00:00:00Z", "timezone": 0, "before": 0, "after": 0,
                "precision": 10, "calendarmodel": GREGORIAN}}),
            statement("P1259", {"type": "globecoordinate", "value": {
                "latitude": gps.latitude, "longitude": gps.longitude, "altitude": None,
                "precision": 1e-05, "globe": EARTH}}),
            statement("P195", item_value(MUSEUM), qualifiers={"P217": [string("P217", number)]},
                      **{"qualifiers-order": ["P217"]}),
        ],
    }


def test_upload_writes_one_exact_mediainfo_edit_per_file_to_the_standin_and_a_second_run_sends_nothing(
        sandbox, wikibase_standin, login, tmp_path, capsys):
    batch_path = museum_batch(tmp_path)
    edits_before, uploads_before = len(wikibase_standin.edits), upload_count(sandbox)
    code, result = run(capsys, "upload", batch_path, "--wiki", wikibase_standin.api_url)
    assert code == 0, result
    assert len(result["uploaded"]) == 2 and upload_count(sandbox) == uploads_before + 2
    assert len(result["structured_data_written"]) == 2 and result["structured_data_pending"] == []

    batch = load_batch(batch_path)
    edits = wikibase_standin.edits[edits_before:]
    assert [e.accepted for e in edits] == [True, True]
    for item, edit in zip(batch.items, edits):
        gps = PHOTOS[item.name][0]
        assert (round(item.facts.gps.latitude, 5), round(item.facts.gps.longitude, 5)) == (
            round(gps[0], 5), round(gps[1], 5))
        assert item.upload.state.value == "uploaded" and item.upload.sdc_done
        assert edit.id == item.upload.mid == f"M{item.upload.page_id}"
        assert edit.data == expected_edit(item)
        assert edit.params["bot"] == "1" and edit.summary
        stored = wikibase_standin.entity(edit.id)
        assert stored["labels"]["ar"]["value"].startswith("إناء")
        assert [s["mainsnak"]["datavalue"]["value"]["id"] for s in stored["statements"]["P180"]] == [
            "Q5788", PHOTOS[item.name][2]]

    code, result = run(capsys, "upload", batch_path, "--wiki", wikibase_standin.api_url)
    assert code == 0 and result["uploaded"] == []
    assert len(wikibase_standin.edits) == edits_before + 2 and upload_count(sandbox) == uploads_before + 2

    # a batch file that lost its record of the structured data: the journal has it (data done),
    # so nothing is read or sent
    for item in batch.items:
        item.upload.sdc_done = False
    save_batch(batch)
    reads_before = len(wikibase_standin.store.reads)
    code, result = run(capsys, "upload", batch_path, "--wiki", wikibase_standin.api_url)
    assert code == 0 and result["uploaded"] == [] and result["structured_data_written"] == []
    assert len(wikibase_standin.store.reads) == reads_before
    assert len(wikibase_standin.edits) == edits_before + 2 and upload_count(sandbox) == uploads_before + 2
    assert all(i.upload.sdc_done for i in load_batch(batch_path).items)


def test_a_failed_structured_data_edit_leaves_the_file_uploaded_and_pending_and_the_next_run_completes_it(
        sandbox, wikibase_standin, login, tmp_path, capsys):
    batch_path = museum_batch(tmp_path, names=("vase.jpg",))
    uploads_before = upload_count(sandbox)
    wikibase_standin.fail_next(1)
    code, result = run(capsys, "upload", batch_path, "--wiki", wikibase_standin.api_url)
    assert code == 1
    assert len(result["uploaded"]) == 1 and upload_count(sandbox) == uploads_before + 1
    [pending] = result["structured_data_pending"]
    assert pending["state"] == "sdc-pending" and pending["error"] == "modification-failed"
    item = load_batch(batch_path).items[0]
    assert item.upload.state.value == "sdc-pending" and not item.upload.sdc_done
    assert wikibase_standin.entity(item.upload.mid) is None

    edits_before = len(wikibase_standin.edits)
    code, result = run(capsys, "upload", batch_path, "--wiki", wikibase_standin.api_url)
    assert code == 0, result
    assert result["uploaded"] == [] and upload_count(sandbox) == uploads_before + 1
    assert [e.accepted for e in wikibase_standin.edits[edits_before:]] == [True]
    item = load_batch(batch_path).items[0]
    assert item.upload.state.value == "uploaded" and item.upload.sdc_done
    assert wikibase_standin.edits[-1].data == expected_edit(item)


def test_no_sdc_uploads_without_structured_data_and_a_later_run_adds_it_without_uploading_again(
        sandbox, wikibase_standin, login, tmp_path, capsys):
    batch_path = museum_batch(tmp_path, names=("jug.jpg",))
    uploads_before, edits_before = upload_count(sandbox), len(wikibase_standin.edits)
    reads_before = len(wikibase_standin.store.reads)
    code, result = run(capsys, "upload", batch_path, "--wiki", wikibase_standin.api_url, "--no-sdc")
    assert code == 0 and len(result["uploaded"]) == 1
    assert len(wikibase_standin.edits) == edits_before and len(wikibase_standin.store.reads) == reads_before
    code, result = run(capsys, "upload", batch_path, "--wiki", wikibase_standin.api_url)
    assert code == 0 and result["uploaded"] == [] and len(result["structured_data_written"]) == 1
    assert upload_count(sandbox) == uploads_before + 1
    assert wikibase_standin.edits[-1].data == expected_edit(load_batch(batch_path).items[0])


def test_render_sdc_prints_the_mediainfo_json_of_each_file(tmp_path, capsys):
    batch_path = museum_batch(tmp_path)
    code, result = run(capsys, "render", batch_path, "--sdc")
    assert code == 0
    batch = load_batch(batch_path)
    assert [r["mediainfo"] for r in result] == [expected_edit(i) for i in batch.items]
    assert main(["render", batch_path, "--sdc", "--item", "vase.jpg"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["labels"]["ar"]["value"] == "إناء vase"


def test_on_a_wiki_without_structured_data_files_are_uploaded_and_not_asked_about_again(
        sandbox, tmp_path, capsys):
    batch_path = museum_batch(tmp_path)
    code, result = run(capsys, "upload", batch_path, "--wiki", "sandbox")
    assert code == 0 and len(result["uploaded"]) == 2
    assert result["structured_data_unsupported"] is True and result["structured_data_pending"] == []
    items = load_batch(batch_path).items
    assert all(i.upload.state.value == "uploaded" and i.upload.error == "no-structured-data"
               and not i.upload.sdc_done for i in items)
    assert main(["upload", batch_path, "--wiki", "sandbox"]) == 0
    assert "Nothing to upload" in capsys.readouterr().out
