"""The shell's sync indicator: a coloured dot and one line; a click asks for a sync now."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


class SyncStatusWidget(QWidget):
    """A small indicator: a coloured dot and one line ("Online · 3 waiting").  Click = sync now."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SyncStatusWidget")
        self._dot = QLabel("●", self)
        self._text = QLabel(self.tr("Sync: starting"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self._dot)
        layout.addWidget(self._text)
        self.setAccessibleName(self.tr("Connection status"))
        self.status: dict[str, Any] = {}

    def text(self) -> str:
        return self._text.text()

    @Slot(object)
    def set_status(self, status: dict[str, Any]) -> None:
        self.status = status
        pending = status.get("pending", 0)
        if status.get("paused"):
            colour, words = "#c62828", self.tr("Sync paused: call a technician")
        elif not status.get("configured", True):
            colour, words = "#757575", self.tr("Sync not configured")
        elif status.get("online") is False:
            colour, words = "#ef6c00", self.tr("Offline")
        elif status.get("refusing"):
            colour, words = "#ef6c00", self.tr("Online, but the backend refuses deliveries")
        elif status.get("online"):
            colour, words = "#2e7d32", self.tr("Online")
        else:
            colour, words = "#757575", self.tr("Connecting")
        if status.get("running"):
            words += " · " + self.tr("syncing")
        if pending:
            words += " · " + self.tr("%n waiting", "", pending)
        self._dot.setStyleSheet(f"color: {colour};")
        self._text.setText(words)
        tip = [self.tr("Last success: %1").replace("%1", status.get("last_success_at") or "—")]
        if status.get("last_error"):
            tip.append(self.tr("Last error: %1").replace("%1", status["last_error"]))
        self.setToolTip("\n".join(tip))

    def mouseReleaseEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.clicked.emit()
        super().mouseReleaseEvent(event)
