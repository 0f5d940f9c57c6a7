"""Scenes of a walk (issue 13): a new scene after a gap in the time taken or a walk of more than
300 m between photos with a position; in the order taken whatever the batch order; photos
without a time taken together at the end."""
from __future__ import annotations

from glamuploader.core.item import FileFacts, GeoPoint, MediaItem
from glamuploader.core.scenes import metres, split_scenes

KREMLIN = (55.7989, 49.1055)
SUYUMBIKE = (55.8003, 49.1061)          # ~160 m from the first
KUL_SHARIF = (55.7983, 49.1053)
TEMPLE = (55.7932, 49.0926)             # ~1 km away


def _photo(name, taken, place=None):
    gps = GeoPoint(*place) if place else None
    return MediaItem(f"/walk/{name}", FileFacts(taken=taken, gps=gps))


def test_gaps_in_time_and_long_walks_start_a_new_scene_in_the_order_taken():
    walk = [
        _photo("c1.jpg", "2026-05-14T10:31:00+03:00", KUL_SHARIF),
        _photo("a1.jpg", "2026-05-14T10:00:00+03:00", KREMLIN),
        _photo("a2.jpg", "2026-05-14T10:02:00+03:00", SUYUMBIKE),     # 160 m: the same scene
        _photo("a3.jpg", "2026-05-14T10:09:00+03:00"),                # no position: by time alone
        _photo("c2.jpg", "2026-05-14T10:33:00+03:00", KUL_SHARIF),
        _photo("d1.jpg", "2026-05-14T10:36:00+03:00", TEMPLE),        # 3 min later but 1 km on
        _photo("d2.jpg", "2026-05-14T10:37:30+03:00", TEMPLE),
        _photo("scan.tif", None),
    ]
    scenes = split_scenes(walk)
    assert [[i.name for i in s.items] for s in scenes] == [
        ["a1.jpg", "a2.jpg", "a3.jpg"], ["c1.jpg", "c2.jpg"], ["d1.jpg", "d2.jpg"], ["scan.tif"]]
    assert scenes[0].start.startswith("2026-05-14T10:00") and scenes[0].end.startswith("2026-05-14T10:09")
    assert scenes[2].place == GeoPoint(*TEMPLE) and scenes[3].start == "" and scenes[3].place is None
    assert 100 < metres(GeoPoint(*KREMLIN), GeoPoint(*SUYUMBIKE)) < 250
    assert 900 < metres(GeoPoint(*KREMLIN), GeoPoint(*TEMPLE)) < 1100
    longer = split_scenes(walk, gap_minutes=40, distance_m=2000)
    assert [len(s.items) for s in longer] == [7, 1]
