"""The clerk's queue: waiting tickets by category, call next to a counter, recall, served, no-show,
redirect.

Online it is the whole office's queue (``kiosk.services.office_queue``: the regional backend's office
queue, every kiosk's tickets; a call made here is seen at every kiosk of the office).  Offline it is
this kiosk's tickets, and every action is one transaction with its ``queue_event`` outbox item and
audit entry, merged into the office queue when the connection is back.  Network calls run on a
network worker, database work on the database worker: the GUI thread never waits for either."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.console import queue_ops as q
from kiosk.domain import office_queue as oq
from kiosk.domain.receipts import office_local_time
from kiosk.services import catalogue as cat
from kiosk.services import office_queue as office_service
from kiosk.services import status as status_service
from offline_db.store import parse_utc

from ..context import ScreenContext
from ..screens.services.common import card, lang_text, notify_sync_new_item
from ..screens.services.status import NetworkJobs
from ..widgets import WrapLabel
from .base import ButtonRow, ConsoleScreen, TextField, clear_layout, fmt

log = logging.getLogger(__name__)


def load_queue(store: Any) -> dict[str, Any]:
    """This kiosk's view of today's queue, and the sync settings to ask the office queue with."""
    office = cat.kiosk_office(store)
    if office is None:
        return {"office": None, "categories": [], "called": [], "clashes": [], "mode": "local", "config": None}
    local = q.overview(store, office["id"])
    return {"office": office, **local, "clashes": office_service.local_clashes(store, office["id"], local["day"]),
            "mode": "local", "config": status_service.remote_config(store)}


def office_view(store: Any, office: dict[str, Any], view: oq.OfficeView, config: Any) -> dict[str, Any]:
    """The office queue's view (online), after bringing this kiosk's own tickets up to date."""
    office_service.merge(store, office["id"], view)
    data = q.overview(store, office["id"], office_tickets=oq.remote_tickets(view))
    return {"office": office, **data, "clashes": view.data.get("clashes", []), "mode": "office", "config": config}


class QueueScreen(ConsoleScreen):
    screen_id = "console_queue"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.net = NetworkJobs(self)
        self._seq = 0
        self.data: dict[str, Any] | None = None
        self.redirecting: int | str | None = None
        self.counter = TextField("counter", numeric=True)
        self.counter.edit.setMaxLength(q.COUNTER_MAX)
        self.body.addWidget(self.counter)
        self.source = WrapLabel(role="muted")
        self.source.setObjectName("QueueSource")
        self.body.addWidget(self.source)
        self.body.addWidget(self.message)
        self.clash_box = QVBoxLayout()
        self.clash_box.setSpacing(16)
        self.body.addLayout(self.clash_box)
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

    def is_ready(self) -> bool:
        return super().is_ready() and not self.net.busy

    def refresh(self) -> None:
        self._seq += 1
        seq = self._seq
        self.run(load_queue, lambda data: self._loaded(seq, data))

    def _loaded(self, seq: int, data: dict[str, Any]) -> None:
        if seq != self._seq:
            return
        self.show_queue(data)
        office, config = data.get("office"), data.get("config")
        if office is None or config is None:
            return
        self.net.submit(lambda: office_service.fetch(config, office["id"]),
                        lambda view, exc: self._fetched(seq, office, config, view, exc))

    def _fetched(self, seq: int, office: dict[str, Any], config: Any, view: oq.OfficeView | None,
                 exc: BaseException | None) -> None:
        if seq != self._seq:
            return
        if exc is not None or view is None:  # not expected (fetch catches network problems): stay local
            log.error("office queue look-up failed: %s", type(exc).__name__)
            view = oq.OfficeView(False, problem="offline")
        if not view.online:
            if self.data is not None:
                self.data = {**self.data, "problem": view.problem}
                self._render()
            return
        self.run(lambda store: office_view(store, office, view, config),
                 lambda data: seq == self._seq and self.show_queue(data))

    def show_queue(self, data: dict[str, Any]) -> None:
        self.data = data
        self._render()

    def _online(self) -> bool:
        return bool(self.data and self.data.get("mode") == "office")

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

        def done(ticket: q.CalledTicket | dict[str, Any] | None) -> None:
            if ticket is None:
                self.say(QCoreApplication.translate("Console", "Nobody is waiting in this category."))
            else:
                number = ticket["ticket"] if isinstance(ticket, dict) else ticket.ticket
                self.say(fmt(QCoreApplication.translate("Console", "Ticket %1 called to counter %2."), number, counter))
                if not isinstance(ticket, dict):
                    notify_sync_new_item(self.ctx)
            self.refresh()

        if self._online():
            self._office_action(lambda config: office_service.act(config, office_id, "call_next", category_id=category_id,
                                                      counter=counter), done, "queue.call_next", counter)
            return
        self.run(lambda store: q.call_next(store, office_id, category_id, counter, role=role), done, self._failed)

    def _office_action(self, job: Any, done: Any, audit_action: str, counter: str = "") -> None:
        """An action on the office queue, on the network worker; its audit line on the database worker."""
        config = (self.data or {}).get("config")
        role = self.role

        def back(result: Any, exc: BaseException | None) -> None:
            if exc is not None:
                self._failed(exc)
                return
            if result is None:
                done(result)
                return
            detail = f"office queue, counter {counter}" if counter else "office queue"
            self.run(lambda store: store.audit(role, audit_action, result["ticket"], detail),
                     lambda _: done(result), self._failed)

        self.net.submit(lambda: job(config), back)

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

        def done(result: Any) -> None:
            self.redirecting = None
            self.say(fmt(texts[action], ticket.ticket))
            if not isinstance(result, dict):
                notify_sync_new_item(self.ctx)
            self.refresh()

        if self._online():
            office_id = self.data["office"]["id"] if self.data else ""
            audit = {"recall": "queue.recall", "served": "queue.served", "no_show": "queue.no_show",
                     "redirect": "queue.redirect"}[action]
            self._office_action(lambda config: office_service.act(config, office_id, action, ticket=ticket.ticket,
                                                      category_id=category_id or None), done, audit)
            return
        self.run(job, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, office_service.OfficeActionError):
            messages = {"not_called": QCoreApplication.translate("Console", "This ticket has not been called."),
                        "finished": QCoreApplication.translate("Console", "This ticket is finished already."),
                        "same_category": QCoreApplication.translate("Console", "The ticket is in this queue already."),
                        "offline": QCoreApplication.translate("Console", "The office queue could not be reached; nothing was changed. Tap Refresh and try again.")}
            self.say(messages.get(exc.code, QCoreApplication.translate("Console", "This cannot be done with this ticket.")))
        elif isinstance(exc, q.QueueActionError):
            messages = {"not_called": QCoreApplication.translate("Console", "This ticket has not been called."),
                        "finished": QCoreApplication.translate("Console", "This ticket is finished already."),
                        "same_category": QCoreApplication.translate("Console", "The ticket is in this queue already."),
                        "bad_counter": QCoreApplication.translate("Console", "Enter your counter number (1 to 8 letters or digits).")}
            self.say(messages.get(exc.code, QCoreApplication.translate("Console", "This cannot be done with this ticket.")))
        else:
            self.say(QCoreApplication.translate("Console", "The queue could not be changed. Try again."))
        self.refresh()

    def start_redirect(self, ticket_id: int | str | None) -> None:
        self.redirecting = ticket_id
        self._render()

    # --- rendering ----------------------------------------------------------------------------
    def _category_name(self, category_id: str) -> str:
        for c in (self.data or {}).get("categories", []):
            if c.category_id == category_id:
                return lang_text({"name_ru": c.name_ru, "name_en": c.name_en}, "name", self.ctx.session.language)
        return category_id

    def _key(self, ticket: q.CalledTicket) -> int | str:
        """Which called ticket a redirect choice belongs to: its number online, its local row offline."""
        return ticket.ticket if self._online() else ticket.id

    def _render_source(self, data: dict[str, Any]) -> None:
        if not data.get("office"):
            self.source.setText("")
        elif data.get("mode") == "office":
            self.source.setText(QCoreApplication.translate("Console", "The office queue: tickets from every kiosk of this office. A call made here is seen at every kiosk."))
        elif data.get("problem") == "other_office":
            self.source.setText(QCoreApplication.translate("Console", "The regional system has this kiosk at another office, so only this kiosk's tickets are shown. Call the technician to check the kiosk's office."))
        elif data.get("config") is not None and data.get("problem"):
            self.source.setText(QCoreApplication.translate("Console", "The office queue cannot be reached: only this kiosk's tickets are shown. Calls made here reach the office queue when the connection is back."))
        elif data.get("config") is not None:
            self.source.setText(QCoreApplication.translate("Console", "Asking the office queue…"))
        else:
            self.source.setText(QCoreApplication.translate("Console", "This kiosk is not connected to the regional system: only its own tickets are shown."))

    def _render_clashes(self, data: dict[str, Any], timezone: str) -> None:
        clear_layout(self.clash_box)

        def when(text: str | None) -> str:
            return office_local_time(parse_utc(text), timezone).split()[1] if text else "?"

        seen: set[str] = set()
        for c in data.get("clashes", []):
            if c["ticket"] in seen:
                continue
            seen.add(c["ticket"])
            frame, box = card()
            frame.setProperty("role", "notice")
            first = c.get("first_issued_at")
            if first:
                text = fmt(QCoreApplication.translate("Console", "⚠ Ticket %1 was given to two visitors (at %2 and at %3). When you call %1, check the time on the ticket and serve both."),
                           c["ticket"], when(first), when(c.get("issued_at")))
            else:
                text = fmt(QCoreApplication.translate("Console", "⚠ Ticket %1 was given to two visitors (one at %2). When you call %1, check the time on the ticket and serve both."),
                           c["ticket"], when(c.get("issued_at")))
            label = WrapLabel(text)
            label.setObjectName(f"Clash-{c['ticket']}")
            box.addWidget(label)
            self.clash_box.addWidget(frame)

    def _render(self) -> None:
        clear_layout(self.called_box)
        clear_layout(self.waiting_box)
        data = self.data or {}
        lang = self.ctx.session.language
        office = data.get("office") or {}
        timezone = office.get("timezone") or "Europe/Moscow"
        self._render_source(data)
        self._render_clashes(data, timezone)
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
            button = row.add(f"Redirect-{ticket.ticket}", lambda t=ticket: self.start_redirect(self._key(t)))
            button.setText(QCoreApplication.translate("Console", "Another queue…"))
            button.setAccessibleName(fmt(QCoreApplication.translate("Console", "Send %1 to another queue"), ticket.ticket))
            box.addWidget(row)
            if self.redirecting == self._key(ticket):
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
                cancel = cancel_row.add("RedirectCancel", lambda: self.start_redirect(None))
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
        self._seq += 1  # answers still on their way are for the session that ended
        self.data = None
        self.redirecting = None
        self.counter.set_text("")
        self.counter.set_error("")
        self.source.setText("")
        clear_layout(self.clash_box)
        clear_layout(self.called_box)
        clear_layout(self.waiting_box)
