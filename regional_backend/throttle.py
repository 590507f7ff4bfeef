"""Throttling of the utility account look-up per kiosk token, so address guessing is slow.

A look-up whose account number and address fragment do not match (``found: false``) counts as a
*wrong confirmation*.  A kiosk with :attr:`LookupThrottle.limit` wrong confirmations inside the last
:attr:`LookupThrottle.window_s` seconds gets ``429 too_many_lookups`` with ``Retry-After`` (seconds
until its oldest wrong confirmation leaves the window) and the look-up is not run at all.  Successful
look-ups do not count, and they do not clear the count either (a known account interleaved with
guesses must not reset the limit).  The count is kept in memory: the backend is one process, and a
restart forgetting it costs an attacker a restart of the server, not of the kiosk.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable

DEFAULT_LIMIT = 10
DEFAULT_WINDOW_S = 600.0


class LookupThrottle:
    def __init__(self, limit: int = DEFAULT_LIMIT, window_s: float = DEFAULT_WINDOW_S,
                 clock: Callable[[], float] = time.monotonic):
        self.limit, self.window_s, self.clock = limit, window_s, clock
        self._misses: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, kiosk_id: str, now: float) -> deque[float]:
        misses = self._misses.setdefault(kiosk_id, deque())
        while misses and misses[0] <= now - self.window_s:
            misses.popleft()
        return misses

    def retry_after_s(self, kiosk_id: str) -> int | None:
        """Whole seconds to wait when ``kiosk_id`` is throttled now, else ``None``."""
        if self.limit <= 0:
            return None
        with self._lock:
            now = self.clock()
            misses = self._recent(kiosk_id, now)
            if len(misses) < self.limit:
                return None
            return max(1, math.ceil(misses[-self.limit] + self.window_s - now))

    def miss(self, kiosk_id: str) -> None:
        """Count one wrong confirmation of ``kiosk_id``."""
        with self._lock:
            now = self.clock()
            misses = self._recent(kiosk_id, now)
            misses.append(now)
            while len(misses) > max(self.limit, 1):
                misses.popleft()
