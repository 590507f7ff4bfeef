"""The clerk's list on the find screen: what waits or was refused on this kiosk, or what a phone or
policy-number search found; one wrapping button per submission (personal data masked) that opens it.
Also the clerk's wording of a submission's state (the citizen's screens say "you need do nothing").

Signals:
    chosen(str): the receipt number of the row tapped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.console import pending, reports
from kiosk.console.pending import Listed, Listing

from ..forms_widgets import TextButton
from ..screens.services.common import card
from ..screens.services.messages import kind_text
from ..widgets import WrapLabel
from .base import fmt


def clerk_state_text(state: str, kind: str = "") -> str:
    """A submission's state as the clerk needs it: what it means and what to do next."""
    if kind == "appointment":
        return {
            "booked": QCoreApplication.translate("Console", "Booked: the time is held for the visitor."),
            "requested": QCoreApplication.translate("Console", "A request, not an appointment yet: the polyclinic confirms or refuses it once the kiosk is online. The visitor can check it by the receipt number."),
            "cancelled": QCoreApplication.translate("Console", "Cancelled."),
            "refused": QCoreApplication.translate("Console", "Refused: the time was taken before the request arrived. Help the visitor book another time."),
        }.get(state, state)
    return {
        "pending": QCoreApplication.translate("Console", "Not sent yet: it is saved on this kiosk and goes to the regional system by itself once the kiosk is online. If it has waited long, tell the technician."),
        "sending": QCoreApplication.translate("Console", "Being sent to the regional system now."),
        "accepted": QCoreApplication.translate("Console", "Delivered and accepted by the regional system."),
        "rejected": QCoreApplication.translate("Console", "Refused by the regional system. The reason is below: help the visitor correct it and apply again."),
        "conflict": QCoreApplication.translate("Console", "Not accepted: the regional system already holds a different request with this number. Call the technician; do not apply again yet."),
    }.get(state, QCoreApplication.translate("Console", "Unknown state. Call the technician."))


def list_state_text(state: str) -> str:
    """The short state on a list row."""
    return {
        "pending": QCoreApplication.translate("Console", "Waiting to be sent"),
        "sending": QCoreApplication.translate("Console", "Being sent"),
        "accepted": QCoreApplication.translate("Console", "Delivered"),
        "rejected": QCoreApplication.translate("Console", "Refused"),
        "conflict": QCoreApplication.translate("Console", "Conflict: call the technician"),
        "cancelled": QCoreApplication.translate("Console", "Cancelled"),
    }.get(state, state)


def by_text(by: str) -> str:
    return {"phone": QCoreApplication.translate("Console", "phone number"),
            "enp": QCoreApplication.translate("Console", "policy number (ENP)")}.get(by, by)


MADE_PER_TURN = 2   # row buttons made ahead per event-loop turn (a few ms of the GUI thread)
SHOWN_PER_TURN = 1  # hidden rows shown per event-loop turn (showing one costs ~10 ms)


class SubmissionList(QWidget):
    """A card: a heading, the rows (newest first) or a sentence saying there are none."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.listing: Listing | None = None
        self.timezone: str | None = None
        self.language = "ru"
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame, box = card()
        frame.setObjectName("SubmissionList")
        outer.addWidget(frame)
        self.heading = WrapLabel(role="heading")
        self.heading.setObjectName("ListHeading")
        self.empty = WrapLabel()
        self.empty.setObjectName("ListEmpty")
        self.more = WrapLabel(role="muted")
        self.more.setObjectName("ListMore")
        self.rows = QVBoxLayout()
        self.rows.setSpacing(12)
        box.addWidget(self.heading)
        box.addWidget(self.empty)
        box.addLayout(self.rows)
        box.addWidget(self.more)
        self._pool: list[TextButton] = []
        self.filling = False                  # rows still appearing (see show_listing)
        self.buttons: list[TextButton] = []   # the rows shown, in order

    def prepare_rows(self) -> None:
        """Make the row buttons ahead, :data:`MADE_PER_TURN` per event-loop turn, while the
        clerk reads the screen: making and styling a button is what costs the GUI thread, not
        setting its caption."""
        for _ in range(MADE_PER_TURN):
            if len(self._pool) >= pending.SHOWN:
                return
            self._make()
        QTimer.singleShot(0, self, self.prepare_rows)

    def _make(self) -> TextButton:
        button = TextButton()
        button.hide()
        button.clicked.connect(lambda _checked=False, b=button: self.chosen.emit(b.property("receipt")))
        self.rows.addWidget(button)
        button.ensurePolished()
        button.caption.ensurePolished()
        self._pool.append(button)
        return button

    def show_listing(self, listing: Listing | None, timezone: str | None, language: str) -> None:
        """Show ``listing`` (``None``: nothing, the card hidden) on the buttons made ahead; rows
        that were hidden appear :data:`SHOWN_PER_TURN` per event-loop turn (showing a button is
        what costs the GUI thread)."""
        self.listing, self.timezone, self.language = listing, timezone, language
        rows = listing.rows if listing else []
        while len(self._pool) < len(rows):
            self._make()
        for button, row in zip(self._pool, rows, strict=False):
            button.setObjectName(f"Listed-{row.receipt_number}")
            button.setProperty("receipt", row.receipt_number)
        self.buttons = self._pool[:len(rows)]
        for button in self._pool[len(rows):]:
            button.hide()
        self.retranslate(language)
        self._reveal(listing)

    def _reveal(self, listing: Listing | None) -> None:
        if listing is not self.listing:
            return
        hidden = [b for b in self.buttons if b.isHidden()]
        for button in hidden[:SHOWN_PER_TURN]:
            button.show()
        self.filling = len(hidden) > SHOWN_PER_TURN
        if self.filling:
            QTimer.singleShot(0, self, lambda: self._reveal(listing))

    def row_text(self, row: Listed) -> str:
        service = row.service_en if self.language == "en" else row.service_ru
        head = " · ".join(p for p in (reports.local_time(row.at, self.timezone), kind_text(row.kind),
                                      row.receipt_number) if p)
        tail = " · ".join(p for p in (list_state_text(row.state), row.contact) if p)
        return "\n".join(p for p in (head, service, tail) if p)

    def retranslate(self, language: str) -> None:
        self.language = language
        listing = self.listing
        self.setVisible(listing is not None)
        if listing is None:
            return
        if listing.by:
            self.heading.setText(fmt(QCoreApplication.translate("Console", "Found by %1 on this kiosk: %2"),
                                     by_text(listing.by), listing.total))
            empty = fmt(QCoreApplication.translate("Console", "Nothing on this kiosk holds this %1. Personal data is removed after delivery: then ask for the receipt number, or look in the regional system."), by_text(listing.by))
        else:
            self.heading.setText(fmt(QCoreApplication.translate("Console", "Waiting to be sent or refused on this kiosk: %1, newest first"), listing.total)
                                 if listing.total else QCoreApplication.translate("Console", "Waiting to be sent or refused on this kiosk"))
            empty = QCoreApplication.translate("Console", "Nothing is waiting to be sent and nothing was refused on this kiosk.")
        self.empty.setText(empty)
        self.empty.setVisible(not listing.rows)
        hidden = listing.total - len(listing.rows)
        self.more.setText(fmt(QCoreApplication.translate("Console", "%1 more not shown: search by receipt, phone or policy number to find one."), hidden) if hidden > 0 else "")
        self.more.setVisible(hidden > 0)
        for row, button in zip(listing.rows, self.buttons, strict=True):
            text = self.row_text(row)
            button.set_caption(text, accessible=text.replace("\n", ". "))
