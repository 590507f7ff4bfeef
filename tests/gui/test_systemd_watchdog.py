"""systemd's watchdog: the kiosk pings it from its GUI thread, so a hung GUI stops the pings (and
systemd restarts the kiosk) although the process still lives.

The test is systemd here: it binds the notification socket, starts the real kiosk with
``NOTIFY_SOCKET`` and ``WATCHDOG_USEC`` as systemd would, and reads what arrives.
"""

from __future__ import annotations

import os
import select
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WATCHDOG_S = 1.0  # WatchdogSec=1 for the test (the unit says 30)


class Systemd:
    """The listening end of NOTIFY_SOCKET: messages with the time they arrived."""

    def __init__(self, path: Path) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(path))

    def next(self, timeout: float) -> tuple[float, str] | None:
        ready, _, _ = select.select([self.sock], [], [], timeout)
        if not ready:
            return None
        return time.monotonic(), self.sock.recv(4096).decode()

    def until(self, wanted: str, timeout: float) -> list[tuple[float, str]]:
        """Messages up to and including the first that contains ``wanted``."""
        deadline = time.monotonic() + timeout
        seen: list[tuple[float, str]] = []
        while (left := deadline - time.monotonic()) > 0:
            message = self.next(left)
            if message is None:
                break
            seen.append(message)
            if wanted in message[1].splitlines():
                return seen
        raise AssertionError(f"no {wanted} within {timeout} s; got {seen}")

    def drain(self) -> None:
        while self.next(0) is not None:
            pass


@pytest.fixture
def systemd(tmp_path: Path) -> Iterator[Systemd]:
    listener = Systemd(tmp_path / "notify.sock")
    yield listener
    listener.sock.close()


def _start(tmp_path: Path, *args: str) -> subprocess.Popen:
    env = dict(os.environ, KIOSK_HOME=str(tmp_path / "home"), PYTHONPATH=str(ROOT),
               NOTIFY_SOCKET=str(tmp_path / "notify.sock"), WATCHDOG_USEC=str(int(WATCHDOG_S * 1e6)),
               WATCHDOG_PID=str(os.getpid()))  # like cage: the kiosk's parent is the service's main process
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.Popen([sys.executable, *args, "--db", str(tmp_path / "k.sqlite3")], cwd=ROOT, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.communicate(timeout=30)


def test_pings_stop_while_the_gui_thread_is_blocked_and_resume_after(tmp_path: Path, systemd: Systemd) -> None:
    proc = _start(tmp_path, str(ROOT / "tests/gui/_watchdog_probe.py"))
    try:
        systemd.until("READY=1", timeout=60)
        pings = [systemd.until("WATCHDOG=1", timeout=10)[-1][0] for _ in range(4)]
        gaps = [b - a for a, b in zip(pings, pings[1:], strict=False)]
        assert max(gaps) < WATCHDOG_S, gaps  # regular: systemd would never fire

        proc.stdin.write("block\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "blocked"
        systemd.drain()  # pings sent before the GUI thread stopped
        silent_for = 2.5 * WATCHDOG_S
        assert systemd.next(silent_for) is None, "a ping came while the GUI thread was blocked"
        assert proc.poll() is None  # the process lives: only the pings tell systemd it hangs

        proc.stdin.write("unblock\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "unblocked"
        systemd.until("WATCHDOG=1", timeout=10)
    finally:
        _stop(proc)


def test_systemctl_stop_ends_the_kiosk_cleanly_with_stopping(tmp_path: Path, systemd: Systemd) -> None:
    proc = _start(tmp_path, "main.py")
    try:
        systemd.until("READY=1", timeout=60)
        proc.send_signal(signal.SIGTERM)  # what systemctl stop sends
        systemd.until("STOPPING=1", timeout=30)
        assert proc.wait(timeout=30) == 0
    finally:
        _stop(proc)
    log = (tmp_path / "home" / "logs" / "kiosk.log").read_text()
    assert "stop requested (signal 15)" in log
