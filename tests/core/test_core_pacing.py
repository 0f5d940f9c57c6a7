"""Uploads are paced under the account's rate limit instead of running into 'ratelimited'."""
from __future__ import annotations

from glamuploader.core.pacing import Pacer, RateLimit, upload_limit


def test_an_ordinary_commons_account_uploads_every_11_4_seconds():
    limit = upload_limit({"upload": {"user": {"hits": 380, "seconds": 4320}}})
    assert limit == RateLimit(380, 4320.0)
    assert round(limit.interval, 1) == 11.4


def test_the_most_lenient_group_limit_applies_but_an_address_limit_still_binds():
    ratelimits = {"upload": {"user": {"hits": 380, "seconds": 4320},
                             "autopatrolled": {"hits": 999, "seconds": 1},
                             "ip": {"hits": 8, "seconds": 60}}}
    assert upload_limit(ratelimits) == RateLimit(8, 60.0)
    del ratelimits["upload"]["ip"]
    assert upload_limit(ratelimits) == RateLimit(999, 1.0)
    assert upload_limit({"edit": {"user": {"hits": 90, "seconds": 60}}}) is None


def test_the_pacer_spaces_starts_and_tells_the_time_left():
    pacer = Pacer(RateLimit(6, 60))      # one every 10 s
    assert pacer.delay(100.0) == 0.0
    pacer.started(100.0)
    assert pacer.delay(103.0) == 7.0
    pacer.finished(3.0)
    assert pacer.delay(111.0) == 0.0
    assert pacer.time_left(4) == 40.0     # the pace, not the 3 s an upload took
    fast = Pacer(None, floor=0.0)
    fast.started(0.0)
    fast.finished(2.5)
    assert fast.delay(0.1) == 0.0 and fast.time_left(2) == 5.0
