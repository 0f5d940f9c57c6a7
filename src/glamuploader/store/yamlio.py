"""Safe YAML in and out: no tags that run code, no aliases, line numbers kept, atomic saves."""
from __future__ import annotations

import os
import re
import tempfile

import yaml

from .errors import FileFormatError

#: a batch of 10 000 items is a few MB; anything far larger is not ours
MAX_BYTES = 256 * 1024 * 1024


class LineDict(dict):
    """A mapping read from YAML that remembers the line it started on."""

    line: int | None = None


class LineList(list):
    line: int | None = None


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses aliases (no "billion laughs") and records line numbers."""

    def compose_node(self, parent, index):  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise _AliasFound(event.start_mark.line + 1)
        return super().compose_node(parent, index)

    def construct_mapping(self, node, deep=False):  # type: ignore[override]
        out = LineDict(super().construct_mapping(node, deep=True))
        out.line = node.start_mark.line + 1
        return out

    def construct_sequence(self, node, deep=False):  # type: ignore[override]
        out = LineList(super().construct_sequence(node, deep=True))
        out.line = node.start_mark.line + 1
        return out


_Loader.add_constructor("tag:yaml.org,2002:map", _Loader.construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:seq", _Loader.construct_sequence)


class _AliasFound(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


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
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader
    except _AliasFound as exc:
        raise FileFormatError(path, "yaml-alias", line=exc.line) from None
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise FileFormatError(path, "yaml-unsafe", line=mark.line + 1 if mark else None,
                              reason=exc.problem or "") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise FileFormatError(path, "yaml-syntax", line=mark.line + 1 if mark else None,
                              reason=getattr(exc, "problem", None) or str(exc).splitlines()[0]) from None


class _Dumper(yaml.SafeDumper):
    """SafeDumper that double-quotes (and so escapes) text YAML would otherwise read back
    changed: NEL, line and paragraph separators, other control characters."""


_RISKY = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if _RISKY.search(value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def dump_yaml(data: object) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100,
                     default_flow_style=False)


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
