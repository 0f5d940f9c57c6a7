"""The user's folders for GLAM Uploader (platformdirs), overridable for tests and portable use."""
from __future__ import annotations

import os


def data_root() -> str:
    """Batches, the demo, the sandbox: ``GLAMUPLOADER_DATA_DIR`` or the platform's data folder."""
    import platformdirs
    return os.environ.get("GLAMUPLOADER_DATA_DIR") or platformdirs.user_data_dir("glamuploader")


def cache_root() -> str:
    """Thumbnails and lookups: ``GLAMUPLOADER_CACHE_DIR`` or the platform's cache folder."""
    import platformdirs
    return os.environ.get("GLAMUPLOADER_CACHE_DIR") or platformdirs.user_cache_dir("glamuploader")


def thumbnail_dir() -> str:
    """Where thumbnails are kept (the window makes them; a spreadsheet export reuses them)."""
    return os.path.join(cache_root(), "thumbnails")


def demo_dir() -> str:
    return os.path.join(data_root(), "demo")


APP_ID = "io.github.glam_uploader.glamuploader"   # desktop entry, metainfo, icon and Wayland app id


def resource(name: str) -> str | None:
    """A file of resources/ (icons): inside the package when installed or bundled, else in the
    source checkout the package runs from; None if neither has it."""
    here = os.path.dirname(os.path.abspath(__file__))
    for folder in (os.path.join(here, "resources"), os.path.join(os.path.dirname(os.path.dirname(here)), "resources")):
        path = os.path.join(folder, name)
        if os.path.exists(path):
            return path
    return None
