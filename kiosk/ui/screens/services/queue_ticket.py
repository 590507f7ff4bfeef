"""Take a queue ticket at this office: by category, or for the service chosen on its card."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kiosk import settings as kiosk_settings
from kiosk.domain.queue import OfficeNumber, QueueError
from kiosk.services import catalogue as cat
from kiosk.services import status as status_service
from kiosk.services.office_queue import office_number
from kiosk.services.queue import issue_ticket

from ...context import ScreenContext
from ...forms_widgets import ColumnList, TextButton
from ...widgets import KioskButton, WrapLabel, blank
from ..base import Screen
from .common import assisted_by, go_fresh, lang_text, notify_sync_new_item, screen_of
from .receipt import ReceiptData
from .status import NetworkJobs

log = logging.getLogger(__name__)


def office_and_config(store: Any) -> tuple[dict[str, Any] | None, Any]:
    """Runs on the database worker: this kiosk's office and the settings to reach the office queue."""
    return cat.kiosk_office(store), status_service.remote_config(store)


def take_ticket(store: Any, category_id: str, service_id: str | None,
                assisted: str | None = None,
                office_ticket: OfficeNumber | None = None) -> tuple[Any, dict[str, Any], dict[str, Any]]:
    """Runs on the database worker: issue the ticket at this kiosk's office — with the number the
    office queue gave (online), else from this kiosk's own range."""
    office = cat.kiosk_office(store)
    if office is None:
        raise QueueError("no office")
    ticket = issue_ticket(store, office["id"], category_id, service_id=service_id,
                          kiosk_index=kiosk_settings.get(store, "queue_kiosk_index"), assisted_by=assisted,
                          office_ticket=office_ticket)
    return ticket, office, cat.receipt_settings(store)


class QueueTicketScreen(Screen):
    screen_id = "queue_ticket"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.categories: list[dict[str, Any]] | None = None
        self.net = NetworkJobs(self)
        self.service: dict[str, Any] | None = None
        self._state = "loading"  # loading | ready | taking | failed | error
        self.intro = WrapLabel(role="muted")
        self.body.addWidget(self.intro)
        self.service_label = WrapLabel(role="heading")
        self.service_label.setObjectName("PreselectedService")
        self.body.addWidget(self.service_label)
        self.service_button = KioskButton(role="primary")
        self.service_button.setObjectName("TicketForService")
        self.service_button.clicked.connect(self._take_for_service)
        self.body.addWidget(self.service_button)
        ctx.session.appearance_changed.connect(self._apply_sizes)
        self._apply_sizes()
        self.message = WrapLabel(role="status")
        self.message.setObjectName("QueueMessage")
        self.body.addWidget(self.message)
        self.heading = WrapLabel(role="heading")
        self.body.addWidget(self.heading)
        self.list = ColumnList()
        self.body.addWidget(self.list)
        self.buttons: list[tuple[dict[str, Any], TextButton]] = []
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Queue", "Queue ticket")

    def _apply_sizes(self) -> None:
        """The main action at least as large as the topic tiles below it, at every font scale."""
        scale = self.ctx.session.font_scale / 100
        self.service_button.setStyleSheet(f"font-size: {round(32 * scale)}px; min-height: {round(96 * scale)}px;")

    def on_shown(self) -> None:
        if self.categories is None:
            self._state = "loading"
            self.ctx.tasks.submit(lambda store: cat.browse(store)["categories"], self._loaded, self._failed, owner=self)

    def is_ready(self) -> bool:
        return self._state not in ("loading", "taking")

    def preselect(self, service: dict[str, Any]) -> None:
        """Come from a service card: the ticket is for this service (and its category)."""
        self.service = service
        self.retranslate()

    def _loaded(self, rows: list[dict[str, Any]]) -> None:
        self.categories = rows
        self.buttons = []
        for row in rows:
            button = TextButton()
            button.setObjectName(f"queue-{row['id']}")
            button.clicked.connect(lambda _=False, r=row: self.take(r["id"], None))
            self.buttons.append((row, button))
        self.list.set_widgets([b for _r, b in self.buttons])
        self._state = "ready"
        self.retranslate()

    def _failed(self, exc: BaseException) -> None:
        log.error("queue categories could not be read", exc_info=exc)
        self._state = "error"
        self.retranslate()

    def _take_for_service(self) -> None:
        if self.service:
            self.take(self.service["category_id"], self.service["id"])

    def take(self, category_id: str, service_id: str | None) -> None:
        if self._state == "taking":
            return
        self._state = "taking"
        self.retranslate()
        rows = {r["id"]: r for r in self.categories or []}
        category = rows.get(category_id, {})
        service = self.service if service_id else None
        assisted = assisted_by(self.ctx)
        visit = self.ctx.visit  # a visitor who has gone Home is not shown (nor sent to) the ticket

        def issue(office_ticket: OfficeNumber | None) -> None:
            self.ctx.tasks.submit(lambda store: take_ticket(store, category_id, service_id, assisted, office_ticket),
                                  visit.bound(lambda result: self._taken(category, service, *result)),
                                  visit.bound(self._take_failed), owner=self)

        def ask_office(found: tuple[dict[str, Any] | None, Any]) -> None:
            office, config = found
            if office is None or config is None:
                issue(None)
                return
            # online: the number comes from the office queue (never raises; None → this kiosk's range)
            self.net.submit(lambda: office_number(config, office["id"], category_id),
                            visit.bound(lambda number, _exc: issue(number)))

        self.ctx.tasks.submit(office_and_config, visit.bound(ask_office), visit.bound(self._take_failed), owner=self)

    def _taken(self, category: dict[str, Any], service: dict[str, Any] | None, ticket: Any,
               office: dict[str, Any], settings: dict[str, str]) -> None:
        log.info("queue ticket %s issued", ticket.ticket)
        data = ReceiptData(kind="queue_ticket", receipt_number=ticket.receipt_number, captured_at=ticket.issued_at,
                           office=office, service_ru=service["name_ru"] if service else "",
                           service_en=service["name_en"] if service else "",
                           category_ru=category.get("name_ru", ""), category_en=category.get("name_en", ""),
                           ticket=ticket.ticket, waiting_ahead=ticket.waiting_ahead,
                           wait_min=ticket.estimated_wait_min, settings=settings)
        notify_sync_new_item(self.ctx)
        screen_of(self.ctx, "receipt").show_receipt(data)  # type: ignore[attr-defined]
        self.service = None
        self._state = "ready"
        self.retranslate()
        go_fresh(self.ctx, "receipt")

    def _take_failed(self, exc: BaseException) -> None:
        log.error("queue ticket could not be issued: %s", exc)
        self._state = "failed"
        self.retranslate()

    def retranslate(self) -> None:
        lang = self.ctx.session.language
        self.intro.setText(QCoreApplication.translate("Queue", "Choose what you came for. You get a ticket with your number and the estimated wait."))
        has_service = self.service is not None
        self.service_label.setVisible(has_service)
        self.service_button.setVisible(has_service)
        blank(self.service_label)
        if self.service:
            self.service_label.setText(QCoreApplication.translate("Queue", "Service: %1").replace("%1", lang_text(self.service, "name", lang)))
        self.service_button.setText(QCoreApplication.translate("Queue", "Take a ticket for this service"))
        self.service_button.setAccessibleName(QCoreApplication.translate("Queue", "Take a ticket for this service"))
        messages = {
            "loading": QCoreApplication.translate("Queue", "Loading…"),
            "taking": QCoreApplication.translate("Queue", "Issuing your ticket…"),
            "failed": QCoreApplication.translate("Queue", "The ticket could not be issued. Please try again or ask a member of staff at the reception."),
            "error": QCoreApplication.translate("Queue", "Queue tickets cannot be issued right now. Please ask a member of staff at the reception."),
        }
        if self._state == "ready" and self.categories == []:
            messages["ready"] = QCoreApplication.translate("Queue", "Queue tickets are not available yet. Please ask a member of staff at the reception.")
        self.message.setText(messages.get(self._state, ""))
        self.message.setVisible(self._state in messages)
        self.heading.setText(QCoreApplication.translate("Queue", "Or choose another topic") if has_service else QCoreApplication.translate("Queue", "Topics"))
        self.heading.setVisible(bool(self.buttons))
        for row, button in self.buttons:
            name = lang_text(row, "name", lang)
            button.set_caption(f"{row['queue_letter']} — {name}", accessible=name)
            button.setEnabled(self._state != "taking")
        self.service_button.setEnabled(self._state != "taking")

    def reset(self) -> None:
        self.service = None
        if self._state in ("failed", "taking"):
            self._state = "ready"
        self.retranslate()
