"""``--screenshots DIR``: every screen state in RU/EN at 100 % and 200 % text in the three window
sizes (normal theme; the high-contrast theme at 1920x1080), as PNG files, and ``clipped.txt``
listing any text that does not show whole (:mod:`kiosk.ui.clipping`)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from .clipping import find_clipped
from .screens.registry import Registry
from .session import LANGUAGES
from .shell import KioskWindow
from .tasks import TaskRunner
from .theme import THEMES

log = logging.getLogger(__name__)

LANDSCAPE = (1920, 1080)
SIZES = (LANDSCAPE, (1080, 1920), (1280, 1024))  # the kiosk stands, the desk monitor, the wide screen
SCALES = (100, 200)
IDLE = "idle"  # the idle warning over Home, a state of its own


class ScreenshotTimeout(RuntimeError):
    """A screen did not become ready in time."""


def _wait(condition: Callable[[], bool], timeout_s: float = 20.0, what: str = "") -> None:
    app = QApplication.instance()
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise ScreenshotTimeout(f"timed out waiting for {what}")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    settle()


def settle() -> None:
    """Run posted events (layout requests, style changes) until nothing is left to do."""
    app = QApplication.instance()
    for _ in range(10):
        app.sendPostedEvents()
        app.processEvents()


def variant_name(size: tuple[int, int], scale: int) -> str:
    """The file-name tag of a window size and text scale ("" for 1920x1080 at 100 %)."""
    parts = [] if size == LANDSCAPE else [f"{size[0]}x{size[1]}"]
    if scale != 100:
        parts.append(str(scale))
    return "-".join(parts)


def set_look(window: KioskWindow, size: tuple[int, int], scale: int) -> None:
    """Resize the window and set the text scale, and let the layouts follow."""
    window.session.set_font_scale(scale)
    window.resize(*size)
    settle()


def each_state(window: KioskWindow, registry: Registry) -> Iterator[tuple[str, str]]:
    """Put the window into every screenshot state of every screen in turn, then the idle warning;
    yields ``(screen_id, state suffix)`` while the state is on screen."""
    for spec in registry.specs():
        for suffix, prepare in spec.screenshot_states:
            window.home()
            window.go(spec.screen_id)
            screen = window.current_screen()
            if prepare is not None:
                prepare(screen)
            _wait(screen.is_ready, what=f"screen {spec.screen_id}")
            yield spec.screen_id, suffix
            screen.reset()
        window.idle.stop()
        window.hide_idle_warning()
    window.home()
    window.overlay.show_countdown(window.idle.warning_s)
    settle()
    yield IDLE, ""
    window.hide_idle_warning()


def clipped_texts(window: KioskWindow, size: tuple[int, int]) -> list[str]:
    """What does not show whole in the window's current state at ``size``: texts cut off, and
    content too wide for the window (the window then cannot be that small)."""
    window.resize(*size)
    settle()
    found = [clip.describe() for clip in find_clipped(window)]
    if window.size().toTuple() != size:
        found.insert(0, f"the window cannot be {size[0]}x{size[1]}: its content needs {window.width()}x{window.height()}")
    return found


def _write(image: QImage, path: Path) -> None:
    if not image.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")


class _Writer:
    """Compresses and writes the pictures on two worker threads (most of the run's time is PNG
    compression; a QImage, unlike a widget, may be used off the GUI thread)."""

    def __init__(self) -> None:
        self.pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="screenshot-png")
        self.pending: list[Future[None]] = []

    def save(self, window: KioskWindow, path: Path) -> None:
        self.pending.append(self.pool.submit(_write, window.grab().toImage(), path))
        if len(self.pending) > 8:  # bounded: a few pictures in memory at a time
            self.pending.pop(0).result()

    def finish(self) -> None:
        try:
            for future in self.pending:
                future.result()  # raises the first failure
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)


def render_all(tasks: TaskRunner, registry: Registry, out_dir: Path) -> int:
    """Render and save; returns 0 (raises on failure)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    window = KioskWindow(tasks, registry, kiosk_mode=False, tts_engine="")
    window.idle.stop()
    window.resize(*LANDSCAPE)
    window.show()
    _wait(lambda: window.status.opened or window.status.failed, what="the local store")
    session = window.session
    count = 0
    report: list[str] = []
    writer = _Writer()
    try:
        for theme in THEMES:
            session.set_high_contrast(theme == "contrast")
            looks = [(size, scale) for size in SIZES for scale in SCALES] if theme == "normal" else [(LANDSCAPE, 100)]
            for size, scale in looks:
                set_look(window, size, scale)
                for language in LANGUAGES:
                    session.set_language(language)
                    for screen_id, suffix in each_state(window, registry):
                        name = "-".join(p for p in (screen_id, language, theme, suffix, variant_name(size, scale)) if p)
                        writer.save(window, out_dir / f"{name}.png")
                        report += [f"{name}: {problem}" for problem in clipped_texts(window, size)]
                        count += 1
        writer.finish()
    finally:
        writer.pool.shutdown(wait=True, cancel_futures=True)
        set_look(window, LANDSCAPE, 100)
        window.shutdown()
        window.close()
    (out_dir / "clipped.txt").write_text("".join(f"{line}\n" for line in report), encoding="utf-8")
    log.info("%d screenshots written to %s; %d clipped texts", count, out_dir, len(report))
    print(f"{count} screenshots written to {out_dir}; text that does not show whole: {len(report)}"
          + (" (see clipped.txt)" if report else ""))
    return 0
