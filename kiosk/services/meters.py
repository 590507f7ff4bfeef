"""Meter readings' I/O, run on the UI's workers (never the GUI thread): the providers from the store,
queueing the readings, the account look-up at the backend and the clock offset it teaches.  Qt-free.

The rules are :mod:`mfc_rules.meters` and :mod:`mfc_rules.capture`; what the screens show is
:mod:`kiosk.domain.meters`.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Mapping, Sequence
from typing import Any

from kiosk.domain.meters import CLOCK_SETTING, Lookup, SubmitError, Submitted
from kiosk.sync import clock
from kiosk.sync.client import BackendClient, RateLimited, SyncError
from mfc_rules.capture import Provider, kiosk_notice
from mfc_rules.meters import (
    DEFAULT_JUMP_FACTOR,
    METER_KINDS,
    LookupError_,
    ReadingEntry,
    check_account,
    check_reading,
    local_date,
    normalise_account,
    parse_lookup,
)
from offline_db import outbox
from offline_db.store import iso_utc, utcnow

log = logging.getLogger(__name__)


def submit_readings(store: Any, provider: Mapping[str, Any], account_number: str, house: str, flat: str,
                    entries: Sequence[ReadingEntry], *, online: bool, lang: str,
                    now: dt.datetime | None = None, assisted_by: str | None = None) -> Submitted:
    """Re-check and queue the readings as one ``meter_readings`` outbox item (one transaction)."""
    now = now or utcnow()
    if not entries:
        raise SubmitError("no readings")
    if check_account(provider, account_number):
        raise SubmitError("invalid account number")
    # The period on the receipt is decided as the backend will (mfc_rules.capture): with the
    # corrected clock, or not at all when the kiosk's clock is known to be wrong.
    learned = store.get_setting(CLOCK_SETTING) or {}
    notice = kiosk_notice(now, learned, Provider.of(provider))
    offset = learned.get("offset_s") if notice.clock == "verified" else None
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
            "kiosk_clock_offset_s": learned.get("offset_s"), "clock_learned_at": learned.get("learned_at"),
            "period_at_kiosk": notice.period_key,
        }
        item = outbox.enqueue(store, "meter_readings", payload, captured_at=captured, assisted_by=assisted_by)
    return Submitted(item.receipt_number, item.uuid, captured, notice.period_key,
                     notice.deliver_by.isoformat() if notice.deliver_by else None, notice.checked)


def remember_server_clock(store: Any, server_time: str, local_now: dt.datetime) -> float:
    """Keep the offset between the backend's clock and ours, learned at this contact."""
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


def lookup_account(config: Any, provider_id: str, account_number: str, house: str, flat: str,
                   *, now: Any = None) -> Lookup:
    """Ask the backend for the account's meters.  Never raises for a network or backend problem;
    nothing about the account is logged."""
    if config is None:
        return Lookup(online=False)
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
