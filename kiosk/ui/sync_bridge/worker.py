"""The sync thread's side of the adapter: owns its own store connection and sync engine, runs
them when asked (queued signals) and on a schedule, and reports a status dictionary back."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.sync import config as cfg
from kiosk.sync.backoff import Backoff
from kiosk.sync.client import SyncError
from kiosk.sync.core import SyncEngine, SyncReport
from offline_db import outbox
from offline_db.opening import open_store
from offline_db.store import Store

log = logging.getLogger(__name__)

KICK_DELAY_MS = 300  # several new items in a row make one sync
#: How often the worker asks SQLite whether another connection (the screens, the ``sync`` command,
#: another kiosk process on the same store) committed since it last looked (``PRAGMA data_version``,
#: a read of the WAL index in shared memory: about a microsecond); only then it counts again.
WATCH_MS = 1000


def clinic_undelivered(store: Store) -> int:
    """Clinic bookings and cancels not yet delivered (they wait outside the outbox)."""
    from kiosk.clinic.booking import undelivered_count

    return undelivered_count(store)


def default_clinic_factory(store: Store) -> Any:
    """The clinic connector when a FHIR base is configured, else ``None`` (see ``kiosk.clinic.sync``)."""
    from kiosk.clinic.sync import background_clinic_sync

    return background_clinic_sync(store)


def _status(store: Store, report: SyncReport | None, *, online: bool | None, running: bool,
            clinic_error: str | None = None, refusing: bool = False) -> dict[str, Any]:
    counts = outbox.counts(store)
    clinic_pending = clinic_undelivered(store)
    return {
        "online": online,
        # reachable, but the backend answers pushes with an error (5xx, 4xx, a malformed answer)
        "refusing": bool(online and refusing),
        "running": running,
        "pending": counts["pending"] + counts["sending"] + clinic_pending,
        "clinic_pending": clinic_pending,
        "refused": counts["rejected"] + counts["conflict"],
        "last_success_at": store.get_setting(cfg.K_LAST_SUCCESS),
        "last_error": ((report.error if report else None) or (f"clinic: {clinic_error}" if clinic_error else None)
                       or store.get_setting(cfg.K_LAST_ERROR)),
        "clinic_error": clinic_error,
        "paused": bool(store.get_setting(cfg.K_PAUSED, False)),
        "alert": store.get_setting(cfg.K_ALERT),
        "configured": bool(store.get_setting(cfg.K_URL)),
    }


class Worker(QObject):
    """Lives on the sync thread; every slot runs there."""

    status = Signal(object)
    alert = Signal(str)

    def __init__(self, db_path: Path, engine_factory: Callable[[Store], SyncEngine],
                 clinic_factory: Callable[[Store], Any] | None = None):
        super().__init__()
        self.db_path = db_path
        self.engine_factory = engine_factory
        self.clinic_factory = clinic_factory
        self.store: Store | None = None
        self.engine: SyncEngine | None = None
        self.clinic: Any = None          # kiosk.clinic.sync.ClinicSync, made on first use
        self.clinic_error: str | None = None
        self.online: bool | None = None
        self.refusing = False
        self.failures = 0
        self.alerted = False
        self.timer: QTimer | None = None
        self.kick_timer: QTimer | None = None
        self.watch_timer: QTimer | None = None
        self._data_version: int | None = None

    @Slot()
    def setup(self) -> None:
        self.store = open_store(self.db_path)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run_sync)
        self.kick_timer = QTimer(self)
        self.kick_timer.setSingleShot(True)
        self.kick_timer.setInterval(KICK_DELAY_MS)
        self.kick_timer.timeout.connect(self.run_sync)
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(WATCH_MS)
        self.watch_timer.timeout.connect(self.watch)
        outbox.recover_sending(self.store)
        self.run_sync()
        self.watch_timer.start()

    def _changed_elsewhere(self) -> bool:
        """Whether another connection committed to the store since the last look."""
        assert self.store is not None
        version = self.store.data_version()
        changed, self._data_version = version != self._data_version, version
        return changed

    @Slot()
    def watch(self) -> None:
        """Count again when another connection or process changed the store (new items, items it
        delivered): the indicator does not wait for the next sync run to tell."""
        if self.store is None or not self._changed_elsewhere():
            return
        self.status.emit(self._current(None, running=False))

    def _current(self, report: SyncReport | None, *, running: bool) -> dict[str, Any]:
        assert self.store is not None
        return _status(self.store, report, online=self.online, running=running,
                       clinic_error=self.clinic_error, refusing=self.refusing)

    def _engine(self) -> SyncEngine | None:
        assert self.store is not None
        if self.engine is None:
            try:
                self.engine = self.engine_factory(self.store)
            except cfg.ConfigError as exc:
                log.warning("sync not started: %s", exc)
                return None
        return self.engine

    @Slot()
    def run_sync(self) -> None:
        self._run(force=False)

    @Slot()
    def sync_now(self) -> None:
        """Someone asked, or the network came back: items waiting for their back-off go now too."""
        self._run(force=True)

    def _run(self, *, force: bool) -> None:
        if self.store is None:
            return
        engine = self._engine()
        if engine is None:
            self.status.emit({**_status(self.store, None, online=None, running=False),
                              "last_error": "sync is not configured"})
            self._schedule(None)
            return
        self.status.emit(self._current(None, running=True))
        try:
            report = engine.run_once(ignore_schedule=force)
        except Exception:  # a bug or a store failure: log it with its traceback, keep the service alive
            log.exception("sync run failed unexpectedly")
            report = SyncReport(error="sync failed unexpectedly; see the kiosk log", transient=True)
        if report.online is not None:
            self.online = report.online
            self.refusing = bool(report.online and report.push_error)
        if report.paused and not self.alerted:
            self.alerted = True
            self.alert.emit(self.store.get_setting(cfg.K_ALERT) or report.error or "sync paused")
        elif not report.paused:
            self.alerted = False
        clinic_retry = False
        if not report.paused:
            clinic_retry = self._run_clinic(engine_online=report.online)
        self._changed_elsewhere()  # this run's own counts are the news; later commits are not yet
        self.status.emit(self._current(report, running=False))
        self._schedule(report, clinic_retry=clinic_retry)

    def _run_clinic(self, *, engine_online: bool | None) -> bool:
        """The clinic connector's turn (kiosk/clinic/sync.py): deliver bookings and cancels, pull
        clinic data, renew leases when due.  Its error goes to ``clinic_error``; True = retry soon."""
        from kiosk.clinic.sync import K_FHIR_BASE, run_in_background

        assert self.store is not None
        if self.clinic_factory is None:
            return False
        if self.clinic is None:
            try:
                self.clinic = self.clinic_factory(self.store)
            except Exception:
                log.exception("clinic connector could not be made")
                self.clinic_error = "clinic connector failed; see the kiosk log"
                return False
            if self.clinic is None:
                self.clinic_error = None
                return False
        if engine_online is False and not self.store.get_setting(K_FHIR_BASE):
            # the backend that serves FHIR is not reachable: no need to wait for a second time-out
            return False
        try:
            result = run_in_background(self.store, self.clinic)
        except Exception:  # a bug or a store failure: log it, keep the service alive
            log.exception("clinic sync failed unexpectedly")
            self.clinic_error = "clinic sync failed unexpectedly; see the kiosk log"
            return True
        self.clinic_error = result.error
        return bool(result.error and result.transient)

    def _schedule(self, report: SyncReport | None, *, clinic_retry: bool = False) -> None:
        assert self.timer is not None and self.store is not None
        interval = float(self.engine.client.config.interval_s if self.engine else 60)
        if (report is not None and report.error and report.transient and not report.paused) or clinic_retry:
            retry_after = report.retry_after_s if report is not None else None
            self.failures += 1
            backoff = self.engine.backoff if self.engine else Backoff()
            wait = min(interval, backoff.delay(self.failures, retry_after))
            if retry_after:
                wait = max(wait, retry_after)
        else:
            self.failures = 0
            wait = interval
        self.timer.start(max(200, int(wait * 1000)))

    @Slot()
    def kick(self) -> None:
        if self.kick_timer is not None:
            self.kick_timer.start()

    @Slot()
    def check_then_sync(self) -> None:
        """The OS says the network is back: confirm with the health endpoint before syncing."""
        engine = self._engine()
        if engine is None:
            return
        try:
            engine.client.health()
        except SyncError as exc:
            log.info("network reported back, but the backend is not reachable yet: %s", exc)
            self.online = False
            assert self.store is not None
            self.status.emit(_status(self.store, None, online=False, running=False))
            return
        self.online = True
        self.sync_now()

    def abort_requests(self) -> None:
        """Cut the requests in flight and refuse new ones.  Called from the GUI thread when the
        service stops: it touches only the transports, which are safe to call from any thread."""
        for part in (self.engine, self.clinic):
            transport = getattr(getattr(part, "client", None), "transport", None)
            if transport is not None:
                transport.abort()

    @Slot()
    def shutdown(self) -> None:
        for timer in (self.timer, self.kick_timer, self.watch_timer):
            if timer is not None:
                timer.stop()
        if self.engine is not None:
            self.engine.client.close()
        if self.clinic is not None:
            self.clinic.client.close()
        if self.store is not None:
            self.store.close()
            self.store = None
