"""Offices and opening hours, from the local store, in the current language."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from offline_db.offices import active_offices

from ...context import ScreenContext
from ...i18n import data_text
from ...widgets import WrapLabel
from ..base import Screen

log = logging.getLogger(__name__)

class OfficeCard(QFrame):
    """One office: name, address, opening hours and phone."""

    def __init__(self, row: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setProperty("role", "card")
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.setSpacing(10)
        self.here = WrapLabel(role="badge")  # a badge, neither a warning nor a success
        self.name = WrapLabel(role="heading")
        self.address = WrapLabel()
        self.hours = WrapLabel()
        self.phone = WrapLabel()
        box.addWidget(self.here, 0, Qt.AlignmentFlag.AlignLeft)
        for label in (self.name, self.address, self.hours, self.phone):
            box.addWidget(label)
        self.here.hide()

    def retranslate(self, language: str, here: bool) -> None:
        self.here.setVisible(here)
        self.here.setText(QCoreApplication.translate("Offices", "You are here"))
        self.name.setText(data_text(self.row, "name", language))
        self.address.setText(QCoreApplication.translate("Offices", "Address: %1").replace("%1", data_text(self.row, "address", language)))
        hours = data_text(self.row, "hours", language) or QCoreApplication.translate("Offices", "not known")
        self.hours.setText(QCoreApplication.translate("Offices", "Opening hours: %1").replace("%1", hours))
        self.phone.setVisible(bool(self.row.get("phone")))
        self.phone.setText(QCoreApplication.translate("Offices", "Phone: %1").replace("%1", str(self.row.get("phone") or "")))


class OfficesScreen(Screen):
    screen_id = "offices"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.message = WrapLabel(role="muted")
        self.body.addWidget(self.message)
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(20)
        self.body.addLayout(self.cards_box)
        self.body.addStretch(1)
        self.cards: list[OfficeCard] = []
        self._state = "loading"  # loading | ready | empty | error
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Offices", "Offices and opening hours")

    def on_shown(self) -> None:
        if self._state != "ready":
            self._state = "loading"
            self.retranslate()
        self.ctx.tasks.submit(active_offices, self._show, self._failed, owner=self)

    def is_ready(self) -> bool:
        return self._state != "loading"

    def _show(self, rows: list[dict[str, Any]]) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        here_id = self.ctx.status.office_id
        rows = sorted(rows, key=lambda r: r["id"] != here_id)
        self.cards = [OfficeCard(row) for row in rows]
        for card in self.cards:
            self.cards_box.addWidget(card)
        self._state = "ready" if rows else "empty"
        self.retranslate()

    def _failed(self, exc: BaseException) -> None:
        self._state = "error"
        self.retranslate()
        log.error("the list of offices could not be loaded", exc_info=exc)

    def retranslate(self) -> None:
        messages = {
            "loading": QCoreApplication.translate("Offices", "Loading the list of offices…"),
            "ready": QCoreApplication.translate("Offices", "Visit any of these offices. Opening hours are local time."),
            "empty": QCoreApplication.translate("Offices", "The list of offices is not available yet. Please ask a member of staff."),
            "error": QCoreApplication.translate("Offices", "The list of offices cannot be shown right now. Please ask a member of staff."),
        }
        self.message.setText(messages[self._state])
        language = self.ctx.session.language
        for card in self.cards:
            card.retranslate(language, card.row["id"] == self.ctx.status.office_id)
