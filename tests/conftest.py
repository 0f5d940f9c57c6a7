"""Settings every test shares: Qt draws offscreen; nothing touches the user's own folders."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
