"""Scroll pages show a scroll bar only when their content does not fit, and never clip it."""

from __future__ import annotations

import pytest

from kiosk.ui.widgets import ScrollPage, WrapLabel

from .conftest import settle

TEXT = ("Заявление можно подать в любом офисе МФЦ региона; с собой нужны паспорт и СНИЛС. " * 3).strip()


@pytest.mark.parametrize("screen_id", ["application_review", "receipt"])
def test_a_page_that_fits_has_no_scroll_bar(window, qtbot, screen_id):
    # These pages hold cards of word-wrapped text: measured at their narrowest width they are taller
    # than the screen, which used to put a scroll bar on them at 1920x1080 although they fit.
    window.go(screen_id)
    screen = window.current_screen()
    for _suffix, prepare in window.registry.get(screen_id).screenshot_states[:1]:
        if prepare is not None:
            prepare(screen)
    qtbot.waitUntil(screen.is_ready)
    settle(qtbot)
    page = screen.page
    needed = page.content.layout().totalHeightForWidth(page.viewport().width())
    assert needed <= page.viewport().height()
    assert not page.verticalScrollBar().isVisible()


def test_a_page_that_does_not_fit_scrolls_without_clipping(window, qtbot):
    page = ScrollPage()
    qtbot.addWidget(page)
    for _ in range(30):
        page.body.addWidget(WrapLabel(TEXT))
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot)
    bar = page.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0
    assert page.content.height() >= page.content.layout().totalHeightForWidth(page.viewport().width())
    assert bar.width() >= 64  # wide enough to drag with a finger (the style sheet of the window fixture)
