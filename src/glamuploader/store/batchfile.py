"""Batch files (``NAME.glam.yaml``): versioned, read safely, saved atomically.

Item paths are stored relative to the batch file (with ``/``), so a folder of photos and its
batch file can be moved together.
"""
from __future__ import annotations

import os

from ..core.batch import Batch
from ..core.item import MediaItem
from .errors import FileFormatError
from .records import (Reader, facts_from_dict, facts_to_dict, kit_from_dict, kit_to_dict,
                      meta_from_dict, meta_to_dict, upload_from_dict, upload_to_dict)
from .yamlio import dump_yaml, read_yaml, write_atomically

FORMAT = 1
KIND = "glamuploader-batch"
SUFFIX = ".glam.yaml"


def batch_to_dict(batch: Batch, *, base_dir: str) -> dict:
    items = []
    for item in batch.items:
        entry = {"path": relative_path(item.path, base_dir), "sha1": item.facts.sha1}
        for key, value in (("meta", meta_to_dict(item.meta)), ("upload", upload_to_dict(item.upload)),
                           ("facts", facts_to_dict(item.facts))):
            if value:
                entry[key] = value
        items.append(entry)
    return {"kind": KIND, "format": FORMAT, "target": batch.target,
            "kit": kit_to_dict(batch.kit), "items": items}


def save_batch(batch: Batch, path: str | None = None) -> str:
    """Save atomically to ``path`` (or the batch's own path) and return the path saved to."""
    path = os.path.abspath(path or batch.path)
    if not path:
        raise ValueError("the batch has no file yet")
    text = "# GLAM Uploader batch file. Safe to edit by hand; keep the 'format' line.\n"
    text += dump_yaml(batch_to_dict(batch, base_dir=os.path.dirname(path)))
    write_atomically(path, text)
    batch.path = path
    return path


def load_batch(path: str) -> Batch:
    """Read a batch file; raise FileFormatError (with file and line) when it is not one."""
    path = os.path.abspath(path)
    data = read_yaml(path)
    r = Reader(path)
    if not isinstance(data, dict) or data.get("kind") not in (KIND, None) or "items" not in data:
        raise FileFormatError(path, "wrong-kind", line=getattr(data, "line", None), expected=KIND)
    fmt = data.get("format")
    if fmt != FORMAT:
        raise FileFormatError(path, "format-unknown", line=data.line, format=fmt, supported=FORMAT)
    base = os.path.dirname(path)
    batch = Batch(kit=kit_from_dict(r, data.get("kit")), target=r.text(data, "target") or "commons",
                  path=path)
    entries = data.get("items") or []
    if not isinstance(entries, list):
        raise r.fail(data, "items", "list")
    for entry in entries:
        entry = r.mapping(entry, "items[]")
        rel = r.text(entry, "path")
        if not rel:
            raise r.fail(entry, "path", "a file path")
        item_path = absolute_path(rel, base)
        facts = facts_from_dict(r, entry.get("facts"), item_path, r.text(entry, "sha1"))
        batch.items.append(MediaItem(path=item_path, facts=facts,
                                     meta=meta_from_dict(r, entry.get("meta")),
                                     upload=upload_from_dict(r, entry.get("upload"))))
    return batch


def relative_path(path: str, base_dir: str) -> str:
    try:
        rel = os.path.relpath(path, base_dir)
    except ValueError:  # another drive on Windows
        return path.replace(os.sep, "/")
    return rel.replace(os.sep, "/")


def absolute_path(rel: str, base_dir: str) -> str:
    return os.path.normpath(os.path.join(base_dir, rel.replace("/", os.sep)))
