"""Layouts that follow the width: items wrap to a new row, or stack when they no longer fit side by side."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QLayout, QLayoutItem, QWidget, QWidgetItem


class ReflowRow(QBoxLayout):
    """Items side by side while their minimum widths fit, one above the other when they do not
    (a narrow window, 200 % text): no word is cut because a neighbour took its room."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 24) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight, parent)
        self.setSpacing(spacing)

    def _shown(self) -> list[QLayoutItem]:
        items = (self.itemAt(i) for i in range(self.count()))
        return [item for item in items if item is not None and not item.isEmpty()]

    def _follow(self, width: int) -> None:
        m = self.contentsMargins()
        shown = self._shown()
        room = width - m.left() - m.right() - self.spacing() * max(0, len(shown) - 1)
        # side by side when every item gets the width it prefers, a word-wrapped label up to an
        # even share: a heading is not wrapped word by word beside a button
        share = room // max(1, len(shown))

        def wants(item: QLayoutItem) -> int:
            hint = item.sizeHint().width()
            if isinstance(item.widget(), QLabel):
                hint = min(hint, share)
            return max(item.minimumSize().width(), hint)

        least = sum(wants(item) for item in shown)
        wanted = QBoxLayout.Direction.LeftToRight if room >= least else QBoxLayout.Direction.TopToBottom
        if self.direction() != wanted:
            self.setDirection(wanted)

    def minimumSize(self) -> QSize:
        m = self.contentsMargins()
        widest = max((item.minimumSize().width() for item in self._shown()), default=0)
        return QSize(widest + m.left() + m.right(), super().minimumSize().height())

    def _stacked(self, rect: QRect, *, apply: bool) -> int:
        """One above the other, each as wide as it may be (a maximum width is kept: Qt's box
        layout measures such an item's height at the full width, too short once it wraps)."""
        m = self.contentsMargins()
        x, y, room = rect.x() + m.left(), rect.y() + m.top(), rect.width() - m.left() - m.right()
        for item in self._shown():
            width = max(min(room, item.maximumSize().width()), item.minimumSize().width())
            if item.hasHeightForWidth():  # its minimum size is measured at its narrow size hint
                height = max(item.heightForWidth(width), item.widget().minimumHeight() if item.widget() else 0)
            else:
                height = max(item.sizeHint().height(), item.minimumSize().height())
            if apply:
                item.setGeometry(QRect(x, y, width, height))
            y += height + self.spacing()
        return y - self.spacing() - rect.y() + m.bottom()

    def heightForWidth(self, width: int) -> int:
        self._follow(width)
        if self.direction() == QBoxLayout.Direction.LeftToRight:
            return super().heightForWidth(width)
        return self._stacked(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        self._follow(rect.width())
        if self.direction() == QBoxLayout.Direction.LeftToRight:
            super().setGeometry(rect)
        else:
            QLayout.setGeometry(self, rect)
            self._stacked(rect, apply=True)


class FlowLayout(QLayout):
    """Places items left to right and wraps to a new row when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 16) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:  # type: ignore[override]
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _do_layout(self, rect: QRect, *, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, row_h = area.x(), area.y(), 0
        gap = self.spacing()
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if 0 < area.width() < hint.width():  # narrower than it wants: as tall as it then needs
                height = item.heightForWidth(area.width()) if item.hasHeightForWidth() else hint.height()
                hint = QSize(area.width(), max(height, item.minimumSize().height()))
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, row_h = area.x(), y + row_h + gap, 0
            if apply:  # the widget itself: its item would cap a wrapped button at its one-line height
                (item.widget() or item).setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            row_h = max(row_h, hint.height())
        return y + row_h - rect.y() + m.bottom()
