"""Identifier rules against every vector in shared/brief/domain-rules.md, plus properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mfc_rules.identifiers import (
    Problem,
    format_snils,
    luhn_check_digit,
    luhn_ok,
    mask_name,
    mask_phone,
    mask_snils,
    normalize_phone,
    snils_check_digits,
    validate_email,
    validate_enp,
    validate_inn,
    validate_phone,
    validate_snils,
)


@pytest.mark.parametrize("number, total", [
    ("112-233-445 95", 95), ("212-043-383 00", 100), ("300-251-469 00", 101),
    ("197-027-745 00", 202), ("136-571-200 49", 150), ("820-981-233 00", 201),
])
def test_snils_vectors_are_valid(number: str, total: int) -> None:
    digits = number.replace("-", "").replace(" ", "")
    assert sum(int(d) * w for d, w in zip(digits[:9], range(9, 0, -1), strict=True)) == total
    assert validate_snils(number) is None
    assert validate_snils(digits) is None


@pytest.mark.parametrize("number", ["112-233-445 96", "212-043-383 01", "197-027-745 02",
                                    "136-571-200 50", "820-981-233 01"])
def test_snils_wrong_check_is_refused(number: str) -> None:
    assert validate_snils(number) is Problem.CHECKSUM


def test_snils_edge_cases_that_public_implementations_get_wrong() -> None:
    # sum 202: remainder of 101 is 0 (not 202 // 101 = 2)
    assert snils_check_digits("197027745") == "00"
    # sum 201: remainder 100 becomes 00 (not "100")
    assert snils_check_digits("820981233") == "00"


def test_snils_low_numbers_carry_no_check() -> None:
    assert validate_snils("001-001-998 77") is None
    assert validate_snils("001-001-999 77") is Problem.CHECKSUM


@pytest.mark.parametrize("text, problem", [
    ("", Problem.EMPTY), ("112-233-445", Problem.LENGTH), ("112-233-445 9a", Problem.NOT_DIGITS),
])
def test_snils_shape_problems(text: str, problem: Problem) -> None:
    assert validate_snils(text) is problem


def test_enp_vectors() -> None:
    assert validate_enp("2341998071655749") is None
    assert validate_enp("2341998071655740") is Problem.CHECKSUM
    assert validate_enp("234199807165574") is Problem.LENGTH
    assert validate_enp("2341 9980 7165 5749") is None


def test_inn_vectors() -> None:
    assert validate_inn("7707083893") is None
    assert validate_inn("7707083894") is Problem.CHECKSUM
    assert validate_inn("500100732259") is None
    assert validate_inn("500100732258") is Problem.CHECKSUM
    assert validate_inn("500100732269") is Problem.CHECKSUM
    assert validate_inn("12345") is Problem.LENGTH


@pytest.mark.parametrize("text, expected", [
    ("8 (927) 123-45-67", "+79271234567"), ("+7 927 123 45 67", "+79271234567"),
    ("9271234567", "+79271234567"), ("78422123456", "+78422123456"), ("12345", None),
])
def test_phone_normalisation(text: str, expected: str | None) -> None:
    assert normalize_phone(text) == expected


def test_mobile_phone_rule() -> None:
    assert validate_phone("+7 927 123 45 67", mobile=True) is None
    assert validate_phone("8 8422 12 34 56", mobile=True) is Problem.NOT_MOBILE
    assert validate_phone("8 8422 12 34 56") is None
    assert validate_phone("call me") is Problem.NOT_DIGITS


def test_email() -> None:
    assert validate_email("ivan@example.ru") is None
    assert validate_email("ivan@example") is Problem.FORMAT


def test_masking_hides_all_but_the_end() -> None:
    assert mask_snils("11223344595") == "•••-•••-••• 95"
    assert mask_phone("89271234567") == "+79•••••••67"
    assert mask_name("Иванов Иван Иванович") == "Иванов И. И."


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_snils_generated_check_always_validates(first_nine: str) -> None:
    number = first_nine + snils_check_digits(first_nine)
    assert validate_snils(number) is None
    assert format_snils(number).count("-") == 2


@given(st.text(alphabet="0123456789", min_size=15, max_size=15))
def test_luhn_exactly_one_check_digit_fits(body: str) -> None:
    assert sum(luhn_ok(body + str(d)) for d in range(10)) == 1


@given(st.text("0123456789", min_size=1, max_size=20))
def test_luhn_check_digit_completes_any_body(body: str) -> None:
    """One Luhn for the ENP check, the demo's account numbers and the tests' ENPs."""
    assert luhn_ok(body + luhn_check_digit(body))
    assert luhn_check_digit("7992739871") == "3" and luhn_ok("79927398713") and not luhn_ok("79927398710")
