"""Throttles: wrong utility account look-ups per kiosk token (:class:`LookupThrottle`, in memory) and
wrong bearer tokens per client address (:class:`AuthThrottle`, in the backend database).

**Account look-ups.**  A look-up whose account number and address fragment do not match (``found: false``) counts as a
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
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .storage import Storage

DEFAULT_LIMIT = 10
DEFAULT_WINDOW_S = 600.0
#: Wrong bearer tokens allowed per client address and window before 429 (``RB_AUTH_FAIL_LIMIT``).
AUTH_FAIL_LIMIT = 20
#: ... and the window in seconds (``RB_AUTH_FAIL_WINDOW_S``).
AUTH_FAIL_WINDOW_S = 60.0


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


class AuthThrottle:
    """Wrong bearer tokens per client address: after ``limit`` within ``window_s`` seconds, 429.

    The answer to a wrong token is ``401`` for the first ``limit`` failures of an address within
    the window, then ``429`` with ``Retry-After`` (seconds until its oldest counted failure leaves
    the window) until the window has room again.  Only a *wrong* token counts (not a missing
    header, not a revoked kiosk), and a *valid* token is always served, also from an address over
    the limit: kiosks of one MFC office often share one NAT address, and one misconfigured or
    hostile client there must not lock the office's other kiosks out.  Once over the limit no more
    failures are written, so a burst costs at most ``limit`` writes per address and window.

    The count lives in the backend database (``Storage.record_auth_failure``), so every backend
    process on that database shares it.  ``limit`` 0 turns the throttle off.
    """

    def __init__(self, storage: Storage, limit: int = AUTH_FAIL_LIMIT, window_s: float = AUTH_FAIL_WINDOW_S,
                 clock: Callable[[], float] = time.time):
        self.storage, self.limit, self.window_s, self.clock = storage, limit, window_s, clock

    @classmethod
    def from_env(cls, storage: Storage, env: Mapping[str, str]) -> AuthThrottle:
        """Settings from ``RB_AUTH_FAIL_LIMIT`` (default 20) and ``RB_AUTH_FAIL_WINDOW_S`` (default 60)."""
        return cls(storage, limit=max(0, int(env.get("RB_AUTH_FAIL_LIMIT", str(AUTH_FAIL_LIMIT)))),
                   window_s=max(1.0, float(env.get("RB_AUTH_FAIL_WINDOW_S", str(AUTH_FAIL_WINDOW_S)))))

    def failure(self, address: str) -> int | None:
        """Count a wrong token from ``address``: ``None`` = answer 401; else the Retry-After seconds of a 429."""
        if self.limit <= 0:
            return None
        now = self.clock()
        recorded, times = self.storage.record_auth_failure(address, now, now - self.window_s, self.limit)
        if recorded:
            return None
        return max(1, math.ceil(times[-self.limit] + self.window_s - now))
