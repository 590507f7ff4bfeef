"""One sync per store at a time: an advisory lock file beside the store."""

from __future__ import annotations

import os
import time
from pathlib import Path


class SyncLock:
    """An advisory lock file beside the store (``<db>.sync.lock``), released when the process dies."""

    def __init__(self, db_path: Path):
        self.path = Path(str(db_path) + ".sync.lock")
        self._fd: int | None = None

    def acquire(self, timeout_s: float = 0.0) -> bool:
        try:
            import fcntl
        except ImportError:  # not POSIX: one sync process per kiosk is then the operator's duty
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                self._fd = fd
                return True
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    return False
                time.sleep(0.05)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None
