"""Why no cleaned copy can be made: the public :class:`PrivacyError` and the inner signals."""
from __future__ import annotations

UNSUPPORTED, DAMAGED = "privacy-unsupported-type", "privacy-damaged-file"


class PrivacyError(Exception):
    """No cleaned copy can be made. ``code`` is a problem code; ``detail`` says why, in words."""

    def __init__(self, code: str, path: str, detail: str) -> None:
        super().__init__(f"{path}: {detail}" if path else detail)
        self.code, self.path, self.detail = code, path, detail


class Damaged(Exception):
    """The file's structure is broken where metadata is kept."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class Unreadable(Exception):
    """An embedded EXIF block is not a TIFF structure anyone can read."""


class BigTiff(Exception):
    pass
