"""Status of a submission by its receipt number: the kiosk's own record and the backend's answer.

:func:`local_status` reads the outbox (database worker); :func:`remote_config` reads the sync
settings (database worker) and :func:`remote_status` asks the regional backend with a short time-out
(a network worker, never the GUI thread).  Qt-free; no payload and no personal data is logged.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from offline_db import outbox
from offline_db.store import Store

from .receipts import normalise_receipt_number

log = logging.getLogger(__name__)

REMOTE_TIMEOUT_S = (2.0, 4.0)  # connect, read: the citizen is waiting at the screen


@dataclass(frozen=True)
class LocalStatus:
    """What the kiosk knows about one of its submissions (no personal data)."""

    receipt_number: str
    uuid: str
    kind: str
    state: str                 # pending | sending | accepted | rejected | conflict
    captured_at: str
    service_ru: str = ""
    service_en: str = ""
    ticket: str = ""
    reject_code: str = ""
    reason_ru: str = ""
    reason_en: str = ""
    server_ref: str = ""


@dataclass(frozen=True)
class RemoteStatus:
    """The backend's answer: ``online`` False when it could not be asked (offline, not configured)."""

    online: bool
    found: bool = False
    result: str = ""           # accepted | duplicate | rejected | conflict
    status: str = ""           # the backend's processing status, e.g. received
    server_ref: str = ""
    reason_ru: str = ""
    reason_en: str = ""


def local_status(store: Store, text: str) -> LocalStatus | None:
    """The submission with this receipt number (typed, scanned or a status URL), or ``None``.

    Raises ``ValueError`` when ``text`` is not a receipt number at all.
    """
    number = normalise_receipt_number(text)
    if not number:
        raise ValueError("not a receipt number")
    item = outbox.get_by_receipt(store, number)
    if item is None:
        return None
    service_ru = service_en = ticket = ""
    try:
        payload = json.loads(item.payload_json)
    except ValueError:
        payload = {}
    service_id = payload.get("service_id") if isinstance(payload, dict) else None
    if item.kind == "queue_ticket":
        ticket = store.scalar("SELECT ticket FROM queue_tickets WHERE outbox_uuid = ?", [item.uuid]) or ""
    if service_id:
        rows = store.query("SELECT name_ru, name_en FROM services WHERE id = ?", [service_id])
        if rows:
            service_ru, service_en = rows[0]["name_ru"], rows[0]["name_en"]
    return LocalStatus(number, item.uuid, item.kind, item.state, item.captured_at, service_ru, service_en,
                       ticket, item.reject_code or "", item.reject_reason_ru or "", item.reject_reason_en or "",
                       item.server_ref or "")


def remote_config(store: Store) -> Any:
    """The sync configuration, or ``None`` when this kiosk is not enrolled with a backend."""
    from dataclasses import replace

    from kiosk.sync import config as cfg

    try:
        config = cfg.load(store)
    except (cfg.ConfigError, OSError) as exc:
        log.info("status look-up stays local: %s", exc)
        return None
    return replace(config, connect_timeout_s=min(config.connect_timeout_s, REMOTE_TIMEOUT_S[0]),
                   read_timeout_s=min(config.read_timeout_s, REMOTE_TIMEOUT_S[1]))


def remote_status(config: Any, item_uuid: str) -> RemoteStatus:
    """Ask the backend about one submission.  Never raises for a network or backend problem."""
    if config is None:
        return RemoteStatus(online=False)
    from kiosk.sync.client import BackendClient, SyncError

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
                        text("reason_ru"), text("reason_en"))
