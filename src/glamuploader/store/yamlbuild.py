"""Plain data from YAML events: safe tags only, no aliases, bounded depth and value size.

libyaml (PyYAML's C parser, when it is there) reads the events; this module builds the
:class:`LineDict`/:class:`LineList`/scalars from them itself, without PyYAML's node graph.
So a batch of 20 000 items loads in seconds, in little more memory than its data, and no
input can recurse (deep nesting), expand (an alias bomb) or construct objects (tags).
"""
from __future__ import annotations

import re

import yaml
from yaml.constructor import SafeConstructor
from yaml.events import (AliasEvent, DocumentStartEvent, MappingEndEvent, MappingStartEvent,
                         ScalarEvent, SequenceEndEvent, SequenceStartEvent)
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from .errors import FileFormatError

#: the parser: libyaml when PyYAML was built with it (the wheels are), else pure Python
PARSER = yaml.CSafeLoader if getattr(yaml, "__with_libyaml__", False) else yaml.SafeLoader
#: a batch file nests 7 levels; anything far deeper is not ours (and must not recurse)
MAX_DEPTH = 50
#: characters in one value: a wiki page holds at most 2 MiB, so no field is longer
MAX_TEXT = 2 * 1024 * 1024

_T = "tag:yaml.org,2002:"
_SCALARS = frozenset(_T + k for k in ("null", "bool", "int", "float", "binary", "timestamp", "str"))
#: standard tags PyYAML would read but batch and kit files never use
_UNUSED = frozenset(_T + k for k in ("set", "omap", "pairs", "value", "yaml", "seq", "map"))
_NO_KEY = object()
#: plain scalars this short are resolved once per load (keys repeat for every item)
_CACHED = 24
#: an escaped lone surrogate (written "\uD800") is not text; PyYAML's own parser lets it through
_SURROGATE = re.compile("[\ud800-\udfff]")


class LineDict(dict):
    """A mapping read from YAML that remembers the line it started on."""

    line: int | None = None


class LineList(list):
    line: int | None = None


def _line(event) -> int:
    return event.start_mark.line + 1


def _shown(tag: str) -> str:
    return "!!" + tag[len(_T):] if tag.startswith(_T) else tag


class _Builder:
    def __init__(self, path: str) -> None:
        self.path = path
        self.resolver, self.constructor = Resolver(), SafeConstructor()
        self.tags: dict[str, str] = {}

    def fail(self, code: str, event, **params: object) -> FileFormatError:
        return FileFormatError(self.path, code, line=_line(event), **params)

    def collection(self, event, kind: str):
        tag = event.tag
        if tag not in (None, "!", kind):
            raise self._refuse_tag(event, tag)
        made = LineDict() if kind == _T + "map" else LineList()
        made.line = _line(event)
        return made

    def scalar(self, event):
        value = event.value
        if len(value) > MAX_TEXT:
            raise self.fail("value-too-long", event, size=len(value.encode("utf-8", "replace")),
                            limit=MAX_TEXT)
        if event.style == '"' and _SURROGATE.search(value):   # libyaml refuses these itself
            raise self.fail("yaml-syntax", event, reason="found invalid Unicode character escape code")
        tag = event.tag
        if tag is None or tag == "!":
            if not event.implicit[0]:   # quoted, or a block scalar: text
                return value
            tag = self.tags.get(value)
            if tag is None:
                tag = self.resolver.resolve(ScalarNode, value, (True, False))
                if len(value) <= _CACHED:
                    self.tags[value] = tag
        if tag == _T + "str":
            return value
        if tag == _T + "merge":   # "<<": copies a mapping, like an alias does
            raise self.fail("yaml-merge", event)
        if tag not in _SCALARS:
            raise self._refuse_tag(event, tag)
        node = ScalarNode(tag, value, event.start_mark, event.end_mark, event.style)
        try:
            return SafeConstructor.yaml_constructors[tag](self.constructor, node)
        except (ValueError, TypeError, AttributeError, ArithmeticError, yaml.YAMLError):
            shown = value if len(value) <= 40 else value[:39] + "…"
            raise self.fail("yaml-syntax", event,
                            reason=f"“{shown}” is not a valid {_shown(tag)} value") from None

    def _refuse_tag(self, event, tag: str) -> FileFormatError:
        if tag in _SCALARS or tag in _UNUSED:
            return self.fail("yaml-syntax", event,
                             reason=f"the tag {_shown(tag)} is not used here; remove it")
        return self.fail("yaml-unsafe", event, reason=_shown(tag))


def build(text: str, path: str) -> object:
    """The data of the single YAML document in ``text``.

    Raises FileFormatError (yaml-alias, yaml-merge, yaml-unsafe, yaml-syntax for too deep
    nesting or a value its tag cannot be, value-too-long for an absurdly long value) naming ``path`` and the
    line; and PyYAML's own errors for text that is not YAML.
    """
    b = _Builder(path)
    stack: list = []   # the collections still open
    keys: list = []    # per open collection: the key waiting for its value
    root: object = None
    documents = 0
    for event in yaml.parse(text, Loader=PARSER):
        kind = type(event)
        if kind is ScalarEvent:
            value = b.scalar(event)
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if len(stack) >= MAX_DEPTH:
                raise b.fail("yaml-syntax", event, reason=f"nested more than {MAX_DEPTH} levels "
                                                          "deep; a batch file never is")
            stack.append(b.collection(event, _T + ("map" if kind is MappingStartEvent else "seq")))
            keys.append(_NO_KEY)
            continue
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            value = stack.pop()
            keys.pop()
        elif kind is AliasEvent:
            raise b.fail("yaml-alias", event)
        elif kind is DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise b.fail("yaml-syntax", event,
                             reason="a second document (---) follows the first; keep one")
            continue
        else:
            continue
        if not stack:
            root = value
        elif type(stack[-1]) is LineList:
            stack[-1].append(value)
        elif keys[-1] is _NO_KEY:
            if isinstance(value, (dict, list)):
                raise FileFormatError(path, "yaml-syntax", line=value.line,
                                      reason="a key is itself a list or mapping")
            keys[-1] = value
        else:
            stack[-1][keys[-1]] = value
            keys[-1] = _NO_KEY
    return root
