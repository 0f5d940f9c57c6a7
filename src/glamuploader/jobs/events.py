"""What the upload service tells its front ends: typed events and the summary of a run."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from ..core.item import MediaItem
from ..core.problems import Problem
from ..core.uploadstate import Outcome


class EventKind(str, Enum):
    """What an ``UploadEvent`` tells (a ``str``: ``event.kind == "uploaded"`` reads as before)."""

    CHECKING = "checking"        # files checked before sending: ``index`` of ``total``
    WAITING = "waiting"          # paced under the rate limit: ``seconds``
    START = "start"              # a file starts: ``seconds`` = time left in all
    PROGRESS = "progress"        # bytes sent: ``sent`` of ``size``
    RETRYING = "retrying"        # tried again in ``seconds``; ``error`` the wiki's, "" no answer
    UPLOADED = Outcome.UPLOADED.value
    DUPLICATE = Outcome.DUPLICATE.value
    FAILED = Outcome.FAILED.value
    REFUSED = Outcome.REFUSED.value     # the wiki's own check stopped it: ``problems``
    SDC_WRITTEN = "sdc-written"
    SDC_UNCHANGED = "sdc-unchanged"
    SDC_PENDING = "sdc-pending"
    SDC_UNSUPPORTED = "sdc-unsupported"

    def __str__(self) -> str:
        return self.value


#: the events that end a file's upload
FILE_DONE = frozenset({EventKind.UPLOADED, EventKind.DUPLICATE, EventKind.FAILED, EventKind.REFUSED})


@dataclass
class UploadEvent:
    kind: EventKind
    item: MediaItem | None
    index: int = 0          # 0-based position among the items being sent
    total: int = 0
    sent: int = 0           # bytes sent so far (progress)
    size: int = 0
    seconds: float = 0.0
    error: str = ""
    problems: list[Problem] = field(default_factory=list)


@dataclass
class UploadSummary:
    uploaded: list[MediaItem] = field(default_factory=list)
    duplicates: list[MediaItem] = field(default_factory=list)
    failed: list[MediaItem] = field(default_factory=list)
    refused: list[MediaItem] = field(default_factory=list)   # stopped by the wiki's own checks
    problems: list[Problem] = field(default_factory=list)    # why: as a check before sending says
    skipped: int = 0
    cancelled: bool = False
    sdc_written: list[MediaItem] = field(default_factory=list)
    sdc_pending: list[MediaItem] = field(default_factory=list)
    sdc_unsupported: bool = False
    retries: int = 0
