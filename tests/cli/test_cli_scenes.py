"""`glamuploader scenes` (issue 13): a walk's photos, read from their EXIF times and GPS, split
into scenes by a gap in time or a walk of some hundred metres; --gap and --distance move the
lines; the words say what the numbers mean."""
from __future__ import annotations

import json

from corpus import make_jpeg
from wikitools import noise

from glamuploader.cli import main


def test_scenes_split_a_walk_by_time_and_distance(tmp_path, capsys):
    folder = tmp_path / "walk"
    folder.mkdir()
    shots = [("kremlin1", "10:00:00", (55.7989, 49.1055)), ("kremlin2", "10:03:10", (55.8003, 49.1061)),
             ("mosque1", "10:41:00", (55.7983, 49.1053)), ("mosque2", "10:42:30", (55.7983, 49.1053)),
             ("temple1", "10:44:00", (55.7932, 49.0926))]
    for name, time, (lat, lon) in shots:
        make_jpeg(folder / f"{name}.jpg", image=noise((48, 32)), taken=f"2026:05:14 {time}", offset="+03:00",
                  gps=(lat, lon, 60.0, 10.0))
    batch = str(tmp_path / "walk.glam.yaml")
    assert main(["import", str(folder), "-o", batch, "-q"]) == 0
    capsys.readouterr()
    assert main(["scenes", batch, "--json"]) == 0
    scenes = json.loads(capsys.readouterr().out)["scenes"]
    names = [[f.rsplit("/", 1)[1] for f in s["files"]] for s in scenes]
    assert names == [["kremlin1.jpg", "kremlin2.jpg"], ["mosque1.jpg", "mosque2.jpg"], ["temple1.jpg"]]
    assert scenes[0]["start"].startswith("2026-05-14T10:00") and abs(scenes[2]["place"][0] - 55.7932) < 1e-3
    assert main(["scenes", batch, "--gap", "60", "--distance", "2000"]) == 0
    said = capsys.readouterr().out
    assert "scene 1: 5 file(s), 2026-05-14 10:00 to 2026-05-14 10:44, near 55.79890, 49.10550" in said
    assert "1 scene(s) among 5 file(s): a new one after 60 minutes without a photo or 2000 m walked." in said
    assert main(["scenes", batch, "--gap", "0"]) != 0
    assert "--gap and --distance must be more than 0" in capsys.readouterr().err
