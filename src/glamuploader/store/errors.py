"""The error every file reader in store/ raises: a code, the file, the line, parameters."""
from __future__ import annotations


class FileFormatError(Exception):
    """A file that cannot be read as what it should be.

    ``code`` is one of: ``not-found``, ``unreadable``, ``yaml-syntax``, ``yaml-unsafe``,
    ``yaml-alias``, ``yaml-merge``, ``too-large``, ``value-too-long``, ``wrong-kind``,
    ``format-unknown``, ``field-invalid``.
    ``line`` is 1-based, or None when the whole file is at fault.
    """

    def __init__(self, path: str, code: str, *, line: int | None = None, **params: object) -> None:
        self.path, self.code, self.line, self.params = path, code, line, params
        where = f"{path}:{line}" if line else path
        detail = ", ".join(f"{k}={v}" for k, v in params.items())
        super().__init__(f"{where}: {code}" + (f" ({detail})" if detail else ""))
