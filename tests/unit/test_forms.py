"""Form validation from a field schema: every field type, required fields, normalisation."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.domain.forms import check_schema, normalise_value, validate_field, validate_form

TODAY = dt.date(2026, 11, 21)
SCHEMA = [
    {"name": "full_name", "type": "text", "label_ru": "ФИО", "label_en": "Full name", "required": True,
     "max_length": 10},
    {"name": "birth_date", "type": "date", "label_ru": "Дата рождения", "label_en": "Date of birth",
     "required": True},
    {"name": "children", "type": "number", "label_ru": "Дети", "label_en": "Children", "required": False,
     "min": 0, "max": 20},
    {"name": "reason", "type": "choice", "label_ru": "Причина", "label_en": "Reason", "required": True,
     "choices": [{"value": "lost", "ru": "Утрата", "en": "Lost"}]},
    {"name": "phone", "type": "phone", "label_ru": "Телефон", "label_en": "Phone", "required": True},
    {"name": "email", "type": "email", "label_ru": "Почта", "label_en": "E-mail", "required": False},
    {"name": "address", "type": "address", "label_ru": "Адрес", "label_en": "Address", "required": False},
    {"name": "snils", "type": "snils", "label_ru": "СНИЛС", "label_en": "SNILS", "required": True},
    {"name": "inn", "type": "inn", "label_ru": "ИНН", "label_en": "INN", "required": False},
    {"name": "enp", "type": "enp", "label_ru": "ЕНП", "label_en": "ENP", "required": False},
    {"name": "agree", "type": "checkbox", "label_ru": "Согласен", "label_en": "I agree", "required": True},
]
GOOD = {"full_name": "Иванов И.", "birth_date": "01.02.1980", "children": "2", "reason": "lost",
        "phone": "8 927 123-45-67", "email": "a@b.ru", "address": "ул. Гончарова, 1", "snils": "112-233-445 95",
        "inn": "7707083893", "enp": "2341998071655749", "agree": True}


def test_a_good_form_has_no_errors() -> None:
    assert validate_form(SCHEMA, GOOD, today=TODAY) == {}
    assert check_schema(SCHEMA) == []


def test_required_fields_and_unticked_consent() -> None:
    errors = validate_form(SCHEMA, {}, today=TODAY)
    assert {k for k, e in errors.items() if e.code == "required"} == {
        "full_name", "birth_date", "reason", "phone", "snils", "agree"}


@pytest.mark.parametrize("name, value, code", [
    ("full_name", "x" * 11, "too_long"),
    ("birth_date", "31.02.1980", "date_no_such_day"),
    ("birth_date", "32.01.1980", "date_format"),
    ("birth_date", "01.13.1980", "date_format"),
    ("birth_date", "1.2.80", "date_format"),
    ("birth_date", "2027-01-01", "date_in_future"),
    ("birth_date", "1800-01-01", "date_too_old"),
    ("children", "много", "not_a_number"),
    ("children", "-1", "too_small"),
    ("children", "21", "too_large"),
    ("reason", "other", "not_a_choice"),
    ("phone", "12345", "phone_length"),
    ("email", "a@b", "email_format"),
    ("address", "Ульяновск", "address_incomplete"),
    ("snils", "112-233-445 96", "snils_checksum"),
    ("inn", "7707083894", "inn_checksum"),
    ("enp", "2341998071655740", "enp_checksum"),
    ("enp", "23419980716557", "enp_length"),
])
def test_each_bad_value_gets_its_code(name: str, value: str, code: str) -> None:
    field = next(f for f in SCHEMA if f["name"] == name)
    error = validate_field(field, value, today=TODAY)
    assert error is not None and error.code == code


def test_a_day_the_month_lacks_says_how_many_days_it_has() -> None:
    birth = next(f for f in SCHEMA if f["name"] == "birth_date")
    error = validate_field(birth, "31.02.2011", today=TODAY)
    assert error is not None and error.code == "date_no_such_day"
    assert (error.param("month"), error.param("year"), error.param("days")) == (2, 2011, 28)
    leap = validate_field(birth, "30.02.2012", today=TODAY)
    assert leap is not None and leap.param("days") == 29
    assert validate_field(birth, "29.02.2012", today=TODAY) is None
    april = validate_field(birth, "31.04.2011", today=TODAY)
    assert april is not None and april.code == "date_no_such_day" and april.param("days") == 30


def test_limits_are_reported_for_the_message() -> None:
    error = validate_field(SCHEMA[0], "x" * 11)
    assert error is not None and error.param("max") == 10


def test_values_are_normalised_for_the_payload() -> None:
    by_name = {f["name"]: f for f in SCHEMA}
    assert normalise_value(by_name["phone"], "8 927 123-45-67") == "+79271234567"
    assert normalise_value(by_name["birth_date"], "01.02.1980") == "1980-02-01"
    assert normalise_value(by_name["snils"], "112-233-445 95") == "11223344595"
    assert normalise_value(by_name["children"], "2") == 2
    assert normalise_value(by_name["agree"], None) is False


def test_bad_schemas_are_detected() -> None:
    assert check_schema({"a": 1}) == ["schema is not a list"]
    problems = check_schema([{"name": "Bad Name", "type": "weird"}, {"name": "c", "type": "choice",
                                                                      "label_ru": "a", "label_en": "b"}])
    assert any("bad name" in p for p in problems)
    assert any("unknown type" in p for p in problems)
    assert any("no choices" in p for p in problems)
