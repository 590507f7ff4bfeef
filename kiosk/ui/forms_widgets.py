"""Touch widgets for catalogue lists and choices: wrapping text buttons, choice buttons, a QR code,
columns that follow the width."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from .widgets import MIN_TARGET, KioskButton, WrapLabel, repolish, set_role


class TextButton(KioskButton):
    """A full-width button whose caption wraps (and may be rich text, e.g. search highlights)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent, role="tile")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 14)
        self.caption = WrapLabel()
        self.caption.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self.caption)

    def set_caption(self, text: str, *, html: str = "", accessible: str = "") -> None:
        if html:
            self.caption.setTextFormat(Qt.TextFormat.RichText)
            self.caption.setText(html)
        else:
            self.caption.setTextFormat(Qt.TextFormat.PlainText)
            self.caption.setText(text)
        self.setAccessibleName(accessible or text)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint().expandedTo(QSize(MIN_TARGET, MIN_TARGET))

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize().expandedTo(QSize(MIN_TARGET, MIN_TARGET))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(MIN_TARGET, self.layout().totalHeightForWidth(width))


class QrWidget(QWidget):
    """A QR code painted module by module (black on white, with its quiet zone)."""

    def __init__(self, side: int = 260, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: list[list[bool]] = []
        self.setFixedSize(side, side)

    def set_matrix(self, matrix: list[list[bool]]) -> None:
        self.matrix = matrix
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if self.matrix:
            quiet = 4
            cell = min(self.width(), self.height()) / (len(self.matrix) + 2 * quiet)
            for r, row in enumerate(self.matrix):
                for c, dark in enumerate(row):
                    if dark:
                        painter.fillRect(QRectF((c + quiet) * cell, (r + quiet) * cell, cell, cell), QColor("black"))
        painter.end()


class ChoiceButton(TextButton):
    """One option of a choice or a tick box: ◉/○ or ☑/☐ show the state in any theme."""

    def __init__(self, glyphs: tuple[str, str] = ("◉", "○"), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "choice")  # plain when not chosen, filled when chosen (not a tile)
        self.setCheckable(True)
        self.glyphs = glyphs
        self.selected = False
        self.text_plain = ""

    def set_selected(self, on: bool) -> None:
        self.selected = on
        self._show()

    def set_option_text(self, text: str) -> None:
        self.text_plain = text
        self._show()

    def _show(self) -> None:
        glyph = self.glyphs[0] if self.selected else self.glyphs[1]
        self.setChecked(self.selected)  # the accessible "checked" state
        role = "choiceOn" if self.selected else "choice"
        if self.property("role") != role:  # a role, not :checked, so the palette carries the colours
            set_role(self, role)
            repolish(self.caption)  # its colour depends on the button's role
        state = QCoreApplication.translate("Forms", "selected") if self.selected else QCoreApplication.translate("Forms", "not selected")
        self.set_caption(f"{glyph}  {self.text_plain}", accessible=f"{self.text_plain}, {state}")


class ColumnList(QWidget):
    """Widgets in as many equal columns as the width allows (one column on a narrow screen)."""

    def __init__(self, min_column_width: int = 560, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QGridLayout

        self.min_column_width = min_column_width
        self.items: list[QWidget] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(16)
        self._columns = 0

    def set_widgets(self, widgets: list[QWidget]) -> None:
        for widget in self.items:
            self._grid.removeWidget(widget)
            widget.hide()  # before leaving the grid: see ClinicScreen._clear_buttons
            widget.setParent(None)
            widget.deleteLater()
        self.items = list(widgets)
        self._relayout(force=True)

    def _relayout(self, force: bool = False) -> None:
        scale = max(1.0, self.fontInfo().pixelSize() / 24)
        columns = max(1, min(3, int(max(self.width(), 1) // (self.min_column_width * scale))))
        if columns == self._columns and not force:
            return
        self._columns = columns
        for widget in self.items:
            self._grid.removeWidget(widget)
        for index, widget in enumerate(self.items):
            self._grid.addWidget(widget, index // columns, index % columns)
        for col in range(3):
            self._grid.setColumnStretch(col, 1 if col < columns else 0)

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self._relayout()
