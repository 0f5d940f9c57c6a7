"""The app's preferences, declared once with their defaults (Picard's habit), kept in QSettings."""
from __future__ import annotations

from PySide6.QtCore import QSettings

DEFAULTS = {
    "target": "commons",          # commons, beta, sandbox or an API URL
    "language": "",               # UI language code; "" = the system's
    "author": "",                 # default author for new batches
    "license": "",                # default licence of new batches (a core.licenses id); "" = none
    "first_run_done": 0,          # 1 once the first-run assistant was finished or skipped
    "thumb_size": 160,
    "cull_move_on": 1,            # after P, X, U or 0-5 on one photo, go to the next
    "last_batch": "",
    "thumb_cache": "",            # "" = the user's cache dir
    "wikidata_api": "https://www.wikidata.org/w/api.php",   # where depicts are searched
}


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or QSettings("GLAM Uploader", "GLAM Uploader")

    def get(self, key: str):
        default = DEFAULTS[key]
        value = self.q.value(key, default)
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        return str(value) if value is not None else default

    def set(self, key: str, value) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self.q.setValue(key, value)
        self.q.sync()


def new_batch_kit(settings: Settings):
    """The defaults a new batch starts with: the author and licence of Preferences."""
    from ..core.kit import Kit
    return Kit(author=settings.get("author"), license=settings.get("license"))
