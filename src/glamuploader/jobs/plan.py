"""What an upload run will send: every problem (offline and on the wiki) first, files already
on the wiki recorded as duplicates, files with errors left out. Shared by the app and the CLI."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..core.batch import Batch
from ..core.item import ItemState, MediaItem
from ..core.ports import WikiChecks
from ..core.problems import Problem
from ..core.titles import same_page
from ..core.validate import online_problems, validate
from .journal import UNSETTLED, WikiJournal
from .runner import pending_items, titles_for


@dataclass
class UploadPlan:
    problems: list[Problem] = field(default_factory=list)   # without the duplicates below
    duplicates: list[MediaItem] = field(default_factory=list)  # already on the wiki: recorded, not sent
    blocked: set[str] = field(default_factory=set)          # paths of items with errors: left out
    ready: list[MediaItem] = field(default_factory=list)    # to send


def plan_upload(batch: Batch, checks: WikiChecks, *, more: Iterable[Problem] = (),
                journal: WikiJournal | None = None,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] = lambda: False) -> UploadPlan:
    """Check the batch offline and on the wiki; mark duplicates in the batch (save it after).

    Files found on the wiki under the batch's own title are recorded as uploaded (and, with
    ``journal``, written there as published). ``progress`` and ``cancelled``: see
    ``core.validate.online_problems`` (which raises ``ChecksCancelled``)."""
    problems = (validate(batch) + online_problems(batch, checks, progress=progress, cancelled=cancelled)
                + list(more))
    duplicates, ours = mark_duplicates(batch, problems)
    for item in ours:
        if journal is not None and item.facts.sha1:
            entry = journal.entry(item.facts.sha1)
            if entry is not None and entry.step in UNSETTLED:
                journal.checked(item.facts.sha1, item.upload.page_title)
            journal.published(item.facts.sha1, title=item.upload.page_title, page_id=item.upload.page_id)
    mine = {i.path for i in ours}
    problems = [p for p in problems if p.code != "duplicate-on-wiki"
                and not (p.code == "title-exists" and p.item in mine)]
    blocked = {p.item for p in problems if p.is_error and p.item}
    ready = [i for i in pending_items(batch) if i.path not in blocked]
    return UploadPlan(problems, duplicates, blocked, ready)


def mark_duplicates(batch: Batch, problems: list[Problem]) -> tuple[list[MediaItem], list[MediaItem]]:
    """Record each file the wiki already has (by SHA-1) with the existing page's title and URL.

    A file on the wiki under the very title this batch gives it is this batch's own, sent by a
    run that was cut off before it could record it: it is recorded as uploaded.
    Returns (duplicates, this batch's own)."""
    by_path = {i.path: i for i in batch.items}
    names = titles_for(batch)
    marked, ours = [], []
    for p in problems:
        if p.code == "duplicate-on-wiki" and p.item in by_path:
            item = by_path[p.item]
            rec = item.upload
            rec.page_title, rec.url = p.params.get("title", ""), p.params.get("url", "")
            if same_page(rec.page_title, names[item.path]):
                rec.state, rec.page_id = ItemState.UPLOADED, p.params.get("page_id")
                ours.append(item)
                continue
            rec.state = ItemState.DUPLICATE
            marked.append(item)
    return marked, ours
