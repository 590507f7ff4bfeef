"""A citizen's appointment booked and, when the polyclinic can be reached, delivered at once.  Qt-free.

The clinic screen runs :func:`book_and_deliver` on its network worker (never on the GUI thread):
it opens its own store connection, books the slot locally (``kiosk.clinic.booking``) and tries
one delivery (``kiosk.clinic.sync``); offline, the booking waits for the background clinic sync.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from offline_db.opening import open_store

from . import booking
from .fhir_client import FhirClient
from .report import ClinicReport
from .sync import ClinicSync

log = logging.getLogger(__name__)


def book_and_deliver(db_path: Path | str, config: Any, slot_id: str, patient: booking.Patient,
                     assisted: str | None = None) -> dict[str, Any]:
    """Runs on the network worker with its own connection: book locally, then (online) deliver at once."""
    with open_store(db_path) as store:
        row = booking.book(store, slot_id, patient, assisted_by=assisted)
        if config is not None:
            sync = ClinicSync(store, FhirClient(config))
            try:
                report = ClinicReport()
                sync.deliver(report)
                log.info("appointment delivered at once: %d created, %d refused", report.created, report.refused)
            except Exception as exc:  # offline: the booking stays on the kiosk and is sent later
                log.info("appointment kept for later delivery: %s", exc.__class__.__name__)
            finally:
                sync.client.close()
        return booking.appointment(store, row["uuid"]) or row
