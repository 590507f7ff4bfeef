"""At 200 % text nothing is cut off: in every screen state, in the three window sizes, in both
languages (issue 17, finding 2).  The check itself (kiosk.ui.clipping) is tested first."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.clipping import find_clipped
from kiosk.ui.layouts import ReflowRow
from kiosk.ui.screenshots import SIZES, clipped_texts, each_state, set_look
from kiosk.ui.session import LANGUAGES
from kiosk.ui.widgets import ButtonRow, CodeLabel, KioskButton, WrapLabel

from .conftest import settle

NUMBER = "C4PK-7N2D-8WQR"


def _shown(qtbot, widget: QWidget, width: int, height: int) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot)
    return widget


def _names(top: QWidget) -> set[str]:
    return {clip.widget.objectName() for clip in find_clipped(top)}


def test_the_check_finds_text_that_does_not_fit(qtbot):
    top = QWidget()
    short = QLabel("A label far too long for forty pixels", top)
    short.setObjectName("narrow-label")
    short.setGeometry(0, 0, 40, 40)
    word = WrapLabel("Государственные", parent=top)  # one word, wider than its label
    word.setObjectName("long-word")
    word.setGeometry(0, 50, 60, 200)
    lines = WrapLabel("many words that wrap onto several lines " * 3, parent=top)
    lines.setObjectName("too-short")
    lines.setGeometry(0, 260, 200, 30)
    button = QPushButton("Find appointments for another policy", top)
    button.setObjectName("narrow-button")
    button.setGeometry(0, 300, 80, 64)
    elided = QLabel("Специальны…", top)
    elided.setAccessibleName("Специальные возможности")
    elided.setObjectName("elided")
    elided.setGeometry(0, 370, 400, 40)
    outside = QLabel("Half out", top)
    outside.setObjectName("outside")
    outside.setGeometry(450, 420, 200, 40)
    fits = WrapLabel("Fits", parent=top)
    fits.setObjectName("fits")
    fits.setGeometry(0, 420, 200, 60)
    menu = QPushButton("Restore…", top)  # an ellipsis that announces a question, not a cut
    menu.setAccessibleName("Restore the database from a backup")
    menu.setObjectName("menu-ellipsis")
    menu.setGeometry(0, 490, 400, 64)
    _shown(qtbot, top, 500, 600)
    assert _names(top) == {"narrow-label", "long-word", "too-short", "narrow-button", "elided", "outside"}


def test_the_check_reports_a_window_that_cannot_be_as_small_as_asked(make_window, qtbot):
    window = make_window((1280, 1024))
    too_wide = QLabel("x" * 400)  # one line, no wrap: the window cannot get narrower than it
    window.layout().addWidget(too_wide)
    problems = clipped_texts(window, (1080, 1920))
    assert problems and problems[0].startswith("the window cannot be 1080x1920")


def test_a_receipt_number_wraps_at_group_boundaries_and_stays_whole(qtbot):
    holder = QWidget()
    box = QVBoxLayout(holder)
    number = CodeLabel(NUMBER)
    number.setObjectName("number")
    number.setStyleSheet("font-size: 96px; font-weight: bold;")
    box.addWidget(number)
    box.addStretch(1)
    _shown(qtbot, holder, 600, 600)
    assert number.text() == NUMBER  # what tests, speech and printing use
    assert number.height() > 2 * number.fontMetrics().height()  # on three lines, not cut
    assert not find_clipped(holder)
    plain = WrapLabel(NUMBER)  # the same number as ordinary text is one word: it cannot wrap
    plain.setStyleSheet("font-size: 96px; font-weight: bold;")
    assert plain.minimumSizeHint().width() > 600 > number.minimumSizeHint().width()


def test_a_long_button_caption_wraps_instead_of_being_cut(qtbot):
    row = ButtonRow()
    button = row.add("Long")
    button.setText("Найти записи по другому полису " * 2)
    one_line = button.sizeHint()
    _shown(qtbot, row, one_line.width() // 2, 400)
    assert button.width() <= row.width() and button.height() > one_line.height()
    assert not find_clipped(row)
    assert button.heightForWidth(one_line.width()) == one_line.height()  # roomy: unchanged


def test_a_row_stacks_when_its_items_do_not_fit_side_by_side(qtbot):
    holder = QWidget()
    row = ReflowRow(holder, spacing=24)
    heading = WrapLabel("Записи по полису (ЕНП) ••••5749", role="heading")
    button = KioskButton("Найти записи по другому полису")
    row.addWidget(heading, 1)
    row.addWidget(button)
    _shown(qtbot, holder, heading.sizeHint().width() + button.sizeHint().width() + 100, 300)
    assert button.x() > heading.geometry().right()  # room enough: side by side
    holder.resize(button.sizeHint().width() + 60, 300)
    settle(qtbot)
    assert button.y() >= heading.geometry().bottom()  # one above the other, the heading not squeezed
    assert heading.width() > button.width() - 10
    assert not find_clipped(holder)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_nothing_is_cut_at_200_percent_in_any_screen_state(make_window, qtbot, size):
    window = make_window(size)
    window.idle.stop()
    started = time.monotonic()
    set_look(window, size, 200)
    problems: list[str] = []
    states = 0
    for language in LANGUAGES:
        window.session.set_language(language)
        for screen_id, suffix in each_state(window, window.registry):
            states += 1
            name = "-".join(p for p in (screen_id, suffix, language) if p)
            problems += [f"{name}: {problem}" for problem in clipped_texts(window, size)]
    assert states >= 2 * 60  # every state of every screen, and the idle warning, in each language
    assert window.size() == QSize(*size)
    assert not problems, "text cut off at 200 %:\n" + "\n".join(problems)
    assert time.monotonic() - started < 60
