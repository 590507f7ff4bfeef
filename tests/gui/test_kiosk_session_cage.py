"""The kiosk session (deploy/mfc-kiosk-session) under cage, the Wayland kiosk compositor, with
cage's headless backend: the kiosk runs alone, full screen, as an unprivileged user, tells systemd
when Home is up, and when it dies the session ends (so systemd's Restart=always starts it again).

As root (CI) the session runs as a test user (cage refuses root); tests/gui/_cage.py finds or
copies a Python and packages that user can read.  The screenshots are taken with the picture
turned a quarter (a portrait kiosk, MFC_KIOSK_ROTATE=90): unturned, cage 0.1.4 hands a full-screen
window's buffer straight to its output (scan-out), and grim then receives cage's last composed
frame, not what is shown.  cage 0.1.4 has no protocol to inject keys, so escape shortcuts are
not driven here; cage binds none (only console switching, with -s, which the session omits).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.gui._cage import ROOT, KioskUser, kiosk_user, public_dir, start_session, stop_session

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def user() -> Iterator[KioskUser]:
    for tool in ("cage", "Xwayland", "grim", "setpriv"):
        assert shutil.which(tool), f"{tool} is missing: scripts/setup.sh installs cage, xwayland and grim"
    found = kiosk_user()
    yield found
    for folder in found.scratch:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def base() -> Iterator[Path]:
    folder = public_dir("mfc-kiosk-session-")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _session_script(user: KioskUser) -> str:
    return str(user.app / "deploy" / "mfc-kiosk-session")


def _uid_of(pid: int) -> int:
    line = next(ln for ln in Path(f"/proc/{pid}/status").read_text().splitlines() if ln.startswith("Uid:"))
    return int(line.split()[1])


def test_the_session_shows_home_full_screen_as_an_unprivileged_user(user: KioskUser, base: Path,
                                                                     tmp_path: Path) -> None:
    session = start_session(user, base, [_session_script(user)],
                            env={"MFC_KIOSK_PYTHON": user.python, "MFC_KIOSK_ROTATE": "90",
                                 "WATCHDOG_USEC": "3000000"})
    try:
        session.notifications.wait_for("READY=1", 120, session.proc)  # Home is on screen and answers
        session.notifications.wait_for("WATCHDOG=1", 10, session.proc)  # cage's child reaches systemd
        kiosk = session.kiosk_pid()
        assert "main.py" in Path(f"/proc/{kiosk}/cmdline").read_text()
        assert _uid_of(kiosk) == user.uid != 0
        session.screenshot(tmp_path / "screen.png")
    finally:
        stop_session(session)  # as systemctl stop does
    assert "STOPPING=1" in "\n".join(session.notifications.seen), session.output()
    assert session.proc.returncode == 0, session.output()  # cage ended with the kiosk, cleanly

    from PySide6.QtGui import QImage

    image = QImage(str(tmp_path / "screen.png"))
    assert (image.width(), image.height()) == (720, 1280)  # the headless output (1280x720), turned
    # cage draws nothing but its one window; where there is no window its output is black.
    black = [(x, y) for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)
             if image.pixelColor(x, y).rgb() & 0xFFFFFF == 0]
    assert black == [], f"{len(black)} black points: the kiosk does not cover the screen"
    log = (session.home / "logs" / "kiosk.log").read_text()
    assert "Home on screen" in log
    assert "not a kiosk" not in log and "not the kiosk session" not in log  # it knows it is in the session


@pytest.mark.parametrize("how", ["the kiosk crashes", "the watchdog fires"])
def test_when_the_kiosk_dies_the_session_ends_for_systemd_to_restart(user: KioskUser, base: Path, how: str) -> None:
    """systemd (not PID 1 on a test machine) cannot be run here; what Restart=always needs is that
    the service's main process ends when the kiosk dies (a crash), or when systemd's watchdog
    signals it (SIGABRT: the GUI stopped answering) - instead of leaving a black screen."""
    session = start_session(user, base, [_session_script(user)], env={"MFC_KIOSK_PYTHON": user.python})
    try:
        session.notifications.wait_for("READY=1", 120, session.proc)
        kiosk = session.kiosk_pid()
        if how == "the kiosk crashes":
            os.kill(kiosk, signal.SIGKILL)
        else:
            session.proc.send_signal(signal.SIGABRT)  # WatchdogSignal, to the main process (KillMode=mixed)
        session.proc.wait(timeout=30)
        assert not Path(f"/proc/{kiosk}").exists() or "zombie" in Path(f"/proc/{kiosk}/status").read_text()
    finally:
        stop_session(session)


def test_the_on_screen_keyboard_types_inside_the_kiosk_window(user: KioskUser, base: Path) -> None:
    """Under X the keyboard is a window of its own; cage would give such a window the whole screen
    and the focus (hiding the keyboard at once), so under Wayland the kiosk window holds it."""
    probe = base / "probe.py"
    shutil.copy(ROOT / "tests/gui/_keyboard_cage_probe.py", probe)
    shutil.copy(ROOT / "tests/gui/_probe_wait.py", base / "_probe_wait.py")
    for script in (probe, base / "_probe_wait.py"):
        script.chmod(0o644)
    # The session script's own environment for Qt, with the probe in place of main.py.
    env = {"QT_QPA_PLATFORM": "wayland", "QT_IM_MODULE": "qtvirtualkeyboard", "MFC_KIOSK_SESSION": "cage",
           "QT_WAYLAND_DISABLE_WINDOWDECORATION": "1"}
    session = start_session(user, base, ["cage", "-d", "--", user.python, str(probe)], env=env)
    try:
        session.proc.wait(timeout=180)
    finally:
        stop_session(session)
    out = session.output()
    line = next((ln for ln in out.splitlines() if ln.startswith("{")), None)
    assert line, out[-3000:]
    result = json.loads(line)
    assert result.pop("ru").lower() == "й"  # the Russian layout (the session starts in Russian)
    assert result.pop("en").lower() == "йq"  # then the English one, after the switch
    assert result == {"keyboard_in_kiosk_window": True, "keyboard_at_bottom": True, "keyboard_full_width": True,
                      "visible_windows": 1, "focus_kept": True, "pointer_hidden": True}
