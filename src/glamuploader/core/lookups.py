"""Lookups of Wikidata items and wiki categories: the results, and how they are ordered.

Pure: the wiki layer (``wiki/lookup.py``) asks the wikis, the store (``store/cache.py``) keeps
what was seen so that it answers offline too. Both speak in the types of this module.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

_T = TypeVar("_T")
_QID = re.compile(r"Q[1-9]\d*")

#: the two states of a lookup service, shown by the UI
ONLINE, OFFLINE = "online", "offline"


class LookupOffline(Exception):
    """The wiki or Wikidata cannot be reached; the answer must come from the cache."""

    def __init__(self, where: str, detail: str = "") -> None:
        super().__init__(f"{where} cannot be reached" + (f": {detail}" if detail else ""))
        self.where = where
        self.detail = detail


class LookupFailed(Exception):
    """The service answered with an error (``code`` and ``info`` are the API's)."""

    def __init__(self, code: str, info: str = "") -> None:
        super().__init__(f"{code}: {info}" if info else code)
        self.code = code
        self.info = info


@dataclass(frozen=True)
class ItemHit:
    """A Wikidata item as a search shows it: ``language`` is the language of ``label``."""

    qid: str
    label: str
    description: str = ""
    language: str = ""


@dataclass(frozen=True)
class CategoryHit:
    """What the wiki says of one category name (without the ``Category:`` prefix).

    ``redirect_to`` is the category a redirect leads to; ``suggestion`` the closest existing
    category when this one does not exist (None when none is close).
    """

    name: str
    exists: bool
    redirect_to: str | None = None
    suggestion: str | None = None


def is_qid(text: str) -> bool:
    return _QID.fullmatch(text.strip()) is not None


#: letters that are not a base letter plus accents in Unicode, but are typed as one
_PLAIN = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "æ": "ae", "œ": "oe"})


def fold(text: str) -> str:
    """``text`` for matching: no accents, case-folded, "_" as space, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text.replace("_", " "))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().translate(_PLAIN).split())


def category_key(name: str) -> str:
    """A category name as the wiki stores it: no prefix, spaces, first letter upper case."""
    text = " ".join(name.replace("_", " ").split())
    if text.lower().startswith("category:"):
        text = text[len("category:"):].strip()
    return text[:1].upper() + text[1:]


def closest(name: str, candidates: Iterable[str], *, cutoff: float = 0.75) -> str | None:
    """The candidate most like ``name`` (a different one), or None.

    A candidate equal to ``name`` but for case and accents wins; else the highest similarity
    of the folded texts at or above ``cutoff``; ties go to the alphabetically first name.
    """
    wanted = fold(name)
    others = sorted({c for c in candidates if c != name})
    for candidate in others:
        if fold(candidate) == wanted:
            return candidate
    best: tuple[float, str] | None = None
    for candidate in others:
        ratio = difflib.SequenceMatcher(None, wanted, fold(candidate)).ratio()
        if ratio >= cutoff and (best is None or ratio > best[0]):
            best = (ratio, candidate)
    return best[1] if best else None


def prefer(hits: Sequence[_T], *, key: Callable[[_T], str], kit: Sequence[str] = (),
           recent: Sequence[str] = ()) -> list[_T]:
    """``hits`` with the kit's values first (in the kit's order), then the recently used ones
    (most recent first), then the rest in their own order. Values compare as ``fold`` does."""
    rank: dict[str, int] = {}
    for value in [*kit, *recent]:
        rank.setdefault(fold(value), len(rank))
    return sorted(hits, key=lambda hit: rank.get(fold(key(hit)), len(rank)))


def matches(text: str, *candidates: str) -> int | None:
    """How well ``text`` matches: 0 when a candidate starts with it, 1 when one contains it,
    None otherwise (accents and case ignored)."""
    wanted = fold(text)
    folded = [fold(c) for c in candidates if c]
    if any(c.startswith(wanted) for c in folded):
        return 0
    if any(wanted in c for c in folded):
        return 1
    return None
