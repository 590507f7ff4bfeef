"""No silent loss of a citizen's form: leaving it by Back or Home with something entered asks first.

A screen holding a form makes a :class:`LeaveGuard` (it puts a question card at the top of the
screen) and the shell's ``confirm_leave`` hook (``KioskWindow._asks_first``) reaches it through
:meth:`kiosk.ui.screens.base.Screen.confirm_leave`.  "Keep editing" is the default, focused
choice, so a stray Enter keeps the form; "Discard" forgets what was entered and goes on.  Going
forward from a form (to its review, to the accessibility settings) loses nothing and does not ask;
the idle wipe never asks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from .text_field import KioskLineEdit
from .widgets import ButtonRow, WrapLabel

# Ways out of a screen that lose what it holds (the shell's ``leaving_to``).
LOSING = ("back", "home")


def typed_anything(screen: QWidget) -> bool:
    """Whether any text field on ``screen`` holds text (the default test of "something entered")."""
    return any(edit.text().strip() for edit in screen.findChildren(KioskLineEdit))


class LeaveGuard(QObject):
    """The question "Discard what you entered?" on ``screen`` (a :class:`~.screens.base.Screen`).

    ``entered()`` says whether there is anything to lose; ``discard()`` forgets it (usually the
    screen's ``reset``).
    """

    def __init__(self, screen: QWidget, entered: Callable[[], bool] | None = None,
                 discard: Callable[[], None] | None = None) -> None:
        super().__init__(screen)
        self.screen = screen
        self.entered = entered or (lambda: typed_anything(screen))
        self.discard_entries = discard or screen.reset
        self._action: Callable[[], None] | None = None
        self._return_to: QWidget | None = None
        self.frame = QFrame()
        self.frame.setProperty("role", "card")
        self.frame.setObjectName("DiscardQuestion")
        box = QVBoxLayout(self.frame)
        box.setContentsMargins(24, 20, 24, 20)
        box.setSpacing(12)
        self.text = WrapLabel(role="status")
        self.text.setObjectName("DiscardQuestionText")
        box.addWidget(self.text)
        row = ButtonRow()
        self.keep_button = row.add("KeepEditingForm", self.keep, "primary")
        self.discard_button = row.add("DiscardForm", self.discard)
        box.addWidget(row)
        self.frame.hide()
        screen.body.insertWidget(0, self.frame)  # type: ignore[attr-defined]
        screen.installEventFilter(self)
        self.retranslate()

    def asking(self) -> bool:
        return self.frame.isVisibleTo(self.screen)

    def ask(self, action: Callable[[], None], leaving_to: str) -> bool:
        """True = the question is on screen and ``action`` runs only after "Discard"."""
        if leaving_to not in LOSING or not self.entered():
            return False
        from PySide6.QtWidgets import QApplication

        focused = QApplication.focusWidget()
        self._return_to = focused if focused is not None and self.screen.isAncestorOf(focused) else None
        self._action = action
        self.retranslate()
        self.frame.show()
        self.screen.page.verticalScrollBar().setValue(0)  # type: ignore[attr-defined]
        self.keep_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def keep(self) -> None:
        self._action = None
        self.frame.hide()
        if self._return_to is not None:
            self._return_to.setFocus(Qt.FocusReason.OtherFocusReason)
        self._return_to = None

    def discard(self) -> None:
        action, self._action = self._action, None
        self.frame.hide()
        self._return_to = None
        self.discard_entries()
        if action is not None:
            action()

    def retranslate(self) -> None:
        self.text.setText(QCoreApplication.translate("Leave", "Discard what you entered? If you leave now, this form is cleared."))
        self.keep_button.setText(QCoreApplication.translate("Leave", "Keep editing"))
        self.keep_button.setAccessibleName(QCoreApplication.translate("Leave", "Keep editing: stay on this form"))
        self.discard_button.setText(QCoreApplication.translate("Leave", "Discard and leave"))
        self.discard_button.setAccessibleName(QCoreApplication.translate("Leave", "Discard what you entered and leave"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.screen and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif watched is self.screen and event.type() == QEvent.Type.Hide:
            self._action, self._return_to = None, None  # the idle wipe or staff took over: no question left
            self.frame.hide()
        return False
