"""Near-duplicates and bursts (issue 13): `glamuploader similar` groups each burst - small
shifts, brightness changes, hard recompression, a copy stored sideways - and puts no two
distinct photos together; the hashes are made once and kept in the batch."""
from __future__ import annotations

import json

from similarphotos import VARIANTS, make_burst

from glamuploader.cli import main
from glamuploader.core.item import FileFacts, MediaItem
from glamuploader.core.similar import similar_groups
from glamuploader.store.batchfile import load_batch

SCENES = 8


def test_similar_groups_each_burst_and_never_two_distinct_photos(tmp_path, capsys):
    folder = tmp_path / "walk"
    folder.mkdir()
    for seed in range(SCENES):        # a burst every ten minutes; its copies in the same second
        make_burst(folder, seed, f"2026:05:14 19:{10 * (seed % 6):02}:{seed:02}")
    batch = str(tmp_path / "walk.glam.yaml")
    assert main(["import", str(folder), "-o", batch, "-q"]) == 0
    capsys.readouterr()
    assert main(["similar", batch, "--json"]) == 0
    groups = json.loads(capsys.readouterr().out)["groups"]
    scenes = [{f.rsplit("/", 1)[1].split("_")[0] for f in g["files"]} for g in groups]
    assert all(len(s) == 1 for s in scenes), scenes                    # no two distinct photos together
    assert sorted(len(g["files"]) for g in groups) == [len(VARIANTS)] * SCENES   # each burst whole
    assert all(g["distances"][0] == 0 and max(g["distances"]) <= 24 for g in groups)
    kept = load_batch(batch)
    assert all(len(i.facts.picture_hash) == 32 for i in kept.items)    # made once, kept in the batch
    assert main(["similar", batch]) == 0
    said = capsys.readouterr().out
    assert f"{SCENES} group(s) of similar photos among {SCENES * len(VARIANTS)} file(s)" in said
    assert "s03_sideways.jpg  (distance" in said


def _photo(name: str, picture_hash: str, taken: str | None) -> MediaItem:
    return MediaItem(f"/walk/{name}", FileFacts(taken=taken, picture_hash=picture_hash))


def test_photos_seconds_apart_are_a_burst_at_a_looser_likeness_than_hours_apart():
    base = "0" * 32
    moved = f"{(1 << 28) - 1:032x}"                 # 28 bits off: more than NEAR, within BURST_NEAR
    items = [_photo("a.jpg", base, "2026-05-14T19:10:00+03:00"), _photo("b.jpg", moved, "2026-05-14T19:10:02+03:00")]
    hashes = {i.path: i.facts.picture_hash for i in items}
    assert [[i.name for i in g.items] for g in similar_groups(items, hashes)] == [["a.jpg", "b.jpg"]]
    items[1] = _photo("b.jpg", moved, "2026-05-14T21:40:00+03:00")   # the same likeness, hours later
    assert similar_groups(items, hashes) == []
    items[1] = _photo("b.jpg", moved, None)                          # no time: only likeness counts
    assert similar_groups(items, hashes) == []


def test_a_search_asked_to_stop_ends_with_no_groups():
    """The window's Cancel: comparing thousands of photos stops between rows."""
    items = [_photo(f"{n}.jpg", "0" * 32, None) for n in range(200)]
    hashes = {i.path: i.facts.picture_hash for i in items}
    assert len(similar_groups(items, hashes)) == 1
    asked = []
    assert similar_groups(items, hashes, stop=lambda: asked.append(1) or len(asked) > 1) == []
    assert len(asked) == 2
