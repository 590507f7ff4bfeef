"""The kiosk session (deploy/mfc-kiosk-session) under cage, the Wayland kiosk compositor, with
cage's headless backend: the kiosk runs alone, full screen, as an unprivileged user, tells systemd
when Home is up, and when it dies the session ends (so systemd's Restart=always starts it again).

As root (CI) the session runs as a test user (cage refuses root); tests/gui/_cage.py finds or
copies a Python and packages that user can read.  The screenshots are taken with the picture
turned a quarter (a portrait kiosk, MFC_KIOSK_ROTATE=90): unturned, cage 0.1.4 hands a full-screen
window's buffer straight to its output (scan-out), and grim then receives cage's last composed
frame, not what is shown.  cage 0.1.4 has no protocol to inject keys, so the escape shortcuts
are sent with cage nested in sway, through sway's virtual keyboard (tests/gui/_wayland_keys.py
says how and why).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.gui._cage import ROOT, KioskUser, Session, kiosk_user, public_dir, start_session, stop_session
from tests.gui._wayland_keys import Sway, VirtualKeyboard

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def user() -> Iterator[KioskUser]:
    for tool in ("cage", "Xwayland", "grim", "setpriv", "sway"):
        assert shutil.which(tool), f"{tool} is missing: scripts/setup.sh installs cage, xwayland, grim and sway"
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


# What people try on a kiosk to reach a desktop, a window menu, another console or another window.
ESCAPE_ATTEMPTS = ["Alt_L+F4", "Control_L+w", "Control_L+q", "Escape", "F11", "Alt_L+Tab", "Super_L", "Super_L+d",
                   "Control_L+Alt_L+F2", "Control_L+Alt_L+BackSpace", "Alt_L+space"]


def _screen(session: Session, folder: Path, what: str = "") -> bytes:
    from PySide6.QtGui import QImage

    assert session.proc.poll() is None, f"the session ended ({what}): {session.output()[-2000:]}"
    session.screenshot(folder / "screen.png")
    image = QImage(str(folder / "screen.png")).convertToFormat(QImage.Format.Format_RGB32)
    assert (image.width(), image.height()) == (720, 1280)  # the whole (turned) output
    black = [(x, y) for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)
             if image.pixelColor(x, y).rgb() & 0xFFFFFF == 0]
    assert black == [], f"{len(black)} black points: the kiosk does not cover the screen"
    return bytes(image.copy(0, 0, 720, 96).constBits())  # the title bar: which screen is shown


def _wait_for_screen(session: Session, folder: Path, wanted: Callable[[bytes], bool], what: str) -> bytes:
    deadline = time.monotonic() + 20
    while True:
        screen = _screen(session, folder, f"waiting for {what}")
        if wanted(screen):
            return screen
        assert time.monotonic() < deadline, f"not {what} within 20 s"
        time.sleep(0.2)  # a process outside this test draws: look again


def _children(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/task/{pid}/children").read_text().split()


def test_no_key_combination_leaves_the_kiosk(user: KioskUser, base: Path, tmp_path: Path) -> None:
    """Each escape attempt goes through cage's keyboard code to the kiosk; after each, the session
    and the kiosk run on, the kiosk is still cage's one client and covers the screen, and it still
    takes keys: Return on a Home tile opens that tile's screen and Escape brings Home back (which
    also shows the attempt was handled, the keys being handled in order).  Inside the kiosk keys
    may move the focus (Alt+Tab does, as Tab): which tile opens does not matter.

    Ctrl+Alt+F2 reaches cage as XF86Switch_VT_2 (a probe window showed it arrive, unswallowed);
    nested in sway, cage has no console to switch to even with -s, so what keeps a kiosk on its
    console is checked as it is: cage runs without -s."""
    sway = Sway(user, base)
    session = start_session(user, base, [_session_script(user)],
                            env={"MFC_KIOSK_PYTHON": user.python, "MFC_KIOSK_ROTATE": "90",
                                 "WLR_BACKENDS": "wayland", "WAYLAND_DISPLAY": sway.socket})
    keyboard = None
    try:
        session.notifications.wait_for("READY=1", 120, session.proc)
        kiosk = session.kiosk_pid()
        cage = int(Path(f"/proc/{kiosk}/stat").read_text().rsplit(")", 1)[1].split()[1])
        assert Path(f"/proc/{cage}/comm").read_text().strip() == "cage"
        assert "-s" not in Path(f"/proc/{cage}/cmdline").read_text().split("\0")  # no console switching
        keyboard = VirtualKeyboard(sway.socket)
        start = _screen(session, tmp_path)
        keyboard.press("Tab")
        keyboard.press("Return")
        _wait_for_screen(session, tmp_path, lambda screen: screen != start, "a screen other than Home after Tab, Return")
        keyboard.press("Escape")
        shown: list[bytes] = []

        def steady(screen: bytes) -> bool:  # the same twice in a row (the status badge comes late)
            shown.append(screen)
            return shown[-2:-1] == [screen]

        home = _wait_for_screen(session, tmp_path, steady, "a steady Home")
        for attempt in ESCAPE_ATTEMPTS:
            keyboard.press(attempt)
            keyboard.press("Escape")  # back Home, had the attempt opened something in the kiosk
            _wait_for_screen(session, tmp_path, lambda screen: screen == home, f"Home after {attempt}")
            keyboard.press("Return")
            _wait_for_screen(session, tmp_path, lambda screen: screen != home, f"a screen other than Home after {attempt}")
            keyboard.press("Escape")
            _wait_for_screen(session, tmp_path, lambda screen: screen == home, f"Home again after {attempt}")
            assert session.proc.poll() is None, attempt
            assert session.kiosk_pid() == kiosk, attempt  # the same kiosk, cage's one and only child
            assert _children(kiosk) == [], attempt  # nothing started from the kiosk
    finally:
        if keyboard is not None:
            keyboard.close()
        stop_session(session)
        sway.stop()
    assert session.proc.returncode == 0, session.output()
