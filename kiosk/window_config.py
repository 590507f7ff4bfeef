"""What the kiosk window needs from the store once it is open.  Qt-free; runs on the database worker."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from offline_db.offices import first_office_id

if TYPE_CHECKING:
    from offline_db.store import Store

KEYS = ("idle_timeout_s", "idle_warning_s", "default_language", "tts_engine", "office_id", "kiosk_id")


def read_kiosk_config(store: Store) -> dict[str, Any]:
    """The window's settings, whether reference data was ever pulled, and where a damaged store went."""
    from . import settings  # imported on the database worker, not during the window's start-up

    config = {key: settings.get(store, key) for key in KEYS}
    config["pulled_once"] = bool(store.scalar("SELECT COUNT(*) FROM sync_datasets WHERE last_pull_at IS NOT NULL"))
    config["recovered_from"] = store.recovered_from
    if not config["office_id"]:
        config["office_id"] = first_office_id(store)
    return config
