"""The application form built from a service's field schema, and its review screen."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.domain.applications import ApplicationError
from kiosk.domain.forms import validate_field, validate_form
from kiosk.services import catalogue as cat
from kiosk.services.applications import submit_application
from mfc_rules import identifiers as ids

from ...context import ScreenContext
from ...field_editor import FieldEditor
from ...leave_guard import LeaveGuard
from ...untrusted import echo
from ...widgets import ButtonRow, WrapLabel
from ..base import Screen
from .common import assisted_by, card, go_fresh, lang_text, notify_sync_new_item, screen_of
from .messages import field_error_text
from .receipt import ReceiptData

log = logging.getLogger(__name__)

CONSENT_FIELD = {
    "name": "consent", "type": "checkbox", "required": True,
    "label_ru": "Согласен(на) на обработку персональных данных",
    "label_en": "I consent to the processing of my personal data",
}


def with_consent(schema: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The schema plus a required consent tick box when the service's schema has none."""
    if any(f["name"] == "consent" and f.get("type") == "checkbox" for f in schema):
        return [dict(f, required=True) if f["name"] == "consent" else f for f in schema]
    return [*schema, CONSENT_FIELD]


def review_text(field: dict[str, Any], value: Any, lang: str) -> str:
    """What the review screen shows for a value: personal identifiers and names masked."""
    kind = field.get("type", "text")
    if kind == "checkbox":
        return QCoreApplication.translate("Application", "Yes") if value else QCoreApplication.translate("Application", "No")
    text = str(value or "").strip()
    if not text:
        return QCoreApplication.translate("Application", "not given")
    if kind == "snils":
        return ids.mask_snils(text)
    if kind == "phone":
        return ids.mask_phone(text)
    if kind == "enp":
        return ids.mask(ids.digits_only(text), keep_end=4)
    if kind == "inn":
        return ids.mask(ids.digits_only(text), keep_end=2)
    if kind == "email":
        local, _, domain = text.partition("@")
        return f"{local[:1]}•••@{domain}"
    if kind == "choice":
        for choice in field.get("choices", []):
            if choice["value"] == text:
                return choice.get(lang) or choice.get("ru") or text
    if kind == "text" and "name" in field["name"]:
        return ids.mask_name(text)
    return text


class ApplicationScreen(Screen):
    screen_id = "application"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service: dict[str, Any] | None = None
        self.schema: list[dict[str, Any]] = []
        self.editors: list[FieldEditor] = []
        self._loading = False
        self.service_name = WrapLabel(role="heading")
        self.body.addWidget(self.service_name)
        self.intro = WrapLabel(role="muted")
        self.body.addWidget(self.intro)
        self.summary = WrapLabel(role="status")
        self.summary.setObjectName("FormSummary")
        self.body.addWidget(self.summary)
        self.summary.hide()
        self.fields_box = QVBoxLayout()
        self.fields_box.setSpacing(28)
        self.body.addLayout(self.fields_box)
        actions = ButtonRow()
        self.next_button = actions.add("NextButton", self.next, role="primary")
        self.catalogue_button = actions.add("ToCatalogueFromForm", lambda: self.ctx.navigator.go("catalogue"))
        self.body.addWidget(actions)
        self.body.addStretch(1)
        self.leave_guard = LeaveGuard(self, entered=lambda: any(self.values().values()))
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Application", "Application")

    def is_ready(self) -> bool:
        return not self._loading

    # --- building -----------------------------------------------------------------------------
    def start(self, service: dict[str, Any]) -> None:
        """Build an empty form for ``service`` (a row from ``catalogue.service_details``)."""
        self.clear_form()
        self.service = service
        self.schema = with_consent(service["field_schema"])
        for field in self.schema:
            editor = FieldEditor(field)
            editor.left.connect(lambda e=editor: self._field_left(e))
            editor.edited.connect(lambda e=editor: self._field_edited(e))
            self.fields_box.addWidget(editor)
            self.editors.append(editor)
        self.retranslate()

    def load(self, service_id: str, then: Any = None) -> None:
        """Load a service from the store and start its form (screenshots)."""
        self._loading = True

        def loaded(row: dict[str, Any] | None) -> None:
            self._loading = False
            if row and row["field_schema"]:
                self.start(row)
                if then:
                    then(self)

        def failed(exc: BaseException) -> None:
            self._loading = False
            log.error("service for the form could not be read", exc_info=exc)

        self.ctx.tasks.submit(lambda store: cat.service_details(store, service_id), loaded, failed, owner=self)

    def clear_form(self) -> None:
        for editor in self.editors:
            editor.hide()  # no queued show opens it as a window of its own
            editor.setParent(None)
            editor.deleteLater()
        self.editors = []
        self.schema = []
        self.service = None
        self.summary.hide()

    # --- values and validation ----------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {e.field["name"]: e.value() for e in self.editors}

    def editor(self, name: str) -> FieldEditor:
        return next(e for e in self.editors if e.field["name"] == name)

    def _field_left(self, editor: FieldEditor) -> None:
        if not editor.touched and not editor.has_error:
            return  # moving through an untouched field is not a mistake yet
        error = validate_field(editor.field, editor.value())
        editor.set_error(field_error_text(error, editor.field) if error else "")
        if not error and not any(e.has_error for e in self.editors):
            self.summary.hide()

    def _field_edited(self, editor: FieldEditor) -> None:
        """A field marked wrong loses its message as soon as it is right (not only on "Next");
        while it is being typed no new message appears (that waits until the visitor moves on)."""
        if not editor.has_error or validate_field(editor.field, editor.value()) is not None:
            return
        editor.set_error("")
        self._summary_count = sum(e.has_error for e in self.editors)
        self.summary.setVisible(bool(self._summary_count))
        self._set_summary()

    def _set_summary(self) -> None:
        count = getattr(self, "_summary_count", 0)
        self.summary.setText("⚠ " + QCoreApplication.translate("Application", "Please correct the fields marked below (%1).").replace("%1", str(count)))

    def show_errors(self, errors: dict[str, Any]) -> None:
        for editor in self.editors:
            error = errors.get(editor.field["name"])
            editor.set_error(field_error_text(error, editor.field) if error else "")
        self.summary.setVisible(bool(errors))
        self._summary_count = len(errors)
        self.retranslate()
        first = next((e for e in self.editors if e.field["name"] in errors), None)
        if first is not None:
            target = first.focus_target()
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            self.page.ensureWidgetVisible(target if first.kind == "checkbox" else first.label, 50, 50)

    def next(self) -> None:
        if self.service is None:
            return
        values = self.values()
        errors = validate_form(self.schema, values)
        if errors:
            self.show_errors(errors)
            return
        self.show_errors({})
        review = screen_of(self.ctx, "application_review")
        review.show_review(self.service, self.schema, values)  # type: ignore[attr-defined]
        self.ctx.navigator.go("application_review")

    def retranslate(self) -> None:
        lang = self.ctx.session.language
        self.service_name.setText(lang_text(self.service, "name", lang) if self.service else "")
        self.service_name.setVisible(self.service is not None)
        self.intro.setText(QCoreApplication.translate("Application", "Fill in the fields. Fields marked * are required. You will check everything "
                              "before sending.") if self.service else
                           QCoreApplication.translate("Application", "Choose a service in the catalogue first, then touch “Apply”."))
        self._set_summary()
        self.next_button.setText(QCoreApplication.translate("Application", "Next: check the application"))
        self.next_button.setAccessibleName(QCoreApplication.translate("Application", "Next: check the application before sending"))
        self.next_button.setVisible(self.service is not None)
        self.catalogue_button.setText(QCoreApplication.translate("Application", "Open the catalogue"))
        self.catalogue_button.setAccessibleName(QCoreApplication.translate("Application", "Open the catalogue"))
        self.catalogue_button.setVisible(self.service is None)
        for editor in self.editors:
            editor.retranslate(lang)
            error = validate_field(editor.field, editor.value()) if editor.has_error else None
            editor.set_error(field_error_text(error, editor.field) if error else "")

    def reset(self) -> None:
        self.clear_form()
        self.retranslate()


class ReviewScreen(Screen):
    screen_id = "application_review"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service: dict[str, Any] | None = None
        self.schema: list[dict[str, Any]] = []
        self.values: dict[str, Any] = {}
        self._state = "none"  # none | ready | sending | failed
        self.intro = WrapLabel(role="muted")
        self.body.addWidget(self.intro)
        self.service_name = WrapLabel(role="heading")
        self.body.addWidget(self.service_name)
        self.frame, self.rows_box = card()
        self.rows_box.setSpacing(20)
        self.rows: list[tuple[dict[str, Any], WrapLabel, WrapLabel]] = []
        self._loading = False
        self.body.addWidget(self.frame)
        self.message = WrapLabel(role="status")
        self.message.setObjectName("ReviewMessage")
        self.body.addWidget(self.message)
        actions = ButtonRow()
        self.submit_button = actions.add("SubmitButton", self.submit, role="primary")
        self.edit_button = actions.add("EditButton", lambda: self.ctx.navigator.back())
        self.body.addWidget(actions)
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Application", "Check your application")

    def show_review(self, service: dict[str, Any], schema: list[dict[str, Any]], values: dict[str, Any]) -> None:
        self.clear()
        self.service, self.schema, self.values = service, schema, dict(values)
        self._state = "ready"
        for field in schema:
            # one block per field: the question small and muted, the answer bold below it
            row = QWidget()
            box = QVBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            label, value = WrapLabel(role="muted"), WrapLabel()
            value.setObjectName(f"review-{field['name']}")
            value.setStyleSheet("font-weight: bold;")
            box.addWidget(label)
            box.addWidget(value)
            self.rows_box.addWidget(row)
            self.rows.append((field, label, value))
        self.retranslate()

    def load_sample(self, service_id: str, values: dict[str, Any]) -> None:
        """Review ``values`` for a service read from the store, with its real schema (screenshots)."""
        self._loading = True

        def loaded(row: dict[str, Any] | None) -> None:
            self._loading = False
            if row and row["field_schema"]:
                self.show_review(row, with_consent(row["field_schema"]), values)

        def failed(exc: BaseException) -> None:
            self._loading = False
            log.error("service for the review could not be read", exc_info=exc)

        self.ctx.tasks.submit(lambda store: cat.service_details(store, service_id), loaded, failed, owner=self)

    def is_ready(self) -> bool:
        return not self._loading

    def clear(self) -> None:
        for _f, label, _value in self.rows:
            row = label.parentWidget()
            row.hide()  # no queued show opens it as a window of its own
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        self.service, self.schema, self.values = None, [], {}
        self._state = "none"

    def submit(self) -> None:
        if self._state not in ("ready", "failed") or self.service is None:
            return
        self._state = "sending"
        self.retranslate()
        service_id, values, lang = self.service["id"], dict(self.values), self.ctx.session.language
        service = self.service
        assisted = assisted_by(self.ctx)

        def job(store: Any) -> tuple[Any, Any, Any]:
            office = cat.kiosk_office(store)
            if office is None:
                raise ApplicationError("unknown office")
            done = submit_application(store, service_id, office["id"], values,
                                      consent=bool(values.get("consent")), lang=lang, assisted_by=assisted)
            return done, office, cat.receipt_settings(store)

        visit = self.ctx.visit  # a visitor who has gone Home is not shown (nor sent to) the outcome
        self.ctx.tasks.submit(job, visit.bound(lambda result: self._submitted(service, *result)),
                              visit.bound(self._failed), owner=self)

    def _submitted(self, service: dict[str, Any], done: Any, office: dict[str, Any], settings: dict[str, str]) -> None:
        log.info("application queued for service %s", service["id"])  # no personal data
        data = ReceiptData(kind="application", receipt_number=done.receipt_number, captured_at=done.captured_at,
                           office=office, service_ru=service["name_ru"], service_en=service["name_en"],
                           term_days=int(service.get("term_days") or 0), settings=settings)
        notify_sync_new_item(self.ctx)
        screen_of(self.ctx, "receipt").show_receipt(data)  # type: ignore[attr-defined]
        # The citizen's answers are in the outbox now; forget them on screen.
        self.clear()
        form = screen_of(self.ctx, "application")
        form.reset()
        self.retranslate()
        go_fresh(self.ctx, "receipt")

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ApplicationError) and exc.errors:
            form = screen_of(self.ctx, "application")
            self._state = "ready"
            self.ctx.navigator.back()
            form.show_errors(exc.errors)  # type: ignore[attr-defined]
            return
        log.error("the application could not be saved: %s", type(exc).__name__)
        self._state = "failed"
        self.retranslate()

    def retranslate(self) -> None:
        lang = self.ctx.session.language
        has = self.service is not None
        self.intro.setText(QCoreApplication.translate("Application", "Check what you entered. Personal numbers are partly hidden for your privacy. "
                              "To change something, touch “Change”.") if has else
                           QCoreApplication.translate("Application", "There is no application to check. Choose a service in the catalogue first."))
        self.service_name.setText(lang_text(self.service, "name", lang) if has else "")
        self.service_name.setVisible(has)
        self.frame.setVisible(has)
        for field, label, value in self.rows:
            label.setText(field.get(f"label_{lang}") or field.get("label_ru") or field["name"])
            value.setText(echo(review_text(field, self.values.get(field["name"]), lang)))
        messages = {"sending": QCoreApplication.translate("Application", "Saving your application…"),
                    "failed": QCoreApplication.translate("Application", "The application could not be saved on this kiosk. Nothing was sent. "
                                 "Please try again or ask a member of staff.")}
        self.message.setText(messages.get(self._state, ""))
        self.message.setVisible(self._state in messages)
        self.submit_button.setText(QCoreApplication.translate("Application", "Send the application"))
        self.submit_button.setAccessibleName(QCoreApplication.translate("Application", "Send the application"))
        self.submit_button.setEnabled(self._state in ("ready", "failed"))
        self.submit_button.setVisible(has)
        self.edit_button.setText(QCoreApplication.translate("Application", "Change"))
        self.edit_button.setAccessibleName(QCoreApplication.translate("Application", "Change the answers"))
        self.edit_button.setVisible(has)

    def reset(self) -> None:
        self.clear()
        self.retranslate()
