"""Batch files (``NAME.glam.yaml``): versioned, read safely, saved atomically.

Item paths are stored relative to the batch file (with ``/``), so a folder of photos and its
batch file can be moved together. A name that is not text (bytes that are not UTF-8, which
Linux allows and Python reads as lone surrogates) cannot stand in YAML: its ``path`` shows it
with U+FFFD and ``path_bytes`` keeps the exact bytes, percent-encoded.
"""
from __future__ import annotations

import os
import time
from urllib.parse import quote, unquote_to_bytes

from ..core.batch import Batch, Recovery
from ..core.item import MediaItem
from .errors import FileFormatError
from .names import SUFFIX
from .records import (Reader, facts_from_dict, facts_to_dict, kit_from_dict, kit_to_dict,
                      meta_from_dict, meta_to_dict, upload_from_dict, upload_to_dict)
from .yamlio import dump_yaml, read_yaml, write_atomically

FORMAT = 1
KIND = "glamuploader-batch"


def batch_to_dict(batch: Batch, *, base_dir: str) -> dict:
    items = []
    for item in batch.items:
        entry = {**path_entry(relative_path(item.path, base_dir)), "sha1": item.facts.sha1}
        for key, value in (("meta", meta_to_dict(item.meta)), ("upload", upload_to_dict(item.upload)),
                           ("facts", facts_to_dict(item.facts))):
            if value:
                entry[key] = value
        items.append(entry)
    return {"kind": KIND, "format": FORMAT, "target": batch.target,
            "kit": kit_to_dict(batch.kit), "items": items}


HEADER = "# GLAM Uploader batch file. Safe to edit by hand; keep the 'format' line.\n"
#: errors after which the last good copy is used instead (a file that is not ours is not replaced)
RECOVERABLE = frozenset({"yaml-syntax", "unreadable", "field-invalid", "too-large", "value-too-long"})


def backup_path(path: str) -> str:
    return path + ".bak"


def render_batch(data: dict) -> str:
    return HEADER + dump_yaml(data)


def write_batch_file(path: str, text: str) -> None:
    """Write atomically, then the same text as the last good copy (``NAME.glam.yaml.bak``).

    A crash between the two leaves both files whole; a file damaged later (a bad disk, a
    broken hand edit) is replaced on load by the copy.
    """
    write_atomically(path, text)
    write_atomically(backup_path(path), text)


def save_batch(batch: Batch, path: str | None = None) -> str:
    """Save atomically to ``path`` (or the batch's own path) and return the path saved to."""
    path = os.path.abspath(path or batch.path)
    if not path:
        raise ValueError("the batch has no file yet")
    write_batch_file(path, render_batch(batch_to_dict(batch, base_dir=os.path.dirname(path))))
    batch.path = path
    return path


def load_batch(path: str, *, recover: bool = True) -> Batch:
    """Read a batch file; raise FileFormatError (with file and line) when it is not one.

    When it is damaged and its last good copy is whole, that copy is used: the damaged file is
    kept beside it as ``NAME.glam.yaml.damaged-<time>`` and ``batch.recovered`` says what happened.
    """
    path = os.path.abspath(path)
    try:
        return _load(path)
    except FileFormatError as damage:
        backup = backup_path(path)
        if not recover or damage.code not in RECOVERABLE or not os.path.exists(backup):
            raise
        try:
            batch = _load(backup, as_path=path)
        except FileFormatError:
            raise damage from None
        kept = f"{path}.damaged-{time.strftime('%Y%m%d-%H%M%S')}"
        os.replace(path, kept)
        write_atomically(path, open(backup, encoding="utf-8").read())
        batch.recovered = Recovery(damaged=kept, code=damage.code, line=damage.line, params=damage.params)
        return batch


def _load(path: str, *, as_path: str | None = None) -> Batch:
    data = read_yaml(path)
    path = as_path or path
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
        rel = path_from_entry(r, entry)
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


def shown_path(path: str) -> str:
    """``path`` as text: each byte that is not UTF-8 (a lone surrogate) shown as U+FFFD."""
    return _raw(path).decode("utf-8", "replace") if not _is_text(path) else path


def path_entry(rel: str) -> dict[str, str]:
    """``{"path": rel}``; for a name that is not text also its exact bytes (see module doc)."""
    if _is_text(rel):
        return {"path": rel}
    return {"path": shown_path(rel), "path_bytes": quote(_raw(rel), safe="/")}


def path_from_entry(r: Reader, entry: dict) -> str:
    """The relative path of an entry: its exact bytes, unless ``path`` was changed by hand."""
    shown, exact = r.text(entry, "path"), r.text(entry, "path_bytes")
    if not exact:
        return shown
    rel = os.fsdecode(unquote_to_bytes(exact))
    return rel if shown in ("", shown_path(rel)) else shown


def _raw(path: str) -> bytes:
    try:
        return os.fsencode(path)
    except UnicodeEncodeError:   # a surrogate no file system name gives: keep it as it is
        return path.encode("utf-8", "surrogatepass")


def _is_text(path: str) -> bool:
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def absolute_path(rel: str, base_dir: str) -> str:
    return os.path.normpath(os.path.join(base_dir, rel.replace("/", os.sep)))
