"""A status look-up by receipt number: what the kiosk itself knows (:func:`local_status`, the outbox
and the local bookings, on the database worker), the sync settings (database worker) and one
question to the regional backend with a short time-out (a network worker, never the GUI thread).
Qt-free; no payload and no personal data is logged.  What a status is: :mod:`kiosk.domain.status`.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from kiosk.domain.status import (
    LocalStatus,
    RemoteStatus,
    appointment_of_row,
    item_status,
    payload_service_id,
    reading_outcomes,
    receipt_of,
)
from kiosk.sync import config as cfg
from kiosk.sync.client import BackendClient, SyncError
from offline_db import outbox
from offline_db.store import Store

log = logging.getLogger(__name__)

REMOTE_TIMEOUT_S = (2.0, 4.0)  # connect, read: the citizen is waiting at the screen
REMOTE_LIMIT_S = 8.0  # the whole look-up, however slowly the answer comes


def remote_config(store: Store) -> Any:
    """The sync configuration, or ``None`` when this kiosk is not enrolled with a backend."""
    try:
        config = cfg.load(store)
    except (cfg.ConfigError, OSError) as exc:
        log.info("status look-up stays local: %s", exc)
        return None
    return replace(config, connect_timeout_s=min(config.connect_timeout_s, REMOTE_TIMEOUT_S[0]),
                   read_timeout_s=min(config.read_timeout_s, REMOTE_TIMEOUT_S[1]),
                   request_limit_s=min(config.request_limit_s, REMOTE_LIMIT_S))


def remote_status(config: Any, item_uuid: str) -> RemoteStatus:
    """Ask the backend about one submission.  Never raises for a network or backend problem."""
    if config is None:
        return RemoteStatus(online=False)
    client = BackendClient(config)
    try:
        data = client.submission(item_uuid)
    except SyncError as exc:
        log.info("status look-up at the backend failed: %s", exc)
        return RemoteStatus(online=False)
    finally:
        client.close()
    if data is None:
        return RemoteStatus(online=True, found=False)

    def text(key: str) -> str:
        value = data.get(key)
        return value[:500] if isinstance(value, str) else ""

    return RemoteStatus(True, True, text("result"), text("status"), text("server_ref"),
                        text("reason_ru"), text("reason_en"), reading_outcomes(data.get("readings")),
                        text("code")[:40])


def local_status(store: Store, text: str) -> LocalStatus | None:
    """The submission with this receipt number (typed, scanned or a status URL), or ``None``.

    Raises ``ValueError`` when ``text`` is not a receipt number at all.
    """
    number = receipt_of(text)
    item = outbox.get_by_receipt(store, number)
    if item is None:
        return appointment_status(store, number)
    service_ru = service_en = ticket = ""
    service_id = payload_service_id(item.payload_json)
    if item.kind == "queue_ticket":
        ticket = store.scalar("SELECT ticket FROM queue_tickets WHERE outbox_uuid = ?", [item.uuid]) or ""
    if service_id:
        rows = store.query("SELECT name_ru, name_en FROM services WHERE id = ?", [service_id])
        if rows:
            service_ru, service_en = rows[0]["name_ru"], rows[0]["name_en"]
    return item_status(number, item, service_id, ticket=ticket, service_ru=service_ru, service_en=service_en)


def appointment_status(store: Store, number: str) -> LocalStatus | None:
    """A doctor appointment booked at this kiosk with this receipt number, or ``None``."""
    from kiosk.clinic import booking

    row = booking.by_receipt(store, number)
    return None if row is None else appointment_of_row(row)
