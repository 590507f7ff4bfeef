"""``--screenshots DIR``: every registered screen in RU/EN, normal/contrast, as PNG files."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from .screens.registry import Registry
from .session import LANGUAGES
from .shell import HOME, KioskWindow
from .tasks import TaskRunner
from .theme import THEMES

log = logging.getLogger(__name__)

LANDSCAPE = (1920, 1080)
VARIANTS = {"portrait": ((1080, 1920), 100), "200": (LANDSCAPE, 200), "1280": ((1280, 1024), 100)}


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


def _save(window: KioskWindow, path: Path) -> None:
    if not window.grab().save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")


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
    try:
        for theme in THEMES:
            session.set_high_contrast(theme == "contrast")
            for language in LANGUAGES:
                session.set_language(language)
                for spec in registry.specs():
                    for suffix, prepare in spec.screenshot_states:
                        window.home()
                        window.go(spec.screen_id)
                        screen = window.current_screen()
                        if prepare is not None:
                            prepare(screen)
                        _wait(screen.is_ready, what=f"screen {spec.screen_id}")
                        name = "-".join(p for p in (spec.screen_id, language, theme, suffix) if p)
                        _save(window, out_dir / f"{name}.png")
                        screen.reset()
                        count += 1
                    window.idle.stop()
                    window.hide_idle_warning()
                # variants of Home: portrait, 200 % text, 1280x1024
                for variant, (size, scale) in VARIANTS.items():
                    window.home()
                    session.set_font_scale(scale)
                    window.resize(*size)
                    _wait(window.current_screen().is_ready, what="home")
                    _save(window, out_dir / f"{HOME}-{language}-{theme}-{variant}.png")
                    count += 1
                session.set_font_scale(100)
                window.resize(*LANDSCAPE)
                # the idle warning over Home
                window.home()
                window.overlay.show_countdown(window.idle.warning_s)
                _wait(lambda: True)
                _save(window, out_dir / f"idle-{language}-{theme}.png")
                window.hide_idle_warning()
                count += 1
    finally:
        window.shutdown()
        window.close()
    log.info("%d screenshots written to %s", count, out_dir)
    print(f"{count} screenshots written to {out_dir}")
    return 0
