"""The upload runner's structured-data step, with a wiki of the ports' shape kept in memory
(jobs reach the wiki only through core.ports, which allows any object of that shape)."""
from __future__ import annotations

from glamuploader.core.batch import Batch
from glamuploader.core.item import FileFacts, ItemState, MediaItem, Metadata, UploadRecord
from glamuploader.core.kit import Kit
from glamuploader.core.ports import ExistingFile, SiteLimits, StructuredDataError, UploadOutcome
from glamuploader.jobs.runner import upload_batch


class MemoryWiki:
    """Files and MediaInfo entities in dictionaries; ``sdc_errors`` are raised by the next edits."""

    def __init__(self, *, sdc_errors: list[str] | None = None, reads_fail: str = "") -> None:
        self.uploads: list[str] = []
        self.page_ids: dict[str, int] = {}
        self.title_requests: list[list[str]] = []
        self.write_attempts: list[int] = []
        self.edits: list[tuple[int, dict]] = []
        self.reads: list[int] = []
        self.entities: dict[int, dict] = {}
        self.sdc_errors = list(sdc_errors or [])
        self.reads_fail = reads_fail

    def limits(self) -> SiteLimits:
        return SiteLimits(extensions=frozenset({"jpg"}))

    def find_by_sha1(self, sha1: str) -> list[ExistingFile]:
        return []

    def existing_title(self, title: str) -> ExistingFile | None:
        return None

    def blacklist_reason(self, title: str) -> str | None:
        return None

    def existing_titles(self, titles):
        self.title_requests.append(list(titles))
        return {t: ExistingFile(t, "u", self.page_ids[t]) if t in self.page_ids else None for t in titles}

    def page_url(self, title: str) -> str:
        return "http://wiki/" + title

    def sends_in_chunks(self, size: int) -> bool:
        return False

    def upload(self, path, title, *, text, comment, on_progress=None, stash=None, on_stash=None,
               on_publish=None, sha1="", new_version=False) -> UploadOutcome:
        """As the real wiki: the upload's answer has no page id (asked afterwards, by title)."""
        self.uploads.append(path)
        self.page_ids[title] = 100 + len(self.uploads)
        return UploadOutcome(title=title, uploaded=True, page_id=None, url="u")

    def existing_mediainfo(self, page_id: int) -> dict:
        self.reads.append(page_id)
        if self.reads_fail:
            raise StructuredDataError(self.reads_fail, "said the wiki")
        return self.entities.get(page_id, {"id": f"M{page_id}", "missing": ""})

    def write_mediainfo(self, page_id: int, data: dict, *, summary: str) -> None:
        self.write_attempts.append(page_id)
        if self.reads_fail == "no-structured-data":   # a wiki without the API refuses every call
            raise StructuredDataError(self.reads_fail, "said the wiki")
        if self.sdc_errors:
            raise StructuredDataError(self.sdc_errors.pop(0), "said the wiki")
        self.edits.append((page_id, data))
        self.entities[page_id] = {"labels": data.get("labels", {}),
                                  "statements": {c["mainsnak"]["property"]: [c] for c in data.get("claims", [])}}


def batch_of(*states: ItemState) -> Batch:
    items = [MediaItem(path=f"/p/{n}.jpg", facts=FileFacts(kind="jpg", sha1=str(n) * 40, size=5),
                       meta=Metadata(title=f"Photo number {n}", captions={"en": f"Photo {n}"},
                                     depicts=["Q42"]),
                       upload=UploadRecord(state=state, page_id=50 + n if state is not ItemState.NEW else None))
             for n, state in enumerate(states)]
    return Batch(items=items, kit=Kit(license="cc-by-4.0", author="Ann"))


def test_each_uploaded_file_gets_one_structured_data_edit_and_the_record_its_mid():
    wiki, batch = MemoryWiki(), batch_of(ItemState.NEW, ItemState.NEW)
    summary = upload_batch(batch, wiki, save=lambda: None, sdc=wiki)
    assert len(wiki.uploads) == 2 and [p for p, _ in wiki.edits] == [101, 102]
    assert [i.upload.mid for i in batch.items] == ["M101", "M102"]
    assert all(i.upload.sdc_done and i.upload.state is ItemState.UPLOADED for i in batch.items)
    assert summary.sdc_written == batch.items


def test_a_pending_item_is_never_uploaded_again_with_or_without_the_structured_data_port():
    wiki, batch = MemoryWiki(), batch_of(ItemState.SDC_PENDING)
    summary = upload_batch(batch, wiki, save=lambda: None)
    assert wiki.uploads == [] and summary.skipped == 1
    assert batch.items[0].upload.state is ItemState.SDC_PENDING
    upload_batch(batch, wiki, save=lambda: None, sdc=wiki)
    assert wiki.uploads == [] and [p for p, _ in wiki.edits] == [50]
    assert batch.items[0].upload.state is ItemState.UPLOADED and batch.items[0].upload.sdc_done


def test_a_failed_edit_or_a_lost_connection_leaves_the_file_uploaded_and_pending():
    wiki, batch = MemoryWiki(sdc_errors=["modification-failed"]), batch_of(ItemState.NEW)
    summary = upload_batch(batch, wiki, save=lambda: None, sdc=wiki)
    rec = batch.items[0].upload
    assert summary.uploaded == batch.items and summary.sdc_pending == batch.items
    assert (rec.state, rec.error, rec.page_id) == (ItemState.SDC_PENDING, "modification-failed", 101)
    offline = MemoryWiki(reads_fail="network")
    upload_batch(batch, offline, save=lambda: None, sdc=offline)
    assert offline.uploads == [] and rec.state is ItemState.SDC_PENDING and rec.error == "network"


def test_a_wiki_without_structured_data_is_asked_once_and_the_other_files_are_marked_too():
    wiki, batch = MemoryWiki(reads_fail="no-structured-data"), batch_of(ItemState.NEW, ItemState.NEW)
    summary = upload_batch(batch, wiki, save=lambda: None, sdc=wiki)
    # files this run uploaded have empty entities: written without a read; the first write tells
    assert len(wiki.uploads) == 2 and wiki.reads == [] and wiki.write_attempts == [101]
    assert summary.sdc_unsupported
    assert all(i.upload.error == "no-structured-data" and i.upload.state is ItemState.UPLOADED
               for i in batch.items)
    again = upload_batch(batch, wiki, save=lambda: None, sdc=wiki)
    assert wiki.write_attempts == [101] and wiki.reads == [] and again.skipped == 2


def test_an_entity_that_already_has_everything_gets_no_edit():
    wiki, batch = MemoryWiki(), batch_of(ItemState.NEW)
    upload_batch(batch, wiki, save=lambda: None, sdc=wiki)
    batch.items[0].upload.sdc_done = False
    summary = upload_batch(batch, wiki, save=lambda: None, sdc=wiki)
    assert len(wiki.edits) == 1 and summary.sdc_written == [] and batch.items[0].upload.sdc_done


def test_a_fresh_upload_costs_one_request_and_structured_data_one_more_with_page_ids_in_groups():
    """The upload's answer has no page id: the ids of a group of files are asked in one request,
    and the entity of a file this run uploaded is written without being read first."""
    wiki = MemoryWiki()
    batch = batch_of(*[ItemState.NEW] * 7)
    summary = upload_batch(batch, wiki, save=lambda: None, sdc=wiki)
    assert len(wiki.uploads) == 7 and len(summary.sdc_written) == 7
    assert len(wiki.title_requests) == 1 and len(wiki.title_requests[0]) == 7
    assert wiki.reads == [] and len(wiki.edits) == 7
    assert [i.upload.mid for i in batch.items] == [f"M{101 + n}" for n in range(7)]
