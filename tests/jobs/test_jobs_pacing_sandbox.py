"""Uploads to the real sandbox wait their turn under a rate limit, and a cancel ends the wait."""
from __future__ import annotations

import threading

import pytest
from wikitools import uploadable_batch

from glamuploader.core.pacing import Pacer, RateLimit
from glamuploader.jobs.runner import upload_batch

pytestmark = pytest.mark.wiki


def _batch(tmp_path, n: int):
    return uploadable_batch(tmp_path / "p", n, "Paced")


def test_uploads_wait_their_turn_and_say_so(sandbox, tmp_path):
    from glamuploader.wiki import connect
    wiki = connect("sandbox", user=sandbox.bot_user, password=sandbox.bot_password)
    batch = _batch(tmp_path, 3)
    events = []
    summary = upload_batch(batch, wiki, save=lambda: None, on_event=events.append,
                           pacer=Pacer(RateLimit(2, 3.0)))   # one every 1.5 s: more than an upload takes
    assert len(summary.uploaded) == 3
    waits = [e for e in events if e.kind == "waiting"]
    assert 1 <= len(waits) <= 2 and all(0 < e.seconds <= 1.5 for e in waits)
    starts = [e for e in events if e.kind == "start"]
    assert starts[1].seconds >= 2 * 1.5      # time left for the last two: at least their pace


def test_cancel_during_a_wait_stops_at_once_and_sends_nothing_more(sandbox, tmp_path):
    from glamuploader.wiki import connect
    wiki = connect("sandbox", user=sandbox.bot_user, password=sandbox.bot_password)
    batch = _batch(tmp_path, 2)
    cancel = threading.Event()

    def on_event(event):
        if event.kind == "waiting":
            cancel.set()
    summary = upload_batch(batch, wiki, save=lambda: None, on_event=on_event, cancel=cancel,
                           pacer=Pacer(RateLimit(1, 3600.0)))         # one an hour
    assert summary.cancelled and len(summary.uploaded) == 1
    assert [i.upload.state.value for i in batch.items] == ["uploaded", "new"]
