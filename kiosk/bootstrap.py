"""Qt-free start-up steps shared by the GUI and the command line."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from offline_db.store import Store

log = logging.getLogger(__name__)


def prepare_store(path: Path | str, *, load_demo: bool = True) -> Store:
    """Open the store (moving a damaged one aside) and load the demo region when it is empty.

    Runs on the DB worker in the GUI, so the store's modules are imported there, not before the
    first frame."""
    from offline_db.opening import open_store

    store = open_store(path)
    if store.recovered_from is not None:
        log.error("the local store was damaged and moved aside to %s", store.recovered_from)
    if load_demo and store.is_empty():
        from offline_db.demo import load_demo_region

        counts = load_demo_region(store)
        log.info("demo region loaded into an empty store: %s", counts)
    return store
