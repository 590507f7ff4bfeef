"""FHIR search parameters: which each type takes, and their reading into storage :class:`Condition` lists.

Also the opaque paging token (``_page_token``: the last record's ``last_updated`` and id) and the
count.  Nothing here knows the storage engine.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from collections.abc import Mapping, Sequence

from .errors import FhirError
from .instants import fmt_instant, parse_instant
from .interface import Condition, Page

MAX_COUNT = 1000
DEFAULT_COUNT = 100
READ_TYPES = ("Organization", "Practitioner", "PractitionerRole", "Schedule", "Slot", "Appointment")
COMMON = {"_count", "_lastUpdated", "_id", "_page_token", "_format", "_sort"}
SEARCH_PARAMS: dict[str, set[str]] = {
    "Organization": COMMON,
    "Practitioner": COMMON,
    "PractitionerRole": COMMON | {"organization", "practitioner", "specialty"},
    "Schedule": COMMON | {"actor", "active"},
    "Slot": COMMON | {"schedule", "schedule.actor", "status", "start", "specialty"},
    "Appointment": COMMON | {"identifier", "patient:identifier", "status", "slot"},
}
#: Search parameters that carry personal data (the ENP): accepted only in a POST ``_search`` body.
PERSONAL_PARAMS = frozenset({"patient:identifier", "patient", "patient.identifier", "subject:identifier"})
#: An appointment search must name one of these (no listing of all the kiosk's appointments at once).
APPOINTMENT_NEEDS = frozenset({"identifier", "patient:identifier", "_id", "_lastUpdated"})

Params = Mapping[str, Sequence[str]]


def token(value: str) -> tuple[str | None, str]:
    """``system|code`` or ``code`` (a search token)."""
    if "|" in value:
        system, code = value.split("|", 1)
        return (system or None), code
    return None, value


def ref_id(value: str, rtype: str) -> str:
    return value.split("/", 1)[1] if value.startswith(f"{rtype}/") else value


_PREFIXES = {"eq": "=", "gt": ">", "ge": ">=", "lt": "<", "le": "<="}


def date_conditions(key: str, values: Sequence[str]) -> list[Condition]:
    """``[prefix]date`` values (``eq`` of a bare date = that whole day)."""
    out = []
    for value in values:
        prefix = value[:2] if value[:2] in _PREFIXES else "eq"
        text = value[2:] if value[:2] in _PREFIXES else value
        try:
            moment = parse_instant(text)
        except ValueError:
            raise FhirError(400, "invalid", f"Cannot read the date {text!r}.", f"Неверная дата {text!r}.") from None
        stamp = fmt_instant(moment)
        if prefix == "eq" and len(text) == 10:
            out += [Condition(key, ">=", stamp), Condition(key, "<", fmt_instant(moment + dt.timedelta(days=1)))]
        else:
            out.append(Condition(key, _PREFIXES[prefix], stamp))
    return out


def _split(values: Sequence[str]) -> list[tuple[str, ...]]:
    return [tuple(value.split(",")) for value in values]


def conditions(rtype: str, params: Params) -> list[Condition]:
    """The storage conditions of ``rtype``'s search ``params`` (already checked against SEARCH_PARAMS)."""
    out = date_conditions("last_updated", params.get("_lastUpdated", []))
    if "_id" in params:
        out.append(Condition("id", "in", tuple(",".join(params["_id"]).split(","))))
    if rtype == "Appointment":
        return out + _appointment_conditions(params)
    if rtype == "Slot":
        out += [Condition("schedule", "=", ref_id(v, "Schedule")) for v in params.get("schedule", [])]
        out += [_actor(v) for v in params.get("schedule.actor", [])]
        out += [Condition("status", "in", statuses) for statuses in _split(params.get("status", []))]
        out += [Condition("specialty", "=", token(v)[1]) for v in params.get("specialty", [])]
        return out + date_conditions("start", params.get("start", []))
    for name in ("organization", "practitioner"):
        out += [Condition(name, "=", v.split("/", 1)[-1]) for v in params.get(name, [])]
    out += [Condition("specialty", "=", token(v)[1]) for v in params.get("specialty", [])]
    out += [Condition("practitioner" if v.startswith("Practitioner/") else "role", "=", v.split("/", 1)[-1])
            for v in params.get("actor", [])]
    out += [Condition("active", "=", v == "true") for v in params.get("active", [])]
    return out


def _actor(value: str) -> Condition:
    if value.startswith("Practitioner/"):
        return Condition("practitioner", "=", ref_id(value, "Practitioner"))
    return Condition("role", "=", ref_id(value, "PractitionerRole"))


def _appointment_conditions(params: Params) -> list[Condition]:
    """The kiosk's own appointments only (the storage adds that); a kiosk learns the clinic's later
    changes of its appointments with ``_lastUpdated=gt<last seen>``."""
    if not (APPOINTMENT_NEEDS & set(params)):
        raise FhirError(400, "not-supported", "Search appointments by identifier, patient:identifier or _lastUpdated.",
                        "Ищите записи по identifier, patient:identifier или _lastUpdated.")
    out = [Condition(key, "token", token(v)) for name, key in (("identifier", "identifier"),
                                                               ("patient:identifier", "patient"))
           for v in params.get(name, [])]
    out += [Condition("status", "in", statuses) for statuses in _split(params.get("status", []))]
    return out + [Condition("slot", "=", ref_id(v, "Slot")) for v in params.get("slot", [])]


def check(rtype: str, params: Params) -> Page:
    """Refuses a type or parameter not served; the page the search asks for."""
    if rtype not in READ_TYPES:
        raise FhirError(404, "not-supported", f"Resource type {rtype} is not served here.",
                        f"Тип ресурса {rtype} здесь не поддерживается.")
    unknown = set(params) - SEARCH_PARAMS[rtype]
    if unknown:
        raise FhirError(400, "not-supported", f"Unknown search parameter(s): {', '.join(sorted(unknown))}.",
                        f"Неизвестные параметры поиска: {', '.join(sorted(unknown))}.")
    if list(params.get("_sort", ["_lastUpdated"])) != ["_lastUpdated"]:
        raise FhirError(400, "not-supported", "Only _sort=_lastUpdated is supported.",
                        "Поддерживается только _sort=_lastUpdated.")
    try:
        count = min(MAX_COUNT, max(1, int(params.get("_count", [str(DEFAULT_COUNT)])[0])))
    except ValueError:
        raise FhirError(400, "invalid", "_count must be a number.", "_count должен быть числом.") from None
    after = read_page_token(params["_page_token"][0]) if "_page_token" in params else None
    return Page(count, after)


def page_token(last_updated: str, rid: str) -> str:
    return base64.urlsafe_b64encode(f"{last_updated}|{rid}".encode()).decode().rstrip("=")


def read_page_token(text: str) -> tuple[str, str]:
    try:
        lu, rid = base64.urlsafe_b64decode((text + "=" * (-len(text) % 4)).encode()).decode().split("|", 1)
        return lu, rid
    except (ValueError, UnicodeError, binascii.Error):
        raise FhirError(400, "invalid", "The paging token cannot be read; start the search again.",
                        "Неверный маркер страницы; повторите поиск с начала.") from None

