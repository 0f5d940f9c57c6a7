"""The upload journal against the real sandbox wiki: a chunked upload cut off half-way goes on
from its stash; a file whose publish call was cut off is looked for on the wiki, not sent again;
a stash too old or gone is started again. Every file ends on the wiki exactly once."""
from __future__ import annotations

import hashlib
import uuid

import pytest
from wikitools import MIB, api_get, noise

from glamuploader.core.batch import Batch
from glamuploader.core.item import ItemState
from glamuploader.core.kit import Kit
from glamuploader.jobs import journal as steps
from glamuploader.jobs.journal import Journal
from glamuploader.jobs.runner import upload_batch
from glamuploader.media.importer import import_paths


class Killed(BaseException):
    """Stands for SIGKILL inside one process: nothing after it runs, nothing catches it."""


def copies_on_wiki(sandbox, path: str) -> list[dict]:
    sha1 = hashlib.sha1(open(path, "rb").read()).hexdigest()
    return api_get(sandbox, action="query", list="allimages", aisha1=sha1,
                   aiprop="sha1|size")["query"]["allimages"]


def big_batch(tmp_path, *, size=(1000, 800)) -> Batch:
    """One PNG of about 2.4 MB: three chunks of 1 MiB."""
    folder = tmp_path / "photos"
    folder.mkdir()
    noise(size).save(folder / "scan.png")
    kit = Kit(license="cc0", author="Tester", tracking_category=False,
              title_pattern=f"Resume {uuid.uuid4().hex[:8]} {{n:02}}")
    return Batch(items=import_paths([str(folder)]), kit=kit, target="sandbox")


class Counting:
    """The real session, counting what is sent."""

    def __init__(self, wiki) -> None:
        self.wiki, self.uploads = wiki, 0

    def __getattr__(self, name):
        return getattr(self.wiki, name)

    def upload(self, *args, **kwargs):
        self.uploads += 1
        return self.wiki.upload(*args, **kwargs)


def kill_after(offset: int):
    """An event handler that 'kills' the run once the wiki holds ``offset`` bytes."""
    def on_event(event) -> None:
        if event.kind == "progress" and event.sent >= offset:
            raise Killed
    return on_event


def journal_for(tmp_path, wiki, **kwargs):
    journal = Journal(str(tmp_path / "uploads.sqlite"), **kwargs)
    return journal, journal.for_wiki(wiki.target.api_url, wiki.user)


def test_a_chunked_upload_cut_off_half_way_goes_on_from_its_stash(wiki, sandbox, tmp_path):
    batch = big_batch(tmp_path)
    item = batch.items[0]
    journal, log = journal_for(tmp_path, wiki)
    with pytest.raises(Killed):
        upload_batch(batch, wiki, save=lambda: None, journal=log, on_event=kill_after(2 * MIB))
    entry = log.entry(item.facts.sha1)
    assert entry.step == steps.STASHING and entry.file_key and entry.stash_offset == 2 * MIB
    assert copies_on_wiki(sandbox, item.path) == []

    events = []
    summary = upload_batch(batch, wiki, save=lambda: None, journal=log, on_event=events.append)
    sent = [e.sent for e in events if e.kind == "progress"]
    assert sent[0] == 2 * MIB and sent[-1] == item.facts.size   # the first two chunks not sent again
    assert summary.uploaded == [item] and item.upload.state is ItemState.UPLOADED
    assert [c["sha1"] for c in copies_on_wiki(sandbox, item.path)] == [item.facts.sha1]
    assert log.entry(item.facts.sha1).step == steps.PUBLISHED
    assert log.entry(item.facts.sha1).page_id == item.upload.page_id
    journal.close()


def test_pause_stops_a_big_file_between_chunks_and_start_goes_on_from_the_recorded_chunk(
        wiki, sandbox, tmp_path):
    """Pause during a 300 MB scan on event Wi-Fi must not wait for the whole file: the upload stops
    after the chunk in flight, the item is new again, and the next start sends only the rest."""
    import threading
    batch = big_batch(tmp_path)
    item = batch.items[0]
    journal, log = journal_for(tmp_path, wiki)
    pause = threading.Event()

    def press_pause(event) -> None:
        if event.kind == "progress" and event.sent >= MIB:
            pause.set()
    summary = upload_batch(batch, wiki, save=lambda: None, journal=log, on_event=press_pause, cancel=pause)
    assert summary.cancelled and summary.uploaded == [] and item.upload.state is ItemState.NEW
    entry = log.entry(item.facts.sha1)
    assert entry.step == steps.STASHING and 0 < entry.stash_offset < item.facts.size
    assert copies_on_wiki(sandbox, item.path) == []

    events = []
    summary = upload_batch(batch, wiki, save=lambda: None, journal=log, on_event=events.append)
    sent = [e.sent for e in events if e.kind == "progress"]
    assert sent[0] == entry.stash_offset and sent[-1] == item.facts.size   # nothing sent twice
    assert summary.uploaded == [item]
    assert [c["sha1"] for c in copies_on_wiki(sandbox, item.path)] == [item.facts.sha1]
    history = journal.history(log.wiki, item.facts.sha1)
    assert ("sending", f"resume from {entry.stash_offset}") in history
    journal.close()


def test_a_stash_older_than_the_wiki_keeps_it_is_started_again(wiki, sandbox, tmp_path):
    batch = big_batch(tmp_path)
    item = batch.items[0]
    now = [1_000_000.0]
    journal, log = journal_for(tmp_path, wiki, clock=lambda: now[0])
    with pytest.raises(Killed):
        upload_batch(batch, wiki, save=lambda: None, journal=log, on_event=kill_after(MIB))
    now[0] += steps.STASH_MAX_AGE + 60
    events = []
    upload_batch(batch, wiki, save=lambda: None, journal=log, on_event=events.append)
    assert [e.sent for e in events if e.kind == "progress"][0] == 0
    assert len(copies_on_wiki(sandbox, item.path)) == 1 and item.upload.state is ItemState.UPLOADED


def test_a_stash_the_wiki_no_longer_has_is_started_again(wiki, sandbox, tmp_path):
    batch = big_batch(tmp_path)
    item = batch.items[0]
    journal, log = journal_for(tmp_path, wiki)
    from glamuploader.core.ports import Stash
    log.sending(item.facts.sha1, path=item.path, title="File:x.png")
    log.stashed(item.facts.sha1, Stash("1abcdefgh.ijklmn.1.png", MIB))   # no such key on the wiki
    summary = upload_batch(batch, wiki, save=lambda: None, journal=log)
    assert summary.uploaded == [item]
    assert len(copies_on_wiki(sandbox, item.path)) == 1


def test_a_file_killed_while_being_published_is_found_on_the_wiki_and_not_sent_again(
        wiki, sandbox, tmp_path):
    batch = big_batch(tmp_path, size=(300, 200))
    item = batch.items[0]
    journal, log = journal_for(tmp_path, wiki)

    def die_after_publish(event) -> None:   # the wiki took it; the answer never came back
        if event.kind == "uploaded":
            raise Killed
    # the outcome is lost with the process: the batch and the journal still say "publishing"
    real_published = log.published
    log.published = lambda *a, **k: None
    with pytest.raises(Killed):
        upload_batch(batch, wiki, save=lambda: None, journal=log, on_event=die_after_publish)
    log.published = real_published
    assert log.entry(item.facts.sha1).step == steps.PUBLISHING
    item.upload.state, item.upload.page_id = ItemState.NEW, None      # as the batch file had it

    counting = Counting(wiki)
    summary = upload_batch(batch, counting, save=lambda: None, journal=log)
    assert counting.uploads == 0                                      # asked, not sent
    assert summary.uploaded == [item] and item.upload.page_id
    assert len(copies_on_wiki(sandbox, item.path)) == 1
    assert log.entry(item.facts.sha1).step == steps.PUBLISHED


def test_a_file_the_journal_knows_as_published_is_recorded_without_asking_the_wiki(
        wiki, sandbox, tmp_path):
    batch = big_batch(tmp_path, size=(300, 200))
    item = batch.items[0]
    journal, log = journal_for(tmp_path, wiki)
    upload_batch(batch, wiki, save=lambda: None, journal=log)
    page_id, title = item.upload.page_id, item.upload.page_title
    item.upload.state, item.upload.page_id = ItemState.NEW, None      # the batch file's save was lost

    class Offline:
        target, user = wiki.target, wiki.user

        def page_url(self, name):
            return wiki.page_url(name)

        def __getattr__(self, name):
            raise AssertionError(f"the wiki was asked ({name})")
    summary = upload_batch(batch, Offline(), save=lambda: None, journal=log)
    assert summary.uploaded == [item]
    assert (item.upload.page_id, item.upload.page_title) == (page_id, title)
    assert len(copies_on_wiki(sandbox, item.path)) == 1


def test_an_ended_login_session_is_renewed_in_the_middle_of_a_chunked_upload(wiki, sandbox, tmp_path):
    from wikitools import end_sessions
    batch = big_batch(tmp_path)
    item = batch.items[0]
    ended = []

    def on_event(event) -> None:   # after the first chunk the wiki forgets who we are
        if event.kind == "progress" and event.sent >= MIB and not ended:
            ended.append(end_sessions(sandbox))
    journal, log = journal_for(tmp_path, wiki)
    summary = upload_batch(batch, wiki, save=lambda: None, journal=log, on_event=on_event)
    assert ended and ended[0] >= 1
    assert summary.uploaded == [item] and not summary.failed
    assert len(copies_on_wiki(sandbox, item.path)) == 1
    assert wiki.site.logged_in() and wiki.site.user() == sandbox.bot_user.split("@")[0]


def test_a_file_already_on_the_wiki_under_its_own_title_is_recorded_as_uploaded_not_as_a_duplicate(
        wiki, sandbox, tmp_path):
    """A run cut off after the wiki took the file: the next run asks the wiki by SHA-1 (the
    journal says the publish call went unanswered), finds it under the very title the batch
    gives it, and records it as this batch's own, with its page id; nothing is sent again."""
    from glamuploader.jobs.runner import titles_for
    from glamuploader.jobs.service import UploadService
    batch = big_batch(tmp_path, size=(300, 200))
    item = batch.items[0]
    title = "File:" + titles_for(batch)[item.path]
    journal, log = journal_for(tmp_path, wiki)
    log.sending(item.facts.sha1, path=item.path, title=title)
    wiki.upload(item.path, title, text="x", comment="the run that was cut off",
                on_publish=lambda: log.publishing(item.facts.sha1))
    pages = api_get(sandbox, action="query", titles=title)["query"]["pages"]
    page_id = pages[0]["pageid"] if isinstance(pages, list) else int(next(iter(pages)))
    counting = Counting(wiki)
    result = UploadService(batch, counting, save=lambda: None, journal=log).run()
    assert counting.uploads == 0 and result.summary.duplicates == []
    assert [p.code for p in result.problems if p.item == item.path and p.is_error] == []
    assert item.upload.state is ItemState.UPLOADED and item.upload.page_id == page_id
    assert [step for step, _ in journal.history(log.wiki, item.facts.sha1)] == [
        "sending", "publishing", "publishing", "published"]           # checked on the wiki, then settled
    assert log.entry(item.facts.sha1).page_id == page_id
    assert len(copies_on_wiki(sandbox, item.path)) == 1


def test_a_stale_token_is_renewed_and_the_file_goes_up(wiki, sandbox, tmp_path):
    """badtoken: pywikibot fetches a new CSRF token and sends the request again."""
    batch = big_batch(tmp_path, size=(300, 200))
    item = batch.items[0]
    wiki.site.tokens["csrf"]                                        # fetched, then spoiled
    wiki.site.tokens._tokens["csrf"] = "0123456789abcdef0123456789abcdef+\\"
    summary = upload_batch(batch, wiki, save=lambda: None)
    assert summary.uploaded == [item] and summary.retries == 0
    assert len(copies_on_wiki(sandbox, item.path)) == 1
    assert wiki.site.tokens["csrf"] != "0123456789abcdef0123456789abcdef+\\"


def test_an_error_that_cannot_heal_fails_that_file_with_the_reason_and_the_others_go_up(
        wiki, sandbox, tmp_path):
    from glamuploader.messages import upload_error_text
    folder = tmp_path / "walk"
    folder.mkdir()
    for n in range(3):
        noise((40, 30)).save(folder / f"p{n}.png")
    tag = uuid.uuid4().hex[:8]
    batch = Batch(items=import_paths([str(folder)]), target="sandbox",
                  kit=Kit(license="cc0", author="Tester", tracking_category=False, title_pattern="{title}"))
    for item, title in zip(batch.items, (f"Walk {tag} one", "IMG_1234", f"Walk {tag} three")):
        item.meta.title = title
    journal, log = journal_for(tmp_path, wiki)
    summary = upload_batch(batch, wiki, save=lambda: None, journal=log)
    good, refused, last = batch.items
    assert summary.uploaded == [good, last] and summary.refused == [refused] and summary.failed == []
    assert summary.retries == 0                                     # not tried again: it cannot heal
    # told as the check before sending tells it: the problem, its field and the wiki's reason
    [problem] = summary.problems
    assert (problem.code, problem.item, problem.field) == ("title-blacklisted", refused.path, "title")
    assert problem.params["title"] == "IMG_1234.png" and "I?MG" in problem.params["reason"]
    assert refused.upload.error == "title-blacklisted" and copies_on_wiki(sandbox, refused.path) == []
    said = upload_error_text(refused.upload.error, refused.upload.error_info)
    assert "does not allow this title" in said and "descriptive title" in said
    assert log.entry(refused.facts.sha1).step == steps.FAILED
    assert log.entry(refused.facts.sha1).error == "title-blacklisted"
