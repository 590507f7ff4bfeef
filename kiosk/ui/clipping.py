"""Find text a visitor cannot read whole: labels, buttons and fields whose text needs more room
than they were given, text elided with "…", and widgets cut off by a parent.

Used by the tests (every screen state at 200 % text) and by ``--screenshots`` (a report beside the
pictures).  It measures with the widgets' own fonts and style, so it sees what the screen shows.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import Qt as QtGuiNs
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

SLACK = 1  # px: rounding in Qt's own measurements
ELLIPSIS = "…"


class Clip(NamedTuple):
    """One widget whose text does not show whole."""

    widget: QWidget
    text: str
    why: str  # e.g. "needs 412x40, has 300x40"

    def describe(self) -> str:
        name = self.widget.objectName() or type(self.widget).__name__
        owner = self.widget.parentWidget()
        while owner is not None and not owner.objectName():
            owner = owner.parentWidget()
        where = f" in {owner.objectName()}" if owner is not None else ""
        return f"{name}{where}: {self.text[:60]!r} {self.why}"


def _plain(label: QLabel) -> str:
    text = QLabel.text(label)  # what Qt draws (a subclass may return something else)
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and QtGuiNs.mightBeRichText(text)):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _label_clip(label: QLabel) -> str:
    text = _plain(label)
    if not text.strip():
        return ""
    if label.wordWrap():
        # the longest word must fit the width, and the wrapped text the height
        inner = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.TextFlag.TextExpandTabs)
        box = label.fontMetrics().boundingRect(QRect(0, 0, max(inner.width(), 1), 1_000_000), flags, text)
        if box.width() > inner.width() + SLACK:
            return f"has a word {box.width()} px wide in {inner.width()} px"
        need_h = QLabel.heightForWidth(label, label.width())
        if need_h > label.height() + SLACK:
            return f"needs {need_h} px of height, has {label.height()}"
        return ""
    need = QLabel.sizeHint(label)
    if need.width() > label.width() + SLACK or need.height() > label.height() + SLACK:
        return f"needs {need.width()}x{need.height()}, has {label.width()}x{label.height()}"
    return ""


def _button_clip(button: QAbstractButton) -> str:
    text = button.text()
    if not text.strip():
        return ""  # a button drawing its caption with child labels: the labels are checked
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        option.initFrom(button)
        option.text = text
        option.icon = button.icon()
        option.iconSize = button.iconSize()
        room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    else:  # a check box or radio button: the style knows where its text goes
        room = button.contentsRect()
    flags = int(Qt.TextFlag.TextShowMnemonic)
    if button.hasHeightForWidth():  # a button that wraps its caption (widgets.KioskButton)
        flags |= int(Qt.TextFlag.TextWordWrap)
    need = button.fontMetrics().boundingRect(QRect(0, 0, max(1, room.width()), 1_000_000), flags, text).size()
    if not button.icon().isNull():
        need.setWidth(need.width() + button.iconSize().width() + 4)
    if need.width() > room.width() + SLACK or need.height() > room.height() + SLACK:
        return f"text needs {need.width()}x{need.height()}, has {room.width()}x{room.height()}"
    return ""


def _line_edit_clip(edit: QLineEdit) -> str:
    """A read-only field's text, or an empty field's placeholder, that is wider than the field
    (what a visitor types may scroll: the cursor shows where they are)."""
    text = edit.placeholderText() if not edit.text() else edit.text() if edit.isReadOnly() else ""
    if not text:
        return ""
    margins = edit.textMargins()
    room = edit.contentsRect().width() - margins.left() - margins.right() - 4  # QLineEdit's own 2 px a side
    need = edit.fontMetrics().horizontalAdvance(text)
    if need > room + SLACK:
        return f"text needs {need} px, has {room}"
    return ""


def _elided(widget: QWidget, text: str) -> str:
    """Text cut off with "…" in the middle of a word of its full text (the accessible name or the
    tool tip); "Restore…" before "Restore from backup" is a menu convention, not a cut."""
    stripped = text.rstrip()
    if not stripped.endswith(ELLIPSIS):
        return ""
    head = stripped[:-1].rstrip()
    for full in (widget.accessibleName(), widget.toolTip()):
        if head and len(full) > len(head) and full.startswith(head) and full[len(head)].isalnum():
            return f"elided (full text {full[:60]!r})"
    return ""


def _cut_by_parent(widget: QWidget, top: QWidget) -> str:
    """Part of the widget lies outside a parent (a scroll area's content may run on downwards)."""
    rect = QRect(widget.rect())
    child: QWidget = widget
    parent = widget.parentWidget()
    vertical = True
    while parent is not None:
        rect.translate(child.pos())
        bounds = parent.rect()
        scrolls = isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport()  # type: ignore[union-attr]
        if scrolls:
            vertical = False  # below this, content scrolls into view
        if rect.left() < bounds.left() - SLACK or rect.right() > bounds.right() + SLACK:
            return f"cut at the sides by {parent.objectName() or type(parent).__name__}"
        if vertical and (rect.top() < bounds.top() - SLACK or rect.bottom() > bounds.bottom() + SLACK):
            return f"cut at the top or bottom by {parent.objectName() or type(parent).__name__}"
        if parent is top:
            break
        child, parent = parent, parent.parentWidget()
    return ""


def find_clipped(top: QWidget) -> list[Clip]:
    """Every widget shown inside ``top`` whose text does not show whole."""
    found: list[Clip] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if widget.pixmap() is not None and not widget.pixmap().isNull():
                continue
            text, why = _plain(widget), _label_clip(widget)
        elif isinstance(widget, QAbstractButton):
            text, why = widget.text(), _button_clip(widget)
        elif isinstance(widget, QLineEdit):
            text, why = widget.text() or widget.placeholderText(), _line_edit_clip(widget)
        else:
            continue
        if not text.strip():
            continue
        why = why or _elided(widget, text) or _cut_by_parent(widget, top)
        if why:
            found.append(Clip(widget, text, why))
    return found
