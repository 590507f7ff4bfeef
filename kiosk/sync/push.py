"""Push: deliver the due outbox items to the backend in batches, with back-off on failure."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator

from offline_db import outbox
from offline_db.store import Store, utcnow

from .backoff import Backoff
from .client import BackendClient, SyncError

log = logging.getLogger(__name__)


def push_batches(store: Store, client: BackendClient, backoff: Backoff, batch_size: int, *,
                 ignore_schedule: bool) -> Iterator[dict[str, int]]:
    """Claim, send and record due items batch by batch; yields each batch's tally by state.

    A failed batch goes back to ``pending`` with the reason and a retry time; the error is raised."""
    sent: set[str] = set()
    while True:
        batch = outbox.claim_batch(store, batch_size, ignore_schedule=ignore_schedule)
        batch_ids = [i.uuid for i in batch]
        if not batch or sent.issuperset(batch_ids):
            outbox.release(store, batch_ids, "not sent in this run", None)
            return
        sent.update(batch_ids)
        try:
            results = client.push(batch)
        except SyncError as exc:
            attempts = max(i.attempts for i in batch)
            wait = backoff.delay(attempts - 1, exc.retry_after_s)
            outbox.release(store, batch_ids, str(exc), utcnow() + dt.timedelta(seconds=wait))
            raise
        except BaseException:
            outbox.release(store, batch_ids, "interrupted while sending", None)
            raise
        tally = outbox.apply_results(store, results)
        refused = tally["rejected"] + tally["conflict"]
        log.info("delivered %d items: %d accepted, %d refused by the backend",
                 len(batch), tally["accepted"], refused)
        yield tally
