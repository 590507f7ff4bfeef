"""The PIN pad: large digit buttons, masked dots, lockout with the time left, first-run wizard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.console import pins
from offline_db.store import parse_utc, utcnow

from ..context import ScreenContext
from ..widgets import KioskButton, WrapLabel, set_role
from .base import ConsoleScreen, fmt

DIGIT_PX = 112


def pin_error_text(message: str) -> str:
    if "digits" in message:
        return QCoreApplication.translate("Console", "A PIN has 4 to 12 digits.")
    if "easy" in message:
        return QCoreApplication.translate("Console", "This PIN is too easy to guess. Choose another one.")
    if "differ" in message:
        return QCoreApplication.translate("Console", "The clerk and technician PINs must differ.")
    return QCoreApplication.translate("Console", "This PIN cannot be used.")


class PinScreen(ConsoleScreen):
    screen_id = "console_pin"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.state = "loading"   # loading | login | first | first_repeat | locked | checking
        self.digits = ""
        self.first_pin = ""
        self.locked_until: str | None = None
        self.failures = 0
        self.prompt = WrapLabel(role="heading")
        self.prompt.setObjectName("PinPrompt")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots = WrapLabel(role="heading")
        self.dots.setObjectName("PinDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setStyleSheet("font-size: 56px; letter-spacing: 8px;")
        self.body.addWidget(self.prompt)
        self.body.addWidget(self.dots)
        self.body.addWidget(self.message)
        pad = QWidget()
        pad.setProperty("role", "group")
        grid = QGridLayout(pad)
        grid.setSpacing(16)
        grid.setContentsMargins(0, 0, 0, 0)
        self.digit_buttons: dict[str, KioskButton] = {}
        for i, digit in enumerate("123456789"):
            grid.addWidget(self._digit(digit), i // 3, i % 3)
        self.clear_button = KioskButton()
        self.clear_button.setObjectName("PinClear")
        self.clear_button.clicked.connect(self.backspace)
        self.ok_button = KioskButton(role="primary")
        self.ok_button.setObjectName("PinOk")
        self.ok_button.clicked.connect(self.submit)
        for button in (self.clear_button, self.ok_button):
            button.setMinimumHeight(DIGIT_PX)
        for column in range(3):  # three equal columns, wide enough for "⌫ Erase"
            grid.setColumnMinimumWidth(column, round(DIGIT_PX * 1.8))
        grid.addWidget(self.clear_button, 3, 0)
        grid.addWidget(self._digit("0"), 3, 1)
        grid.addWidget(self.ok_button, 3, 2)
        self.body.addWidget(pad, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addStretch(1)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._tick)
        self.retranslate()

    def _digit(self, digit: str) -> KioskButton:
        button = KioskButton(digit)
        button.setObjectName(f"PinDigit{digit}")
        button.setMinimumSize(DIGIT_PX, DIGIT_PX)
        button.setAccessibleName(digit)
        button.setStyleSheet("font-size: 40px; font-weight: bold;")
        button.clicked.connect(lambda: self.press(digit))
        self.digit_buttons[digit] = button
        return button

    def title(self) -> str:
        return QCoreApplication.translate("Console", "Staff sign-in")

    # --- state --------------------------------------------------------------------------------
    def on_shown(self) -> None:
        self.digits = ""
        self.state = "loading"
        self.run(lambda store: (pins.lock_state(store), pins.has_pin(store, "technician")), self._loaded)
        self.retranslate()

    def _loaded(self, result: tuple[tuple[int, str | None], bool]) -> None:
        (failures, locked), has_technician = result
        self.failures = failures
        if locked:
            self._lock(locked)
        else:
            self.state = "login" if has_technician else "first"
        self.retranslate()

    def _lock(self, until: str) -> None:
        self.state = "locked"
        self.locked_until = until
        self.digits = ""
        self.tick.start()

    def seconds_left(self) -> int:
        if not self.locked_until:
            return 0
        return max(0, int((parse_utc(self.locked_until) - utcnow()).total_seconds() + 0.999))

    def _tick(self) -> None:
        if self.seconds_left() <= 0:
            self.tick.stop()
            self.locked_until = None
            self.state = "login"
            self.say("")
        self.retranslate()

    # --- input --------------------------------------------------------------------------------
    def press(self, digit: str) -> None:
        if self.state in ("login", "first", "first_repeat") and len(self.digits) < pins.PIN_MAX:
            self.digits += digit
            self.retranslate()

    def backspace(self) -> None:
        self.digits = self.digits[:-1]
        self.retranslate()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.backspace()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() not in (
                *self.digit_buttons.values(), self.clear_button):
            self.submit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def submit(self) -> None:
        pin, self.digits = self.digits, ""
        if self.state == "first":
            try:
                pins.check_new_pin(pin)
            except pins.PinError as exc:
                self.say(pin_error_text(str(exc)))
            else:
                self.first_pin, self.state = pin, "first_repeat"
                self.say("")
            self.retranslate()
            return
        if self.state == "first_repeat":
            if pin != self.first_pin:
                self.first_pin, self.state = "", "first"
                self.say(QCoreApplication.translate("Console", "The two PINs differ. Enter the new PIN again."))
                self.retranslate()
                return
            first, self.first_pin = self.first_pin, ""
            self.state = "checking"

            def set_first(store: object) -> pins.LoginResult:
                if pins.has_pin(store, "technician"):  # someone set it meanwhile: sign in normally
                    return pins.login(store, first)
                pins.set_pin(store, "technician", first, actor="technician")
                return pins.login(store, first)

            self.run(set_first, self._login_done, self._first_failed)
            self.retranslate()
            return
        if self.state != "login" or not pin:
            self.retranslate()
            return
        self.state = "checking"
        self.run(lambda store: pins.login(store, pin), self._login_done)
        self.retranslate()

    def _first_failed(self, exc: BaseException) -> None:
        self.state = "first"
        self.say(pin_error_text(str(exc)) if isinstance(exc, pins.PinError) else QCoreApplication.translate("Console", "The PIN could not be saved."))
        self.retranslate()

    def _login_done(self, result: pins.LoginResult) -> None:
        if result.ok:
            self.say("")
            self.state = "login"
            if self.console is not None:
                self.console.begin(result.role)  # type: ignore[arg-type]
            return
        self.failures = result.failures
        if result.locked_until:
            self._lock(result.locked_until)
            self.say("")
        else:
            self.state = "login"
            left = pins.MAX_FAILURES - result.failures
            self.say(fmt(QCoreApplication.translate("Console", "Wrong PIN. Attempts left before the pad locks: %1."), left)
                     + " " + QCoreApplication.translate("Console", "Forgot the PIN? A technician can set a new one on the kiosk computer: main.py set-pin."))
        self.retranslate()

    # --- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        prompts = {
            "loading": QCoreApplication.translate("Console", "Enter your PIN"),
            "login": QCoreApplication.translate("Console", "Enter your PIN"),
            "checking": QCoreApplication.translate("Console", "Checking the PIN…"),
            "first": QCoreApplication.translate("Console", "First start: choose the technician PIN (4 to 12 digits)"),
            "first_repeat": QCoreApplication.translate("Console", "Enter the same technician PIN again"),
            "locked": QCoreApplication.translate("Console", "The PIN pad is locked"),
        }
        self.prompt.setText(prompts[self.state])
        if self.state == "locked":
            left = self.seconds_left()
            self.dots.setText(f"{left // 60}:{left % 60:02d}")
            self.dots.setAccessibleName(fmt(QCoreApplication.translate("Console", "Locked for %1 min %2 s"), left // 60, left % 60))
            self.say(fmt(QCoreApplication.translate("Console", "Too many wrong PINs. Try again in %1 min %2 s."), left // 60, left % 60)
                     + " " + QCoreApplication.translate("Console", "Forgot the PIN? A technician can set a new one on the kiosk computer: main.py set-pin."))
        else:
            shown = "●" * len(self.digits) + "○" * max(0, 4 - len(self.digits))
            self.dots.setText(shown)
            self.dots.setAccessibleName(fmt(QCoreApplication.translate("Console", "Digits entered: %1"), len(self.digits)))
        enabled = self.state in ("login", "first", "first_repeat")
        for button in self.digit_buttons.values():
            button.setEnabled(enabled)
        self.clear_button.setEnabled(enabled)
        self.ok_button.setEnabled(enabled)
        # a disabled "primary" button keeps its blue fill: drop the role so OK greys out like the keys
        set_role(self.ok_button, "primary" if enabled else "")
        self.clear_button.setText("⌫ " + QCoreApplication.translate("Console", "Erase"))
        self.clear_button.setAccessibleName(QCoreApplication.translate("Console", "Erase the last digit"))
        self.ok_button.setText(QCoreApplication.translate("Console", "OK"))
        self.ok_button.setAccessibleName(QCoreApplication.translate("Console", "Sign in with this PIN"))

    def reset(self) -> None:
        super().reset()
        self.tick.stop()
        self.digits = ""
        self.first_pin = ""
        self.state = "loading"
        self.locked_until = None
        self.retranslate()

    def is_ready(self) -> bool:
        return super().is_ready() and self.state not in ("loading", "checking")
