"""A service card: what it is, who can apply, documents, fee, term, offices; Apply or take a ticket."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kiosk.services import catalogue as cat

from ...context import ScreenContext
from ...widgets import ButtonRow, WrapLabel, blank
from ..base import Screen
from .common import card, lang_text, screen_of
from .messages import fee_text, term_text

log = logging.getLogger(__name__)


class ServiceCardScreen(Screen):
    screen_id = "service_card"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service: dict[str, Any] | None = None
        self.service_id = ""
        self._state = "none"  # none | loading | ready | missing | error
        self.message = WrapLabel(role="muted")
        self.body.addWidget(self.message)
        self.name = WrapLabel(role="heading")
        self.name.setObjectName("ServiceName")
        self.body.addWidget(self.name)
        self.category = WrapLabel(role="muted")
        self.body.addWidget(self.category)
        self.description = WrapLabel()
        self.body.addWidget(self.description)

        actions = ButtonRow()
        self.apply_button = actions.add("ApplyButton", self.apply, role="primary")
        self.ticket_button = actions.add("TicketForServiceButton", self.take_ticket)
        self.catalogue_button = actions.add("ToCatalogueButton", lambda: self.ctx.navigator.go("catalogue"))
        self.body.addWidget(actions)

        self.facts, box = card()
        self.labels: dict[str, tuple[WrapLabel, WrapLabel]] = {}
        for key in ("who", "documents", "fee", "term", "offices", "online"):
            head, text = WrapLabel(role="heading"), WrapLabel()
            box.addWidget(head)
            box.addWidget(text)
            self.labels[key] = (head, text)
        self.body.addWidget(self.facts)
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("ServiceCard", "About the service")

    def show_service(self, service_id: str) -> None:
        """Load and show the card of ``service_id`` (call before going to this screen)."""
        self.service_id = service_id
        self.service = None
        self._state = "loading"
        self.retranslate()
        self.ctx.tasks.submit(lambda store: cat.service_details(store, service_id),
                              lambda row: self._loaded(service_id, row), self.ctx.visit.bound(self._failed), owner=self)

    def is_ready(self) -> bool:
        return self._state != "loading"

    def _loaded(self, service_id: str, row: dict[str, Any] | None) -> None:
        if service_id != self.service_id:
            return
        self.service = row
        self._state = "ready" if row else "missing"
        self.retranslate()

    def _failed(self, exc: BaseException) -> None:
        log.error("service card could not be read", exc_info=exc)
        self._state = "error"
        self.retranslate()

    def apply(self) -> None:
        if self.service and self.service["field_schema"]:
            screen_of(self.ctx, "application").start(self.service)  # type: ignore[attr-defined]
            self.ctx.navigator.go("application")

    def take_ticket(self) -> None:
        if self.service:
            screen_of(self.ctx, "queue_ticket").preselect(self.service)  # type: ignore[attr-defined]
            self.ctx.navigator.go("queue_ticket")

    def retranslate(self) -> None:
        lang = self.ctx.session.language
        s = self.service
        ready = self._state == "ready" and s is not None
        messages = {
            "none": QCoreApplication.translate("ServiceCard", "Choose a service in the catalogue to see what it is and what to bring."),
            "loading": QCoreApplication.translate("ServiceCard", "Loading the service…"),
            "ready": "",
            "missing": QCoreApplication.translate("ServiceCard", "This service is no longer in the catalogue. Please choose another one."),
            "error": QCoreApplication.translate("ServiceCard", "The service cannot be shown right now. Please ask a member of staff."),
        }
        self.message.setText(messages[self._state])
        self.message.setVisible(bool(messages[self._state]))
        for widget in (self.name, self.category, self.description, self.facts, self.apply_button, self.ticket_button):
            widget.setVisible(ready)
        self.catalogue_button.setVisible(not ready)
        self.catalogue_button.setText(QCoreApplication.translate("ServiceCard", "Open the catalogue"))
        self.catalogue_button.setAccessibleName(QCoreApplication.translate("ServiceCard", "Open the catalogue"))
        self.apply_button.setText(QCoreApplication.translate("ServiceCard", "Apply"))
        self.apply_button.setAccessibleName(QCoreApplication.translate("ServiceCard", "Apply for this service at the kiosk"))
        self.ticket_button.setText(QCoreApplication.translate("ServiceCard", "Take a queue ticket for this service"))
        self.ticket_button.setAccessibleName(QCoreApplication.translate("ServiceCard", "Take a queue ticket for this service"))
        if not ready or s is None:
            blank(self.name, self.category, self.description, *(label for pair in self.labels.values() for label in pair))
            return
        self.apply_button.setVisible(bool(s["field_schema"]))
        self.name.setText(lang_text(s, "name", lang))
        self.category.setText(QCoreApplication.translate("ServiceCard", "Category: %1").replace("%1", lang_text(s, "category", lang)))
        self.description.setText(lang_text(s, "description", lang))
        texts = {
            "who": (QCoreApplication.translate("ServiceCard", "Who can apply"), lang_text(s, "who", lang)),
            "documents": (QCoreApplication.translate("ServiceCard", "Documents to bring"),
                          "\n".join(f"• {d.get(lang) or d.get('ru') or ''}" for d in s["documents"])
                          or QCoreApplication.translate("ServiceCard", "No documents are needed.")),
            "fee": (QCoreApplication.translate("ServiceCard", "Fee"), fee_text(float(s.get("fee_rub") or 0))),
            "term": (QCoreApplication.translate("ServiceCard", "How long it takes"), term_text(int(s.get("term_days") or 0))),
            "offices": (QCoreApplication.translate("ServiceCard", "Where to apply"),
                        "\n".join(f"• {lang_text(o, 'name', lang)}, {lang_text(o, 'address', lang)}"
                                  for o in s["offices"]) or QCoreApplication.translate("ServiceCard", "Any MFC office of the region.")),
            "online": (QCoreApplication.translate("ServiceCard", "Applying at the kiosk"),
                       QCoreApplication.translate("ServiceCard", "You can fill in the application here and bring the documents to the office.")
                       if s["field_schema"] else
                       QCoreApplication.translate("ServiceCard", "This service has no application form at the kiosk: take a queue ticket and "
                          "bring the documents to the office.")),
        }
        for key, (head, text) in texts.items():
            self.labels[key][0].setText(head)
            self.labels[key][1].setText(text)

    def reset(self) -> None:
        self.service = None
        self.service_id = ""
        self._state = "none"
        self.retranslate()
