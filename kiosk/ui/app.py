"""Start the kiosk GUI: ``run_gui(args, db_path)`` is called by ``kiosk.cli``.

Start-up stays light: Qt modules that the Home screen does not need (TextToSpeech, PrintSupport)
are imported only when used, the store is opened on the database worker once the first frame
is painted, and the cyclic garbage collector (paused by ``kiosk.cli.main``) resumes then too.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from argparse import Namespace
from pathlib import Path

log = logging.getLogger(__name__)

DEFAULT_WINDOW = (1280, 1024)


def _wayland() -> bool:
    """Whether Qt will draw on a Wayland compositor (the kiosk session's cage)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("wayland")
    return bool(os.environ.get("WAYLAND_DISPLAY")) and os.environ.get("XDG_SESSION_TYPE") == "wayland"


def _prepare_environment(screenshots: bool) -> None:
    if screenshots:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # same pictures on any machine, no window shown
    elif os.environ.get("QT_QPA_PLATFORM", "") != "offscreen":
        # The on-screen keyboard: an input panel that follows QLocale::default()
        # (kiosk.ui.i18n sets it to ru_RU or en_US with the language) and the input method hints.
        os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
        if _wayland():
            # Under X the keyboard is a top-level window of its own.  A Wayland client cannot place
            # a window, and a kiosk compositor gives each new window the whole screen and the
            # focus, which hides the keyboard again: the kiosk window holds it instead.
            from .keyboard import EMBED_ENV

            os.environ.setdefault(EMBED_ENV, "1")
    os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "1")


def _display_available() -> bool:
    """Whether Qt can open a window here (a screenshot run needs none: it renders offscreen)."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return True  # the platform was chosen explicitly (offscreen, eglfs, vnc...) or not X11/Wayland
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(args: Namespace, db_path: Path, *, collect_garbage: bool = True,
            started: float | None = None) -> int:
    """Run the kiosk (or the screenshot mode); returns the process exit status.

    The caller may have paused the cyclic garbage collector for the start-up (``kiosk.cli.main``);
    with ``collect_garbage`` it is turned on again once Home is on screen.  ``started`` is the
    ``time.perf_counter()`` of the start, for the log line that says how long Home took.
    """
    started = time.perf_counter() if started is None else started
    if not args.screenshots and not _display_available():
        from kiosk.errors import UsageError

        raise UsageError("no display to show the kiosk on (DISPLAY and WAYLAND_DISPLAY are not set); "
                         "start it in the kiosk's graphical session, or use --screenshots DIR")
    _prepare_environment(bool(args.screenshots))
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from .screens.registry import default_registry
    from .tasks import TaskRunner

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("mfc-kiosk")
    load_demo = not args.no_demo

    def open_store() -> object:  # on the DB worker, which also imports the store's modules
        from kiosk.bootstrap import prepare_store

        return prepare_store(db_path, load_demo=load_demo)

    # The worker starts once Home is on screen: opening the store (imports, checks) would
    # otherwise compete with building and painting Home for the interpreter lock.  Nothing on
    # Home waits for it; screens that need the store show "loading" until it is open.
    tasks = TaskRunner(open_store, start=False)
    registry = default_registry()
    try:
        if args.screenshots:
            from .screenshots import render_all

            if collect_garbage:
                gc.enable()
            tasks.start()
            return render_all(tasks, registry, Path(args.screenshots))

        from .service import ExitOnSigterm, SystemdWatchdog, warn_if_not_a_kiosk_session
        from .shell import KioskWindow

        service = SystemdWatchdog(parent=app)
        service.start()
        stop_on_sigterm = ExitOnSigterm(app)
        window = KioskWindow(tasks, registry, kiosk_mode=not args.windowed)

        def end_start_up() -> None:
            """After the first frame (or the fallback below): the garbage collector resumes,
            skipping what start-up built (gc.freeze), and the worker starts."""
            if collect_garbage and not gc.isenabled():
                gc.freeze()
                gc.enable()
            tasks.start()

        def after_first_frame() -> None:
            shown_ms = (time.perf_counter() - started) * 1000

            def finish() -> None:  # timers fire after the frame is complete
                end_start_up()
                log.info("Home on screen %.0f ms after start; %d start-up objects frozen",
                         shown_ms, gc.get_freeze_count())

            QTimer.singleShot(0, finish)

            def ready() -> None:  # the event loop is turning: Home answers input now
                service.ready()
                if args.quit_when_ready:
                    print("ready", flush=True)  # the start-up benchmark times this line
                    # exit(), not quit(): quit() asks the windows to close, and a kiosk window refuses
                    app.exit(0)
                elif window.keyboard is not None:
                    window.keyboard.preload()  # the keyboard inside the window (Wayland), if any

            QTimer.singleShot(0, ready)

        window.first_frame.connect(after_first_frame)
        if args.windowed:
            window.resize(*(args.size or DEFAULT_WINDOW))
            window.show()
        else:
            # These flags ask for a frameless window above the others; they do not make a kiosk.
            # Under X a window manager's shortcuts and menus still hide, minimise or leave it, and
            # nothing restarts it: a kiosk runs in the kiosk session (cage, deploy/, see
            # docs/deploy-kiosk.md), where this is the only window and nothing else has a shortcut.
            warn_if_not_a_kiosk_session(app.platformName())
            window.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
            # Full screen is a window-manager request; X with no window manager ignores it, so the
            # window also takes the whole screen's geometry itself.
            window.setGeometry(app.primaryScreen().geometry())
            app.setOverrideCursor(Qt.CursorShape.BlankCursor)  # a touch kiosk shows no pointer
            window.showFullScreen()

        def start_sync() -> None:
            # After the first frame: sync (requests, a worker thread) is not needed to show Home.
            from kiosk.ui.sync_bridge.service import SyncService

            service = SyncService(db_path, parent=window)
            window.attach_sync(service)
            service.start()

        QTimer.singleShot(300, start_sync)

        # A window that is never exposed (covered, or a platform that does not paint hidden
        # windows) must still get its store and its garbage collector.
        QTimer.singleShot(2000, end_start_up)
        status = app.exec()
        service.stopping()
        stop_on_sigterm.close()
        window.shutdown()
    finally:
        tasks.shutdown()
    from .console.controller import RESTART_EXIT_CODE, restart_process

    if status == RESTART_EXIT_CODE and not service.supervised:
        # The technician's "restart the app" (audited in the console).  Under systemd the kiosk
        # just ends: the service restarts the whole session (Restart=always).
        restart_process()
    if os.environ.get("QT_IM_MODULE") == "qtvirtualkeyboard":
        # Qt Virtual Keyboard's desktop selection handles crash (SIGSEGV in QWindow::setVisible)
        # when a focus change happens after the event loop ended, which tearing down the widgets
        # does.  Everything is saved and closed by now: leave without running C++ destructors, so
        # the exit status stays the one the kiosk chose.
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    return status
