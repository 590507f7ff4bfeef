"""One database worker thread that owns the :class:`~offline_db.store.Store`.

A job is a function of the store; it runs on the worker, and its result or exception comes back
on the GUI thread through a callback.  The sqlite connection is opened on the worker and never
leaves it, so widgets can neither block on disk nor touch the connection.

Typical use (the job is a data-access function of ``offline_db`` or a kiosk service: no SQL in
the UI)::

    tasks.submit(offline_db.offices.active_offices, on_done=self._show, owner=self)
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

Job = Callable[[Any], Any]
OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class StoreNotOpen(RuntimeError):
    """A job ran while the store could not be opened."""


class _Worker(QObject):
    """Lives on the worker thread; runs jobs in order."""

    done = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self.store: Any = None

    @Slot(int, object)
    def run(self, job_id: int, fn: Job) -> None:
        try:
            result = fn(self)
        except Exception as exc:  # reported to the caller, never swallowed
            self.failed.emit(job_id, exc)
            return
        self.done.emit(job_id, result)


class TaskRunner(QObject):
    """Submits jobs to the database worker; results arrive on the GUI thread.

    Signals:
        store_opened(object): the opener's result (the store), emitted once on the GUI thread.
        store_failed(object): the exception raised by the opener.
    """

    store_opened = Signal(object)
    store_failed = Signal(object)
    _submit = Signal(int, object)

    def __init__(self, opener: Callable[[], Any], parent: QObject | None = None, *, start: bool = True) -> None:
        """``opener()`` runs first on the worker and returns the store.  With ``start=False`` the
        worker waits for :meth:`start` (jobs submitted meanwhile queue up in order)."""
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[OnDone | None, OnError | None, QObject | None]] = {}
        self._thread = QThread()
        self._thread.setObjectName("kiosk-db")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        if start:
            self._thread.start()

        def open_store(worker: _Worker) -> Any:
            worker.store = opener()
            return worker.store

        self.open_outcome: tuple[str, Any] | None = None  # ("opened", store) or ("failed", exc)
        self._raw_submit(open_store, self._opened, self._open_failed, None)

    def start(self) -> None:
        """Start the worker (once); it opens the store, then runs the queued jobs."""
        if not self._thread.isRunning() and not self._thread.isFinished():
            self._thread.start()

    def _opened(self, store: Any) -> None:
        self.open_outcome = ("opened", store)
        self.store_opened.emit(store)

    def _open_failed(self, exc: BaseException) -> None:
        log.error("the local store could not be opened: %s", exc)
        self.open_outcome = ("failed", exc)
        self.store_failed.emit(exc)

    def when_store_ready(self, on_opened: OnDone, on_failed: OnError) -> None:
        """Call ``on_opened(store)`` or ``on_failed(exc)`` once the opener has finished, even if it
        finished before this call (a window built after the store opened must still hear of it)."""
        if self.open_outcome is None:
            self.store_opened.connect(on_opened)
            self.store_failed.connect(on_failed)
        elif self.open_outcome[0] == "opened":
            on_opened(self.open_outcome[1])
        else:
            on_failed(self.open_outcome[1])

    def submit(self, job: Job, on_done: OnDone | None = None, on_error: OnError | None = None,
               owner: QObject | None = None) -> int:
        """Run ``job(store)`` on the worker; call ``on_done(result)`` or ``on_error(exc)`` here.

        Callbacks are dropped when ``owner`` has been deleted meanwhile.
        """

        def with_store(worker: _Worker) -> Any:
            if worker.store is None:
                raise StoreNotOpen("the local store is not open")
            return job(worker.store)

        return self._raw_submit(with_store, on_done, on_error, owner)

    def _raw_submit(self, fn: Job, on_done: OnDone | None, on_error: OnError | None,
                    owner: QObject | None) -> int:
        job_id = next(self._ids)
        self._pending[job_id] = (on_done, on_error, owner)
        self._submit.emit(job_id, fn)
        return job_id

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def _take(self, job_id: int) -> tuple[OnDone | None, OnError | None] | None:
        entry = self._pending.pop(job_id, None)
        if entry is None:  # delivered after shutdown: nobody is waiting any more
            return None
        on_done, on_error, owner = entry
        if owner is not None and not shiboken6.isValid(owner):
            return None
        return on_done, on_error

    @Slot(int, object)
    def _on_done(self, job_id: int, result: Any) -> None:
        callbacks = self._take(job_id)
        if callbacks and callbacks[0]:
            callbacks[0](result)

    @Slot(int, object)
    def _on_failed(self, job_id: int, exc: BaseException) -> None:
        callbacks = self._take(job_id)
        if callbacks and callbacks[1]:
            callbacks[1](exc)
        else:
            log.error("background job failed", exc_info=exc)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Close the store on its own thread and stop the worker."""
        if not self._thread.isRunning():
            return

        def close(worker: _Worker) -> None:
            try:
                if worker.store is not None:
                    worker.store.close()
                    worker.store = None
            finally:
                # The worker stops itself after this last job, so every job queued before it runs
                # first: quit() from here could stop the thread's event loop before it ran them.
                QThread.currentThread().quit()

        self._raw_submit(close, None, None, None)
        if not self._thread.wait(timeout_ms):
            log.error("the database worker did not stop within %d ms", timeout_ms)
        self._pending.clear()
