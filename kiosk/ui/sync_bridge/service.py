"""The GUI thread's handle on sync: starts the worker thread, forwards requests to it and
re-emits its status (see :mod:`kiosk.ui.sync_bridge`)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from kiosk.sync.core import SyncEngine, make_engine
from offline_db.store import Store

from .worker import Worker, default_clinic_factory

log = logging.getLogger(__name__)


class SyncService(QObject):
    """Runs sync off the GUI thread.

    Signals:
        statusChanged(dict): ``online`` (True/False/None unknown), ``refusing`` (online, but the
            backend answered the last push with an error), ``running``, ``pending`` (outbox
            items plus clinic bookings/cancels not yet delivered; ``clinic_pending`` the latter),
            ``refused``, ``last_success_at``, ``last_error``, ``clinic_error`` (the clinic
            connector's last error, else None), ``paused``, ``alert``, ``configured``.  Emitted
            around each sync run, and within ``WATCH_MS`` of another connection's commit.
        ``clinic_factory``: makes the clinic connector run after each engine run (``None``: no
            clinic sync); the default runs it whenever a FHIR base is configured.
        alertRaised(str): sync paused (401/403); a technician must act.
    """

    statusChanged = Signal(object)
    alertRaised = Signal(str)
    _syncNow = Signal()
    _newItem = Signal()
    _networkUp = Signal()
    _stop = Signal()

    def __init__(self, db_path: Path | str, parent: QObject | None = None, *,
                 engine_factory: Callable[[Store], SyncEngine] = make_engine, network_hints: bool = True,
                 clinic_factory: Callable[[Store], Any] | None = default_clinic_factory):
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("kiosk-sync")
        self._worker = Worker(Path(db_path), engine_factory, clinic_factory)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.setup)
        self._syncNow.connect(self._worker.sync_now)
        self._newItem.connect(self._worker.kick)
        self._networkUp.connect(self._worker.check_then_sync)
        self._stop.connect(self._worker.shutdown, Qt.ConnectionType.BlockingQueuedConnection)
        self._worker.status.connect(self.statusChanged)
        self._worker.alert.connect(self.alertRaised)
        self._network_hints = network_hints
        self.last_status: dict[str, Any] | None = None
        self.statusChanged.connect(self._remember)

    @Slot(object)
    def _remember(self, status: dict[str, Any]) -> None:
        self.last_status = status

    def start(self) -> None:
        if self._network_hints:
            self._watch_network()
        self._thread.start()

    def stop(self) -> None:
        """Stop the worker: a request in flight is cut (its items go back to ``pending``), then the
        worker closes its store; no wait for a slow or stalled server."""
        if self._thread.isRunning():
            self._worker.abort_requests()
            self._stop.emit()
            self._thread.quit()
            self._thread.wait()

    @Slot()
    def sync_now(self) -> None:
        self._syncNow.emit()

    @Slot()
    def notify_new_item(self) -> None:
        """Call after committing a citizen action to the outbox: delivery starts shortly."""
        self._newItem.emit()

    def _watch_network(self) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if not QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
            log.info("no network-information backend on this system; sync relies on its interval")
            return
        info = QNetworkInformation.instance()
        info.reachabilityChanged.connect(self._on_reachability)

    @Slot(object)
    def _on_reachability(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online:
            self._networkUp.emit()  # a hint only: the worker confirms with /health
