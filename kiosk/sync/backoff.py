"""Exponential back-off with full jitter, a cap, and ``Retry-After`` (seconds or an HTTP date)."""

from __future__ import annotations

import datetime as dt
import email.utils
import random
from dataclasses import dataclass, field

from offline_db import clock

MAX_RETRY_AFTER_S = 3600.0  # a server asking for more than an hour is asked again after an hour


@dataclass
class Backoff:
    """``delay(attempt) = random(0, min(cap, base * 2**attempt))``, never less than Retry-After."""

    base_s: float = 1.0
    cap_s: float = 300.0
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int, retry_after_s: float | None = None) -> float:
        ceiling = min(self.cap_s, self.base_s * (2 ** min(max(attempt, 0), 30)))
        jittered = self.rng.uniform(0, ceiling)
        if retry_after_s is not None:
            return max(jittered, min(retry_after_s, MAX_RETRY_AFTER_S))
        return jittered


def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta seconds or an HTTP date); None if absent/bad."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isdigit():
        return float(int(text))
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    now = now or clock.now()
    return max(0.0, (when - now).total_seconds())
