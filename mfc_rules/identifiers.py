"""Russian personal identifiers and contact data: validation, normalisation and masking.

Rules and test vectors: ``shared/brief/domain-rules.md`` (SNILS: Pension Fund rule; ENP: Luhn over
16 digits; INN: FNS weights; phones: +7 normalisation).  No Qt, no I/O (:mod:`mfc_rules`).  Validators return ``None`` when
the value is fine or a :class:`Problem` code; the UI turns codes into translated messages.
"""

from __future__ import annotations

import re
from enum import StrEnum


class Problem(StrEnum):
    """Why an identifier was refused (the UI has a translated message for each)."""

    EMPTY = "empty"
    NOT_DIGITS = "not_digits"
    LENGTH = "length"
    CHECKSUM = "checksum"
    FORMAT = "format"
    NOT_MOBILE = "not_mobile"


def digits_only(text: str) -> str:
    return re.sub(r"\D", "", text or "")


def _has_junk(text: str, allowed: str = " -") -> bool:
    return any(not (ch.isdigit() or ch in allowed) for ch in text)


# --- SNILS -----------------------------------------------------------------------------------
SNILS_NO_CHECK_UPTO = 1001998  # numbers up to and including 001-001-998 carry no check


def snils_check_digits(first_nine: str) -> str:
    """The two check digits of a SNILS from its first nine digits."""
    total = sum(int(d) * w for d, w in zip(first_nine, range(9, 0, -1), strict=True))
    if total < 100:
        check = total
    elif total in (100, 101):
        check = 0
    else:
        check = total % 101
        if check == 100:
            check = 0
    return f"{check:02d}"


def validate_snils(text: str) -> Problem | None:
    if not (text or "").strip():
        return Problem.EMPTY
    if _has_junk(text.strip()):
        return Problem.NOT_DIGITS
    digits = digits_only(text)
    if len(digits) != 11:
        return Problem.LENGTH
    if int(digits[:9]) <= SNILS_NO_CHECK_UPTO:
        return None
    return None if snils_check_digits(digits[:9]) == digits[9:] else Problem.CHECKSUM


def format_snils(text: str) -> str:
    d = digits_only(text)
    return f"{d[0:3]}-{d[3:6]}-{d[6:9]} {d[9:11]}" if len(d) == 11 else text


# --- ENP (OMS policy) -------------------------------------------------------------------------
def luhn_check_digit(body: str) -> str:
    """The Luhn check digit to append to the digits ``body``."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    """The Luhn check (ENP policies; some providers' account numbers).  False for non-digits."""
    if not digits.isdigit():
        return False
    return luhn_check_digit(digits[:-1]) == digits[-1]


def validate_enp(text: str) -> Problem | None:
    if not (text or "").strip():
        return Problem.EMPTY
    if _has_junk(text.strip()):
        return Problem.NOT_DIGITS
    digits = digits_only(text)
    if len(digits) != 16:
        return Problem.LENGTH
    return None if luhn_ok(digits) else Problem.CHECKSUM


# --- INN --------------------------------------------------------------------------------------
_INN10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def _inn_digit(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11 % 10


def validate_inn(text: str) -> Problem | None:
    if not (text or "").strip():
        return Problem.EMPTY
    if _has_junk(text.strip()):
        return Problem.NOT_DIGITS
    d = digits_only(text)
    if len(d) == 10:
        return None if _inn_digit(d, _INN10) == int(d[9]) else Problem.CHECKSUM
    if len(d) == 12:
        ok = _inn_digit(d, _INN12_11) == int(d[10]) and _inn_digit(d, _INN12_12) == int(d[11])
        return None if ok else Problem.CHECKSUM
    return Problem.LENGTH


# --- Phones and e-mail -----------------------------------------------------------------------
MOBILE_RE = re.compile(r"^\+79\d{9}$")


def normalize_phone(text: str) -> str | None:
    """``+7XXXXXXXXXX`` or ``None`` when the digits cannot be a Russian number."""
    d = digits_only(text)
    if len(d) == 11 and d[0] in "78":
        return "+7" + d[1:]
    if len(d) == 10 and d[0] == "9":
        return "+7" + d
    return None


def validate_phone(text: str, *, mobile: bool = False) -> Problem | None:
    if not (text or "").strip():
        return Problem.EMPTY
    if _has_junk(text.strip(), allowed=" -()+"):
        return Problem.NOT_DIGITS
    normal = normalize_phone(text)
    if normal is None:
        return Problem.LENGTH
    if mobile and not MOBILE_RE.match(normal):
        return Problem.NOT_MOBILE
    return None


EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def validate_email(text: str) -> Problem | None:
    if not (text or "").strip():
        return Problem.EMPTY
    return None if EMAIL_RE.match(text.strip()) else Problem.FORMAT


# --- Masking for screens ---------------------------------------------------------------------
def mask(text: str, keep_end: int = 2, keep_start: int = 0) -> str:
    """Replace all but the first ``keep_start`` and last ``keep_end`` digits by ``•``."""
    positions = [i for i, ch in enumerate(text) if ch.isdigit() or ch.isalpha()]
    hidden = set(positions[keep_start: len(positions) - keep_end if keep_end else None])
    return "".join("•" if i in hidden else ch for i, ch in enumerate(text))


def mask_snils(text: str) -> str:
    return mask(format_snils(text), keep_end=2)


def mask_phone(text: str) -> str:
    normal = normalize_phone(text) or text
    return mask(normal, keep_end=2, keep_start=2)


def mask_name(full_name: str) -> str:
    """``Иванов Иван Иванович`` → ``Иванов И. И.``: the surname and initials only."""
    parts = full_name.split()
    if not parts:
        return ""
    return " ".join([parts[0], *[p[0] + "." for p in parts[1:]]])
