"""The kiosk as a service of its machine: systemd's watchdog, a clean stop, and where it runs.

- :class:`SystemdWatchdog` pings systemd's watchdog from a ``QTimer`` on the GUI thread, so the
  pings stop as soon as the event loop stops turning (a blocked or deadlocked GUI thread) although
  the process lives on; systemd then kills and restarts the kiosk session (``WatchdogSec=`` and
  ``Restart=always`` in ``deploy/mfc-kiosk.service``).  ``READY=1`` goes out once Home is on
  screen and answers input, ``STOPPING=1`` when the kiosk shuts down.
- :class:`ExitOnSigterm`: ``systemctl stop`` (SIGTERM) ends the event loop, so the kiosk closes
  its store and says ``STOPPING=1`` instead of dying mid-write.
- :func:`warn_if_not_a_kiosk_session`: kiosk mode under X11, or under a Wayland compositor that
  is not the kiosk session's ``cage``, is a development set-up, not a kiosk; the log says so.
"""

from __future__ import annotations

import logging
import os
import signal

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Qt, QTimer

from kiosk.sdnotify import Notifier, watchdog_interval

log = logging.getLogger(__name__)

# Set by deploy/mfc-kiosk-session: the kiosk runs as the only application of a kiosk compositor.
SESSION_ENV = "MFC_KIOSK_SESSION"


class SystemdWatchdog(QObject):
    """Tells systemd the kiosk's state and pings its watchdog (nothing happens outside systemd)."""

    def __init__(self, notifier: Notifier | None = None, interval_s: float | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notifier = notifier or Notifier()
        self.interval_s = watchdog_interval() if interval_s is None else interval_s
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.ping)

    @property
    def supervised(self) -> bool:
        """Whether systemd supervises the kiosk (it then restarts it whenever it ends)."""
        return self.notifier.enabled

    def start(self) -> None:
        """Start pinging (the start-up itself counts: systemd's watchdog runs from the start)."""
        if not self.notifier.enabled or not self.interval_s:
            return
        log.info("systemd watchdog: a ping every %.1f s from the GUI thread", self.interval_s)
        self.ping()
        self.timer.start(max(1, round(self.interval_s * 1000)))

    def ping(self) -> None:
        self.notifier.send("WATCHDOG=1")

    def ready(self) -> None:
        """Home is on screen and the event loop runs: the service has started."""
        self.notifier.send("READY=1", "STATUS=Home on screen")

    def stopping(self) -> None:
        self.timer.stop()
        self.notifier.send("STOPPING=1", "STATUS=Shutting down")
        self.notifier.close()


class ExitOnSigterm(QObject):
    """On SIGTERM (``systemctl stop``), end ``app``'s event loop with ``status``.

    A Python signal handler runs only when the interpreter next runs Python code, which a Qt event
    loop waiting in C++ may not do for a long time; the signal's wake-up byte, written to a socket
    Qt watches, makes it run at once.  :meth:`close` puts the previous handler back.
    """

    def __init__(self, app: QCoreApplication, status: int = 0) -> None:
        super().__init__(app)
        self.app, self.status = app, status
        self._read, self._write = os.pipe()
        os.set_blocking(self._read, False)
        os.set_blocking(self._write, False)
        self._watch = QSocketNotifier(self._read, QSocketNotifier.Type.Read, self)
        self._watch.activated.connect(self._drain)
        self._previous = signal.signal(signal.SIGTERM, self._on_sigterm)
        self._previous_fd = signal.set_wakeup_fd(self._write, warn_on_full_buffer=False)

    def _drain(self) -> None:
        try:
            os.read(self._read, 64)
        except OSError:
            pass

    def _on_sigterm(self, signum: int, _frame: object) -> None:
        log.info("stop requested (signal %d): closing the kiosk", signum)
        self.app.exit(self.status)

    def close(self) -> None:
        signal.set_wakeup_fd(self._previous_fd)
        signal.signal(signal.SIGTERM, self._previous)
        self._watch.setEnabled(False)
        os.close(self._read)
        os.close(self._write)


def warn_if_not_a_kiosk_session(platform: str) -> bool:
    """Log a warning when kiosk mode starts where it is not escape-proof; ``True`` if it warned."""
    if platform == "xcb":
        log.warning("kiosk mode on X11: X with a window manager is not a kiosk (its shortcuts and menus "
                    "can hide, minimise or leave this window, and nothing brings it back). Run the kiosk "
                    "session instead: deploy/mfc-kiosk.service, see docs/deploy-kiosk.md")
        return True
    if platform.startswith("wayland") and not os.environ.get(SESSION_ENV):
        log.warning("kiosk mode under a Wayland compositor that is not the kiosk session's cage: a desktop "
                    "compositor's shortcuts can leave this window. Run the kiosk session instead: "
                    "deploy/mfc-kiosk.service, see docs/deploy-kiosk.md")
        return True
    return False
