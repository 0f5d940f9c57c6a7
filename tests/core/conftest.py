"""Small builders for core tests."""
from __future__ import annotations

import pytest

from glamuploader.core.item import FileFacts, GeoPoint, MediaItem, Metadata


def build_item(name: str = "IMG_1234.jpg", *, kind: str = "jpg", sha1: str = "",
               gps: GeoPoint | None = None, **meta: object) -> MediaItem:
    return MediaItem(path=f"/photos/{name}", facts=FileFacts(kind=kind, sha1=sha1, gps=gps, size=1000),
                     meta=Metadata(**meta))


@pytest.fixture
def make_item():
    return build_item
