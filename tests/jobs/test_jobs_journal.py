"""The upload journal on its own: what it keeps, for how long a stash is trusted, what another
process sees, and what happens to a damaged journal file."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from glamuploader.core.ports import Stash
from glamuploader.jobs import journal as steps
from glamuploader.jobs.journal import Journal, JournalError

SHA1 = "a" * 40
WIKI = "http://127.0.0.1:1/api.php"


@pytest.fixture
def clock():
    return [1_000.0]


@pytest.fixture
def journal(tmp_path, clock):
    with Journal(str(tmp_path / "uploads.sqlite"), clock=lambda: clock[0]) as j:
        yield j


def test_every_step_is_kept_in_order_and_survives_reopening(journal, tmp_path):
    log = journal.for_wiki(WIKI, "Tester@bot")
    log.sending(SHA1, path="/p/a.tif", title="File:A.tif")
    log.stashed(SHA1, Stash("k1", 5))
    log.stashed(SHA1, Stash("k1", 10))
    log.publishing(SHA1)
    log.published(SHA1, title="File:A.tif", page_id=42)
    log.data_done(SHA1)
    journal.close()
    again = Journal(journal.path)
    entry = again.entry(WIKI, SHA1)
    assert (entry.step, entry.page_id, entry.title, entry.account) == (steps.DATA_DONE, 42, "File:A.tif", "Tester@bot")
    assert [s for s, _ in again.history(WIKI, SHA1)] == [
        "sending", "stashing", "stashing", "publishing", "published", "data-done"]
    assert entry.file_key is None          # a published file's stash is forgotten
    again.close()


def test_a_step_is_on_disk_for_another_process_the_moment_it_is_written(journal):
    journal.for_wiki(WIKI, "T").stashed(SHA1, Stash("key", 7))
    code = ("import sqlite3, sys; db = sqlite3.connect(sys.argv[1]);"
            "print(db.execute('select step, file_key, stash_offset from uploads').fetchone())")
    out = subprocess.run([sys.executable, "-c", code, journal.path], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "('stashing', 'key', 7)"
    mode = sqlite3.connect(journal.path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_a_stash_is_reused_only_by_its_account_while_young_and_unsettled(journal, clock):
    log = journal.for_wiki(WIKI, "Tester@bot")
    log.sending(SHA1, path="/p/a.tif", title="File:A.tif")
    log.stashed(SHA1, Stash("k1", 1024))
    assert log.stash(SHA1) == Stash("k1", 1024)
    assert journal.for_wiki(WIKI, "Someone@else").stash(SHA1) is None     # stashes are private
    assert journal.for_wiki("http://other/api.php", "Tester@bot").stash(SHA1) is None
    clock[0] += steps.STASH_MAX_AGE - 1
    assert log.stash(SHA1) == Stash("k1", 1024)
    clock[0] += 2
    assert log.stash(SHA1) is None                                         # the wiki may have dropped it


def test_the_stash_age_counts_from_the_first_chunk_even_after_the_last_gives_a_new_key(journal, clock):
    log = journal.for_wiki(WIKI, "T")
    log.stashed(SHA1, Stash("partial", 1024))
    clock[0] += 3600
    log.stashed(SHA1, Stash("partial", 2048))
    log.stashed(SHA1, Stash("whole", 3000))             # the wiki put the chunks together
    assert log.entry(SHA1).stashed_at == 1_000.0
    clock[0] += 60
    log.stashed(SHA1, Stash("fresh", 1024))             # a new upload of the same file: a new stash
    assert log.entry(SHA1).stashed_at == clock[0]


def test_starting_again_keeps_a_young_stash_and_forgets_an_old_one(journal, clock):
    log = journal.for_wiki(WIKI, "T")
    log.stashed(SHA1, Stash("k", 10))
    log.sending(SHA1, path="/p", title="File:A.jpg")
    assert log.stash(SHA1) == Stash("k", 10)
    clock[0] += steps.STASH_MAX_AGE + 1
    log.sending(SHA1, path="/p", title="File:A.jpg")
    assert log.entry(SHA1).file_key is None


def test_a_failure_forgets_the_stash_and_keeps_the_reason(journal):
    log = journal.for_wiki(WIKI, "T")
    log.stashed(SHA1, Stash("k", 10))
    log.retrying(SHA1, "unreachable: time-out")
    assert log.stash(SHA1) == Stash("k", 10) and log.entry(SHA1).error == "unreachable: time-out"
    log.failed(SHA1, "title-blacklisted")
    entry = log.entry(SHA1)
    assert (entry.step, entry.error, log.stash(SHA1)) == (steps.FAILED, "title-blacklisted", None)


def test_a_damaged_journal_is_set_aside_and_a_new_one_begun(tmp_path):
    path = tmp_path / "uploads.sqlite"
    path.write_bytes(b"this is not a database, it was cut off by a power failure" * 100)
    with Journal(str(path)) as journal:
        assert journal.set_aside and journal.set_aside.startswith(str(path) + ".damaged-")
        assert open(journal.set_aside, "rb").read().startswith(b"this is not a database")
        journal.for_wiki(WIKI, "T").sending(SHA1, path="/p", title="File:A.jpg")
        assert journal.entry(WIKI, SHA1).step == steps.SENDING


def test_a_journal_that_cannot_be_written_says_where_and_why(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(JournalError) as caught:
        Journal(str(blocker / "uploads.sqlite"))
    assert str(blocker) in str(caught.value)
