"""What the office queue's routes and the command line need from a storage engine: :class:`OfficeQueueStore`.

The rules (numbering, ranges, clashes, clerk actions) are in :mod:`regional_backend.office_queue`;
:class:`regional_backend.stores.office_queue.SqlOfficeQueue` implements it on either engine.
"""

from __future__ import annotations

import abc
import datetime as dt
from typing import Any


class OfficeQueueStore(abc.ABC):
    """The office queue.  Every operation is atomic: one transaction that holds the write lock (or
    the rows it reads) from its first read, so two kiosks asking at once never get one number or
    one range.  Refusals a kiosk should see are raised as :class:`~regional_backend.office_queue.QueueRefused`."""

    @abc.abstractmethod
    def enrol(self, kiosk_id: str, office_id: str) -> dict[str, Any]:
        """Bind the kiosk to the office (once) and answer its offline number range."""

    @abc.abstractmethod
    def queue(self, kiosk_id: str, office_id: str, now: dt.datetime) -> dict[str, Any]:
        """Today's tickets of the kiosk's office and the numbers two tickets hold."""

    @abc.abstractmethod
    def allocate(self, kiosk_id: str, office_id: str, uuid: str, category_id: str,
                 now: dt.datetime) -> dict[str, Any]:
        """The office's next ticket number in the category today (idempotent by ``uuid``)."""

    @abc.abstractmethod
    def act(self, kiosk_id: str, office_id: str, action: str, now: dt.datetime, *, ticket: str | None = None,
            category_id: str | None = None, counter: str | None = None) -> dict[str, Any]:
        """A clerk's action (:data:`~regional_backend.office_queue.ACTIONS`) on the office's queue."""

    @abc.abstractmethod
    def release_range(self, kiosk_id: str) -> bool:
        """Free the kiosk's offline range (a kiosk that left); whether it had one."""
