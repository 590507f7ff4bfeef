"""The PIN pad: large digit buttons, masked dots, lockout with the time left, and two wizards.

* First start (no technician PIN): the pad asks for the one-time setup code that a technician
  printed on the kiosk computer (``main.py setup-code``), then for the new technician PIN twice.
  Without a valid setup code nobody at the screen can set a PIN: the pad says how a technician
  sets it (``main.py set-pin --role technician``).
* A right PIN shorter than :data:`kiosk.console.pins.PIN_MIN` (set before the minimum rose) opens
  the console only after a new PIN has been chosen, twice.
"""

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
INPUT_STATES = ("login", "setup_code", "first", "first_repeat", "renew", "renew_repeat")
CHOOSING = {"first": "first_repeat", "renew": "renew_repeat"}  # choose a PIN → repeat it


def pin_error_text(message: str) -> str:
    if "digits" in message:
        return fmt(QCoreApplication.translate("Console", "A PIN has %1 to %2 digits."), pins.PIN_MIN, pins.PIN_MAX)
    if "easy" in message:
        return QCoreApplication.translate("Console", "This PIN is too easy to guess. Choose another one.")
    if "differ" in message:
        return QCoreApplication.translate("Console", "The clerk and technician PINs must differ.")
    if "setup code" in message:
        return QCoreApplication.translate("Console", "The setup code is no longer valid. A technician can print a new one on the kiosk computer: main.py setup-code.")
    return QCoreApplication.translate("Console", "This PIN cannot be used.")


def _forgot_text() -> str:
    return QCoreApplication.translate("Console", "Forgot the PIN? A technician can set a new one on the kiosk computer: main.py set-pin.")


class PinScreen(ConsoleScreen):
    screen_id = "console_pin"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # loading | login | setup_code | no_setup | first | first_repeat | renew | renew_repeat | locked | checking
        self.state = "loading"
        self.digits = ""
        self.first_pin = ""        # the new PIN typed once, while it is typed again
        self.setup_code = ""       # the setup code that was accepted, until the first PIN is set
        self.renew_role = ""       # the role whose too-short PIN is being replaced
        self.note: tuple[str, tuple[object, ...]] = ("", ())  # the message under the dots, by kind
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
        self.pad = pad = QWidget()
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
        self._note("")
        self._load()

    def _load(self) -> None:
        self.state = "loading"
        self.run(lambda store: (pins.lock_state(store), pins.has_pin(store, "technician"),
                                pins.setup_pending(store)), self._loaded)
        self.retranslate()

    def _loaded(self, result: tuple[tuple[int, str | None], bool, bool]) -> None:
        (failures, locked), has_technician, setup = result
        self.failures = failures
        if locked:
            self._lock(locked)
        elif has_technician:
            self.state = "login"
        elif self.setup_code:  # the code was accepted: go on choosing the PIN
            self.state = "first"
        else:
            self.state = "setup_code" if setup else "no_setup"
            if not self.note[0]:  # keep a message that explains why the wizard started again
                self._note("setup_hint" if setup else "")
        self.retranslate()

    def _lock(self, until: str) -> None:
        self.state = "locked"
        self.locked_until = until
        self.digits = ""
        self._note("")
        self.tick.start()

    def seconds_left(self) -> int:
        if not self.locked_until:
            return 0
        return max(0, int((parse_utc(self.locked_until) - utcnow()).total_seconds() + 0.999))

    def _tick(self) -> None:
        if self.seconds_left() <= 0:
            self.tick.stop()
            self.locked_until = None
            self._load()  # sign-in, or the setup code again on a kiosk without a technician PIN
            return
        self.retranslate()

    def _note(self, kind: str, *args: object) -> None:
        self.note = (kind, args)

    # --- input --------------------------------------------------------------------------------
    def press(self, digit: str) -> None:
        if self.state in INPUT_STATES and len(self.digits) < pins.PIN_MAX:
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
        entered, self.digits = self.digits, ""
        if self.state not in INPUT_STATES or not entered:
            self.retranslate()
            return
        if self.state in CHOOSING:
            self._chosen_once(entered)
        elif self.state in CHOOSING.values():
            self._chosen_twice(entered)
        elif self.state == "setup_code":
            self.state = "checking"
            self.run(lambda store: pins.check_setup_code(store, entered),
                     lambda result: self._setup_checked(result, entered))
        else:
            self.state = "checking"
            self.run(lambda store: pins.login(store, entered), self._login_done)
        self.retranslate()

    def _chosen_once(self, pin: str) -> None:
        try:
            pins.check_new_pin(pin)
        except pins.PinError as exc:
            self._note("pin_error", str(exc))
        else:
            self.first_pin, self.state = pin, CHOOSING[self.state]
            self._note("")

    def _chosen_twice(self, pin: str) -> None:
        back = "first" if self.state == "first_repeat" else "renew"
        if pin != self.first_pin:
            self.first_pin, self.state = "", back
            self._note("differ")
            return
        self.first_pin, self.state = "", "checking"
        if back == "first":
            code = self.setup_code

            def set_first(store: object) -> pins.LoginResult:
                pins.set_first_pin(store, code, pin)
                return pins.login(store, pin)

            self.run(set_first, self._login_done, lambda exc: self._choice_failed(exc, back))
        else:
            role = self.renew_role

            def renew(store: object) -> pins.LoginResult:
                pins.set_pin(store, role, pin, actor=role)
                return pins.LoginResult(role, None, 0)

            self.run(renew, self._login_done, lambda exc: self._choice_failed(exc, back))

    def _setup_checked(self, result: pins.LoginResult, code: str) -> None:
        if result.ok:
            self.setup_code = code  # kept in memory only, until the PIN is set or the pad closes
            self.state = "first"
            self._note("")
        else:
            self._failed(result, "wrong_code", "setup_code")
        self.retranslate()

    def _choice_failed(self, exc: BaseException, back: str) -> None:
        if not isinstance(exc, pins.PinError):
            self.state = back
            self._note("not_saved")
        elif "setup code" in str(exc):  # used up or expired meanwhile: start again
            self.setup_code = ""
            self._load()
            self._note("pin_error", str(exc))
        else:
            self.state = back
            self._note("pin_error", str(exc))
        self.retranslate()

    def _login_done(self, result: pins.LoginResult) -> None:
        if result.ok and result.must_change:
            self.renew_role, self.state = result.role or "", "renew"
            self._note("renew_hint")
        elif result.ok:
            self._note("")
            self.state = "login"
            self.setup_code = self.renew_role = ""
            if self.console is not None:
                self.console.begin(result.role)  # type: ignore[arg-type]
            return
        else:
            self._failed(result, "wrong_pin", "login")
        self.retranslate()

    def _failed(self, result: pins.LoginResult, note: str, state: str) -> None:
        self.failures = result.failures
        if result.locked_until:
            self._lock(result.locked_until)
        else:
            self.state = state
            self._note(note, pins.MAX_FAILURES - result.failures)

    # --- texts --------------------------------------------------------------------------------
    def note_text(self) -> str:
        kind, args = self.note
        if self.state == "locked":
            left = self.seconds_left()
            return (fmt(QCoreApplication.translate("Console", "Too many wrong PINs. Try again in %1 min %2 s."), left // 60, left % 60)
                    + " " + _forgot_text())
        if self.state == "no_setup":
            return QCoreApplication.translate("Console", "Nobody can set it at this screen. A technician sets it on the kiosk computer: main.py set-pin --role technician, or prints a one-time setup code for this screen: main.py setup-code.")
        texts = {
            "wrong_pin": lambda: fmt(QCoreApplication.translate("Console", "Wrong PIN. Attempts left before the pad locks: %1."), *args) + " " + _forgot_text(),
            "wrong_code": lambda: fmt(QCoreApplication.translate("Console", "Wrong or expired setup code. Attempts left before the pad locks: %1."), *args),
            "setup_hint": lambda: QCoreApplication.translate("Console", "A technician prints the code on the kiosk computer: main.py setup-code. It works once, for a limited time."),
            "renew_hint": lambda: fmt(QCoreApplication.translate("Console", "Your PIN is shorter than %1 digits, too easy to find from a copy of the kiosk's data. Choose a new one to continue."), pins.PIN_MIN),
            "differ": lambda: QCoreApplication.translate("Console", "The two PINs differ. Enter the new PIN again."),
            "not_saved": lambda: QCoreApplication.translate("Console", "The PIN could not be saved."),
            "pin_error": lambda: pin_error_text(str(args[0])),
        }
        return texts[kind]() if kind in texts else ""

    def _prompt(self) -> str:
        if self.state in ("first", "renew"):
            text = (QCoreApplication.translate("Console", "First start: choose the technician PIN (%1 to %2 digits)")
                    if self.state == "first" else
                    QCoreApplication.translate("Console", "Choose a new PIN (%1 to %2 digits)"))
            return fmt(text, pins.PIN_MIN, pins.PIN_MAX)
        return {
            "loading": QCoreApplication.translate("Console", "Enter your PIN"),
            "login": QCoreApplication.translate("Console", "Enter your PIN"),
            "checking": QCoreApplication.translate("Console", "Checking the PIN…"),
            "setup_code": QCoreApplication.translate("Console", "First start: enter the setup code"),
            "no_setup": QCoreApplication.translate("Console", "No technician PIN is set on this kiosk yet"),
            "first_repeat": QCoreApplication.translate("Console", "Enter the same technician PIN again"),
            "renew_repeat": QCoreApplication.translate("Console", "Enter the same new PIN again"),
            "locked": QCoreApplication.translate("Console", "The PIN pad is locked"),
        }[self.state]

    def retranslate(self) -> None:
        self.prompt.setText(self._prompt())
        if self.state == "locked":
            left = self.seconds_left()
            self.dots.setText(f"{left // 60}:{left % 60:02d}")
            self.dots.setAccessibleName(fmt(QCoreApplication.translate("Console", "Locked for %1 min %2 s"), left // 60, left % 60))
        else:
            places = pins.SETUP_DIGITS if self.state == "setup_code" else pins.PIN_MIN
            shown = "●" * len(self.digits) + "○" * max(0, places - len(self.digits))
            self.dots.setText(shown)
            self.dots.setAccessibleName(fmt(QCoreApplication.translate("Console", "Digits entered: %1"), len(self.digits)))
        self.say(self.note_text())
        for widget in (self.dots, self.pad):  # nothing to type without a setup code
            widget.setVisible(self.state != "no_setup")
        enabled = self.state in INPUT_STATES
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
        self.digits = self.first_pin = self.setup_code = self.renew_role = ""
        self._note("")
        self.state = "loading"
        self.locked_until = None
        self.retranslate()

    def is_ready(self) -> bool:
        return super().is_ready() and self.state not in ("loading", "checking")
