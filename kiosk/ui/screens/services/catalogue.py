"""The catalogue: search as you type, browse by category and by life situation."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.catalogue import Found, ServiceItem
from kiosk.services import catalogue as cat

from ...context import ScreenContext
from ...forms_widgets import ColumnList, TextButton
from ...text_field import KioskLineEdit
from ...untrusted import echo
from ...widgets import KioskButton, WrapLabel
from ..base import Screen
from .common import lang_text, screen_of

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150


class CatalogueScreen(Screen):
    screen_id = "catalogue"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.intro = WrapLabel(role="muted")
        self.body.addWidget(self.intro)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.search = KioskLineEdit()
        self.search.setObjectName("SearchBox")
        self.search.setClearButtonEnabled(False)
        self.clear_button = KioskButton()
        self.clear_button.setObjectName("ClearSearch")
        row.addWidget(self.search, 1)
        row.addWidget(self.clear_button)
        self.body.addLayout(row)
        self.hint = WrapLabel(role="muted")  # searching, how many found
        self.hint.setObjectName("SearchHint")
        self.body.addWidget(self.hint)
        self.message = WrapLabel(role="status")  # nothing found, errors: a banner, not a grey hint
        self.message.setObjectName("SearchMessage")
        self.body.addWidget(self.message)
        self.list_heading = WrapLabel(role="heading")
        self.body.addWidget(self.list_heading)
        self.results_box = QVBoxLayout()
        self.results_box.setSpacing(12)
        self.body.addLayout(self.results_box)
        self.categories_heading = WrapLabel(role="heading")
        self.body.addWidget(self.categories_heading)
        self.categories_list = ColumnList()
        self.body.addWidget(self.categories_list)
        self.situations_heading = WrapLabel(role="heading")
        self.body.addWidget(self.situations_heading)
        self.situations_list = ColumnList()
        self.body.addWidget(self.situations_list)
        self.body.addStretch(1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._on_text)
        self.search.returnPressed.connect(self._run_search)
        self.clear_button.clicked.connect(self.clear_search)

        self.browse_data: dict[str, list[dict[str, Any]]] | None = None
        self.category_buttons: list[tuple[dict[str, Any], TextButton]] = []
        self.situation_buttons: list[tuple[dict[str, Any], TextButton]] = []
        self.result_buttons: list[tuple[ServiceItem, TextButton]] = []
        self.found: Found | None = None
        self.listing: tuple[str, dict[str, Any]] | None = None  # ("category"|"situation", row)
        self.listed: tuple[ServiceItem, ...] = ()
        self._seq = 0
        self._pending = 0   # jobs in flight
        self._state = "idle"  # idle | searching | results | empty | listing | error
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Catalogue", "Public services")

    # --- data ---------------------------------------------------------------------------------
    def on_shown(self) -> None:
        if self.browse_data is None:
            self._pending += 1
            self.ctx.tasks.submit(cat.browse, self._show_browse, self._failed, owner=self)

    def is_ready(self) -> bool:
        return self._pending == 0 and not self.timer.isActive()

    def _show_browse(self, data: dict[str, list[dict[str, Any]]]) -> None:
        self._pending = max(0, self._pending - 1)
        self.browse_data = data
        self.category_buttons, self.situation_buttons = [], []
        for row in data["categories"]:
            button = self._browse_button(f"cat-{row['id']}")
            button.clicked.connect(lambda _=False, r=row: self.show_listing("category", r))
            self.category_buttons.append((row, button))
        for row in data["situations"]:
            button = self._browse_button(f"sit-{row['id']}")
            button.clicked.connect(lambda _=False, r=row: self.show_listing("situation", r))
            self.situation_buttons.append((row, button))
        self.categories_list.set_widgets([b for _r, b in self.category_buttons])
        self.situations_list.set_widgets([b for _r, b in self.situation_buttons])
        self.retranslate()

    def _browse_button(self, name: str) -> TextButton:
        button = TextButton()
        button.setObjectName(name)
        return button

    def _failed(self, exc: BaseException) -> None:
        self._pending = max(0, self._pending - 1)
        self._state = "error"
        log.error("catalogue could not be read", exc_info=exc)
        self.retranslate()

    # --- search -------------------------------------------------------------------------------
    def _on_text(self, _text: str) -> None:
        self.timer.start()

    def set_query(self, text: str) -> None:
        """Type ``text`` into the search box (tests and screenshots)."""
        self.search.setText(text)

    def _run_search(self) -> None:
        self.timer.stop()
        query = self.search.text().strip()
        self._seq += 1
        seq = self._seq
        if not query:
            self.found = None
            self._state = "listing" if self.listing else "idle"
            self._render_results()
            return
        lang = self.ctx.session.language
        self._pending += 1
        self._state = "searching"
        self.ctx.tasks.submit(lambda store: cat.search(store, query, lang),
                              lambda found: self._search_done(seq, found),
                              lambda exc: self._search_failed(seq, exc), owner=self)

    def _search_done(self, seq: int, found: Found) -> None:
        self._pending = max(0, self._pending - 1)
        if seq != self._seq:
            return  # a newer query is on its way: this answer is stale
        self.found = found
        self.listing = None
        self._state = "results" if found.items else "empty"
        self._render_results()

    def _search_failed(self, seq: int, exc: BaseException) -> None:
        self._pending = max(0, self._pending - 1)
        if seq == self._seq:
            log.error("catalogue search failed", exc_info=exc)
            self._state = "error"
            self._render_results()

    def clear_search(self) -> None:
        self.search.clear()
        self._run_search()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- browsing -----------------------------------------------------------------------------
    def show_listing(self, kind: str, row: dict[str, Any]) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.timer.stop()
        self._seq += 1
        self.found = None
        self.listing = (kind, row)
        self._pending += 1
        self._state = "searching"
        job = ((lambda store: cat.services_in(store, category_id=row["id"])) if kind == "category"
               else (lambda store: cat.services_in(store, situation_id=row["id"])))
        seq = self._seq
        self.ctx.tasks.submit(job, lambda items: self._listing_done(seq, items),
                              lambda exc: self._search_failed(seq, exc), owner=self)

    def _listing_done(self, seq: int, items: tuple[ServiceItem, ...]) -> None:
        self._pending = max(0, self._pending - 1)
        if seq != self._seq:
            return
        self.listed = items
        self._state = "listing"
        self._render_results()
        if self.result_buttons:
            self.result_buttons[0][1].setFocus(Qt.FocusReason.OtherFocusReason)

    # --- rendering ----------------------------------------------------------------------------
    def _render_results(self) -> None:
        for _item, button in self.result_buttons:
            button.hide()  # no queued show opens it as a window of its own
            button.setParent(None)
            button.deleteLater()
        self.result_buttons = []
        items: tuple[ServiceItem, ...] = ()
        if self._state == "results" and self.found:
            items = self.found.items
        elif self._state == "listing" and self.listing:
            items = self.listed
        for item in items:
            button = TextButton()
            button.setObjectName(f"result-{item.id}")
            button.clicked.connect(lambda _=False, sid=item.id: self.open_service(sid))
            self.results_box.addWidget(button)
            self.result_buttons.append((item, button))
        self.retranslate()

    def open_service(self, service_id: str) -> None:
        screen_of(self.ctx, "service_card").show_service(service_id)  # type: ignore[attr-defined]
        self.ctx.navigator.go("service_card")

    def retranslate(self) -> None:
        lang = self.ctx.session.language
        self.intro.setText(QCoreApplication.translate("Catalogue", "Type what you need, for example “passport” or “pension”, or choose a topic below."))
        self.search.setPlaceholderText(QCoreApplication.translate("Catalogue", "Search services"))
        self.search.setAccessibleName(QCoreApplication.translate("Catalogue", "Search services: type a word, results appear as you type"))
        self.clear_button.setText(QCoreApplication.translate("Catalogue", "Clear"))
        self.clear_button.setAccessibleName(QCoreApplication.translate("Catalogue", "Clear the search"))
        self.clear_button.setVisible(bool(self.search.text()))
        query = self.found.query if self.found else self.search.text().strip()
        count = len(self.found.items) if self.found else len(self.listed)
        messages = {
            "idle": "",
            "searching": QCoreApplication.translate("Catalogue", "Searching…"),
            "results": QCoreApplication.translate("Catalogue", "Found: %1. The best matches come first; touch a service to see what to bring.").replace("%1", str(count)),
            "empty": QCoreApplication.translate("Catalogue", "Nothing found for “%1”. Try typing fewer words or check the spelling, "
                        "or choose a topic below.").replace("%1", echo(query)),
            "listing": QCoreApplication.translate("Catalogue", "Services: %1. Touch a service to see what to bring.").replace("%1", str(count)),
            "error": QCoreApplication.translate("Catalogue", "The catalogue cannot be shown right now. Please ask a member of staff."),
        }
        problem = self._state in ("empty", "error")
        self.message.setText("⚠ " + messages[self._state] if problem else "")
        self.message.setVisible(problem)
        self.hint.setText("" if problem else messages[self._state])
        self.hint.setVisible(not problem and bool(messages[self._state]))
        heading = ""
        if self._state == "results":
            heading = QCoreApplication.translate("Catalogue", "Search results")
        elif self._state == "listing" and self.listing:
            heading = lang_text(self.listing[1], "name", lang)
        self.list_heading.setText(heading)
        self.list_heading.setVisible(bool(heading))
        for item, button in self.result_buttons:
            name = item.name(lang)
            html = ""
            if item.name_html and item.html_lang == lang:
                # captions are bold already: matched words are underlined as well
                html = item.name_html.replace("<b>", "<u>").replace("</b>", "</u>")
            button.set_caption(name, html=html)
        self.categories_heading.setText(QCoreApplication.translate("Catalogue", "Categories"))
        self.situations_heading.setText(QCoreApplication.translate("Catalogue", "Life situations"))
        has_browse = bool(self.browse_data and (self.browse_data["categories"] or self.browse_data["situations"]))
        self.categories_heading.setVisible(bool(self.category_buttons))
        self.situations_heading.setVisible(bool(self.situation_buttons))
        if self.browse_data is not None and not has_browse and self._state == "idle":
            self.message.setText(QCoreApplication.translate("Catalogue", "The list of services is not available yet. Please ask a member of staff."))
            self.message.setVisible(True)
        for row, button in self.category_buttons:
            name = lang_text(row, "name", lang)
            # a no-break space keeps the count with the last word: never "(12)" alone on a line
            button.set_caption(f"{name}\u00a0({row['services']})", accessible=name)
        for row, button in self.situation_buttons:
            button.set_caption(lang_text(row, "name", lang))

    def reset(self) -> None:
        self.timer.stop()
        self._seq += 1
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.found = None
        self.listing = None
        self.listed = ()
        self._state = "idle"
        self._render_results()
