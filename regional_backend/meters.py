"""Meter readings at the backend: the ``meter_readings`` validator of the batch push.

Every rule is checked again here with the backend's own account data (the kiosk may have been
offline and checked nothing): the account and the address fragment, the meter and its zone, the
dial's digits and decimals, the verification date, "not lower than the last accepted reading"
unless a rollover or a replacement is declared, and the jump limit (N × average monthly
consumption, N from the provider) unless the citizen confirmed it at the kiosk.  The rule
functions are the shared ``mfc_rules.meters`` (the kiosk applies the same) on the backend's data.

**Capture-time rules** (``mfc_rules.capture``, shared with the kiosk; ``docs/api.md``).  The
period is decided by the moment of capture, not of delivery: a reading taken inside the window
counts for that month even if it arrives days later.  The capture time is corrected by
``kiosk_clock_offset_s`` (the backend's clock minus the kiosk's, learned at the kiosk's last contact
and sent in the payload; ignored beyond a week).  Without an offset, a capture up to
:data:`~mfc_rules.capture.FUTURE_TOLERANCE_S` (5 min) after the window's end still counts as
inside it.  A capture ahead of the backend's clock beyond the same tolerance is refused
(``captured_in_future``), and so is one too old to count for an open period — the current one or
the one before (``captured_too_old``); both reasons name the capture date.

A submission is one receipt, so it is accepted or rejected as a whole: a rejection lists every
refused reading (serial, zone, reason) and the per-reading outcomes are kept
(``GET /api/v1/submissions/{uuid}`` → ``readings``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from mfc_rules import capture
from mfc_rules import meters as rules

from . import clock
from .rejection import RefLookup, Rejection

ZONE_WORDS = {"T1": ("T1", "T1"), "T2": ("T2", "T2"), "T3": ("T3", "T3")}

REASONS: dict[str, tuple[str, str]] = {
    "account_not_found": (
        "Лицевой счёт с таким номером и адресом у поставщика не найден. Проверьте номер счёта по "
        "квитанции и номер дома и квартиры, затем передайте показания заново.",
        "No account with this number and address was found at the provider. Check the account number on "
        "the bill and the house and flat numbers, then submit the readings again."),
    "invalid_payload": (
        "Данные показаний переданы в неверном виде. Передайте показания на киоске заново; если ошибка "
        "повторится, сообщите технику.",
        "The readings arrived in a wrong shape. Submit them again at the kiosk; if this happens again, "
        "call the technician."),
    "unknown_meter": (
        "счётчик с таким заводским номером к лицевому счёту не подключён — сверьте номер на счётчике",
        "no meter with this serial number belongs to the account — check the number on the meter"),
    "unknown_zone": ("у счётчика нет такой тарифной зоны", "the meter has no such tariff zone"),
    "reading_format": ("показание не соответствует разрядности счётчика",
                       "the reading does not fit the meter's digits and decimals"),
    "verification_expired": (
        "срок поверки счётчика истёк {due}; показания не принимаются к расчёту — закажите поверку или "
        "замену счётчика и передайте акт поставщику",
        "the meter's verification expired on {due}; its readings are not used for billing — order a "
        "verification or a replacement and give the certificate to the provider"),
    "lower_than_last": (
        "показание меньше последнего принятого ({last}); если счётчик заменили или он перешёл через ноль, "
        "укажите это при передаче",
        "the reading is lower than the last accepted one ({last}); if the meter was replaced or rolled "
        "over, say so when submitting"),
    "rollover_implausible": (
        "переход через ноль даёт неправдоподобный расход; проверьте показание",
        "a rollover would mean an implausible consumption; check the reading"),
    "jump_unconfirmed": (
        "расход ({used}) больше допустимого ({limit}) и не подтверждён",
        "the consumption ({used}) is above the limit ({limit}) and was not confirmed"),
    "superseded": (
        "за более позднюю дату уже принято показание ({last}, {read_on})",
        "a later reading has already been accepted ({last}, {read_on})"),
    "duplicate_reading": ("показание по этой зоне передано дважды", "this zone was submitted twice"),
    "captured_in_future": (
        "Показания не приняты: они датированы {captured}, а сейчас {today} — часы киоска спешат. "
        "Сообщите об этом сотруднику или технику и передайте текущие показания заново.",
        "The readings were not accepted: they are dated {captured}, but today is {today} — the kiosk's "
        "clock is fast. Tell a member of staff or the technician, and submit today's readings again."),
    "captured_too_old": (
        "Показания не приняты: они сняты {captured}, а принимаются только показания, снятые не раньше "
        "{earliest}. Передайте текущие показания заново.",
        "The readings were not accepted: they were taken on {captured}, and only readings taken on or after "
        "{earliest} are accepted. Submit today's readings again."),
}


def server_now() -> dt.datetime:
    """The backend's clock (:mod:`regional_backend.clock`, which a test can set with ``RB_TEST_NOW``)."""
    return clock.now()


def _reject(code: str, **params: Any) -> Rejection:
    ru, en = REASONS[code]
    return Rejection(code, ru.format(**params), en.format(**params))


def effective_capture(captured_at: str, offset: Any, now: dt.datetime,
                      provider: Mapping[str, Any]) -> capture.Decision:
    """The shared capture-time rule applied to the payload's ``captured_at`` (ISO 8601 text)."""
    moment = dt.datetime.fromisoformat(captured_at.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError("captured_at has no time zone")
    return capture.decide(moment, offset, now, capture.Provider.of(provider))


def _meter(data: Mapping[str, Any]) -> rules.Meter:
    return rules.parse_meter(data)


def validate_meter_readings(payload: Mapping[str, Any], ref: RefLookup) -> Rejection | None:
    """The ``meter_readings`` validator (see the module's docstring)."""
    now = server_now()
    item = getattr(ref, "item", None)
    provider_id = payload.get("provider_id")
    readings = payload.get("readings")
    captured_at = payload.get("captured_at") or (item.captured_at if item else None)
    if not (isinstance(provider_id, str) and isinstance(readings, list) and readings
            and len(readings) <= 60 and isinstance(captured_at, str)):
        return _reject("invalid_payload")
    provider = ref.get("utility_providers", provider_id)
    account = None
    if provider is not None and hasattr(ref, "utility_account"):
        number = rules.normalise_account(str(payload.get("account_number") or ""))
        account = ref.utility_account(provider_id, number)  # type: ignore[attr-defined]
        if account is not None and (
                rules.normalise_house(str(payload.get("house") or "")) != account["house_norm"]
                or rules.normalise_house(str(payload.get("flat") or "")) != account["flat_norm"]):
            account = None  # a wrong address says nothing more than an unknown account
    if provider is None or account is None:
        return _reject("account_not_found")
    try:
        decision = effective_capture(captured_at, payload.get("kiosk_clock_offset_s"), now, provider)
    except (ValueError, TypeError, OverflowError):  # e.g. year 1 with an offset
        return _reject("invalid_payload")
    if not decision.ok:
        return refusal(decision)
    moment, on, window = decision.moment, decision.on, decision.window
    assert window is not None
    meters = {m["serial"]: m for m in ref.utility_meters(account["id"])}  # type: ignore[attr-defined]
    jump_factor = float(provider.get("jump_factor") or rules.DEFAULT_JUMP_FACTOR)

    outcomes: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for reading in readings:
        if not isinstance(reading, Mapping):
            return _reject("invalid_payload")
        serial, zone = str(reading.get("meter_serial") or ""), str(reading.get("zone") or "")
        text = str(reading.get("value") or "")
        out: dict[str, Any] = {"meter_serial": serial[:32], "zone": zone[:4], "value": text[:16],
                               "effective_capture": moment.isoformat().replace("+00:00", "Z"),
                               "period": window.period_key, "flags": list(decision.flags)}
        outcomes.append(out)
        data = meters.get(serial)
        if data is None:
            out.update(_refused("unknown_meter"))
            continue
        meter = _meter(data)
        if (serial, zone) in seen:
            out.update(_refused("duplicate_reading"))
            continue
        seen.add((serial, zone))
        value = rules.parse_reading(text, meter.digits, meter.decimals)
        if isinstance(value, str):
            out.update(_refused("reading_format"))
            continue
        last = meter.last.get(zone)
        declared = reading.get("declared") if reading.get("declared") in rules.DECLARATIONS else None
        if last is not None and on < last.read_on and declared != "replacement":
            out.update(_refused("superseded", last=rules.format_value(last.value, meter.decimals),
                                read_on=last.read_on.isoformat()))
            continue
        verdict = rules.check_reading(meter, zone, value, on=on, jump_factor=jump_factor, declared=declared,
                                      jump_confirmed=reading.get("jump_confirmed") is True)
        if not verdict.ok:
            params = dict(verdict.params)
            if verdict.code == "jump_unconfirmed":
                params = {"used": str(verdict.consumption), "limit": str(verdict.limit)}
            code = verdict.code if verdict.code in REASONS else "reading_format"
            out.update(_refused(code, **params))
            continue
        out.update({"result": "accepted", "value": rules.format_value(value, meter.decimals),
                    "flags": [*out["flags"], *verdict.flags], "_meter_id": meter.meter_id,
                    "_read_on": on.isoformat()})

    refused = [o for o in outcomes if o.get("result") == "rejected"]
    uuid = item.uuid if item else None
    for idx, out in enumerate(outcomes):
        if refused and out.get("result") == "accepted":
            out["result"] = "not_applied"
        if not refused:
            ref.accept_reading(out["_meter_id"], out["zone"], out["value"], out["_read_on"])  # type: ignore[attr-defined]
        if uuid:
            ref.record_reading(uuid, idx, out)  # type: ignore[attr-defined]
    if not refused:
        return None
    codes = {o["code"] for o in refused}
    code = codes.pop() if len(codes) == 1 else "readings_rejected"
    ru = "Показания не приняты. " + " ".join(
        f"Счётчик № {o['meter_serial']}, {o['zone']}: {o['reason_ru']}." for o in refused)
    en = "The readings were not accepted. " + " ".join(
        f"Meter No. {o['meter_serial']}, {o['zone']}: {o['reason_en']}." for o in refused)
    if len(outcomes) > len(refused):
        ru += " Остальные показания верны — передайте их вместе с исправленными."
        en += " The other readings are fine: submit them again together with the corrected ones."
    return Rejection(code, ru, en)


def refusal(decision: capture.Decision) -> Rejection:
    """The rejection of a capture time the rules refuse; its dates as ``DD.MM.YYYY`` (read the same
    way in Russian and English)."""
    dates = {k: dt.date.fromisoformat(v).strftime("%d.%m.%Y") for k, v in decision.params.items()}
    return _reject(str(decision.code), **dates)


def _refused(code: str, **params: Any) -> dict[str, Any]:
    ru, en = REASONS[code]
    return {"result": "rejected", "code": code, "reason_ru": ru.format(**params), "reason_en": en.format(**params)}


def meter_wire(meter: Mapping[str, Any]) -> dict[str, Any]:
    """What the account look-up returns of a meter: no account id, no address."""
    decimals = int(meter.get("decimals", 0))
    return {
        "id": meter["id"], "serial": str(meter["serial"]), "kind": meter["kind"],
        "tariff_zones": int(meter.get("tariff_zones", 1)), "digits": int(meter["digits"]),
        "decimals": decimals, "verification_due": meter.get("verification_due"),
        "avg_monthly": str(Decimal(str(meter.get("avg_monthly", 0)))),
        "last_readings": [{"zone": r["zone"], "value": r["value"], "read_on": r["read_on"]}
                          for r in meter.get("last_readings", [])],
    }
