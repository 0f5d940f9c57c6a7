"""Safe YAML in and out: no tags that run code, no aliases, line numbers kept, atomic saves.

Reading is :mod:`.yamlbuild` (libyaml's events, our own safe builder); writing sends events
straight to libyaml's emitter (or PyYAML's pure Python one where libyaml is missing).
"""
from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator

import yaml
from yaml.events import (DocumentEndEvent, DocumentStartEvent, Event, MappingEndEvent,
                         MappingStartEvent, ScalarEvent, SequenceEndEvent, SequenceStartEvent,
                         StreamEndEvent, StreamStartEvent)
from yaml.nodes import ScalarNode
from yaml.representer import SafeRepresenter
from yaml.resolver import Resolver

from .errors import FileFormatError
from .yamlbuild import LineDict, LineList, build

__all__ = ["LineDict", "LineList", "dump_yaml", "read_yaml", "write_atomically"]

#: a batch of 10 000 items is a few MB; anything far larger is not ours
MAX_BYTES = 256 * 1024 * 1024


def read_yaml(path: str) -> object:
    """Read a YAML file safely; every failure is a FileFormatError naming the file and line."""
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise FileFormatError(path, "too-large", size=size, limit=MAX_BYTES)
        with open(path, "rb") as fh:
            raw = fh.read()
    except FileNotFoundError:
        raise FileFormatError(path, "not-found") from None
    except OSError as exc:
        raise FileFormatError(path, "unreadable", reason=exc.strerror or type(exc).__name__) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise FileFormatError(path, "unreadable", line=line, reason="not UTF-8") from None
    try:
        return build(text, path)
    except yaml.YAMLError as exc:
        raise FileFormatError(path, "yaml-syntax", line=_error_line(exc, text),
                              reason=getattr(exc, "problem", None) or getattr(exc, "reason", None)
                              or str(exc).splitlines()[0]) from None


def _error_line(exc: yaml.YAMLError, text: str) -> int | None:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is not None:
        return mark.line + 1
    position = getattr(exc, "position", None)   # a ReaderError: a character YAML does not allow
    if position is None:
        return None
    if getattr(exc, "encoding", None) == "unicode":   # PyYAML's own reader counts characters
        return text[:position].count("\n") + 1
    return text.encode("utf-8", "replace")[:position].count(b"\n") + 1   # libyaml counts bytes


_Dumper = yaml.CSafeDumper if getattr(yaml, "__with_libyaml__", False) else yaml.SafeDumper
_STR = "tag:yaml.org,2002:str"
#: text YAML would read back changed unless double-quoted (and so escaped): NEL, line and
#: paragraph separators, other control characters
_RISKY = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
#: lone surrogates (undecodable bytes of a file name) are not text YAML can hold
_SURROGATE = re.compile("[\ud800-\udfff]")


def dump_yaml(data: object) -> str:
    """Block-style YAML, as ``yaml.safe_dump`` writes it, emitted from events directly.

    Without PyYAML's node graph (and so without its representer and serializer in Python)
    a batch of 20 000 items is written several times faster, in a fraction of the memory.
    """
    return yaml.emit(_document(data), Dumper=_Dumper, allow_unicode=True, width=100)


def _document(data: object) -> Iterator[Event]:
    resolver, representer = Resolver(), SafeRepresenter()
    plain: dict[str, bool] = {}   # text → whether it can be written without quotes

    def events(value: object) -> Iterator[Event]:
        if isinstance(value, str):
            value = _SURROGATE.sub("\ufffd", value)   # paths are kept exactly by batchfile
            fits = plain.get(value)
            if fits is None:
                fits = resolver.resolve(ScalarNode, value, (True, False)) == _STR
                if len(value) <= 24:
                    plain[value] = fits
            yield ScalarEvent(None, _STR, (fits, True), value,
                              style='"' if _RISKY.search(value) else None)
        elif isinstance(value, dict):
            yield MappingStartEvent(None, None, True, flow_style=False)
            for key, item in value.items():
                yield from events(key)
                yield from events(item)
            yield MappingEndEvent()
        elif isinstance(value, list):
            yield SequenceStartEvent(None, None, True, flow_style=False)
            for item in value:
                yield from events(item)
            yield SequenceEndEvent()
        else:   # None, bool, int, float; anything else raises RepresenterError, as before
            node = representer.represent_data(value)
            if not isinstance(node, ScalarNode):
                raise yaml.representer.RepresenterError("cannot represent an object", value)
            yield ScalarEvent(None, node.tag, (True, False), node.value)

    yield StreamStartEvent()
    yield DocumentStartEvent(explicit=False)
    yield from events(data)
    yield DocumentEndEvent(explicit=False)
    yield StreamEndEvent()


def write_atomically(path: str, text: str) -> None:
    """Write ``text`` to ``path`` so that a crash at any moment leaves the old or the new file whole."""
    path = os.path.abspath(path)
    folder = os.path.dirname(path)
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    _fsync_dir(folder)


def _fsync_dir(folder: str) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
