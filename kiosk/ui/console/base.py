"""Building blocks of the console screens: the base screen, labelled fields, button rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

from ..context import ScreenContext
from ..i18n import fmt  # noqa: F401 - used by the console screens
from ..layouts import FlowLayout
from ..screens.base import Screen
from ..text_field import KioskLineEdit
from ..widgets import ButtonRow, KioskButton, WrapLabel, set_role  # noqa: F401 - ButtonRow re-exported for the console screens
from .controller import ConsoleController


def clear_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


class TextField(QWidget):
    """A label above a text field, and an error line below it (hidden when there is none)."""

    def __init__(self, name: str, parent: QWidget | None = None, *, numeric: bool = False,
                 secret: bool = False) -> None:
        super().__init__(parent)
        self.setProperty("role", "group")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        self.label = WrapLabel()
        self.edit = KioskLineEdit(numeric=numeric, sensitive=secret)
        self.edit.setObjectName(f"Field-{name}")
        if secret:
            self.edit.setEchoMode(KioskLineEdit.EchoMode.Password)
        self.hint = WrapLabel(role="muted")
        self.hint.hide()
        self.error = WrapLabel(role="error")
        self.error.setObjectName(f"Error-{name}")
        self.error.hide()
        for widget in (self.label, self.edit, self.hint, self.error):
            box.addWidget(widget)
        self.label.setBuddy(self.edit)

    def set_label(self, text: str, hint: str = "") -> None:
        self.label.setText(text)
        self.edit.setAccessibleName(text)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def set_error(self, message: str) -> None:
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))
        self.edit.setAccessibleDescription(message)

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)


class ChoiceField(QWidget):
    """A label, one button per option (◉/○), a hint and an error line: the interface of
    :class:`TextField` (``text``, ``set_text``, ``set_label``, ``set_error``, ``edit`` to focus).

    A value that is not among the options (a saved office the region no longer has) is shown as an
    extra option, so the technician sees it and the validation message at the field.
    """

    def __init__(self, name: str, parent: QWidget | None = None, *, wrap: bool = True) -> None:
        super().__init__(parent)
        from ..forms_widgets import ChoiceButton

        self._button_type = ChoiceButton
        self.name = name
        self.setProperty("role", "group")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        self.label = WrapLabel()
        self.options_widget = QWidget()
        self.options_widget.setObjectName(f"Field-{name}")
        self.options_layout: QLayout = (FlowLayout(self.options_widget, spacing=12) if wrap
                                        else QVBoxLayout(self.options_widget))
        self.options_layout.setContentsMargins(0, 0, 0, 0)
        self.hint = WrapLabel(role="muted")
        self.hint.hide()
        self.error = WrapLabel(role="error")
        self.error.setObjectName(f"Error-{name}")
        self.error.hide()
        for widget in (self.label, self.options_widget, self.hint, self.error):
            box.addWidget(widget)
        self.options: list[tuple[str, str]] = []
        self.buttons: dict[str, Any] = {}
        self.value = ""
        self._extra = ""

    @property
    def edit(self) -> QWidget:
        """The button to focus: the chosen option, else the first."""
        return self.buttons.get(self.value) or next(iter(self.buttons.values()), self.options_widget)

    def set_options(self, options: list[tuple[str, str]]) -> None:
        """``[(value, text)]`` in display order; the chosen value is kept."""
        self.options = list(options)
        values = [v for v, _t in self.options]
        self._extra = self.value if self.value and self.value not in values else ""
        shown = [*self.options, *([(self._extra, self._extra)] if self._extra else [])]
        if [v for v, _t in shown] != list(self.buttons):
            clear_layout(self.options_layout)
            self.buttons = {}
            for value, _text in shown:
                button = self._button_type()
                button.setObjectName(f"Choice-{self.name}-{value or 'none'}")
                button.clicked.connect(lambda _checked=False, v=value: self.set_text(v))
                self.options_layout.addWidget(button)
                self.buttons[value] = button
        for value, text in shown:
            self.buttons[value].set_option_text(text)
            self.buttons[value].set_selected(value == self.value)

    def set_label(self, text: str, hint: str = "") -> None:
        self.label.setText(text)
        self.options_widget.setAccessibleName(text)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def set_error(self, message: str) -> None:
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))
        self.options_widget.setAccessibleDescription(message)

    def text(self) -> str:
        return self.value

    def set_text(self, text: str) -> None:
        self.value = text
        self.set_options(self.options)


class ConsoleScreen(Screen):
    """A console screen: reached only through the PIN pad, for the role in ``SCREEN_ROLES``."""

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._busy = 0
        self.message = WrapLabel(role="status")
        self.message.setObjectName("ConsoleMessage")
        self.message.hide()

    @property
    def console(self) -> ConsoleController | None:
        return getattr(self.ctx.navigator, "console", None)

    @property
    def role(self) -> str:
        console = self.console
        return console.preview_role if console is not None else "technician"

    def run(self, job: Callable[[Any], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run ``job(store)`` on the database worker; callbacks come back here."""
        self._busy += 1

        def done(result: Any) -> None:
            self._busy -= 1
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            self._busy -= 1
            if on_error is not None:
                on_error(exc)
            else:
                import logging

                logging.getLogger(__name__).error("console job failed: %s", exc, exc_info=exc)
                self.say(QCoreApplication.translate("Console", "That did not work: %1").replace("%1", type(exc).__name__))

        self.ctx.tasks.submit(job, done, failed, owner=self)

    def is_ready(self) -> bool:
        return self._busy == 0

    def say(self, text: str, *, success: bool = False) -> None:
        """A message above the cards: green when something was done, else the warning banner."""
        set_role(self.message, "success" if success else "status")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def reset(self) -> None:
        self.say("")
