"""Session kit files (``NAME.kit.yaml``): what an organiser hands to volunteers."""
from __future__ import annotations

import os

from ..core.kit import Kit
from .errors import FileFormatError
from .records import Reader, kit_from_dict, kit_to_dict
from .yamlio import dump_yaml, read_yaml, write_atomically

FORMAT = 1
KIND = "glamuploader-kit"
SUFFIX = ".kit.yaml"


def save_kit(kit: Kit, path: str) -> str:
    path = os.path.abspath(path)
    body = {"kind": KIND, "format": FORMAT, **kit_to_dict(kit)}
    write_atomically(path, "# GLAM Uploader session kit\n" + dump_yaml(body))
    return path


def load_kit(path: str) -> Kit:
    path = os.path.abspath(path)
    data = read_yaml(path)
    if not isinstance(data, dict) or data.get("kind") not in (KIND, None):
        raise FileFormatError(path, "wrong-kind", line=getattr(data, "line", None), expected=KIND)
    fmt = data.get("format", FORMAT)
    if fmt != FORMAT:
        raise FileFormatError(path, "format-unknown", line=data.line, format=fmt, supported=FORMAT)
    body = type(data)({k: v for k, v in data.items() if k not in ("kind", "format")})
    body.line = data.line
    return kit_from_dict(Reader(path), body)
