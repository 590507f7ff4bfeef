"""The clerk's queue: waiting tickets by category, call next to a counter, recall, served, no-show,
redirect.  Every action is one transaction with its ``queue_event`` outbox item and audit entry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.console import queue_ops as q
from kiosk.domain import catalogue as cat
from kiosk.domain.receipts import office_local_time
from offline_db.store import parse_utc

from ..context import ScreenContext
from ..screens.services.common import card, lang_text, notify_sync_new_item
from ..widgets import WrapLabel
from .base import ButtonRow, ConsoleScreen, TextField, clear_layout, fmt


def load_queue(store: Any) -> dict[str, Any]:
    office = cat.kiosk_office(store)
    if office is None:
        return {"office": None, "categories": [], "called": []}
    return {"office": office, **q.overview(store, office["id"])}


class QueueScreen(ConsoleScreen):
    screen_id = "console_queue"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: dict[str, Any] | None = None
        self.redirecting: int | None = None
        self.counter = TextField("counter", numeric=True)
        self.counter.edit.setMaxLength(q.COUNTER_MAX)
        self.body.addWidget(self.counter)
        self.body.addWidget(self.message)
        self.called_heading = WrapLabel(role="heading")
        self.body.addWidget(self.called_heading)
        self.called_box = QVBoxLayout()
        self.called_box.setSpacing(16)
        self.body.addLayout(self.called_box)
        self.waiting_heading = WrapLabel(role="heading")
        self.body.addWidget(self.waiting_heading)
        self.waiting_box = QVBoxLayout()
        self.waiting_box.setSpacing(16)
        self.body.addLayout(self.waiting_box)
        self.refresh_row = ButtonRow()
        self.refresh_button = self.refresh_row.add("QueueRefresh", self.refresh)
        self.body.addWidget(self.refresh_row)
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Console", "Queue")

    def on_shown(self) -> None:
        if self.console is not None and self.console.counter:
            self.counter.set_text(self.console.counter)
        self.refresh()

    def refresh(self) -> None:
        self.run(load_queue, self.show_queue)

    def show_queue(self, data: dict[str, Any]) -> None:
        self.data = data
        self._render()

    # --- actions ------------------------------------------------------------------------------
    def _counter(self) -> str | None:
        try:
            counter = q.check_counter(self.counter.text())
        except q.QueueActionError:
            self.counter.set_error(QCoreApplication.translate("Console", "Enter your counter number (1 to 8 letters or digits)."))
            self.counter.edit.setFocus()
            return None
        self.counter.set_error("")
        if self.console is not None:
            self.console.counter = counter
        return counter

    def call_next(self, category_id: str) -> None:
        counter = self._counter()
        if counter is None or not self.data or not self.data.get("office"):
            return
        office_id, role = self.data["office"]["id"], self.role

        def done(ticket: q.CalledTicket | None) -> None:
            if ticket is None:
                self.say(QCoreApplication.translate("Console", "Nobody is waiting in this category."))
            else:
                self.say(fmt(QCoreApplication.translate("Console", "Ticket %1 called to counter %2."), ticket.ticket, ticket.counter))
                notify_sync_new_item(self.ctx)
            self.refresh()

        self.run(lambda store: q.call_next(store, office_id, category_id, counter, role=role), done, self._failed)

    def _act(self, action: str, ticket: q.CalledTicket, category_id: str = "") -> None:
        role = self.role
        texts = {"recall": QCoreApplication.translate("Console", "Ticket %1 called again."), "served": QCoreApplication.translate("Console", "Ticket %1 marked as served."),
                 "no_show": QCoreApplication.translate("Console", "Ticket %1 marked as not come."), "redirect": QCoreApplication.translate("Console", "Ticket %1 sent to another queue.")}

        def job(store: Any) -> None:
            if action == "recall":
                q.recall(store, ticket.id, role=role)
            elif action == "served":
                q.mark_served(store, ticket.id, role=role)
            elif action == "no_show":
                q.mark_no_show(store, ticket.id, role=role)
            else:
                q.redirect(store, ticket.id, category_id, role=role)

        def done(_: None) -> None:
            self.redirecting = None
            self.say(fmt(texts[action], ticket.ticket))
            notify_sync_new_item(self.ctx)
            self.refresh()

        self.run(job, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, q.QueueActionError):
            messages = {"not_called": QCoreApplication.translate("Console", "This ticket has not been called."),
                        "finished": QCoreApplication.translate("Console", "This ticket is finished already."),
                        "same_category": QCoreApplication.translate("Console", "The ticket is in this queue already."),
                        "bad_counter": QCoreApplication.translate("Console", "Enter your counter number (1 to 8 letters or digits).")}
            self.say(messages.get(exc.code, QCoreApplication.translate("Console", "This cannot be done with this ticket.")))
        else:
            self.say(QCoreApplication.translate("Console", "The queue could not be changed. Try again."))
        self.refresh()

    def start_redirect(self, ticket_id: int) -> None:
        self.redirecting = ticket_id
        self._render()

    # --- rendering ----------------------------------------------------------------------------
    def _category_name(self, category_id: str) -> str:
        for c in (self.data or {}).get("categories", []):
            if c.category_id == category_id:
                return lang_text({"name_ru": c.name_ru, "name_en": c.name_en}, "name", self.ctx.session.language)
        return category_id

    def _render(self) -> None:
        clear_layout(self.called_box)
        clear_layout(self.waiting_box)
        data = self.data or {}
        lang = self.ctx.session.language
        office = data.get("office") or {}
        timezone = office.get("timezone") or "Europe/Moscow"
        called = data.get("called", [])
        self.called_heading.setVisible(bool(called))
        for ticket in called:
            frame, box = card()
            when = office_local_time(parse_utc(ticket.called_at), timezone).split()[1] if ticket.called_at else ""
            label = WrapLabel(fmt(QCoreApplication.translate("Console", "%1 at counter %2, called at %3 — %4"), ticket.ticket, ticket.counter, when,
                                  self._category_name(ticket.category_id)))
            label.setObjectName(f"Called-{ticket.ticket}")
            box.addWidget(label)
            row = ButtonRow()
            for action, text, name in (("recall", QCoreApplication.translate("Console", "Call again"), "Recall"), ("served", QCoreApplication.translate("Console", "Served"), "Served"),
                                       ("no_show", QCoreApplication.translate("Console", "Did not come"), "NoShow")):
                button = row.add(f"{name}-{ticket.ticket}", lambda a=action, t=ticket: self._act(a, t))
                button.setText(text)
                button.setAccessibleName(f"{text}: {ticket.ticket}")
            button = row.add(f"Redirect-{ticket.ticket}", lambda t=ticket: self.start_redirect(t.id))
            button.setText(QCoreApplication.translate("Console", "Another queue…"))
            button.setAccessibleName(fmt(QCoreApplication.translate("Console", "Send %1 to another queue"), ticket.ticket))
            box.addWidget(row)
            if self.redirecting == ticket.id:
                hint = WrapLabel(QCoreApplication.translate("Console", "Which queue should the visitor go to?"), role="muted")
                box.addWidget(hint)
                choose = ButtonRow()
                for c in data.get("categories", []):
                    if c.category_id == ticket.category_id:
                        continue
                    name = lang_text({"name_ru": c.name_ru, "name_en": c.name_en}, "name", lang)
                    b = choose.add(f"RedirectTo-{c.category_id}",
                                   lambda cid=c.category_id, t=ticket: self._act("redirect", t, cid), "primary")
                    b.setText(name)
                    b.setAccessibleName(fmt(QCoreApplication.translate("Console", "Send %1 to: %2"), ticket.ticket, name))
                box.addWidget(choose)
                # the destinations are the actions (filled); Cancel is not one: outlined, on its own row
                cancel_row = ButtonRow()
                cancel = cancel_row.add("RedirectCancel", lambda: self.start_redirect(-1))
                cancel.setText("✕ " + QCoreApplication.translate("Console", "Cancel"))
                cancel.setAccessibleName(fmt(QCoreApplication.translate("Console", "Cancel: keep %1 in this queue"), ticket.ticket))
                box.addWidget(cancel_row)
            self.called_box.addWidget(frame)
        categories = data.get("categories", [])
        if not data.get("office"):
            self.waiting_box.addWidget(WrapLabel(QCoreApplication.translate("Console", "This kiosk has no office data yet."), role="muted"))
        for c in categories:
            frame, box = card()
            name = lang_text({"name_ru": c.name_ru, "name_en": c.name_en}, "name", lang)
            head = WrapLabel(f"{c.letter} · {name}", role="heading")
            box.addWidget(head)
            if c.waiting:
                text = fmt(QCoreApplication.translate("Console", "Waiting: %1. Longest wait so far: %2 min. Next: %3."), c.waiting, c.longest_wait_min,
                           c.next_ticket)
            else:
                text = QCoreApplication.translate("Console", "Nobody is waiting.")
            info = WrapLabel(text)
            info.setObjectName(f"Waiting-{c.category_id}")
            box.addWidget(info)
            row = ButtonRow()
            button = row.add(f"CallNext-{c.category_id}", lambda cid=c.category_id: self.call_next(cid), "primary")
            button.setText(QCoreApplication.translate("Console", "Call next"))
            button.setAccessibleName(fmt(QCoreApplication.translate("Console", "Call the next visitor: %1"), name))
            button.setEnabled(c.waiting > 0)
            box.addWidget(row)
            self.waiting_box.addWidget(frame)

    def retranslate(self) -> None:
        self.counter.set_label(QCoreApplication.translate("Console", "Your counter number"), QCoreApplication.translate("Console", "Visitors are called to this counter."))
        self.called_heading.setText(QCoreApplication.translate("Console", "Called now"))
        self.waiting_heading.setText(QCoreApplication.translate("Console", "Waiting by category"))
        self.refresh_button.setText(QCoreApplication.translate("Console", "Refresh"))
        self.refresh_button.setAccessibleName(QCoreApplication.translate("Console", "Refresh the queue"))
        if self.data is not None:
            self._render()

    def reset(self) -> None:
        super().reset()
        self.data = None
        self.redirecting = None
        self.counter.set_text("")
        self.counter.set_error("")
        clear_layout(self.called_box)
        clear_layout(self.waiting_box)
