"""Touch-first building blocks shared by every screen: labels, buttons, button rows, scroll pages."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QKeyEvent, QPaintEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from .layouts import FlowLayout

MIN_TARGET = 64  # px at 1920x1080: touch targets are never smaller


def repolish(widget: QWidget) -> None:
    """Apply the style sheet again: a property its rules select on has changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def set_role(widget: QWidget, role: str) -> None:
    """Tag a widget for the style sheet (``[role="..."]``); re-polished only when the role changes."""
    if widget.property("role") != role:
        widget.setProperty("role", role)
        repolish(widget)


def blank(*labels: QLabel) -> None:
    """Take the text off labels a screen hides when it has nothing to show: a hidden label keeps
    its text (and its accessible name), and a visitor's must not stay behind for the next one."""
    for label in labels:
        label.clear()
        label.setAccessibleName("")


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a field as holding a wrong value (``[invalid="true"]``: a red border in both themes)."""
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        repolish(widget)


class WrapLabel(QLabel):
    """A word-wrapped label that never clips: it asks for the height its text needs."""

    def __init__(self, text: str = "", role: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        if role:
            self.setProperty("role", role)

    def minimumSizeHint(self) -> QSize:
        # As wide as its longest word (narrower cuts the word off) and one line high: layouts
        # then give it heightForWidth(width), so it never clips.
        return QSize(super().minimumSizeHint().width(), self.fontMetrics().height())


GROUP_BREAK = "\u200b"  # zero-width space: a line may break here, nothing is drawn
_JOINTS = re.compile(r"(?<=[-/_.])(?=\w)")


class BreakingLabel(WrapLabel):
    """A word-wrapped label whose long tokens (file paths and names, addresses) may also break
    after ``- / _ .``, so that no token is cut at the side of a narrow screen.  :meth:`text` is
    the text as set; only the drawing has the (invisible) break points."""

    shortest = 20  # tokens shorter than this wrap only at spaces

    def __init__(self, text: str = "", role: str = "", parent: QWidget | None = None) -> None:
        super().__init__("", role, parent)
        self._text = ""
        self.setText(text)

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._text = text
        pattern = re.compile(rf"\S{{{self.shortest},}}")
        super().setText(pattern.sub(lambda m: _JOINTS.sub(GROUP_BREAK, m.group()), text))

    def text(self) -> str:  # type: ignore[override]
        return self._text

    def clear(self) -> None:
        self.setText("")


class CodeLabel(BreakingLabel):
    """A receipt or ticket number, the visitor's key for later: never cut off.  It stays on one
    line while it fits and otherwise wraps after a group's hyphen ("C4PK-7N2D-" / "8WQR")."""

    shortest = 1


class KioskButton(QPushButton):
    """A push button at least 64x64 that Enter/Return activates (physical keypads)."""

    def __init__(self, text: str = "", parent: QWidget | None = None, role: str = "") -> None:
        # Not QPushButton(text, parent): PySide then also tries the (QIcon, text, parent)
        # overload, which sets up QIcon and its enums (~2 ms at start-up) for a button with no icon.
        super().__init__(parent)
        if text:
            self.setText(text)
        self.setMinimumSize(MIN_TARGET, MIN_TARGET)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoDefault(False)
        if role:
            self.setProperty("role", role)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.animateClick()
            event.accept()
            return
        super().keyPressEvent(event)

    # A caption too long for the width wraps between words (200 % text, a narrow screen): the
    # button is then taller, never cut.  Layouts that give a button less than its size hint ask
    # heightForWidth (FlowLayout, ButtonRow, the bottom bar).  Buttons drawing their caption with
    # child labels (Tile, TextButton) have no text of their own and are left alone.
    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _padding(self) -> QSize:
        """What border and padding take around the text (the style sheet's box model)."""
        option = self._option()
        inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        return option.rect.size() - inner.size()

    def _wrapped(self, width: int) -> str:
        """The caption broken into lines that fit ``width`` (Qt's own word wrap)."""
        layout = QTextLayout(self.text(), self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        lines = []
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            lines.append(self.text()[line.textStart():line.textStart() + line.textLength()].strip())
        layout.endLayout()
        return "\n".join(lines)

    def hasHeightForWidth(self) -> bool:
        return bool(self.text())

    def heightForWidth(self, width: int) -> int:
        one_line = super().sizeHint()
        if not self.text() or width >= one_line.width():
            return one_line.height()
        pad = self._padding()
        text = self.fontMetrics().boundingRect(QRect(0, 0, max(1, width - pad.width()), 100_000),
                                               int(Qt.TextFlag.TextWordWrap), self.text())
        return max(one_line.height(), text.height() + pad.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if not self.text():
            return hint
        words = self.fontMetrics().boundingRect(QRect(0, 0, 1, 100_000), int(Qt.TextFlag.TextWordWrap), self.text())
        return QSize(max(MIN_TARGET, words.width() + self._padding().width()), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.text() or self.width() >= super().sizeHint().width():
            super().paintEvent(event)
            return
        option = self._option()
        inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        option.text = self._wrapped(inner.width())
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)


class Tile(KioskButton):
    """A large Home tile: an icon glyph and a word-wrapped caption inside a button."""

    def __init__(self, icon: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent, role="tile")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        self.icon_label = QLabel(icon)
        self.icon_label.setProperty("role", "tileIcon")
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = WrapLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self.icon_label, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint().expandedTo(QSize(280, 200))

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize().expandedTo(QSize(MIN_TARGET, MIN_TARGET))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(200, self.layout().totalHeightForWidth(width))


class ButtonRow(QWidget):
    """A screen's action buttons, left to right, wrapping when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 20) -> None:
        super().__init__(parent)
        self.setProperty("role", "group")
        self.flow = FlowLayout(self, spacing=spacing)
        self.flow.setContentsMargins(0, 0, 0, 0)

    def add(self, name: str, handler: Callable[[], Any] | None = None, role: str = "") -> KioskButton:
        """A new button named ``name`` (object name, for tests and the style sheet)."""
        button = KioskButton(role=role)
        button.setObjectName(name)
        if handler is not None:
            button.clicked.connect(lambda _checked=False: handler())  # never pass "checked" on
        self.flow.addWidget(button)
        return button


class _PageContent(QWidget):
    """A scroll page's content: as tall as its text needs at the page's real width."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return hint
        # QScrollArea takes the height from heightForWidth at the viewport's width.  The layout's
        # own minimum is measured at its narrowest width, where wrapped text is tallest, and put a
        # scroll bar on pages whose content fits.
        return QSize(hint.width(), 0)


class ScrollPage(QScrollArea):
    """A vertical scroll area whose content keeps the viewport's width (text reflows)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls, not the viewport
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = _PageContent()
        self.content.setObjectName("ScrollContent")
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(32, 24, 32, 32)
        self.body.setSpacing(20)
        self.setWidget(self.content)
