"""Application forms built from a service's field schema: validation and normalisation.

A schema is a list of fields ``{"name", "type", "label_ru", "label_en", "required", ...}`` (see
``mfc_rules/demo``).  :func:`validate_form` returns, per field, a machine code of what is wrong;
the UI shows the translated message at the field.  Qt-free.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from mfc_rules import identifiers as ids
from offline_db import clock

FIELD_TYPES = ("text", "date", "number", "choice", "checkbox", "phone", "email", "address",
               "snils", "inn", "enp")
IDENTIFIER_TYPES = {"snils", "inn", "enp", "phone"}   # personal data: masked on review screens
DEFAULT_TEXT_MAX = 200
ADDRESS_MIN = 8


@dataclass(frozen=True)
class FieldError:
    """What is wrong with one field: a code (``required``, ``checksum``…) and its parameters."""

    code: str
    params: tuple[tuple[str, Any], ...] = ()

    def param(self, key: str, default: Any = None) -> Any:
        return dict(self.params).get(key, default)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value is False


def parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip()
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def impossible_day(text: str) -> FieldError | None:
    """``date_no_such_day`` when ``text`` is DD.MM.YYYY with a day 1–31 and a month 1–12 that the
    month does not have (31.02.2011): the message can then say how many days the month has."""
    import calendar

    match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text.strip())
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    days = calendar.monthrange(year, month)[1]
    if day <= days:
        return None
    return FieldError("date_no_such_day", (("day", day), ("month", month), ("year", year), ("days", days)))


def validate_field(field: dict[str, Any], value: Any, *, today: dt.date | None = None) -> FieldError | None:
    kind = field.get("type", "text")
    if _blank(value):
        return FieldError("required") if field.get("required") else None
    text = str(value).strip() if not isinstance(value, bool) else ""
    if kind == "text":
        limit = int(field.get("max_length", DEFAULT_TEXT_MAX))
        return FieldError("too_long", (("max", limit),)) if len(text) > limit else None
    if kind == "address":
        if len(text) < ADDRESS_MIN or not re.search(r"\d", text):
            return FieldError("address_incomplete")
        return None
    if kind == "date":
        day = parse_date(value)
        if day is None:
            return impossible_day(text) or FieldError("date_format")
        today = today or clock.today()
        if field.get("past_only", field["name"].startswith(("birth", "date_of_birth"))) and day > today:
            return FieldError("date_in_future")
        if day.year < 1900:
            return FieldError("date_too_old")
        return None
    if kind == "number":
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            return FieldError("not_a_number")
        if "min" in field and number < field["min"]:
            return FieldError("too_small", (("min", field["min"]),))
        if "max" in field and number > field["max"]:
            return FieldError("too_large", (("max", field["max"]),))
        return None
    if kind == "choice":
        allowed = {c["value"] for c in field.get("choices", [])}
        return None if text in allowed else FieldError("not_a_choice")
    if kind == "checkbox":
        return None
    checks = {
        "phone": ids.validate_phone, "email": ids.validate_email, "snils": ids.validate_snils,
        "inn": ids.validate_inn, "enp": ids.validate_enp,
    }
    if kind in checks:
        problem = checks[kind](text)
        return FieldError(f"{kind}_{problem.value}") if problem else None
    return FieldError("unknown_type")


def normalise_value(field: dict[str, Any], value: Any) -> Any:
    """The canonical form of a valid value, as it goes into the outbox payload."""
    kind = field.get("type", "text")
    if _blank(value):
        return False if kind == "checkbox" else None
    if kind == "checkbox":
        return bool(value)
    if kind == "date":
        day = parse_date(value)
        return day.isoformat() if day else value
    if kind == "number":
        number = float(str(value).replace(",", "."))
        return int(number) if number.is_integer() else number
    if kind == "phone":
        return ids.normalize_phone(str(value)) or str(value).strip()
    if kind in ("snils", "inn", "enp"):
        return ids.digits_only(str(value))
    return str(value).strip()


def validate_form(schema: list[dict[str, Any]], values: dict[str, Any], *,
                  today: dt.date | None = None) -> dict[str, FieldError]:
    errors = {}
    for field in schema:
        error = validate_field(field, values.get(field["name"]), today=today)
        if error:
            errors[field["name"]] = error
    return errors


def check_schema(schema: Any) -> list[str]:
    """Problems in a field schema itself (bad data from a backend must never reach a screen)."""
    problems = []
    if not isinstance(schema, list):
        return ["schema is not a list"]
    names = set()
    for i, field in enumerate(schema):
        if not isinstance(field, dict):
            problems.append(f"field {i} is not an object")
            continue
        name = field.get("name")
        if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            problems.append(f"field {i} has a bad name")
        elif name in names:
            problems.append(f"field {name} is repeated")
        names.add(name)
        if field.get("type") not in FIELD_TYPES:
            problems.append(f"field {name} has unknown type {field.get('type')!r}")
        if not field.get("label_ru") or not field.get("label_en"):
            problems.append(f"field {name} lacks a label")
        if field.get("type") == "choice" and not field.get("choices"):
            problems.append(f"field {name} has no choices")
    return problems
