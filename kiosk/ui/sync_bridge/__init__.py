"""The Qt adapter of the Qt-free sync core (:mod:`kiosk.sync`): a QObject service running sync
on its own worker thread, and a small status indicator for the shell.

The worker thread owns its own :class:`~offline_db.store.Store` connection and
:class:`~kiosk.sync.core.SyncEngine`; the GUI thread only sends it requests (queued signals) and
receives status dictionaries back (queued signals), so no widget is touched off the GUI thread and
the event loop never waits for the network or the disk.

Wiring in the shell (GUI thread)::

    service = SyncService(db_path, parent=window)
    indicator = SyncStatusWidget(parent=status_bar)
    service.statusChanged.connect(indicator.set_status)
    indicator.clicked.connect(service.sync_now)            # "sync now"
    service.start()                                       # and service.stop() before the app quits
    # after a citizen action was committed with offline_db.outbox.enqueue(...):
    service.notify_new_item()

Modules: :mod:`.worker` (the object on the sync thread: runs the engine, reports the status),
:mod:`.service` (the GUI thread's handle on it) and :mod:`.indicator` (the status dot and line).
"""
