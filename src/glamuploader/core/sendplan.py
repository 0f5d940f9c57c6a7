"""Each file's final form, derived once per run: the plan entry every step of an upload reads.

The effective metadata (the kit's defaults filled in), the title, the page text, the edit summary
and the structured data are worked out here, once, instead of again by each step (the old loop
expanded the title pattern five times per file and applied the kit three times).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .batch import Batch
from .item import MediaItem, Metadata
from .kit import PRIVACY_MODES, Kit, effective
from .sdc import mediainfo
from .titles import PatternError, final_title, shared_title_numbers, title_key
from .wikitext import render_page, upload_comment


@dataclass
class PlanEntry:
    item: MediaItem
    n: int                       # 1-based position in the batch (the title pattern's {n})
    title: str                   # "File:Name.jpg": a new file's title, or the file to overwrite
    meta: Metadata               # effective metadata
    text: str                    # the description page (unused for a new version: the page stays)
    comment: str                 # the edit summary of the upload
    structured: dict = field(default_factory=dict)   # MediaInfo captions and statements
    new_version: bool = False    # sent as a new version of ``title``, which exists
    privacy: str = ""            # "location" / "camera": a cleaned copy is sent
    rotate: int = 0              # degrees clockwise: a copy with its orientation tag turned is sent
    send_path: str = ""          # the bytes sent: the file, or its cleaned copy
    send_sha1: str = ""          # their SHA-1 (the journal's key and the duplicate check's)
    size: int = 0                # their size

    @property
    def path(self) -> str:
        return self.item.path


def new_version_title(value: str) -> str:
    """"File:X.jpg" for what a person typed as the file to overwrite ("X.jpg", "file:x.jpg",
    a file page address); "" when nothing usable was typed."""
    text = value.strip()
    if "/wiki/" in text:
        text = text.rsplit("/wiki/", 1)[1]
    text = text.replace("_", " ").strip()
    if ":" in text and text.split(":", 1)[0].strip().lower() in ("file", "image"):
        text = text.split(":", 1)[1].strip()
    return "File:" + title_key(text) if text else ""


def plan_entry(item: MediaItem, kit: Kit, n: int, *, version: str = "", number: str = "") -> PlanEntry:
    """The entry of one item; raises ``PatternError`` when the kit's title pattern fails.
    ``number``: its place among files that share its title (``titles.shared_title_numbers``)."""
    meta = effective(item, kit)
    replacing = new_version_title(meta.new_version_of)
    title = replacing or "File:" + final_title(item, kit, n, meta=meta, number=number)
    comment = (" ".join(meta.version_comment.split()) if replacing and meta.version_comment.strip()
               else upload_comment(item, kit, version=version))
    return PlanEntry(item=item, n=n, title=title, meta=meta,
                     text="" if replacing else render_page(item, kit, meta=meta),
                     comment=comment, structured=mediainfo(item, kit, meta=meta),
                     new_version=bool(replacing),
                     privacy=meta.privacy if meta.privacy in PRIVACY_MODES else "",
                     rotate=meta.rotate % 360,
                     send_path=item.path, send_sha1=item.facts.sha1, size=item.facts.size)


def plan_entries(batch: Batch, items: list[MediaItem] | None = None, *,
                 version: str = "") -> tuple[dict[str, PlanEntry], dict[str, PatternError]]:
    """Entries of ``items`` (default: all), keyed by path; and the items whose title failed."""
    wanted = None if items is None else {i.path for i in items}
    entries: dict[str, PlanEntry] = {}
    errors: dict[str, PatternError] = {}
    numbers = shared_title_numbers(batch.items, batch.kit)
    for n, item in enumerate(batch.items, start=1):
        if wanted is not None and item.path not in wanted:
            continue
        try:
            entries[item.path] = plan_entry(item, batch.kit, n, version=version,
                                            number=numbers.get(item.path, ""))
        except PatternError as exc:
            errors[item.path] = exc
    return entries, errors


def plan_titles(batch: Batch) -> dict[str, str]:
    """"File:…" of each item (the title pattern, or the file a new version replaces), without
    the rest of the plan: the window shows titles after every edit of a 10 000-item batch."""
    out: dict[str, str] = {}
    numbers = shared_title_numbers(batch.items, batch.kit)
    for n, item in enumerate(batch.items, start=1):
        meta = effective(item, batch.kit)
        replacing = new_version_title(meta.new_version_of)
        try:
            out[item.path] = replacing or "File:" + final_title(item, batch.kit, n, meta=meta,
                                                                 number=numbers.get(item.path, ""))
        except PatternError:
            continue
    return out
