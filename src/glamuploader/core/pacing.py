"""Uploads paced under the account's rate limit, with the time left.

MediaWiki answers ``ratelimited`` once an account uploads more than its limit allows (380 in
72 minutes for an ordinary Commons account). Rather than run into it, uploads start evenly
spaced at ``seconds / hits``; a batch then never stalls, and the time left can be told.
"""
from __future__ import annotations

from dataclasses import dataclass

#: keys of ``ratelimits`` that limit an address, not the account: enforced besides it
_ADDRESS_KEYS = frozenset({"ip", "subnet", "ip-all", "subnet-all"})


@dataclass(frozen=True)
class RateLimit:
    hits: int
    seconds: float

    @property
    def interval(self) -> float:
        """Seconds between two uploads so that the limit is never reached."""
        return self.seconds / self.hits if self.hits > 0 else 0.0


def upload_limit(ratelimits: dict) -> RateLimit | None:
    """The limit that binds uploads, from ``meta=userinfo&uiprop=ratelimits`` (None: no limit).

    Of the account's own limits (user, newbie, its groups) MediaWiki applies the most lenient;
    limits on the address apply as well, so the strictest of those two wins.
    """
    upload = ratelimits.get("upload") or {}
    limits = {key: RateLimit(int(v["hits"]), float(v["seconds"])) for key, v in upload.items()
              if isinstance(v, dict) and "hits" in v and "seconds" in v and float(v["seconds"]) > 0}
    account = [lim for key, lim in limits.items() if key not in _ADDRESS_KEYS]
    binding = [max(account, key=lambda lim: lim.hits / lim.seconds)] if account else []
    binding += [lim for key, lim in limits.items() if key in _ADDRESS_KEYS]
    return min(binding, key=lambda lim: lim.hits / lim.seconds) if binding else None


class Pacer:
    """When the next upload may start: at least ``limit.interval`` after the previous one."""

    def __init__(self, limit: RateLimit | None, *, floor: float = 0.0) -> None:
        self.limit = limit
        self.interval = max(limit.interval if limit else 0.0, floor)
        self.last_start: float | None = None
        self.durations: list[float] = []

    def delay(self, now: float) -> float:
        if self.last_start is None:
            return 0.0
        return max(0.0, self.last_start + self.interval - now)

    def started(self, now: float) -> None:
        self.last_start = now

    def finished(self, seconds: float) -> None:
        self.durations.append(seconds)

    def time_left(self, remaining: int) -> float:
        """Seconds for ``remaining`` more uploads: each takes its pace or as long as uploads took."""
        typical = sum(self.durations[-10:]) / len(self.durations[-10:]) if self.durations else 0.0
        return remaining * max(self.interval, typical)


#: upload errors that heal by themselves: wait and try the same file again
TRANSIENT_ERRORS = frozenset({"ratelimited", "maxlag", "readonly", "internal_api_error_DBQueryError",
                              "internal_api_error_DBConnectionError", "backend-fail-internal",
                              "stashfailed", "http-error", "server-error",
                              # the session ended and the new token came too late: a new try logs in
                              "badtoken", "assertuserfailed", "assertbotfailed",
                              "internal_api_error_DBQueryTimeoutError", "internal_api_error_DBUnexpectedError",
                              "lockmanager-fail-conflict", "uploadstash-exception"})


def backoff(attempt: int, *, base: float = 2.0, cap: float = 300.0, jitter: float = 0.5,
            rand: float = 0.5) -> float:
    """Seconds to wait before try ``attempt`` (1, 2, …): doubling from ``base`` up to ``cap``,
    spread by ±``jitter`` (``rand`` in [0, 1) picks where) so many uploaders do not retry at once."""
    delay = min(cap, base * 2 ** (attempt - 1))
    return delay * (1 - jitter + 2 * jitter * rand)
