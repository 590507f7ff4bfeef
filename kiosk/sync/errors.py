"""Sync failures, by what the kiosk should do about them.  Qt-free.

Messages are plain words for a technician's log; none contains the token or personal data.
"""

from __future__ import annotations


class SyncError(Exception):
    """Base of sync failures; ``retry_after_s`` is the server's wish when it gave one."""

    retry_after_s: float | None = None
    #: The backend's machine code of a refusal (``error.code``), when it gave one.
    code: str = ""


class TransientError(SyncError):
    """Connection refused or cut, time-out, 5xx, 429: worth trying again later."""

    def __init__(self, message: str, retry_after_s: float | None = None):
        super().__init__(message)
        self.retry_after_s = retry_after_s


class RateLimited(TransientError):
    """429: the backend asks this kiosk to slow down (``retry_after_s`` when it said how long)."""


class ConnectionFailed(TransientError):
    """The backend could not be reached at all (refused, unreachable, time-out, TLS, proxy)."""


class DeadlineExceeded(ConnectionFailed):
    """A request did not finish in time as a whole: its own bound (``sync.request_limit_s``) or
    the time left of a sync run (``sync --once --deadline``) ran out, however slowly data kept
    coming.  Temporary: the next try follows the usual back-off."""


class MalformedResponse(TransientError):
    """The answer is not what the contract promises (HTML page, invalid JSON, wrong types, too big)."""


class AuthError(SyncError):
    """401/403: the token is wrong or revoked; sync pauses until a technician reconfigures."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


class ResyncRequired(SyncError):
    """410 on a changes feed: the cursor is unknown or expired."""


class RequestRefused(SyncError):
    """Another 4xx for the whole request (a bug or a version mismatch); nothing was stored."""
