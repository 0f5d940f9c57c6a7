"""Dates as museums write them: "c.1785", "?c.1785", "1826-7", "c.1830-5", "1780s", "около 1785".

``parse`` reads one of these forms into a ``MuseumDate``: its wikitext for the description
page (``{{circa|1785}}``, ``{{other date|-|1826|1827}}`` …) and its value for structured data
(P571 with the precision the text gives, the qualifier "circa" where it says so, and the
earliest and latest year of a range). A text that is not one of these forms ("1794/c.1830-5",
"1825, reprinted 1874", "19th century") gives None: it is kept as written on the page, and
no P571 is made from it, because a wrong date in structured data is worse than none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

#: Wikidata precisions
CENTURY, DECADE, YEAR = 7, 8, 9

_CIRCA = r"(?:c\.|ca\.|c|ca|circa|около|ок\.|ок|примерно|yaklaşık|yakl\.|yak\.)"
_Y = r"(\d{3,4})"
_RANGE = re.compile(rf"^(\??)\s*({_CIRCA}\s*)?{_Y}\s*[-–—]\s*({_CIRCA}\s*)?(\d{{1,4}})(\??)$", re.I)
_SINGLE = re.compile(rf"^(\??)\s*({_CIRCA}\s*)?{_Y}(\??)$", re.I)
_DECADE = re.compile(r"^(\??)\s*(\d{3}0)(?:s|'s|-е|-e|-ые|'lar|'ler|lar|ler)(?:\s*(?:гг\.|годы))?(\??)$", re.I)
_UNKNOWN = re.compile(r"^\[?\s*(?:date not known|date unknown|unknown|n\.d\.|undated|дата неизвестна|"
                      r"tarih bilinmiyor|bilinmiyor)\s*\]?$", re.I)


@dataclass(frozen=True)
class MuseumDate:
    """``start``–``end`` (equal for one year); ``precision`` of the value given to P571."""
    start: int = 0
    end: int = 0
    circa: bool = False
    possibly: bool = False      # "?c.1785", "1785?": the museum is not sure
    decade: bool = False
    unknown: bool = False

    def wikitext(self) -> str:
        if self.unknown:
            return "{{other date|?}}"
        if self.decade:
            text = f"{{{{other date|s|{self.start}}}}}"
        elif self.start == self.end:
            text = f"{{{{circa|{self.start}}}}}" if self.circa else str(self.start)
        else:
            text = f"{{{{other date|-|{self.start}|{self.end}}}}}"
            if self.circa:
                text = f"{{{{circa|{text}}}}}"
        # "possibly": a plain question mark after it, as museums write it (a template for it
        # would need nesting, which Commons asks not to do with {{other date}})
        return f"{text} (?)" if self.possibly else text

    @property
    def precision(self) -> int:
        """The finest precision that holds the whole range: a year, its decade, its century."""
        if self.start == self.end and not self.decade:
            return YEAR
        if self.decade or self.start // 10 == self.end // 10:
            return DECADE
        return CENTURY

    def p571(self) -> tuple[int, int, bool, tuple[int, int] | None] | None:
        """(year, precision, circa, (earliest, latest) or None) for P571: a range is its decade
        or century (the year given is where that starts, as Wikidata reads it) with the earliest
        and latest years as qualifiers; None when the date is unknown or spans centuries."""
        if self.unknown:
            return None
        precision = self.precision
        if precision == YEAR:
            return (self.start, YEAR, self.circa or self.possibly, None)
        step = 10 if precision == DECADE else 100
        if self.end // step != self.start // step and not self.decade:
            return None
        end = self.start + 9 if self.decade else self.end
        return (self.start - self.start % step, precision, self.circa or self.possibly, (self.start, end))


def parse(text: str) -> MuseumDate | None:
    """The date in a museum's words, or None when it is not one of the forms read here."""
    value = " ".join((text or "").split()).strip()
    if not value:
        return None
    if _UNKNOWN.match(value):
        return MuseumDate(unknown=True)
    m = _SINGLE.match(value)
    if m:
        year = int(m[3])
        return MuseumDate(year, year, circa=bool(m[2]), possibly=bool(m[1] or m[4]))
    m = _RANGE.match(value)
    if m:
        start, tail = int(m[3]), m[5]
        end = int(str(start)[:len(str(start)) - len(tail)] + tail) if len(tail) < len(str(start)) else int(tail)
        if end < start:
            return None
        return MuseumDate(start, end, circa=bool(m[2] or m[4]), possibly=bool(m[1] or m[6]))
    m = _DECADE.match(value)
    if m:
        year = int(m[2])
        return MuseumDate(year, year, decade=True, possibly=bool(m[1] or m[3]))
    return None
