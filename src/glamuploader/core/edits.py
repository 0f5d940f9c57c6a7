"""Edits of item metadata that can be undone, on one item or many at once.

A field is named by a key: ``title``, ``date``, ``author``, ``source``, ``license``,
``new_version_of``, ``version_comment``, ``privacy``,
``location``, ``categories``, ``depicts``, ``templates``, ``description:<lang>``,
``caption:<lang>`` or ``field:<name>`` (a museum field). An ``Edit`` keeps each item's value
before and after, so applying and reverting it is exact even where the items differed.
"""
from __future__ import annotations

import copy
import operator
from collections import Counter
from dataclasses import dataclass
from itertools import chain

from .item import MediaItem, Metadata

SCALARS = ("title", "date", "author", "source", "license", "new_version_of", "version_comment", "privacy",
           "description_template")
LISTS = ("categories", "depicts", "templates")


class _Mixed:
    """The value of a field that differs between the selected items."""

    def __repr__(self) -> str:
        return "MIXED"


MIXED = _Mixed()


#: the cull (core/picks.py): "pick" / "reject" / "none" / "", 0-5 stars or None, and the turn
CURATION = ("pick", "rating", "rotate")


def get_value(meta: Metadata, key: str):
    if key in SCALARS or key in LISTS or key in CURATION or key == "location":
        return copy.copy(getattr(meta, key))
    kind, _, name = key.partition(":")
    mapping = {"description": meta.descriptions, "caption": meta.captions, "field": meta.fields}.get(kind)
    if mapping is None or not name:
        raise KeyError(key)
    return mapping.get(name, "")


def set_value(meta: Metadata, key: str, value) -> None:
    if key in SCALARS:
        setattr(meta, key, value or "")
        return
    if key in LISTS:
        setattr(meta, key, list(value or []))
        return
    if key == "location":
        meta.location = value
        return
    if key in CURATION:
        setattr(meta, key, (value or "") if key == "pick" else (value or 0) if key == "rotate" else value)
        return
    kind, _, name = key.partition(":")
    mapping = {"description": meta.descriptions, "caption": meta.captions, "field": meta.fields}.get(kind)
    if mapping is None or not name:
        raise KeyError(key)
    if value:
        mapping[name] = value
    else:
        mapping.pop(name, None)


@dataclass
class Edit:
    key: str
    before: dict[str, object]   # item path -> value
    after: dict[str, object]

    @property
    def paths(self) -> list[str]:
        return list(self.after)

    def apply(self, items: dict[str, MediaItem]) -> None:
        self._put(items, self.after)

    def revert(self, items: dict[str, MediaItem]) -> None:
        self._put(items, self.before)

    def _put(self, items: dict[str, MediaItem], values: dict[str, object]) -> None:
        for path, value in values.items():
            if path in items:
                set_value(items[path].meta, self.key, copy.copy(value))

    def changes_anything(self) -> bool:
        return self.before != self.after


def set_field(items: list[MediaItem], key: str, value) -> Edit:
    """The edit that sets ``key`` to ``value`` on every item (not applied yet)."""
    return Edit(key, {i.path: get_value(i.meta, key) for i in items},
                {i.path: copy.copy(value) for i in items})


def add_to_list(items: list[MediaItem], key: str, value: str) -> Edit:
    """Add ``value`` to a list field of every item that lacks it ("add to all")."""
    value = value.strip()
    before = {i.path: get_value(i.meta, key) for i in items}
    after = {p: v if value in v else [*v, value] for p, v in before.items()}
    return Edit(key, before, after)


def remove_from_list(items: list[MediaItem], key: str, value: str) -> Edit:
    before = {i.path: get_value(i.meta, key) for i in items}
    return Edit(key, before, {p: [x for x in v if x != value] for p, v in before.items()})


def _peek(meta: Metadata, key: str):
    """The value itself, not a copy: for reading many items at once (the editor, 10 000 selected)."""
    if key in SCALARS or key in LISTS or key == "location":
        return getattr(meta, key)
    kind, _, name = key.partition(":")
    mapping = {"description": meta.descriptions, "caption": meta.captions, "field": meta.fields}.get(kind)
    if mapping is None or not name:
        raise KeyError(key)
    return mapping.get(name, "")


def common_value(items: list[MediaItem], key: str):
    """The value all items share, or MIXED; None when there are no items."""
    if not items:
        return None
    first = _peek(items[0].meta, key)
    for item in items[1:]:
        if _peek(item.meta, key) != first:
            return MIXED
    return copy.copy(first)


def common_values(items: list[MediaItem], keys: list[str]) -> dict:
    """``common_value`` of many fields in one pass over the items (10 000 selected files are
    read once, not once per field); a field stops being compared once it differs. The fields
    still shared are read together, by one getter in C, and compared as one tuple."""
    if not items:
        return {key: None for key in keys}
    first = {key: _peek(items[0].meta, key) for key in keys}
    open_keys = list(keys)
    getter = _getter(open_keys)
    expected = getter(items[0].meta)
    for item in items[1:]:
        meta = item.meta
        if getter(meta) == expected:
            continue
        open_keys = [k for k in open_keys if _peek(meta, k) == first[k]]
        if not open_keys:
            break
        getter = _getter(open_keys)
        expected = getter(items[0].meta)
    still = set(open_keys)
    return {key: copy.copy(first[key]) if key in still else MIXED for key in keys}


def _getter(keys: list[str]):
    """A function of a Metadata giving the tuple of these fields' values (as ``_peek`` reads them)."""
    parts = []
    for key in keys:
        if key in SCALARS or key in LISTS or key == "location":
            parts.append(operator.attrgetter(key))
        else:
            parts.append(lambda meta, key=key: _peek(meta, key))
    if all(isinstance(p, operator.attrgetter) for p in parts):
        return operator.attrgetter(*keys) if len(keys) > 1 else (lambda meta: (parts[0](meta),))
    return lambda meta: tuple(p(meta) for p in parts)


def list_presence(items: list[MediaItem], key: str) -> dict[str, int]:
    """How many of the items carry each value of a list field (to show "3 of 5")."""
    counts = Counter(chain.from_iterable(_peek(item.meta, key) for item in items))
    return dict(counts)