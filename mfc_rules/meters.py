"""Meter-reading rules: account numbers, addresses, readings, submission windows.  No Qt, no I/O.

The same pure rules run at the kiosk (at the field, before anything is queued) and at the
reference backend (``regional_backend.meters`` re-checks every delivered reading with its own
account data).  Readings are :class:`~decimal.Decimal` and travel as text (``"12345.6"``), so
rollover arithmetic and comparisons are exact.  The wire shapes both sides share live here too: a
meter as the backend describes it (:func:`parse_meter`, :func:`parse_lookup`) and a reading as the
kiosk sends it (:meth:`ReadingEntry.wire`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from .identifiers import luhn_ok

METER_KINDS = ("electricity", "cold_water", "hot_water", "heat", "gas")
DECLARATIONS = ("rollover", "replacement")
GIS_ZHKKH_RE = re.compile(r"^\d{2}[А-Я]{2}\d{6}$")
#: Latin letters that look like Cyrillic ones (a keyboard left in the English layout).
_LOOKALIKES = str.maketrans("ABCEHKMOPTXY", "АВСЕНКМОРТХУ")
DEFAULT_JUMP_FACTOR = 3.0


# --- account numbers ---------------------------------------------------------------------------
def normalise_account(text: str) -> str:
    """What a citizen typed → the account number: no spaces or dashes, upper case, Cyrillic letters."""
    compact = re.sub(r"[\s\-]", "", text or "").upper()
    return compact.translate(_LOOKALIKES)


def mod11_ok(digits: str) -> bool:
    """Weights 1..n cycling to 10 over the body; the last digit is the remainder mod 11 (10 → 0)."""
    if not digits.isdigit() or len(digits) < 2:
        return False
    body, check = digits[:-1], int(digits[-1])
    total = sum(int(d) * (i % 10 + 1) for i, d in enumerate(body))
    return total % 11 % 10 == check


CHECKS = {"none": lambda _n: True, "luhn": luhn_ok, "mod11": mod11_ok}


def check_account(provider: Mapping[str, Any], text: str) -> str | None:
    """``None`` when ``text`` is a valid account number of ``provider``, else an error code.

    Codes: ``account_empty``, ``account_format``, ``account_checksum``.  The GIS ZhKKh unified
    account number (10 characters) is accepted for every provider.
    """
    number = normalise_account(text)
    if not number:
        return "account_empty"
    if GIS_ZHKKH_RE.match(number):
        return None
    try:
        own = re.compile(str(provider.get("account_pattern") or r"^\d{6,20}$"))
    except re.error:
        own = re.compile(r"^\d{6,20}$")
    if not own.match(number):
        return "account_format"
    check = CHECKS.get(str(provider.get("account_check") or "none"), CHECKS["none"])
    if not check(number):
        return "account_checksum"
    return None


def account_example(provider: Mapping[str, Any]) -> str:
    """A shape hint for the field, e.g. ``12 digits`` → ``000000000000``; GIS → ``12АБ345678``."""
    pattern = str(provider.get("account_pattern") or "")
    if pattern == GIS_ZHKKH_RE.pattern:
        return "73АБ123456"
    match = re.fullmatch(r"\^\\d\{(\d+)\}\$", pattern)
    if match:
        n = int(match.group(1))
        return "".join(str((i + 1) % 10) for i in range(n))
    return ""


def normalise_house(text: str) -> str:
    """``44 к2``, ``44К2``, ``д. 44/2``, ``44 корп. 2`` → ``44к2``; ``кв. 34`` → ``34``."""
    cleaned = (text or "").strip().lower().translate(str.maketrans("abcekmhopctxy", "авсекмнорстху"))
    cleaned = re.sub(r"^(д\.|дом|house|кв\.|квартира|apt\.?|flat)\s*", "", cleaned)
    cleaned = re.sub(r"корпус|корп\.?|/", "к", cleaned)
    return re.sub(r"[\s.,\-]", "", cleaned)


# --- readings ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class LastReading:
    value: Decimal
    read_on: dt.date


@dataclass(frozen=True)
class Meter:
    """A meter as the backend describes it (or as the citizen names it offline: serial and kind)."""

    serial: str
    kind: str
    tariff_zones: int = 1
    digits: int = 6
    decimals: int = 3
    verification_due: dt.date | None = None
    avg_monthly: Decimal = Decimal(0)
    last: Mapping[str, LastReading] = field(default_factory=dict)
    meter_id: str = ""

    @property
    def zones(self) -> tuple[str, ...]:
        return tuple(f"T{n}" for n in range(1, self.tariff_zones + 1))

    @property
    def known(self) -> bool:
        """True when the backend described it (online); offline meters have no history here."""
        return bool(self.meter_id)


def parse_reading(text: str, digits: int, decimals: int) -> Decimal | str:
    """The reading typed for a meter with ``digits`` drums before the point and ``decimals`` after.

    Returns the value or an error code: ``reading_empty``, ``reading_not_number``,
    ``reading_too_many_digits``, ``reading_too_many_decimals``.
    """
    cleaned = re.sub(r"\s", "", text or "").replace(",", ".")
    if not cleaned:
        return "reading_empty"
    if not re.fullmatch(r"\d+(\.\d*)?", cleaned):
        return "reading_not_number"
    whole, _, frac = cleaned.partition(".")
    if len(whole.lstrip("0")) > digits:
        return "reading_too_many_digits"
    if len(frac.rstrip("0")) > decimals:
        return "reading_too_many_decimals"
    try:
        return Decimal(cleaned).quantize(Decimal(1).scaleb(-decimals))
    except InvalidOperation:
        return "reading_not_number"


def format_value(value: Decimal, decimals: int) -> str:
    return f"{value:.{decimals}f}"


def rollover_consumption(previous: Decimal, new: Decimal, digits: int) -> Decimal:
    """Consumption across a rollover: new + 10^digits − previous."""
    return new + Decimal(10) ** digits - previous


def consumption(previous: Decimal, new: Decimal, digits: int, declared: str | None) -> Decimal | None:
    """Consumption since ``previous``; ``None`` when it cannot be known (a replaced meter).

    Lower than ``previous`` without a declaration is not a consumption: :func:`check_reading`
    refuses it first.
    """
    if declared == "replacement":
        return None
    if new >= previous:
        return new - previous
    return rollover_consumption(previous, new, digits)


def months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole billing months covered (at least one): readings missed for two months cover three."""
    return max(1, round((later - earlier).days / 30.44))


@dataclass(frozen=True)
class Verdict:
    """What the rules say about one reading.  ``code`` is ``None`` when it may be submitted."""

    code: str | None = None
    consumption: Decimal | None = None
    limit: Decimal | None = None
    flags: tuple[str, ...] = ()
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.code is None


def verification_expired(meter: Meter, on: dt.date) -> bool:
    return meter.verification_due is not None and meter.verification_due < on


def check_reading(meter: Meter, zone: str, value: Decimal, *, on: dt.date, jump_factor: float,
                  declared: str | None = None, jump_confirmed: bool = False) -> Verdict:
    """Apply every rule to a parsed reading taken on ``on`` (local date).

    Codes, in the order they are checked: ``verification_expired``, ``unknown_zone``,
    ``reading_too_many_digits``, ``lower_than_last``, ``rollover_implausible``, ``jump_unconfirmed``.
    A confirmed jump passes with the flag ``jump``; a replacement with the flag ``replacement``;
    a rollover with the flag ``rollover``.
    """
    if verification_expired(meter, on):
        return Verdict("verification_expired", params={"due": meter.verification_due.isoformat()})  # type: ignore[union-attr]
    if zone not in meter.zones:
        return Verdict("unknown_zone")
    if value >= Decimal(10) ** meter.digits or value < 0:
        return Verdict("reading_too_many_digits")
    if declared not in (None, *DECLARATIONS):
        declared = None
    last = meter.last.get(zone)
    flags: list[str] = []
    if last is None or declared == "replacement":
        if declared == "replacement":
            flags.append("replacement")
        return Verdict(None, None, None, tuple(flags))
    if value < last.value and declared != "rollover":
        return Verdict("lower_than_last", params={"last": format_value(last.value, meter.decimals)})
    if value >= last.value:
        declared = None  # nothing rolled over
    used = consumption(last.value, value, meter.digits, declared)
    assert used is not None
    if declared == "rollover":
        flags.append("rollover")
    limit = None
    if meter.avg_monthly > 0 and jump_factor > 0:
        limit = (meter.avg_monthly * Decimal(str(jump_factor))
                 * months_between(last.read_on, on)).quantize(Decimal(1).scaleb(-meter.decimals))
        if used > limit:
            if declared == "rollover" and not jump_confirmed:
                return Verdict("rollover_implausible", used, limit,
                               params={"last": format_value(last.value, meter.decimals)})
            if not jump_confirmed:
                return Verdict("jump_unconfirmed", used, limit)
            flags.append("jump")
    return Verdict(None, used, limit, tuple(flags))


# --- submission windows ------------------------------------------------------------------------
@dataclass(frozen=True)
class Window:
    """Where a capture date falls in the provider's window, and the period it counts for."""

    position: str            # before | inside | after
    period: dt.date          # first day of the billing month the reading counts for
    start: dt.date           # this month's window
    end: dt.date

    @property
    def period_key(self) -> str:
        return f"{self.period:%Y-%m}"


def _clamp_day(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, max(1, min(day, calendar.monthrange(year, month)[1])))


def window_for(local_date: dt.date, start_day: int, end_day: int) -> Window:
    """Inside or before this month's window → this month; after it → next month."""
    start = _clamp_day(local_date.year, local_date.month, start_day)
    end = _clamp_day(local_date.year, local_date.month, end_day)
    this_month = local_date.replace(day=1)
    if local_date > end:
        following = (this_month + dt.timedelta(days=32)).replace(day=1)
        return Window("after", following, start, end)
    return Window("before" if local_date < start else "inside", this_month, start, end)


def local_date(moment_utc: dt.datetime, timezone: str) -> dt.date:
    return moment_utc.astimezone(ZoneInfo(timezone or "Europe/Moscow")).date()


# --- the backend's answer to an account look-up -----------------------------------------------
class LookupError_(ValueError):
    """The backend's answer does not have the promised shape (logged, never shown)."""


def _decimal(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise LookupError_("a reading is not a number")
    try:
        number = Decimal(str(value))
    except InvalidOperation as exc:
        raise LookupError_("a reading is not a number") from exc
    if not number.is_finite() or number < 0:
        raise LookupError_("a reading is out of range")
    return number


def parse_meter(data: Mapping[str, Any]) -> Meter:
    try:
        kind = data["kind"]
        zones = int(data.get("tariff_zones", 1))
        digits, decimals = int(data["digits"]), int(data.get("decimals", 0))
        serial = str(data["serial"])
        due = dt.date.fromisoformat(data["verification_due"]) if data.get("verification_due") else None
        last = {}
        for row in data.get("last_readings") or []:
            last[str(row["zone"])] = LastReading(_decimal(row["value"]), dt.date.fromisoformat(row["read_on"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise LookupError_(f"a meter is malformed ({type(exc).__name__})") from exc
    if kind not in METER_KINDS or not 1 <= zones <= 3 or not 1 <= digits <= 9 or not 0 <= decimals <= 3:
        raise LookupError_("a meter has values out of range")
    if not re.fullmatch(r"[0-9A-Za-zА-Яа-я\-]{1,32}", serial):
        raise LookupError_("a meter serial is malformed")
    return Meter(serial, kind, zones, digits, decimals, due, _decimal(data.get("avg_monthly", 0)), last,
                 str(data.get("id") or serial))


def parse_lookup(data: Any) -> list[Meter] | None:
    """The meters of a found account, or ``None`` when the backend found nothing."""
    if not isinstance(data, Mapping) or not isinstance(data.get("found"), bool):
        raise LookupError_("the answer is not an account look-up")
    if not data["found"]:
        return None
    account = data.get("account")
    if not isinstance(account, Mapping) or not isinstance(account.get("meters"), list):
        raise LookupError_("the account has no list of meters")
    return [parse_meter(m) for m in account["meters"] if isinstance(m, Mapping)]


# --- a reading as the kiosk sends it ----------------------------------------------------------------
@dataclass(frozen=True)
class ReadingEntry:
    """One reading the citizen entered (value already checked at the field)."""

    meter: Meter
    zone: str
    value: Decimal
    declared: str | None = None
    jump_confirmed: bool = False
    flags: tuple[str, ...] = ()

    def wire(self) -> dict[str, Any]:
        last = self.meter.last.get(self.zone)
        return {
            "meter_serial": self.meter.serial, "meter_kind": self.meter.kind, "zone": self.zone,
            "value": format_value(self.value, self.meter.decimals), "declared": self.declared,
            "jump_confirmed": self.jump_confirmed, "checked_at_kiosk": self.meter.known,
            "previous_seen": format_value(last.value, self.meter.decimals) if last else None,
            "flags": list(self.flags),
        }
