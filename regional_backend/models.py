"""Request and response models: they make ``/openapi.json``, the contract with the kiosk."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from mfc_rules.canonical import canonical_json

from .validators import KNOWN_KINDS

MAX_ITEMS = 500

Kind = Literal[KNOWN_KINDS]  # type: ignore[valid-type]

UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
#: JSON Schema's ``date-time`` (RFC 3339, section 5.6) and ``date`` formats, for fields the server reads
#: or writes as such; :func:`is_date_time` is the server's check of the first.
DATE_TIME = {"format": "date-time"}
DATE = {"format": "date"}

_DATE_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?"
                        r"(?:[Zz]|([+-])(\d{2}):(\d{2}))$", re.ASCII)


def is_date_time(text: str) -> bool:
    """Whether ``text`` is an RFC 3339 date-time, as JSON Schema's ``date-time`` format means it.

    ``T`` and ``Z`` in either case, any fraction of a second, a zone (``Z`` or ``±hh:mm``) required,
    and a leap second (``:60``) only at 23:59 UTC.
    """
    m = _DATE_TIME.match(text)
    if m is None:
        return False
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    sign, off_h, off_m = m.group(7), int(m.group(8) or 0), int(m.group(9) or 0)
    leap_year = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    days = (31, 29 if leap_year else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    if not (1 <= month <= 12 and 1 <= day <= days[month - 1] and hour <= 23 and minute <= 59
            and off_h <= 23 and off_m <= 59):
        return False
    if second == 60:  # only at 23:59 UTC
        utc_minutes = (hour * 60 + minute - (1 if sign == "+" else -1) * (off_h * 60 + off_m)) % (24 * 60)
        return utc_minutes == 23 * 60 + 59
    return second <= 59


class ErrorDetail(BaseModel):
    code: str = Field(description="Machine code, e.g. `unauthorized`, `resync_required`, `invalid_request`.")
    message: str = Field(description="What went wrong, in English.")
    message_ru: str = Field(description="What went wrong, in Russian.")


class ErrorBody(BaseModel):
    """The body of every 4xx/5xx answer."""

    error: ErrorDetail


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    api_version: str = Field(description="Major version of this API; the base path is `/api/v1`.")
    server_time: str = Field(description="Server clock, ISO 8601 UTC with `Z`.", examples=["2026-11-21T09:30:00Z"],
                             json_schema_extra=DATE_TIME)


class SubmissionItem(BaseModel):
    """One citizen action captured at a kiosk."""

    model_config = ConfigDict(extra="forbid")

    uuid: str = Field(pattern=UUID_PATTERN, description="Client-made UUID: the idempotency key "
                      "(compared in lower case; echoed back as sent).")
    kind: Kind = Field(description="What the payload is.")
    captured_at: str = Field(description="Kiosk clock at capture: an RFC 3339 date-time (the kiosk sends "
                             "UTC with `Z`).", examples=["2026-11-21T09:30:00Z"], json_schema_extra=DATE_TIME)
    receipt_number: str | None = Field(default=None, max_length=32,
                                       description="Receipt number printed for the citizen, e.g. `K7QW-3M2A-9XTP`.")
    payload: dict[str, Any] = Field(description="The action's data (a JSON object); its canonical-JSON "
                                    "SHA-256 decides duplicate versus conflict.")

    @field_validator("captured_at")
    @classmethod
    def _date_time(cls, value: str) -> str:
        if not is_date_time(value):
            raise ValueError("captured_at must be an RFC 3339 date-time with a zone, e.g. 2026-11-21T09:30:00Z")
        return value

    @field_validator("payload")
    @classmethod
    def _canonical(cls, value: dict[str, Any]) -> dict[str, Any]:
        try:
            canonical_json(value)
        except ValueError:
            raise ValueError("payload must be plain JSON (no NaN or Infinity)") from None
        return value


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    items: list[SubmissionItem] = Field(min_length=1, max_length=MAX_ITEMS,
                                        description=f"1 to {MAX_ITEMS} items.")


class ItemResult(BaseModel):
    """The outcome of one item. Fields present depend on `result`."""

    uuid: str
    result: Literal["accepted", "duplicate", "conflict", "rejected"] = Field(
        description="`accepted`: stored now; `duplicate`: already stored with the same payload "
        "(the original answer again); `conflict`: already stored with a different payload, refused; "
        "`rejected`: a business rule refused it (final; a resend gets the same rejection).")
    server_ref: str | None = Field(default=None, description="Backend reference (accepted, duplicate).",
                                   examples=["RB-000123"])
    status: str | None = Field(default=None, description="Processing status (accepted, duplicate), "
                               "e.g. `received`.")
    code: str | None = Field(default=None, description="Machine code (conflict, rejected), e.g. "
                             "`uuid_conflict`, `unknown_service`, `missing_field`.")
    reason_ru: str | None = Field(default=None, description="What the clerk should do, in Russian.")
    reason_en: str | None = Field(default=None, description="What the clerk should do, in English.")


class BatchResponse(BaseModel):
    server_time: str = Field(json_schema_extra=DATE_TIME)
    results: list[ItemResult] = Field(description="One per item, in the request's order.")


class ReadingOutcome(BaseModel):
    """What the backend decided about one reading of a `meter_readings` submission."""

    meter_serial: str
    zone: str = Field(description="Tariff zone: `T1`, `T2` or `T3`.")
    value: str = Field(description="The reading as decimal text.")
    result: Literal["accepted", "rejected", "not_applied"] = Field(
        description="`not_applied`: the reading itself was fine, but another reading of the same "
        "submission was rejected, so none was applied.")
    code: str | None = Field(default=None, description="Why it was rejected, e.g. `lower_than_last`, "
                             "`verification_expired`, `unknown_meter`, `jump_unconfirmed`.")
    reason_ru: str | None = None
    reason_en: str | None = None
    period: str | None = Field(default=None, description="Billing month the reading counts for, `YYYY-MM`, "
                               "decided by the capture time (see docs/api.md).", examples=["2026-11"])
    flags: list[str] = Field(default_factory=list, description="`jump` (confirmed jump, for the provider to "
                             "review), `rollover`, `replacement`, `skew_tolerance`.")
    effective_capture: str = Field(description="The capture time on the backend's clock (UTC).",
                                   json_schema_extra=DATE_TIME)


class SubmissionStatus(BaseModel):
    uuid: str
    receipt_number: str | None
    kind: str
    result: Literal["accepted", "rejected"]
    status: str = Field(description="`received` for accepted items, `rejected` for rejected ones.")
    server_ref: str | None
    received_at: str = Field(json_schema_extra=DATE_TIME)
    code: str | None
    reason_ru: str | None
    reason_en: str | None
    readings: list[ReadingOutcome] | None = Field(
        default=None, description="`meter_readings` only: the outcome of each reading, in payload order.")


class ReceiptLookup(BaseModel):
    """A receipt number to look up (in the body, so that it never appears in a URL)."""

    model_config = ConfigDict(extra="forbid")

    receipt_number: str = Field(min_length=1, max_length=32, examples=["K7QW-3M2A-9XTP"],
                                description="Receipt number; case, spaces and hyphens do not matter, and "
                                "the Crockford look-alikes O, I, L read as 0, 1, 1.")


class AccountLookup(BaseModel):
    """A citizen's account number and a fragment of the address, to confirm it is theirs."""

    model_config = ConfigDict(extra="forbid")

    provider_id: str = Field(min_length=1, max_length=64, examples=["util-energo"])
    account_number: str = Field(min_length=1, max_length=32, description="As on the bill (spaces, dashes "
                                "and Latin look-alike letters are normalised).", examples=["732312225103"])
    house: str = Field(min_length=1, max_length=16, description="House number, e.g. `12`, `44к2`.")
    flat: str = Field(default="", max_length=16, description="Flat number; empty for a private house.")


class LastReadingOut(BaseModel):
    zone: str
    value: str = Field(description="Decimal text with the meter's decimals.")
    read_on: str = Field(description="Date of the last accepted reading (YYYY-MM-DD).", json_schema_extra=DATE)


class MeterOut(BaseModel):
    id: str
    serial: str
    kind: Literal["electricity", "cold_water", "hot_water", "heat", "gas"]
    tariff_zones: int = Field(ge=1, le=3)
    digits: int = Field(description="Digits before the decimal point (drums).")
    decimals: int
    verification_due: str | None = Field(description="Verification (poverka) due date; after it the meter's "
                                         "readings are not accepted.")
    avg_monthly: str = Field(description="Average monthly consumption (decimal text), for the jump check.")
    last_readings: list[LastReadingOut]


class AccountOut(BaseModel):
    provider_id: str
    meters: list[MeterOut]


class AccountLookupResult(BaseModel):
    """`found: false` for an unknown account AND for a wrong address: the answer reveals nothing."""

    found: bool
    server_time: str = Field(description="Server clock; the kiosk keeps its offset for the readings' "
                             "`kiosk_clock_offset_s`.", json_schema_extra=DATE_TIME)
    account: AccountOut | None = None


class Change(BaseModel):
    op: Literal["upsert", "delete"]
    entity: str = Field(description="Kiosk table name, e.g. `services`, `service_offices`.")
    id: str = Field(description="Row id; link tables use `\"<a>|<b>\"`.")
    data: dict[str, Any] | None = Field(default=None, description="The whole row (upserts only), "
                                        "with the kiosk table's column names.")


class ChangesResponse(BaseModel):
    dataset: Literal["catalogue", "offices", "utilities"]
    cursor: str = Field(description="Opaque; pass it back to get the next changes.")
    more: bool = Field(description="True when more changes are waiting: ask again at once.")
    changes: list[Change] = Field(description="In the order they must be applied.")


class FaultSpec(BaseModel):
    """A test-only fault (see docs/api.md, "Testing hooks")."""

    model_config = ConfigDict(extra="forbid")

    status: int = Field(ge=200, le=599, description="Status to answer with, e.g. 503, 500, 401, 429, "
                        "or 200 with `body` (a captive-portal page).")
    count: int = Field(default=1, ge=1, le=1_000_000, description="How many requests get the fault.")
    retry_after: str | None = Field(default=None, description="`Retry-After` value to send (seconds or HTTP date).")
    path_prefix: str = Field(default="/api/v1/", description="Only requests whose path starts with this.")
    include_health: bool = Field(default=False, description="Fault the health endpoint too.")
    after_handler: bool = Field(default=False, description="Run the request (commit its effect), then "
                                "answer with the fault instead: a lost acknowledgement.")
    body: str | None = Field(default=None, description="Raw body to send instead of the error JSON "
                             "(e.g. an HTML page).")
    content_type: str = Field(default="application/json")


# --- one queue per office (regional_backend/office_queue.py) ----------------------------------------
TICKET_PATTERN = r"^[A-ZА-ЯЁ]{1,3}-\d{1,5}$"
COUNTER_PATTERN = r"^[0-9A-Za-zА-Яа-яЁё\-]{1,8}$"
ID = {"min_length": 1, "max_length": 64}


class QueueEnrol(BaseModel):
    """The office this kiosk stands in (its setting); the first call binds the kiosk to it."""

    model_config = ConfigDict(extra="forbid")

    office_id: str = Field(**ID, examples=["off-ul-lenin"])


class QueueRange(BaseModel):
    """This kiosk's own ticket numbers for when it cannot reach the office queue."""

    office_id: str
    range_index: int = Field(ge=1, le=9, description="The kiosk's range within its office.")
    range_first: int = Field(description="First offline number, `range_index × 1000 + 1`.")
    range_last: int = Field(description="Last offline number, `range_index × 1000 + 999`.")
    server_time: str = Field(json_schema_extra=DATE_TIME)


class TicketRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    uuid: str = Field(pattern=UUID_PATTERN, description="The ticket's id at the kiosk (later its outbox "
                      "item's uuid); asking again with it gives the same number.")
    category_id: str = Field(**ID, examples=["cat-passport"])


class TicketAllocated(BaseModel):
    ticket: str = Field(description="The office's number, e.g. `A-007` (1..999 per category and day).")
    service_day: str = Field(description="The office's local date.", json_schema_extra=DATE)
    issued_at: str = Field(json_schema_extra=DATE_TIME)
    waiting_ahead: int = Field(ge=0, description="Tickets of the category waiting before this one.")
    server_time: str = Field(json_schema_extra=DATE_TIME)


class OfficeTicket(BaseModel):
    ticket: str
    category_id: str
    status: Literal["waiting", "called", "served", "no_show"]
    issued_at: str = Field(json_schema_extra=DATE_TIME)
    called_at: str | None = None
    counter: str | None = None
    uuid: str | None = Field(default=None, description="The ticket's uuid when the asking kiosk issued it.")


class QueueClash(BaseModel):
    """A number two tickets hold today: the later one was refused (`ticket_clash`); two visitors hold it."""

    ticket: str
    category_id: str
    issued_at: str = Field(description="When the refused ticket was issued.")
    first_issued_at: str | None = Field(description="When the ticket that holds the number was issued.")
    uuid: str | None = Field(default=None, description="The refused ticket's uuid when the asking kiosk issued it.")


class OfficeQueue(BaseModel):
    office_id: str
    service_day: str = Field(json_schema_extra=DATE)
    server_time: str = Field(json_schema_extra=DATE_TIME)
    tickets: list[OfficeTicket] = Field(description="Today's tickets of every kiosk of the office, oldest first.")
    clashes: list[QueueClash]


class CallNext(BaseModel):
    model_config = ConfigDict(extra="forbid")

    category_id: str = Field(**ID, examples=["cat-passport"])
    counter: str = Field(pattern=COUNTER_PATTERN, description="The clerk's counter (window).", examples=["5"])


class TicketAction(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ticket: str = Field(pattern=TICKET_PATTERN, examples=["A-001"])
    action: Literal["recall", "served", "no_show", "redirect"]
    category_id: str | None = Field(default=None, max_length=64,
                                    description="`redirect` only: the category to send the ticket to.")


class ActedTicket(BaseModel):
    ticket: str
    category_id: str
    status: Literal["waiting", "called", "served", "no_show"]
    counter: str | None
    called_at: str | None


class QueueActionResult(BaseModel):
    ticket: ActedTicket | None = Field(description="The ticket acted on; `null`: nobody waits in the category.")
    server_time: str = Field(json_schema_extra=DATE_TIME)
