"""``glamuploader lookup`` and the lookup checks of ``check --online``: categories on the real
sandbox wiki, Wikidata items on the Wikidata search STAND-IN (tests/standin/wikidata_search.py)."""
from __future__ import annotations

import json
import os

import pytest
from corpus import make_jpeg
from PIL import Image

from glamuploader.cli import main
from glamuploader.store.batchfile import load_batch, save_batch

pytestmark = pytest.mark.wiki


def run(capsys, *args: str) -> tuple[int, dict, str]:
    code = main([*args, "--json"])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, json.loads(out), err


def test_lookup_item_shows_labels_in_the_language_asked_then_answers_offline_from_the_cache(
        wikidata_standin, capsys):
    code, online, err = run(capsys, "lookup", "item", "Мәск", "--language", "tt",
                            "--wikidata", wikidata_standin.url)
    assert code == 0 and online["state"] == "online" and err == ""
    assert online["results"] == [{"qid": "Q649", "label": "Мәскәү", "language": "tt",
                                  "description": "capital and largest city of Russia"}]
    wikidata_standin.stop()
    code, offline, err = run(capsys, "lookup", "item", "мәск", "--language", "tt",
                             "--wikidata", wikidata_standin.url)
    assert code == 0 and offline["state"] == "offline"
    assert offline["results"] == online["results"]
    assert "cannot be reached" in err and "cache" in err


def test_lookup_item_in_words_for_people(wikidata_standin, capsys):
    assert main(["lookup", "item", "Q42", "--wikidata", wikidata_standin.url]) == 0
    out = capsys.readouterr().out
    assert "Q42" in out and "Douglas Adams — English writer and humourist (1952–2001)" in out


def test_lookup_category_that_exists(sandbox_categories, capsys):
    code, result, _ = run(capsys, "lookup", "category", "Kazan Kremlin", "--wiki", "sandbox")
    assert code == 0 and result["state"] == "online"
    assert result["check"] == {"name": "Kazan Kremlin", "exists": True, "redirect_to": None,
                               "suggestion": None}
    assert "Kazan Kremlin" in result["results"]


def test_lookup_category_that_is_missing_suggests_the_closest(sandbox_categories, capsys):
    assert main(["lookup", "category", "Category:Kazan kremlin", "--wiki", "sandbox"]) == 1
    out = capsys.readouterr().out
    assert "Category:Kazan kremlin does not exist. Did you mean Category:Kazan Kremlin?" in out


def test_lookup_category_that_is_redirected_names_the_target(sandbox_categories, capsys):
    code, result, _ = run(capsys, "lookup", "category", "Old name", "--wiki", "sandbox")
    assert code == 1 and result["check"]["redirect_to"] == "New name"


def test_check_online_warns_of_categories_and_unconfirmed_depicts(
        sandbox, sandbox_categories, wikidata_standin, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("GLAMUPLOADER_WIKIDATA_API", wikidata_standin.url)
    folder = tmp_path / "photos"
    folder.mkdir()
    noise = Image.frombytes("RGB", (64, 48), os.urandom(64 * 48 * 3))
    make_jpeg(folder / "kremlin.jpg", image=noise)
    batch_path = str(tmp_path / "k.glam.yaml")
    code, _, _ = run(capsys, "import", str(folder), "-o", batch_path, "--target", "sandbox")
    batch = load_batch(batch_path)
    meta = batch.items[0].meta
    meta.title = f"Kazan Kremlin gate {os.urandom(3).hex()}"
    meta.categories = ["Kazan Kremlin", "Kazan kremlin", "Old name"]
    meta.depicts = ["Q900", "Q987654321"]
    save_batch(batch)

    code, result, _ = run(capsys, "check", batch_path, "--online")
    found = {p["code"]: p for p in result["problems"] if p["field"] in ("categories", "depicts")}
    assert found["category-not-on-wiki"]["params"] == {"category": "Kazan kremlin",
                                                       "suggestion": "Kazan Kremlin"}
    assert "Did you mean \u201cKazan Kremlin\u201d?" in found["category-not-on-wiki"]["message"]
    assert found["category-redirected"]["params"] == {"category": "Old name", "target": "New name"}
    assert found["depicts-unverified"]["params"] == {"value": "Q987654321"}
    assert {p["severity"] for p in found.values()} == {"warning"}
    assert "category-missing" not in found


def test_lookup_category_on_an_unreachable_wiki_answers_from_the_cache(capsys, sandbox_categories):
    run(capsys, "lookup", "category", "Kazan", "--wiki", "sandbox")        # seen online once
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    code, result, err = run(capsys, "lookup", "category", "kazan k", "--wiki",
                            f"http://127.0.0.1:{port}/api.php")
    assert result["state"] == "offline" and "Kazan Kremlin" in result["results"]
    assert result["check"] is None and code == 1
    assert "cannot be reached" in err
