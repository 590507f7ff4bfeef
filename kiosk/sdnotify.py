"""Tell systemd how the kiosk is doing: ``READY=1``, ``WATCHDOG=1``, ``STOPPING=1`` (sd_notify).

The protocol is one datagram of ``KEY=VALUE`` lines sent to the unix socket named in
``$NOTIFY_SOCKET`` (a file path, or a name in the abstract namespace when it starts with ``@``).
It is a few lines of the standard library, so no binding to libsystemd is needed.  Without
``$NOTIFY_SOCKET`` (a development start, a test) every call does nothing.

The kiosk runs as the child of its compositor (``cage``), which is the service's main process:
the unit says ``NotifyAccess=all`` so systemd accepts messages from the kiosk, and systemd's
``$WATCHDOG_PID`` names the compositor, the kiosk's parent (see :func:`watchdog_interval`).
No Qt here; :mod:`kiosk.ui.watchdog` sends the pings from the GUI thread.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import Any

log = logging.getLogger(__name__)


def socket_address(name: str) -> str:
    """The address to send to: ``@name`` is ``name`` in the abstract namespace (a leading NUL)."""
    return "\0" + name[1:] if name.startswith("@") else name


def supervised(environ: Mapping[str, str] | None = None) -> bool:
    """Whether systemd supervises this process: it then restarts the kiosk whenever it ends."""
    environ = os.environ if environ is None else environ
    return bool(environ.get("NOTIFY_SOCKET"))


class Notifier:
    """Sends state lines to systemd's notification socket, if there is one."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        environ = os.environ if environ is None else environ
        name = environ.get("NOTIFY_SOCKET", "")
        self.address = socket_address(name) if name else None
        self._socket: Any = None  # a socket.socket once the first message is sent
        self._failed = False

    @property
    def enabled(self) -> bool:
        return self.address is not None

    def send(self, *lines: str) -> bool:
        """Send ``lines`` (``"READY=1"``, ``"STATUS=..."``) as one message; ``True`` if it went out.

        A failure is logged once and never raised: the kiosk keeps serving people even when
        systemd cannot be told (it will then restart the kiosk, which is the right outcome).
        """
        if self.address is None:
            return False
        import socket  # only under systemd: the module costs start-up time elsewhere

        try:
            if self._socket is None:
                self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
            self._socket.sendto("\n".join(lines).encode("utf-8"), self.address)
        except OSError as exc:
            if not self._failed:
                log.warning("systemd notification failed: %s", exc)
                self._failed = True
            return False
        self._failed = False
        return True

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None


def watchdog_interval(environ: Mapping[str, str] | None = None, *, pid: int | None = None,
                      ppid: int | None = None) -> float | None:
    """Seconds between ``WATCHDOG=1`` pings, or ``None`` when systemd set no watchdog for us.

    systemd puts ``WatchdogSec=`` in ``$WATCHDOG_USEC`` and the process it expects pings from in
    ``$WATCHDOG_PID``.  That is the compositor the kiosk runs in, so the kiosk's parent counts as
    well as the kiosk itself.  Pings go out three times per period: a late one is not yet a miss.
    """
    environ = os.environ if environ is None else environ
    try:
        usec = int(environ.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    if usec <= 0:
        return None
    owner = environ.get("WATCHDOG_PID", "")
    if owner:
        try:
            owner_pid = int(owner)
        except ValueError:
            return None
        own = os.getpid() if pid is None else pid
        parent = os.getppid() if ppid is None else ppid
        if owner_pid not in (own, parent):
            return None  # a watchdog meant for another process (inherited from further up)
    return usec / 1_000_000 / 3
