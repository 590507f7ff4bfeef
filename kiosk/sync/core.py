"""The sync engine: one run pushes the outbox, pulls reference data, and records the outcome.  Qt-free.

One :class:`SyncEngine` works on one :class:`~offline_db.store.Store` (its own connection, on the
thread that opened it) with one injected :class:`~kiosk.sync.client.BackendClient`.

* **Push** (:mod:`kiosk.sync.push`): due pending items are claimed (``sending``), sent in batches, and their results
  recorded in one transaction per batch.  A failed batch goes back to ``pending`` with the reason
  and a retry time (exponential back-off, full jitter, cap, ``Retry-After``).  401/403 pauses sync
  and raises an alert for the technician.  A failed push the backend answered (503, another
  4xx, a malformed answer) does not stop the pull: reference data stays current while the backend
  refuses submissions; the run still ends with the push's error.
* **Pull** (:mod:`kiosk.sync.pull`): each page of a dataset's changes feed is applied in one transaction together with the
  new cursor, so a crash resumes from the last applied page.  The next page is fetched on a helper
  thread while the current one is applied, and each table's upserts go in one ``executemany``.
  A pull without a cursor is a full resync: the ids seen are remembered (a TEMP table of this
  connection) and, after the last page, rows the backend no longer has are swept — except rows
  that local citizen data still refers to.
  A full resync interrupted by a crash starts again from the beginning (upserts are idempotent).
  Kept rows get ``retired_at``: the screens and the domain never offer them for new use.
* **Quarantine** (:mod:`kiosk.sync.reference_rows`): a pulled row that does not fit its declaration (:mod:`mfc_rules.refschema`) or
  that the store refuses (a reference to a row it does not have) goes to ``sync_quarantine`` with
  the reason; the rest of the page is applied and the cursor moves on.  A later good row for the
  same key replaces it and clears the entry; a quarantined row refused by the store is tried
  again after each page (its parent may have arrived).  The previous good version of the row, if
  any, stays in use meanwhile.
  Pull only touches reference tables; the outbox and local citizen records are never changed.
* Only one sync runs per store at a time (:class:`~kiosk.sync.lock.SyncLock`); while holding it, items left in
  ``sending`` by a crashed run are sent again.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kiosk.services import office_queue
from offline_db import outbox
from offline_db.store import Store, iso_utc

from . import clock as server_clock
from . import config as cfg
from .backoff import Backoff
from .client import (
    AuthError,
    BackendClient,
    ConnectionFailed,
    ResyncRequired,
    SyncError,
    TransientError,
)
from .lock import SyncLock
from .pull import DATASET_ORDER, PULL_PAGE, Puller
from .push import push_batches

log = logging.getLogger(__name__)


@dataclass
class SyncReport:
    """What one sync run did."""

    accepted: int = 0
    rejected: int = 0
    conflict: int = 0
    pulled: dict[str, int] = field(default_factory=dict)
    purged: int = 0
    recovered: int = 0
    error: str | None = None
    retry_after_s: float | None = None
    transient: bool = False
    paused: bool = False
    remaining: int = 0
    online: bool | None = None
    push_error: str | None = None  # the backend answered a push with an error (4xx/5xx, bad answer)

    @property
    def ok(self) -> bool:
        return self.error is None and not self.paused and self.remaining == 0


class SyncEngine:
    """Sync of one store with one backend: push, pull, pause on a refused token, record the outcome."""

    def __init__(self, store: Store, client: BackendClient, *, backoff: Backoff | None = None,
                 batch_size: int | None = None, retention_h: int | None = None,
                 page_limit: int = PULL_PAGE, datasets: tuple[str, ...] = DATASET_ORDER,
                 sleep: Callable[[float], None] = time.sleep):
        c = client.config
        self.store = store
        self.client = client
        self.backoff = backoff or Backoff(c.backoff_base_s, c.backoff_cap_s)
        self.batch_size = batch_size or c.batch_size
        self.retention_h = retention_h or c.retention_h
        self.datasets = datasets
        self.sleep = sleep
        self.puller = Puller(store, client, page_limit=page_limit)
        self.lock = SyncLock(store.path)
        self._clock_noted: tuple[str, dt.datetime] | None = None

    @property
    def page_limit(self) -> int:
        """How many changes a pull asks for per page."""
        return self.puller.page_limit

    # --- one run -------------------------------------------------------------------------------
    def run_once(self, *, ignore_schedule: bool = False, pull: bool = True,
                 lock_timeout_s: float = 0.0) -> SyncReport:
        """Purge old personal data, deliver due items, pull every dataset; never raises SyncError."""
        report = SyncReport()
        report.purged = outbox.purge_personal_data(self.store, self.retention_h)
        if report.purged:
            log.info("personal data removed from %d delivered items (retention %d h)",
                     report.purged, self.retention_h)
        if self.store.get_setting(cfg.K_PAUSED, False):
            report.paused = True
            report.error = self.store.get_setting(cfg.K_ALERT) or "sync is paused"
            report.remaining = outbox.undelivered_count(self.store)
            return report
        if not self.lock.acquire(lock_timeout_s):
            report.error = "another sync of this store is running"
            report.transient = True
            report.remaining = outbox.undelivered_count(self.store)
            return report
        try:
            report.recovered = outbox.recover_sending(self.store)
            if report.recovered:
                log.info("%d items interrupted while sending will be sent again", report.recovered)
            refused = self._push_answered(report, ignore_schedule=ignore_schedule)
            if pull:
                for name in self.datasets:
                    report.pulled[name] = self.pull_dataset(name)
                # first contact (with the offices known): the office queue gives this kiosk its range
                office_queue.ensure_range(self.store, self.client)
            report.online = True
            if refused is not None:
                raise refused
        except AuthError as exc:
            report.paused = True
            report.online = True
            report.error = str(exc)
            self._pause(str(exc))
        except SyncError as exc:
            report.error = str(exc)
            report.retry_after_s = exc.retry_after_s
            report.transient = isinstance(exc, TransientError | ResyncRequired)
            report.online = not isinstance(exc, ConnectionFailed)
            log.warning("sync stopped: %s", exc)
        finally:
            self.lock.release()
        self.note_server_clock()
        report.remaining = outbox.undelivered_count(self.store)
        self._record(report)
        return report

    def check_health(self) -> dict[str, Any]:
        """The backend's health answer (raises :class:`SyncError`); its clock is noted."""
        data = self.client.health()
        self.note_server_clock()
        return data

    def note_server_clock(self) -> float | None:
        """Keep the clock offset from the client's last successful answer with ``server_time``
        (health check, batch push); the meter readings send it.  Returns the offset when new."""
        seen = getattr(self.client, "server_clock", None)
        if not seen or seen == self._clock_noted:
            return None
        self._clock_noted = seen
        try:
            offset = server_clock.remember(self.store, seen[0], seen[1])
        except (ValueError, TypeError) as exc:
            log.warning("the backend's server_time could not be read: %s", exc)
            return None
        if abs(offset) > 60:
            log.warning("the kiosk's clock is %.0f s %s the backend's", abs(offset),
                        "behind" if offset > 0 else "ahead of")
        return offset

    def run_until_done(self, *, max_tries: int = 4, deadline_s: float = 120.0) -> SyncReport:
        """Retry transient failures with back-off (``Retry-After`` honoured) until done or out of time.

        The deadline holds inside requests too: one still waiting for its answer when the time is up
        ends then, and its items go back to ``pending``."""
        start = time.monotonic()
        report = SyncReport()
        with self.client.transport.run_until(start + deadline_s):
            for attempt in range(max_tries):
                report = self.run_once(ignore_schedule=True, lock_timeout_s=max(0.0, deadline_s / 4))
                if report.ok or report.paused or not report.transient or attempt == max_tries - 1:
                    return report
                wait = self.backoff.delay(attempt, report.retry_after_s)
                left = deadline_s - (time.monotonic() - start)
                if wait > left:
                    if left > 0:
                        report.error = f"{report.error}; gave up: the next try would be in {wait:.0f} s"
                    return report
                log.info("sync will try again in %.1f s", wait)
                self.sleep(wait)
        return report

    # --- push ----------------------------------------------------------------------------------
    def _push_answered(self, report: SyncReport, *, ignore_schedule: bool) -> SyncError | None:
        """Push; a failure the backend answered (503, another 4xx, a bad answer) is returned, not
        raised, so reference data is still pulled while pushes fail.  No connection or a refused
        token still ends the run."""
        try:
            self._push(report, ignore_schedule=ignore_schedule)
        except (AuthError, ConnectionFailed):
            raise
        except SyncError as exc:
            report.push_error = str(exc)
            log.warning("push failed, pulling reference data anyway: %s", exc)
            return exc
        return None


    def _push(self, report: SyncReport, *, ignore_schedule: bool) -> None:
        for tally in push_batches(self.store, self.client, self.backoff, self.batch_size,
                                  ignore_schedule=ignore_schedule):
            for state, n in tally.items():
                setattr(report, state, getattr(report, state) + n)

    # --- pull ----------------------------------------------------------------------------------
    def pull_dataset(self, dataset: str) -> int:
        """Pull one dataset to the end of its feed; returns the number of changes applied."""
        return self.puller.pull(dataset)

    # --- status --------------------------------------------------------------------------------
    def _pause(self, reason: str) -> None:
        alert = f"sync paused: {reason}. A technician must check the kiosk token and run configure again."
        self.store.set_setting(cfg.K_PAUSED, True)
        self.store.set_setting(cfg.K_ALERT, alert)
        log.error("%s", alert)

    def _record(self, report: SyncReport) -> None:
        now = iso_utc()
        if report.error:
            self.store.set_setting(cfg.K_LAST_ERROR, report.error)
            self.store.set_setting(cfg.K_LAST_ERROR_AT, now)
        else:
            self.store.delete_setting(cfg.K_LAST_ERROR)
            self.store.set_setting(cfg.K_LAST_SUCCESS, now)


def status(store: Store) -> dict[str, Any]:
    """Everything a technician (or the status indicator) needs; never the token."""
    held = {r["dataset"]: r["n"] for r in store.query(
        "SELECT dataset, count(*) AS n FROM sync_quarantine GROUP BY dataset")}
    datasets = {r["dataset"]: {"last_pull_at": r["last_pull_at"], "has_cursor": r["cursor"] is not None,
                               "full_resync_needed": bool(r["full_resync_needed"]), "last_error": r["last_error"],
                               "quarantined": held.get(r["dataset"], 0)}
                for r in store.query("SELECT * FROM sync_datasets ORDER BY dataset")}
    from kiosk.clinic.booking import undelivered_count
    from offline_db.salvage import latest_recovery

    counts = outbox.counts(store)
    return {
        "configured": bool(store.get_setting(cfg.K_URL)),
        "backend_url": store.get_setting(cfg.K_URL),
        "kiosk_id": store.get_setting("kiosk_id", ""),
        "outbox": counts,
        "undelivered": counts["pending"] + counts["sending"],
        "clinic_undelivered": undelivered_count(store),  # bookings/cancels for the clinic connector
        "next_attempt_at": outbox.next_due_at(store),
        "datasets": datasets,
        # pulled reference rows that could not be applied (sync_quarantine), waiting for a correction
        "quarantined": sum(held.values()),
        "last_error": store.get_setting(cfg.K_LAST_ERROR),
        "last_error_at": store.get_setting(cfg.K_LAST_ERROR_AT),
        "last_success_at": store.get_setting(cfg.K_LAST_SUCCESS),
        "paused": bool(store.get_setting(cfg.K_PAUSED, False)),
        "alert": store.get_setting(cfg.K_ALERT),
        # the newest salvage of this store from a damaged file (offline_db.salvage), or None
        "store_recovery": latest_recovery(store),
    }


def make_engine(store: Store, **kwargs: Any) -> SyncEngine:
    """Engine for a configured store (raises :class:`kiosk.sync.config.ConfigError` otherwise)."""
    conf = cfg.load(store)
    return SyncEngine(store, BackendClient(conf), **kwargs)
