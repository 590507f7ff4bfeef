"""For the probes that drive a real kiosk in a process of their own: wait without blocking Qt."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer


def wait_until(condition: Callable[[], bool], then: Callable[[], None], seconds: float = 30,
               deadline: float | None = None) -> None:
    """Call ``then`` once ``condition()`` holds, or after ``seconds`` (the caller then reports what
    it sees); polls every 100 ms from the event loop (the keyboard's QML loads slowly on a busy
    machine)."""
    deadline = deadline or time.monotonic() + seconds
    if condition() or time.monotonic() > deadline:
        then()
    else:
        QTimer.singleShot(100, lambda: wait_until(condition, then, seconds, deadline))
