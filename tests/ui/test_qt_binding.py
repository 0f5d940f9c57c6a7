"""Guards against a broken Qt binding: PySide6 6.12.0 on Python 3.11 drops a reference to
``True`` on every signal emit, and the process then aborts at exit (seen here)."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    happened = Signal(object)


def test_emitting_signals_keeps_reference_counts_intact(qapp):
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(100):
        emitter.happened.emit(1)
    assert sys.getrefcount(True) - before >= 0
