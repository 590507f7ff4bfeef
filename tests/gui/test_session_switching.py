"""Switching language, contrast and text size again and again: memory and Qt objects stay flat,
and the event loop keeps turning (issue 15, finding 5: every RU/EN switch kept ≈ 190 KB for good)."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QEvent, QMetaObject, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.ui import theme

SWITCHES = 500
# Restyling every citizen screen takes ~0.4 s here (Qt re-polishes each widget): fewer restyles
# show the same, as they create nothing that a leak could keep.
RESTYLES = 16
RSS_SLACK_KIB = 4 * 1024  # the old translator leak: ≈ 190 KB a switch, ≈ 95 MB over 500


def rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))


def qt_objects(window) -> dict[str, int]:
    """What a leak of Qt objects would change: the application's children (translators are
    parented there), every widget, and everything under the kiosk window."""
    app = QApplication.instance()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return {"app_children": len(app.children()), "widgets": len(QApplication.allWidgets()),
            "window_objects": len(window.findChildren(QObject))}


class LoopTurns:
    """Counts turns of the event loop: a zero-interval timer fires once per turn."""

    def __init__(self) -> None:
        self.turns = 0
        self.timer = QTimer()
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._turn)
        self.timer.start()

    def _turn(self) -> None:
        self.turns += 1


def build_screens(window, *, staff: bool = True) -> None:
    """Every registered screen exists (``staff``: the console's too), so each switch re-translates
    or restyles all of them."""
    from kiosk.ui.console.controller import is_console

    for spec in window.registry.specs():
        if staff or not is_console(spec.screen_id):
            window.screen(spec.screen_id)


def switch_repeatedly(window, qtbot, count: int, switch, shown) -> None:
    """``switch()`` ``count`` times; after each, the event loop turns and ``shown()`` (what a
    citizen sees of the new state) holds within a bound of two seconds.  A switch that froze the
    screen (the reported 70 s without a redraw) fails here."""
    loop = LoopTurns()
    try:
        for _ in range(count):
            before = loop.turns
            switch()
            qtbot.waitUntil(lambda b=before: loop.turns > b + 1 and shown(), timeout=2000)
    finally:
        loop.timer.stop()


def assert_flat(window, qtbot, count: int, switch, shown) -> None:
    switch_repeatedly(window, qtbot, 4, switch, shown)  # both catalogues and both looks loaded once
    gc.collect()
    objects, memory = qt_objects(window), rss_kib()
    switch_repeatedly(window, qtbot, count, switch, shown)
    gc.collect()
    grown = rss_kib() - memory
    assert grown < RSS_SLACK_KIB, f"RSS grew by {grown} KiB over {count} switches"
    assert qt_objects(window) == objects


def test_language_switches_keep_memory_flat_and_the_screen_answering(window, qtbot):
    build_screens(window)
    window.go("accessibility")
    heading = window.current_screen().size_group.heading
    texts = {"en": ("Accessibility", "Text size"), "ru": ("Специальные возможности", "Размер текста")}

    def shown() -> bool:  # the title bar and a screen's own text are in the language just chosen
        return (window.title_label.text(), heading.text()) == texts[window.session.language]

    assert_flat(window, qtbot, SWITCHES, window.language_button.click, shown)
    assert window.translations.language == window.session.language


@pytest.mark.parametrize("what", ["contrast", "text_size"])
def test_contrast_and_text_size_switches_keep_memory_flat(window, qtbot, what):
    build_screens(window, staff=False)
    window.go("accessibility")
    screen = window.current_screen()
    session = window.session
    if what == "contrast":
        def switch() -> None:
            (screen.contrast_off if session.high_contrast else screen.contrast_on).click()
    else:
        def switch() -> None:
            screen.size_buttons[100 if session.font_scale == 200 else 200].click()

    def shown() -> bool:
        return QApplication.instance().styleSheet() == theme.style_sheet(session.theme, session.font_scale)

    assert_flat(window, qtbot, RESTYLES, switch, shown)


def restyles(qtbot, window, taps) -> int:
    """How many times the application was restyled while ``taps`` (buttons) were tapped in one
    burst, as taps queued while the kiosk is busy arrive together."""
    count = 0

    class Counter(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
            nonlocal count
            if event.type() == QEvent.Type.StyleChange:
                count += 1
            return False

    counter = Counter()
    window.title_label.installEventFilter(counter)
    loop = LoopTurns()
    try:
        for button in taps:
            QMetaObject.invokeMethod(button, "click", Qt.ConnectionType.QueuedConnection)
        qtbot.waitUntil(lambda: loop.turns > 3)
    finally:
        loop.timer.stop()
        window.title_label.removeEventFilter(counter)
    return count


def test_a_burst_of_contrast_taps_restyles_the_kiosk_once(window, qtbot):
    window.go("accessibility")
    screen = window.current_screen()
    one = restyles(qtbot, window, [screen.contrast_on])
    assert one > 0 and QApplication.instance().styleSheet() == theme.style_sheet("contrast", 100)
    # 21 taps arriving together cost what one tap costs, and the last one wins
    assert restyles(qtbot, window, [screen.contrast_off, screen.contrast_on] * 10 + [screen.contrast_off]) == one
    assert not window.session.high_contrast and screen.contrast_off.isChecked()
    assert QApplication.instance().styleSheet() == theme.style_sheet("normal", 100)
    # taps that cancel each other out: nothing to redo
    assert restyles(qtbot, window, [screen.contrast_on, screen.contrast_off] * 5) == 0
    assert QApplication.instance().styleSheet() == theme.style_sheet("normal", 100)
