"""What an earlier run that was killed left behind, taken up from the upload journal and the
wiki; and each outcome written to the journal. Used by ``runner.upload_batch``."""
from __future__ import annotations

from ..core.ports import UploadOutcome, WikiUploader
from ..core.sendplan import PlanEntry
from ..core.titles import same_page
from ..core.uploadstate import Outcome
from .journal import DATA_DONE, PUBLISHED, PUBLISHING, WikiJournal


def known_from_journal(log: WikiJournal, entry: PlanEntry, wiki: WikiUploader) -> UploadOutcome | None:
    """The journal says this file reached the wiki under this title (the batch file, saved a
    while later, did not hear of it): the outcome, without asking the wiki."""
    found = log.entry(entry.send_sha1) if entry.send_sha1 else None
    if found is None or found.step not in (PUBLISHED, DATA_DONE) or not same_page(found.title, entry.title):
        return None
    return UploadOutcome(title=found.title, uploaded=True, page_id=found.page_id,
                         url=wiki.page_url(found.title))


def settle_unknown(log: WikiJournal, sha1: str, title: str, wiki: WikiUploader) -> UploadOutcome | None:
    """A run was killed while the wiki was publishing this file: did it? Asked by SHA-1, then by
    title. The outcome when the wiki has it (or someone else's file took the title); None to send.
    For a new version the title is ours to overwrite: only the SHA-1 tells."""
    entry = log.entry(sha1) if sha1 else None
    if entry is None or entry.step != PUBLISHING:
        return None
    found = wiki.find_by_sha1(sha1)
    log.checked(sha1, found[0].title if found else "")
    if found:   # ours under this title (recorded as uploaded) or under another (a duplicate)
        return UploadOutcome(title=title, uploaded=False, duplicate_of=found,
                             error="duplicate-on-wiki", error_info=found[0].url)
    if entry.new_version:
        return None
    taken = wiki.existing_title(title)
    if taken is not None:
        return UploadOutcome(title=title, uploaded=False, error="title-exists", error_info=taken.url)
    return None


def write_outcome(log: WikiJournal, entry: PlanEntry, kind: Outcome) -> None:
    sha1, rec = entry.send_sha1, entry.item.upload
    if not sha1:
        return
    if kind is Outcome.UPLOADED:
        log.published(sha1, title=rec.page_title, page_id=rec.page_id)
    elif kind is Outcome.DUPLICATE:
        log.duplicate(sha1, title=rec.page_title)
    else:
        log.failed(sha1, rec.error)
