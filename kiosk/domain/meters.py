"""Utility meter readings: account numbers, reading rules, submission windows.  Qt-free.

The same pure rules run at the kiosk (at the field, before anything is queued) and at the
reference backend (``regional_backend.meters`` re-checks every delivered reading with its own
account data).  Readings are :class:`~decimal.Decimal` and travel as text (``"12345.6"``), so
rollover arithmetic and comparisons are exact.

Personal account data never stays on the kiosk: online, the account's meters and last readings
come from the backend for the session only (:func:`parse_lookup`); offline, readings are taken by
meter serial number and the check against the previous reading happens on delivery.  Submitting
queues one ``meter_readings`` outbox item together with nothing else (:func:`submit_readings`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
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
CLOCK_SETTING = "meters.server_clock"  # == kiosk.sync.clock.SETTING (kept by the sync engine too)
DEFAULT_JUMP_FACTOR = 3.0

MONTHS_RU_NOM = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                 "октябрь", "ноябрь", "декабрь")
MONTHS_RU_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                 "октября", "ноября", "декабря")
MONTHS_EN = tuple(calendar.month_name[m] for m in range(1, 13))


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


def window_sentence(window: Window, lang: str) -> str:
    """The sentence shown at the kiosk (and the backend's reasons use the same month words)."""
    month = window.start.month
    if lang == "ru":
        name = MONTHS_RU_NOM[month - 1]
        gen = MONTHS_RU_GEN[month - 1]
        period = MONTHS_RU_NOM[window.period.month - 1]
        span = f"с {window.start.day} по {window.end.day} {gen}"
        if window.position == "inside":
            return f"Показания за {name} принимаются {span}. Ваши показания будут учтены за {period}."
        if window.position == "before":
            return (f"Показания за {name} принимаются {span}. Киоск примет их и сейчас: "
                    f"они будут учтены за {period}.")
        return (f"Показания за {name} принимались до {window.end.day} {gen}. Киоск примет их и сейчас: "
                f"они будут учтены за {period} {window.period.year} г.")
    name = MONTHS_EN[month - 1]
    period = MONTHS_EN[window.period.month - 1]
    span = f"from {window.start.day} to {window.end.day} {name}"
    if window.position == "inside":
        return f"Readings for {name} are accepted {span}. Your readings will count for {period}."
    if window.position == "before":
        return f"Readings for {name} are accepted {span}. The kiosk takes them now too: they will count for {period}."
    return (f"Readings for {name} were accepted until {window.end.day} {name}. The kiosk takes them now "
            f"too: they will count for {period} {window.period.year}.")


def period_label(period: dt.date, lang: str) -> str:
    if lang == "ru":
        return f"{MONTHS_RU_NOM[period.month - 1]} {period.year}"
    return f"{MONTHS_EN[period.month - 1]} {period.year}"


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


# --- the kiosk's clock, as the backend sees it -------------------------------------------------
def clock_offset_s(server_time: str, local_now: dt.datetime) -> float:
    server = dt.datetime.fromisoformat(server_time.replace("Z", "+00:00"))
    return round((server - local_now).total_seconds(), 3)


# --- submission --------------------------------------------------------------------------------
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


@dataclass(frozen=True)
class Submitted:
    receipt_number: str
    outbox_uuid: str
    captured_at: str
    #: ``YYYY-MM`` the readings count for, or ``None`` when the kiosk's clock is known to be wrong.
    period: str | None
    #: The last day (``YYYY-MM-DD``, provider's zone) they must reach the provider to count.
    deliver_by: str | None = None
    #: The kiosk could not confirm its clock: the provider checks the capture date.
    checked: bool = False


class SubmitError(ValueError):
    """Nothing was queued: no readings, or a reading breaks a rule (a bug in the screen)."""


def submit_readings(store: Any, provider: Mapping[str, Any], account_number: str, house: str, flat: str,
                    entries: Sequence[ReadingEntry], *, online: bool, lang: str,
                    now: dt.datetime | None = None, assisted_by: str | None = None) -> Submitted:
    """Re-check and queue the readings as one ``meter_readings`` outbox item (one transaction)."""
    from offline_db import outbox
    from offline_db.store import iso_utc, utcnow

    now = now or utcnow()
    if not entries:
        raise SubmitError("no readings")
    if check_account(provider, account_number):
        raise SubmitError("invalid account number")
    from .capture import Provider, kiosk_notice

    # The period on the receipt is decided as the backend will (kiosk.domain.capture): with the
    # corrected clock, or not at all when the kiosk's clock is known to be wrong.
    clock = store.get_setting(CLOCK_SETTING) or {}
    notice = kiosk_notice(now, clock, Provider.of(provider))
    offset = clock.get("offset_s") if notice.clock == "verified" else None
    on = local_date(now + dt.timedelta(seconds=float(offset or 0)), provider.get("timezone") or "Europe/Moscow")
    seen: set[tuple[str, str]] = set()
    for e in entries:
        if (e.meter.serial, e.zone) in seen:
            raise SubmitError("the same meter and zone twice")
        seen.add((e.meter.serial, e.zone))
        verdict = check_reading(e.meter, e.zone, e.value, on=on,
                                jump_factor=float(provider.get("jump_factor") or DEFAULT_JUMP_FACTOR),
                                declared=e.declared, jump_confirmed=e.jump_confirmed)
        if not verdict.ok:
            raise SubmitError(f"a reading breaks a rule: {verdict.code}")
    captured = iso_utc(now)
    with store.atomic():
        payload = {
            "provider_id": provider["id"], "account_number": normalise_account(account_number),
            "house": house.strip(), "flat": flat.strip(), "mode": "online" if online else "offline",
            "readings": [e.wire() for e in entries], "captured_at": captured, "language": lang,
            "kiosk_clock_offset_s": clock.get("offset_s"), "clock_learned_at": clock.get("learned_at"),
            "period_at_kiosk": notice.period_key,
        }
        item = outbox.enqueue(store, "meter_readings", payload, captured_at=captured, assisted_by=assisted_by)
    return Submitted(item.receipt_number, item.uuid, captured, notice.period_key,
                     notice.deliver_by.isoformat() if notice.deliver_by else None, notice.checked)


def remember_server_clock(store: Any, server_time: str, local_now: dt.datetime) -> float:
    """Keep the offset between the backend's clock and ours, learned at this contact."""
    from kiosk.sync import clock

    return clock.remember(store, server_time, local_now)


def providers(store: Any) -> list[dict[str, Any]]:
    """Utility providers (reference data from the ``utilities`` feed), their services as a list."""
    rows = store.query("SELECT id, name_ru, name_en, services, account_pattern, account_check,"
                       " window_start_day, window_end_day, jump_factor, timezone, phone"
                       " FROM utility_providers ORDER BY name_ru")
    for row in rows:
        try:
            row["services"] = [s for s in json.loads(row["services"] or "[]") if s in METER_KINDS]
        except ValueError:
            row["services"] = []
    return rows


def receipt_qr_text(receipt_number: str, entries: Sequence[Mapping[str, Any]]) -> str:
    """The receipt number on the first line (what a scanner at the status screen needs), then each
    reading: ``serial zone value``."""
    lines = [receipt_number] + [f"{r['meter_serial']} {r['zone']} {r['value']}" for r in entries]
    return "\n".join(lines)


# --- online look-up (a network worker, never the GUI thread) --------------------------------------
@dataclass(frozen=True)
class Lookup:
    """``online`` False: no backend configured or reachable (take readings offline by serial)."""

    online: bool
    found: bool = False
    meters: tuple[Meter, ...] = ()
    server_time: str = ""
    #: The backend throttles this kiosk's look-ups (too many wrong confirmations): seconds to wait.
    retry_after_s: float | None = None


def lookup_account(config: Any, provider_id: str, account_number: str, house: str, flat: str,
                   *, now: Any = None) -> Lookup:
    """Ask the backend for the account's meters.  Never raises for a network or backend problem;
    nothing about the account is logged."""
    import logging

    log = logging.getLogger(__name__)
    if config is None:
        return Lookup(online=False)
    from kiosk.sync.client import BackendClient, RateLimited, SyncError

    client = BackendClient(config)
    try:
        data = client.lookup_account(provider_id, normalise_account(account_number), house.strip(), flat.strip())
        found = parse_lookup(data)
    except RateLimited as exc:
        log.warning("account look-ups of this kiosk are throttled by the backend")
        return Lookup(online=True, retry_after_s=exc.retry_after_s or 600.0)
    except SyncError as exc:
        log.info("account look-up at the backend failed: %s", type(exc).__name__)
        return Lookup(online=False)
    except LookupError_ as exc:
        log.warning("the backend's account look-up answer was refused: %s", exc)
        return Lookup(online=False)
    finally:
        client.close()
    if found is None:
        return Lookup(online=True, found=False, server_time=data["server_time"])
    return Lookup(True, True, tuple(found), data["server_time"])
