"""The backend's side of a status look-up: the sync settings (database worker) and one question to
the regional backend with a short time-out (a network worker, never the GUI thread).  Qt-free; no
payload and no personal data is logged.  What the kiosk itself knows is :mod:`kiosk.domain.status`.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from kiosk.domain.status import RemoteStatus, reading_outcomes
from kiosk.sync import config as cfg
from kiosk.sync.client import BackendClient, SyncError
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
