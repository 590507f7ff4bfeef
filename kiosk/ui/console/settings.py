"""Technician: enrolment and settings (each value validated with a clear message at its field),
the token entered once and never shown again, and "Test connection" step by step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk import paths
from kiosk.console import connection, enrolment

from ..context import ScreenContext
from ..screens.services.common import card
from ..screens.services.status import NetworkJobs
from ..widgets import WrapLabel, set_invalid
from .base import ButtonRow, ChoiceField, ConsoleScreen, TextField, clear_layout, fmt
from .settings_texts import error_text, labels, step_name, step_text

#: Fields chosen from a list rather than typed: the office from the store's offices, the language.
CHOICE_FIELDS = ("office_id", "default_language")
#: Typed in Latin letters whatever the session language: the on-screen keyboard opens in its
#: English layout for them (kiosk/ui/keyboard.py), with the URL keys for the addresses.
URL_FIELDS = ("backend_url", "proxy")
LATIN_FIELDS = ("kiosk_id", "token", "ca_bundle", "printer")


class SettingsScreen(ConsoleScreen):
    screen_id = "console_settings"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.has_token = False
        self.offices: list[dict[str, Any]] = []
        self.errors: dict[str, tuple[str, dict[str, Any]]] = {}
        self.steps: list[connection.StepResult] = []
        self.testing = False
        self.tested_unsaved = False  # the last test used values typed on the form, not the saved ones
        self.net = NetworkJobs(self)
        self.saved_values: dict[str, str] | None = None  # the form as loaded or last saved
        self._leave: Callable[[], None] | None = None  # where the technician wanted to go
        self.leave_frame, leave_box = card()
        self.leave_frame.setObjectName("UnsavedChanges")
        self.leave_text = WrapLabel(role="status")
        self.leave_text.setObjectName("UnsavedChangesText")
        leave_box.addWidget(self.leave_text)
        leave_row = ButtonRow()
        self.keep_button = leave_row.add("KeepEditing", self.keep_editing, "primary")
        self.discard_button = leave_row.add("DiscardChanges", self.discard_changes)
        leave_box.addWidget(leave_row)
        self.leave_frame.hide()
        self.body.addWidget(self.leave_frame)
        self.intro = WrapLabel(role="muted")
        self.body.addWidget(self.intro)
        self.fields: dict[str, TextField | ChoiceField] = {}
        for name in enrolment.FIELDS:
            numeric = name in enrolment.INT_SETTINGS
            field: TextField | ChoiceField = (
                ChoiceField(name, wrap=name == "default_language") if name in CHOICE_FIELDS
                else TextField(name, numeric=numeric, secret=name == "token"))
            self.fields[name] = field
            self.body.addWidget(field)
            if name in URL_FIELDS or name in LATIN_FIELDS:
                hints = Qt.InputMethodHint.ImhLatinOnly | Qt.InputMethodHint.ImhNoAutoUppercase
                if name in URL_FIELDS:
                    hints |= Qt.InputMethodHint.ImhUrlCharactersOnly
                field.edit.setInputMethodHints(field.edit.inputMethodHints() | hints)
        row = ButtonRow()
        self.save_button = row.add("SaveSettings", self.save, "primary")
        self.test_button = row.add("TestConnection", self.test_connection)
        self.body.addWidget(row)
        self.body.addWidget(self.message)
        self.steps_frame, self.steps_box = card()
        self.steps_frame.setObjectName("ConnectionSteps")
        self.steps_frame.hide()
        self.steps_list = QVBoxLayout()
        self.steps_list.setSpacing(10)
        self.steps_heading = WrapLabel(role="heading")
        self.steps_box.addWidget(self.steps_heading)
        self.steps_box.addLayout(self.steps_list)
        self.body.addWidget(self.steps_frame)
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Console", "Connection and settings")

    def is_ready(self) -> bool:
        return super().is_ready() and not self.testing

    def on_shown(self) -> None:
        self.run(enrolment.current, self.show_current)

    def show_current(self, current: dict[str, Any]) -> None:
        self.has_token = current["has_token"]
        self.offices = current["offices"]
        for name, value in current["values"].items():
            if name in self.fields and name != "token":
                self.fields[name].set_text(str(value))
        self.fields["token"].set_text("")
        self.saved_values = self.values()
        self.retranslate()

    def values(self) -> dict[str, str]:
        return {name: field.text() for name, field in self.fields.items()}

    # --- leaving with unsaved edits -----------------------------------------------------------
    def unsaved(self) -> list[str]:
        """The fields edited since the form was loaded or saved (a typed token counts)."""
        if self.saved_values is None:
            return []
        return [name for name, value in self.values().items() if value != self.saved_values.get(name, "")]

    def confirm_leave(self, action: Callable[[], None]) -> bool:
        """The shell asks before leaving: with unsaved edits, show the question and keep ``action``
        for "Discard changes"; True = the shell waits."""
        if not self.unsaved():
            return False
        self._leave = action
        self.leave_frame.show()
        self.retranslate()
        self.page.verticalScrollBar().setValue(0)
        self.keep_button.setFocus()
        return True

    def keep_editing(self) -> None:
        self._leave = None
        self.leave_frame.hide()
        edited = self.unsaved()
        if edited:
            self.fields[edited[0]].edit.setFocus()

    def discard_changes(self) -> None:
        action, self._leave = self._leave, None
        self.leave_frame.hide()
        if self.saved_values is not None:
            for name, value in self.saved_values.items():
                self.fields[name].set_text(value)
        self.errors = {}
        self.retranslate()
        if action is not None:
            action()

    def save(self) -> None:
        values, role = self.values(), self.role
        data_dir = paths.data_dir()

        def job(store: Any) -> tuple[list[str], dict[str, Any]]:
            current = enrolment.current(store)
            clean, errors = enrolment.validate(values, has_token=current["has_token"],
                                               office_ids={o["id"] for o in current["offices"]})
            if errors:
                return [], errors
            return enrolment.save(store, clean, data_dir, role=role), {}

        self.run(job, self._saved)

    def _saved(self, result: tuple[list[str], dict[str, Any]]) -> None:
        changed, errors = result
        self.errors = errors
        if errors:
            self.say(QCoreApplication.translate("Console", "Nothing was saved: correct the fields marked ⚠."))
            first = next(name for name in enrolment.FIELDS if name in errors)
            self.fields[first].edit.setFocus()
        else:
            self.fields["token"].set_text("")  # entered once; never shown again
            self.saved_values = self.values()
            if "token" in changed:
                self.has_token = True
            self.say(fmt(QCoreApplication.translate("Console", "Saved. Settings changed: %1."), len(changed)) if changed
                     else QCoreApplication.translate("Console", "Nothing changed."), success=bool(changed))
            if self.console is not None:
                window = self.console.window
                if getattr(window, "sync_service", None) is not None and changed:
                    window.sync_service.sync_now()
        self.retranslate()

    def show_errors(self, errors: dict[str, tuple[str, dict[str, Any]]]) -> None:
        self.errors = errors
        self.retranslate()

    # --- test connection ----------------------------------------------------------------------
    def test_connection(self) -> None:
        if self.testing:
            return
        self.testing = True
        self.steps = []
        role, values = self.role, self.values()
        self.say(QCoreApplication.translate("Console", "Testing the connection…"))

        def load(store: Any) -> tuple[dict[str, Any] | None, bool, dict[str, Any]]:
            kwargs, unsaved, errors = connection.from_form(store, values)
            if kwargs is not None:
                store.audit(role, "test_connection", "typed values" if unsaved else "")
            return kwargs, unsaved, errors

        def loaded(result: tuple[dict[str, Any] | None, bool, dict[str, Any]]) -> None:
            kwargs, unsaved, errors = result
            self.tested_unsaved = unsaved
            if kwargs is None:
                self.testing = False
                self.errors = errors
                self.say(QCoreApplication.translate("Console", "The typed values cannot be tested: correct the fields marked ⚠."))
                self.retranslate()
                return
            if not kwargs["url"]:
                self.testing = False
                self.say(QCoreApplication.translate("Console", "Enter the regional system address first."))
                self.retranslate()
                return
            self.errors = {k: v for k, v in self.errors.items() if k not in connection.FORM_FIELDS}
            self.say(QCoreApplication.translate("Console", "Testing the values typed on the form (not saved yet)…") if unsaved
                     else QCoreApplication.translate("Console", "Testing the connection with the saved settings…"))
            self.retranslate()
            self.net.submit(lambda: connection.test_connection(**kwargs), self._tested)

        def failed(exc: BaseException) -> None:
            self.testing = False
            self.say(QCoreApplication.translate("Console", "The connection test could not start."))

        self.run(load, loaded, failed)
        self.retranslate()

    def _tested(self, steps: list[connection.StepResult] | None, exc: BaseException | None) -> None:
        self.testing = False
        if exc is not None or steps is None:
            self.say(QCoreApplication.translate("Console", "The connection test failed unexpectedly."))
            return
        self.show_steps(steps)

    def show_steps(self, steps: list[connection.StepResult]) -> None:
        self.steps = steps
        ok = all(s.status != "failed" for s in steps)
        text = (QCoreApplication.translate("Console", "The connection works.") if ok else
                QCoreApplication.translate("Console", "The connection does not work: see the step marked ✗."))
        if self.tested_unsaved:
            text += " " + QCoreApplication.translate("Console", "These are the values typed on the form: save them to use them.")
        self.say(text, success=ok)
        self.retranslate()
        # the result is below the form: bring it on screen (the technician tapped "Test" to see it)
        QTimer.singleShot(0, self.show_result)

    def show_result(self) -> None:
        """Scroll so the summary and the steps below it are on screen."""
        if not self.steps:
            return
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.page.widget().layout().activate()
        bar = self.page.verticalScrollBar()
        bar.setValue(min(bar.maximum(), max(0, self.message.y() - 24)))

    # --- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.intro.setText(QCoreApplication.translate("Console", "Enter the values given by the regional system's administrator. The token is "
                              "kept in a protected file and is never shown again."))
        texts = labels()
        lang = self.ctx.session.language
        office_options = [("", QCoreApplication.translate("Console", "The first office in the list (default)"))]
        office_options += [(o["id"], f"{(o.get('name_en') if lang == 'en' else o.get('name_ru')) or o['id']} ({o['id']})")
                           for o in self.offices]
        languages = [("ru", QCoreApplication.translate("Console", "Russian")),
                     ("en", QCoreApplication.translate("Console", "English"))]
        choices = {"office_id": office_options, "default_language": languages}
        for name, field in self.fields.items():
            label, hint = texts[name]
            if name == "token":
                hint = (QCoreApplication.translate("Console", "A token is saved. Leave empty to keep it; enter a new one only to replace it.")
                        if self.has_token else QCoreApplication.translate("Console", "Enter the token once; it will not be shown again."))
            if isinstance(field, ChoiceField):
                field.set_options(choices[name])
            code = self.errors.get(name)
            error = error_text(*code) if code else ""
            field.set_label(label, "" if error else hint)  # the error says what to enter instead
            field.set_error(error)
            if isinstance(field, TextField):
                set_invalid(field.edit, bool(error))
        edited = [labels()[name][0] for name in self.unsaved()]
        self.leave_text.setText(fmt(QCoreApplication.translate("Console", "Changes are not saved: %1. Save them first, or leave without them?"),
                                    ", ".join(edited)))
        self.keep_button.setText(QCoreApplication.translate("Console", "Keep editing"))
        self.keep_button.setAccessibleName(QCoreApplication.translate("Console", "Keep editing: stay on this form"))
        self.discard_button.setText(QCoreApplication.translate("Console", "Discard changes"))
        self.discard_button.setAccessibleName(QCoreApplication.translate("Console", "Discard the changes and leave"))
        self.save_button.setText(QCoreApplication.translate("Console", "Save"))
        self.save_button.setAccessibleName(QCoreApplication.translate("Console", "Save the settings"))
        self.test_button.setText(QCoreApplication.translate("Console", "Test connection"))
        self.test_button.setAccessibleName(QCoreApplication.translate("Console", "Test the connection step by step"))
        self.test_button.setEnabled(not self.testing)
        clear_layout(self.steps_list)
        self.steps_frame.setVisible(bool(self.steps))
        self.steps_heading.setText(QCoreApplication.translate("Console", "Connection test of the values typed on the form (not saved)")
                                   if self.tested_unsaved else
                                   QCoreApplication.translate("Console", "Connection test of the saved settings"))
        marks = {"ok": "✓", "failed": "✗", "skipped": "–"}
        for result in self.steps:
            label = WrapLabel(f"{marks[result.status]} {step_name(result.step)}: {step_text(result)}")
            label.setObjectName(f"Step-{result.step}")
            self.steps_list.addWidget(label)

    def reset(self) -> None:
        super().reset()
        for field in self.fields.values():
            field.set_text("")
        self.saved_values, self._leave = None, None
        self.leave_frame.hide()
        self.errors, self.steps, self.testing, self.tested_unsaved = {}, [], False, False
        self.retranslate()
        self.page.verticalScrollBar().setValue(0)
