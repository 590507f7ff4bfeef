"""The accessibility walk: every screen, both themes, both languages, three resolutions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from .conftest import show_screen

INTERACTIVE = (QAbstractButton, QLineEdit)


def luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_contrast_formula():
    assert contrast(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#FFFFFF")) == pytest.approx(4.48, abs=0.01)


def colours(widget: QWidget) -> tuple[QColor, QColor]:
    """Text colour and the colour behind it, as the style sheet set them in the palettes."""
    pal = widget.palette()
    if isinstance(widget, QAbstractButton):
        return pal.color(QPalette.ColorRole.ButtonText), pal.color(QPalette.ColorRole.Button)
    if isinstance(widget, QLineEdit):
        return pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base)
    fg = pal.color(widget.foregroundRole())
    bg_widget = widget
    while bg_widget is not None:
        bg = bg_widget.palette().color(bg_widget.backgroundRole())
        if bg.alpha() == 255 and bg_widget is not widget or (bg_widget is widget and widget.property("role") in ("status", "success", "error", "badge")):
            return fg, bg
        bg_widget = bg_widget.parentWidget()
    return fg, QColor("#FFFFFF")


def walk(window, screen_id, qtbot):
    show_screen(window, screen_id, qtbot)
    for widget in window.findChildren(QWidget):
        if widget.isVisibleTo(window) and not window.overlay.isAncestorOf(widget):
            yield widget


@pytest.mark.parametrize("theme", ["normal", "contrast"])
@pytest.mark.parametrize("language", ["ru", "en"])
def test_names_targets_contrast(window, qtbot, theme, language):
    window.session.set_high_contrast(theme == "contrast")
    window.session.set_language(language)
    for spec in window.registry.specs():
        for widget in walk(window, spec.screen_id, qtbot):
            where = (spec.screen_id, widget.objectName(), type(widget).__name__)
            if isinstance(widget, INTERACTIVE) and widget.focusPolicy():
                assert widget.accessibleName(), where
                assert widget.width() >= 64 and widget.height() >= 64, (where, widget.size())
            if isinstance(widget, (QLabel, QAbstractButton)) and widget.text().strip():
                fg, bg = colours(widget)
                ratio = contrast(fg, bg)
                assert ratio >= 4.5, (where, widget.text(), fg.name(), bg.name(), round(ratio, 2))


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1280, 1024)])
@pytest.mark.parametrize("scale", [100, 200])
def test_layouts_hold(make_window, qtbot, size, scale):
    window = make_window(size=size)
    window.session.set_font_scale(scale)
    for language in ("ru", "en"):
        window.session.set_language(language)
        for spec in window.registry.specs():
            widgets = list(walk(window, spec.screen_id, qtbot))
            for widget in widgets:
                where = (spec.screen_id, language, widget.objectName(), type(widget).__name__)
                if isinstance(widget, QLabel) and widget.text():
                    if widget.wordWrap():
                        assert widget.heightForWidth(widget.width()) <= widget.height() + 1, where
                    else:
                        hint = widget.sizeHint()
                        assert hint.width() <= widget.width() + 1 and hint.height() <= widget.height() + 1, where
                if isinstance(widget, QAbstractButton) and widget.text():
                    assert widget.sizeHint().width() <= widget.width() + 1, (where, widget.text())
            assert_no_overlap(widgets)


def assert_no_overlap(widgets):
    by_parent: dict[int, list[QWidget]] = {}
    for w in widgets:
        if w.parentWidget() is not None and not w.isWindow():
            by_parent.setdefault(id(w.parentWidget()), []).append(w)
    for siblings in by_parent.values():
        siblings = [w for w in siblings if type(w.parentWidget()).__name__ not in ("QStackedWidget", "QScrollArea")
                    and w.objectName() not in ("qt_scrollarea_viewport", "qt_scrollarea_vcontainer",
                                               "qt_scrollarea_hcontainer")]
        for i, a in enumerate(siblings):
            for b in siblings[i + 1:]:
                inter: QRect = a.geometry().intersected(b.geometry())
                assert inter.isEmpty(), (a.objectName() or type(a).__name__, b.objectName() or type(b).__name__)
