"""Appointment rules, engine-neutral: which slot may be booked, what an update may change, a move.

The storage calls these inside its booking transaction, on the rows it has just read, so that the
check and the write are one atomic step on every engine.  Each refusal is a :class:`FhirError`.
"""

from __future__ import annotations

from typing import Any

from .errors import FhirError
from .instants import parse_instant, utcnow

ACTIVE_APPOINTMENT = ("proposed", "pending", "booked", "arrived", "fulfilled", "checked-in", "waitlist")
#: Statuses an appointment never leaves (a cancelled one is booked again as a new appointment).
FINAL_APPOINTMENT = ("cancelled", "entered-in-error")
#: Statuses that give the slot back to the pool.
RELEASES_SLOT = ("cancelled", "entered-in-error")
#: Statuses that do not hold their slot (the double-booking guard counts every other one).
NOT_HOLDING_SLOT = ("cancelled", "entered-in-error", "noshow")
#: What an update may change (besides ``meta``/``id``): the status, its reason, and a move.
MAY_CHANGE = frozenset({"status", "cancelationReason", "slot", "start", "end"})


def check_bookable(slot: dict[str, Any] | None, slot_id: str, kiosk_id: str, *, lessee_late: bool) -> dict[str, Any]:
    """``slot`` if ``kiosk_id`` may book it now: free, or leased to that kiosk, and not past
    (``lessee_late``: the lessee may book its leased slot even after its time).  Raises 422/409."""
    if slot is None:
        raise FhirError(422, "not-found", f"Slot/{slot_id} does not exist.", f"Слота Slot/{slot_id} нет.")
    lessee_ok = slot["status"] == "busy-tentative" and slot["lease_kiosk"] == kiosk_id
    if parse_instant(slot["start"]) <= utcnow() and not (lessee_late and lessee_ok):
        raise FhirError(409, "business-rule", "This time has already passed; choose another time.",
                        "Это время уже прошло; выберите другое время.", {"slot_status": "past"})
    if slot["status"] != "free" and not lessee_ok:
        raise FhirError(409, "conflict", "This time is no longer free; it was booked or held by another kiosk.",
                        "Это время уже занято: его записали или удерживает другой киоск.",
                        {"slot_status": slot["status"]})
    return slot


def check_new(data: dict[str, Any]) -> dict[str, Any]:
    """The new appointment's data with its status (``booked`` unless given); only an active one is made."""
    data = {**data, "status": data.get("status") or "booked"}
    if data["status"] not in ACTIVE_APPOINTMENT:
        raise FhirError(422, "invalid", "A new appointment must be booked (or proposed/pending).",
                        "Новая запись должна иметь статус booked.")
    return data


def identifier_in_use(if_none_exist: bool) -> FhirError:
    """The refusal when another kiosk already uses the appointment identifier (412 with If-None-Exist)."""
    return FhirError(412 if if_none_exist else 409, "duplicate",
                     "This appointment identifier is already in use; nothing was created. "
                     "Make a new identifier for a new booking.",
                     "Этот идентификатор записи уже занят; ничего не создано. "
                     "Для новой записи создайте новый идентификатор.")


def several_match() -> FhirError:
    return FhirError(412, "duplicate", "Several appointments match If-None-Exist; nothing was created.",
                     "Условию If-None-Exist соответствуют несколько записей; ничего не создано.")


def check_change(current: dict[str, Any] | None, aid: str, data: dict[str, Any], if_match: int | None) -> set[str]:
    """Whether ``data`` may replace ``current`` (the kiosk's own appointment, or ``None``): 404 before
    anything else, then the version (428/412), then what changes (422).  Returns the changed keys."""
    if current is None:
        raise FhirError(404, "not-found", f"Appointment/{aid} does not exist.", f"Записи Appointment/{aid} нет.")
    if if_match is None:
        raise FhirError(428, "required", "An update needs If-Match: W/\"<versionId>\".",
                        "Для изменения нужен заголовок If-Match.")
    if if_match != current["version"]:
        raise FhirError(412, "conflict", "The appointment was changed meanwhile (stale version); read it again.",
                        "Запись за это время изменилась; прочитайте её заново.",
                        {"current_version": current["version"], "current_status": current["status"]})
    old = current["data"]
    changed = {k for k in set(old) | set(data) if old.get(k) != data.get(k)} - {"meta", "id"}
    if changed - MAY_CHANGE:
        raise FhirError(422, "business-rule", "Only the status, the cancellation reason and the slot "
                        "(with its start and end) may change.",
                        "Менять можно только статус записи, причину отмены и слот (со временем начала и конца).")
    if current["status"] in FINAL_APPOINTMENT and data.get("status") != current["status"]:
        raise FhirError(422, "business-rule", "A cancelled appointment cannot be restored; book again.",
                        "Отменённую запись нельзя восстановить; запишитесь снова.")
    return changed


def moves(changed: set[str]) -> bool:
    """Whether an update with these changed keys moves the appointment to another slot."""
    return bool(changed & {"slot", "start", "end"})


def move_target(current: dict[str, Any], data: dict[str, Any]) -> str:
    """The id of the slot a move names; refuses a move that names no new slot or of an inactive appointment."""
    refs = [s.get("reference", "") for s in data.get("slot") or [] if isinstance(s, dict)]
    new_id = refs[0].split("/", 1)[1] if len(refs) == 1 and refs[0].startswith("Slot/") else ""
    if new_id == current["slot_id"]:
        raise FhirError(422, "business-rule", "To move an appointment, name its new Slot; start and end "
                        "follow the slot.", "Чтобы перенести запись, укажите новый слот; время берётся из слота.")
    if current["status"] not in ACTIVE_APPOINTMENT or data.get("status") not in ACTIVE_APPOINTMENT:
        raise FhirError(422, "business-rule", "Only an active appointment can be moved to another time.",
                        "Перенести можно только действующую запись.")
    return new_id


def merged(current: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
    """The stored data after an update: the old data with the keys an update may change."""
    return {**current["data"], **{k: v for k, v in data.items() if k in MAY_CHANGE}}


def releases_slot(old_status: str, new_status: str | None) -> bool:
    """Whether this status change gives the appointment's slot back to the pool."""
    return new_status in RELEASES_SLOT and old_status not in RELEASES_SLOT
