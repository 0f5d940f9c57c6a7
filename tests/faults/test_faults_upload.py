"""Uploads through a fault proxy on loopback: dropped connections and 503s are waited out and
tried again; every file lands on the real sandbox wiki exactly once; a wiki that stays away
stops the run with everything saved, and the next run finishes it without duplicates."""
from __future__ import annotations

import dataclasses
import hashlib

import pytest
from faults.proxy import FaultProxy
from wikitools import api_get, uploadable_batch

from glamuploader.core.ports import WikiUnreachable
from glamuploader.jobs.runner import Retries, upload_batch

pytestmark = pytest.mark.wiki
QUICK = Retries(attempts=6, base=0.05, cap=0.2)


def _batch(tmp_path, n: int):
    return uploadable_batch(tmp_path / "p", n, "Fault")


def _connect(proxy: FaultProxy, sandbox):
    from glamuploader.wiki import connect, url_target
    target = dataclasses.replace(url_target(proxy.api_url), max_retries=1)   # give up fast: we retry
    return connect(target, user=sandbox.bot_user, password=sandbox.bot_password)


def copies_on_wiki(sandbox, path: str) -> int:
    sha1 = hashlib.sha1(open(path, "rb").read()).hexdigest()
    return len(api_get(sandbox, action="query", list="allimages", aisha1=sha1)["query"]["allimages"])


@pytest.mark.parametrize("fault", ["drop", "503"])
def test_dropped_and_refused_uploads_are_tried_again_and_land_exactly_once(sandbox, tmp_path, fault):
    batch = _batch(tmp_path, 3)
    with FaultProxy(sandbox.server) as proxy:
        wiki = _connect(proxy, sandbox)
        proxy.fail_uploads(fault, fault, fault)
        events = []
        summary = upload_batch(batch, wiki, save=lambda: None, on_event=events.append, retries=QUICK)
    assert proxy.faults == 3
    assert len(summary.uploaded) == 3 and not summary.failed
    assert all(copies_on_wiki(sandbox, item.path) == 1 for item in batch.items)
    assert summary.retries >= 1 and any(e.kind == "retrying" for e in events)


def test_a_wiki_that_stays_away_stops_the_run_and_the_next_run_finishes_without_duplicates(sandbox, tmp_path):
    batch = _batch(tmp_path, 2)
    with FaultProxy(sandbox.server) as proxy:
        wiki = _connect(proxy, sandbox)
        proxy.fail_uploads(*["drop"] * 40)
        with pytest.raises(WikiUnreachable):
            upload_batch(batch, wiki, save=lambda: None, retries=Retries(attempts=2, base=0.05, cap=0.1))
        assert [i.upload.state.value for i in batch.items] == ["new", "new"]   # the journal knows the rest
        proxy.schedule.clear()
        summary = upload_batch(batch, wiki, save=lambda: None, retries=QUICK)
    assert [i.upload.state.value for i in batch.items] == ["uploaded", "uploaded"]
    assert len(summary.uploaded) == 2
    assert all(copies_on_wiki(sandbox, item.path) == 1 for item in batch.items)
