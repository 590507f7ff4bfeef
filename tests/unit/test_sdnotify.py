"""systemd notifications (kiosk.sdnotify) over real unix datagram sockets, as systemd listens."""

from __future__ import annotations

import os
import socket
import uuid
from pathlib import Path

import pytest

from kiosk.sdnotify import Notifier, socket_address, watchdog_interval


def _listener(address: str) -> socket.socket:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(address)
    sock.settimeout(5)
    return sock


def test_messages_reach_a_socket_named_by_its_path(tmp_path: Path) -> None:
    path = str(tmp_path / "notify")
    with _listener(path) as listener:
        notifier = Notifier({"NOTIFY_SOCKET": path})
        assert notifier.send("READY=1", "STATUS=Home on screen")
        assert notifier.send("WATCHDOG=1")
        assert listener.recv(4096) == b"READY=1\nSTATUS=Home on screen"
        assert listener.recv(4096) == b"WATCHDOG=1"
        notifier.close()


def test_a_name_starting_with_at_is_in_the_abstract_namespace() -> None:
    name = f"@mfc-kiosk-test-{uuid.uuid4().hex}"
    assert socket_address(name) == "\0" + name[1:]
    notifier = Notifier({"NOTIFY_SOCKET": name})
    with _listener("\0" + name[1:]) as listener:
        assert notifier.send("STOPPING=1")
        assert listener.recv(4096) == b"STOPPING=1"
    notifier.close()


def test_without_notify_socket_nothing_is_sent_and_nothing_fails() -> None:
    notifier = Notifier({})
    assert not notifier.enabled
    assert notifier.send("READY=1") is False


def test_a_vanished_socket_is_reported_not_raised(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    notifier = Notifier({"NOTIFY_SOCKET": str(tmp_path / "gone")})
    assert notifier.send("WATCHDOG=1") is False
    assert notifier.send("WATCHDOG=1") is False
    notifier.close()
    assert [r.levelname for r in caplog.records if r.name == "kiosk.sdnotify"] == ["WARNING"]  # logged once


@pytest.mark.parametrize(("environ", "expected"), [
    ({"WATCHDOG_USEC": "30000000"}, 10.0),                           # WatchdogSec=30: a ping every 10 s
    ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "100"}, 10.0),    # meant for this process
    ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "99"}, 10.0),     # meant for the compositor, our parent
    ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "7"}, None),      # meant for someone else
    ({"WATCHDOG_USEC": "0"}, None),
    ({"WATCHDOG_USEC": "soon"}, None),
    ({}, None),
])
def test_watchdog_interval(environ: dict[str, str], expected: float | None) -> None:
    assert watchdog_interval(environ, pid=100, ppid=99) == expected


def test_watchdog_interval_reads_this_process_by_default() -> None:
    environ = {"WATCHDOG_USEC": "3000000", "WATCHDOG_PID": str(os.getppid())}
    assert watchdog_interval(environ) == 1.0
