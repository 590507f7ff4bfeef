"""Meter readings, step 1: provider, personal account number, house and flat to confirm it."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from kiosk.domain import meters as m
from kiosk.services import meters as meter_service
from kiosk.services import status as status_service
from kiosk.sync import clock as server_clock
from mfc_rules import meters as rules
from offline_db.store import iso_utc, utcnow

from ...context import ScreenContext
from ...forms_widgets import ChoiceButton
from ...leave_guard import LeaveGuard
from ...text_field import KioskLineEdit
from ...untrusted import echo
from ...widgets import ButtonRow, WrapLabel, set_invalid
from ..base import Screen
from ..services.common import lang_text, screen_of
from ..services.status import NetworkJobs
from .texts import account_error, fmt

log = logging.getLogger(__name__)

#: Width of a text field (px): enough for the longest value, not the whole screen.  Only the
#: fields are narrowed: a wrapped label with a maximum width gets the height for the full width.
FIELD_WIDTH = 640


def scroll_to_top(page: QScrollArea, widget: QWidget, margin: int = 16) -> None:
    """Scroll ``page`` so that ``widget`` is at the top of the viewport (what the citizen must read
    or correct first).  Widgets and texts just shown move ``widget`` and make the page taller only
    once the scroll area has taken in the new layout, so for a second the scroll is repeated
    whenever the page's height changes (not after the citizen moves the scroll bar)."""
    bar = page.verticalScrollBar()
    page._scroll_target = widget  # type: ignore[attr-defined]
    if not getattr(page, "_scroll_hooked", False):
        bar.rangeChanged.connect(lambda _lo, _hi: _scroll_pending(page, margin))
        bar.sliderPressed.connect(lambda: cancel_scroll(page))
        page._scroll_hooked = True  # type: ignore[attr-defined]
    _scroll_pending(page, margin)
    QTimer.singleShot(0, page, lambda: _scroll_pending(page, margin))
    QTimer.singleShot(1000, page, lambda: cancel_scroll(page, widget))


def cancel_scroll(page: QScrollArea, widget: QWidget | None = None) -> None:
    """Forget a pending :func:`scroll_to_top` (of ``widget`` only, when given)."""
    if widget is None or getattr(page, "_scroll_target", None) is widget:
        page._scroll_target = None  # type: ignore[attr-defined]


def _scroll_pending(page: QScrollArea, margin: int) -> None:
    target = getattr(page, "_scroll_target", None)
    content = page.widget()
    if target is None or content is None:
        return
    try:
        if _hidden_in(target, content):
            page._scroll_target = None  # type: ignore[attr-defined]
            return
        if not target.isVisibleTo(content):
            return  # just added to the page: shown (and placed) by the next event loop turn
        want = max(0, target.mapTo(content, QPoint(0, 0)).y() - margin)
    except RuntimeError:  # the widget was deleted meanwhile (the page was rebuilt)
        page._scroll_target = None  # type: ignore[attr-defined]
        return
    bar = page.verticalScrollBar()
    bar.setValue(min(bar.maximum(), want))


def _hidden_in(widget: QWidget, top: QWidget) -> bool:
    """``widget`` or a parent below ``top`` was hidden on purpose (not merely not shown yet)."""
    w: QWidget | None = widget
    while w is not None and w is not top:
        if w.isHidden() and w.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
            return True
        w = w.parentWidget()
    return w is None


@dataclass
class Visit:
    """What the citizen gave so far (forgotten on the idle wipe and after the receipt)."""

    provider: dict[str, Any]
    account_number: str
    house: str
    flat: str
    online: bool = False
    meters: tuple[rules.Meter, ...] = ()
    entries: list[rules.ReadingEntry] = field(default_factory=list)
    #: The kiosk's clock offset as last learned (``meters.server_clock``), for the period it shows.
    clock: dict[str, Any] | None = None

    @property
    def masked_account(self) -> str:
        """``••••••••6549``, isolated for a sentence (the number is what the citizen typed)."""
        number = rules.normalise_account(self.account_number)
        return echo("•" * max(0, len(number) - 4) + number[-4:])


class Field(QWidget):
    """A labelled text field with its hint and its error message under it."""

    def __init__(self, name: str, *, numeric: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "group")  # transparent: the screen's colours show through
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        self.label = WrapLabel(role="heading")
        self.hint = WrapLabel(role="muted")
        self.edit = KioskLineEdit(numeric=numeric, sensitive=True)
        self.edit.setObjectName(name)
        self.error = WrapLabel(role="error")
        self.error.setObjectName(f"error-{name}")
        for w in (self.label, self.hint, self.edit, self.error):
            box.addWidget(w)
        self.error.hide()
        self._label = ""

    def set_texts(self, label: str, hint: str = "") -> None:
        self._label = label
        self.label.setText(label)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self._names()

    def set_error(self, message: str) -> None:
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))
        self._names()

    def _names(self) -> None:
        message = self.error.text().lstrip("⚠ ") if self.error.isVisibleTo(self) else ""
        self.edit.setAccessibleName(f"{self._label}. {message}" if message else self._label)

    def text(self) -> str:
        return self.edit.text()


class AccountScreen(Screen):
    screen_id = "meters"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.net = NetworkJobs(self)
        self.providers: list[dict[str, Any]] = []
        self.provider: dict[str, Any] | None = None
        self._loading = False
        self._state = "idle"  # idle | looking | failed
        self._seq = 0
        self._codes: dict[str, str] = {}
        self.intro = WrapLabel(role="muted")
        self.body.addWidget(self.intro)
        self.provider_label = WrapLabel(role="heading")
        self.body.addWidget(self.provider_label)
        self.provider_box = QVBoxLayout()
        self.provider_box.setSpacing(12)
        self.body.addLayout(self.provider_box)
        self.provider_buttons: list[tuple[dict[str, Any], ChoiceButton]] = []
        self.provider_error = WrapLabel(role="error")
        self.provider_error.setObjectName("error-provider")
        self.provider_error.hide()
        self.body.addWidget(self.provider_error)
        self.account = Field("AccountNumber")
        self.house = Field("House")
        self.flat = Field("Flat")
        for f in (self.account, self.house, self.flat):
            f.edit.setMaximumWidth(FIELD_WIDTH)  # the field under its label, not across the screen
            self.body.addWidget(f)
            f.edit.editingFinished.connect(lambda f=f: self._field_left(f))
        # The look-up's outcome right above the button that tries again (scrolled into view).
        self.message = WrapLabel(role="status")
        self.message.setObjectName("LookupMessage")
        self.body.addWidget(self.message)
        actions = ButtonRow()
        self.next_button = actions.add("FindAccountButton", self.next, role="primary")
        self.body.addWidget(actions)
        self.body.addStretch(1)
        self.leave_guard = LeaveGuard(self)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Meters", "Meter readings")

    def is_ready(self) -> bool:
        return not self._loading and self._state != "looking"

    def on_shown(self) -> None:
        if self.providers:
            return
        self._loading = True

        def done(rows: list[dict[str, Any]]) -> None:
            self._loading = False
            self.set_providers(rows)

        def failed(exc: BaseException) -> None:
            self._loading = False
            log.error("utility providers could not be read", exc_info=exc)

        self.ctx.tasks.submit(meter_service.providers, done, failed, owner=self)

    def set_providers(self, rows: list[dict[str, Any]]) -> None:
        for _p, button in self.provider_buttons:
            button.hide()  # no queued show opens it as a window of its own
            button.setParent(None)
            button.deleteLater()
        self.providers = rows
        self.provider_buttons = []
        for row in rows:
            button = ChoiceButton()
            button.setObjectName(f"provider-{row['id']}")
            button.clicked.connect(lambda _=False, r=row: self.choose(r))
            self.provider_box.addWidget(button)
            self.provider_buttons.append((row, button))
        self.retranslate()

    def choose(self, provider: dict[str, Any]) -> None:
        self.provider = provider
        self._codes.pop("provider", None)
        if self.account.text().strip():
            self._field_left(self.account)
        self.retranslate()

    # --- validation -------------------------------------------------------------------------------
    def _codes_for(self, f: Field) -> str:
        if f is self.account:
            if self.provider is None:
                return ""
            return rules.check_account(self.provider, f.text()) or ""
        if f is self.house:
            return "house_empty" if not f.text().strip() else ""
        return ""

    def _field_left(self, f: Field) -> None:
        if not f.text().strip() and not self._codes.get(f.edit.objectName()):
            return
        self._codes[f.edit.objectName()] = self._codes_for(f)
        self._show_errors()

    def _show_errors(self) -> None:
        example = rules.account_example(self.provider or {})
        code = self._codes.get("AccountNumber", "")
        self.account.set_error(account_error(code, example) if code else "")
        set_invalid(self.account.edit, bool(code))
        self.house.set_error(QCoreApplication.translate("Meters", "Enter the house number, for example 12 or 44k2.") if self._codes.get("House") else "")
        set_invalid(self.house.edit, bool(self._codes.get("House")))
        self.provider_error.setText("⚠ " + QCoreApplication.translate("Meters", "Choose your provider: it is printed at the top of the bill."))
        self.provider_error.setVisible(bool(self._codes.get("provider")))

    def next(self) -> None:
        if self._state == "looking":
            return
        self._codes = {"AccountNumber": self._codes_for(self.account), "House": self._codes_for(self.house)}
        if self.provider is None:
            self._codes["provider"] = "provider_empty"
        self._show_errors()
        if any(self._codes.values()):
            key, first, shown = next((key, w, top) for key, w, top in (
                ("provider", self.provider_buttons[0][1] if self.provider_buttons else None, self.provider_label),
                ("AccountNumber", self.account.edit, self.account), ("House", self.house.edit, self.house))
                if self._codes.get(key) and w is not None)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            scroll_to_top(self.page, shown)  # the first error, and the button below it
            return
        assert self.provider is not None
        visit = Visit(self.provider, self.account.text(), self.house.text().strip(), self.flat.text().strip())
        self._state = "looking"
        self._seq += 1
        seq = self._seq
        self.retranslate()

        def got_config(found: tuple[Any, dict[str, Any] | None]) -> None:
            config, visit.clock = found
            if seq != self._seq:
                return
            self.net.submit(lambda: meter_service.lookup_account(config, visit.provider["id"], visit.account_number,
                                                     visit.house, visit.flat),
                            lambda result, exc: self._looked_up(seq, visit, result, exc))

        def failed(exc: BaseException) -> None:
            log.error("sync settings could not be read", exc_info=exc)
            got_config((None, None))

        self.ctx.tasks.submit(lambda store: (status_service.remote_config(store), store.get_setting(m.CLOCK_SETTING)),
                              got_config, failed, owner=self)

    def _looked_up(self, seq: int, visit: Visit, result: m.Lookup | None, exc: BaseException | None) -> None:
        if seq != self._seq:
            return
        if exc is not None:
            log.error("account look-up failed unexpectedly", exc_info=exc)
            result = m.Lookup(online=False)
        assert result is not None
        self._state = "idle"
        if result.retry_after_s is not None:
            self._state = "throttled"
            self._wait_min = max(1, -(-int(result.retry_after_s) // 60))
            self.retranslate()
            self.show_outcome()
            return
        if result.online and not result.found:
            self._state = "failed"
            self.retranslate()
            self.show_outcome()
            return
        if result.online:
            now = utcnow()
            self.ctx.tasks.submit(lambda store: meter_service.remember_server_clock(store, result.server_time, now), owner=self)
            try:  # the same offset, for the period the next screens show
                visit.clock = {"offset_s": server_clock.offset_s(result.server_time, now), "learned_at": iso_utc(now)}
            except ValueError:
                log.warning("the backend's server_time could not be read")
            visit.online, visit.meters = True, result.meters
        self.retranslate()
        entry = screen_of(self.ctx, "meter_entry")
        entry.start(visit)  # type: ignore[attr-defined]
        self.ctx.navigator.go("meter_entry")

    def show_outcome(self) -> None:
        """The look-up's answer is below the fields: bring the fields to check, the answer and the
        button that tries again into view."""
        scroll_to_top(self.page, self.account)

    # --- texts ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self.ctx.session.language
        self.intro.setText(QCoreApplication.translate("Meters", "Submit the readings of your electricity, water, heating and gas meters. Have your bill at hand: "
                              "you need the personal account number printed on it."))
        self.provider_label.setText(QCoreApplication.translate("Meters", "Your provider"))
        for row, button in self.provider_buttons:
            button.set_selected(self.provider is not None and row["id"] == self.provider["id"])
            button.set_option_text(lang_text(row, "name", lang))
        # The same hint whichever provider is chosen; a wrong format gets the provider's example.
        self.account.set_texts(QCoreApplication.translate("Meters", "Personal account number"),
                               QCoreApplication.translate("Meters", "As on the bill"))
        self.house.set_texts(QCoreApplication.translate("Meters", "House number"), QCoreApplication.translate("Meters", "To confirm the account is yours, for example 12 or 44k2"))
        self.flat.set_texts(QCoreApplication.translate("Meters", "Flat number"), QCoreApplication.translate("Meters", "Leave it empty for a private house"))
        self._show_errors()
        messages = {"looking": QCoreApplication.translate("Meters", "Looking for the account…"),
                    "failed": self._not_found_text(),
                    "throttled": fmt(QCoreApplication.translate("Meters", "Too many tries with a wrong account number or address have been made at this kiosk. "
                                    "For your safety, please try again in %1 min, or ask a member of staff for help."),
                                     getattr(self, "_wait_min", 10))}
        self.message.setText(messages.get(self._state, ""))
        self.message.setVisible(self._state in messages)
        self.next_button.setText(QCoreApplication.translate("Meters", "Next: my meters"))
        self.next_button.setAccessibleName(QCoreApplication.translate("Meters", "Next: find my account and meters"))
        self.next_button.setEnabled(self._state != "looking")

    def _not_found_text(self) -> str:
        again = fmt(QCoreApplication.translate("Meters", "No account with this number and address was found. Check the account number "
                                                         "on the bill and the house and flat numbers, then touch “%1” again."),
                    QCoreApplication.translate("Meters", "Next: my meters"))
        phone = str((self.provider or {}).get("phone") or "")
        if phone:
            return again + " " + fmt(QCoreApplication.translate("Meters", "If everything matches the bill, call the provider: %1."), phone)
        return again + " " + QCoreApplication.translate("Meters", "If everything matches the bill, call the provider: the phone number is on the bill.")

    def reset(self) -> None:
        self._seq += 1
        self.provider = None
        self._state = "idle"
        self._codes = {}
        for f in (self.account, self.house, self.flat):
            f.edit.clear()
        self.retranslate()
        cancel_scroll(self.page)
        self.page.verticalScrollBar().setValue(0)
