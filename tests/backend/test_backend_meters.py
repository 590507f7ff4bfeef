"""Backend meter readings in-process: account look-up with address confirmation (a wrong fragment
reveals nothing), the ``meter_readings`` validator re-checking every rule, periods by capture time
with the clock offset, per-reading outcomes in the status answer, OpenAPI."""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from mfc_rules.demo import BACKEND_ONLY, demo_rows
from mfc_rules.meters import local_date, window_for
from regional_backend import clock
from regional_backend.app import create_app
from regional_backend.meters import effective_capture
from regional_backend.storage import ENTITIES
from tests.pg_fixtures import open_test_storage

EL = {"provider_id": "util-energo", "account_number": "732312225103", "house": "12", "flat": "34"}
NOW = dt.datetime(2026, 11, 21, 6, 0, tzinfo=dt.UTC)  # 10:00 in Ulyanovsk, the demo's day


@pytest.fixture(autouse=True)
def _clock():
    """The backend's clock runs from NOW, the day the demo rows are dated for."""
    clock.set_pinned(NOW)
    yield
    clock.set_pinned(None)


@pytest.fixture(scope="module")
def rows():
    return demo_rows(NOW.date(), now=NOW)


@pytest.fixture
def storage(tmp_path: Path, rows):
    s = open_test_storage(tmp_path / "backend.db")
    s.upsert_rows({t: rows[t] for t in ENTITIES})
    s.load_utilities({t: rows[t] for t in BACKEND_ONLY})
    yield s
    s.close()


@pytest.fixture
def client(storage):
    token = storage.add_kiosk("kiosk-1")
    with TestClient(create_app(storage, faults_enabled=False)) as c:
        c.headers["Authorization"] = f"Bearer {token}"
        yield c


def lookup(client, **changes):
    return client.post("/api/v1/utilities/accounts/lookup", json={**EL, **changes})


def test_lookup_with_the_right_address_gives_meters_and_last_readings(client):
    r = lookup(client, account_number="7323 1222 5103", house="д. 12", flat="кв. 34")
    body = r.json()
    assert r.status_code == 200 and body["found"] is True and body["server_time"].endswith("Z")
    [meter] = body["account"]["meters"]
    assert meter["serial"] == "74454570" and meter["digits"] == 5 and meter["decimals"] == 1
    assert meter["last_readings"] == [{"zone": "T1", "value": "99870.4", "read_on": "2026-10-19"}]
    assert "address_ru" not in str(body) and "acc-el-01" not in str(body)


def test_wrong_fragment_reveals_nothing(client):
    unknown = lookup(client, account_number="732312225111")
    wrong_flat = lookup(client, flat="35")
    wrong_house = lookup(client, house="14")
    no_flat = lookup(client, flat="")
    other_provider = lookup(client, provider_id="util-vodokanal")
    answers = [unknown, wrong_flat, wrong_house, no_flat, other_provider]
    assert {r.status_code for r in answers} == {200}
    shapes = [{k: v for k, v in r.json().items() if k != "server_time"} for r in answers]
    assert all(shape == {"found": False, "account": None} for shape in shapes)
    assert len({len(r.content) for r in answers}) == 1  # same size too


def test_three_zone_meter_and_gis_account(client, rows):
    acc = next(a for a in rows["utility_accounts"] if a["id"] == "acc-el-02")
    body = lookup(client, account_number=acc["account_number"], house=acc["house"], flat=acc["flat"]).json()
    assert [r["zone"] for r in body["account"]["meters"][0]["last_readings"]] == ["T1", "T2", "T3"]
    wt = next(a for a in rows["utility_accounts"] if a["id"] == "acc-wt-01")
    body = lookup(client, provider_id="util-vodokanal", account_number=wt["account_number"].lower()).json()
    assert {m["kind"] for m in body["account"]["meters"]} == {"cold_water", "hot_water"}


def push(client, payload, captured_at=None, n=None):
    n = n or uuidlib.uuid4().int
    captured_at = captured_at or payload.get("captured_at") or NOW.isoformat().replace("+00:00", "Z")
    item = {"uuid": str(uuidlib.UUID(int=n % (1 << 128))), "kind": "meter_readings", "captured_at": captured_at,
            "payload": {"captured_at": captured_at, **payload}}
    r = client.post("/api/v1/submissions/batch", json={"items": [item]})
    assert r.status_code == 200, r.text
    return item["uuid"], r.json()["results"][0]


def reading(serial="74454570", zone="T1", value="99990.5", **extra):
    return {"meter_serial": serial, "zone": zone, "value": value, "declared": None, "jump_confirmed": False, **extra}


def test_reading_accepted_updates_the_last_reading_and_reports_the_period(client):
    uuid, result = push(client, {**EL, "readings": [reading()], "kiosk_clock_offset_s": 2.5})
    assert result["result"] == "accepted"
    status = client.get(f"/api/v1/submissions/{uuid}").json()
    [outcome] = status["readings"]
    expected = window_for(local_date(NOW, "Europe/Ulyanovsk"), 15, 25).period_key
    assert outcome["result"] == "accepted" and outcome["period"] == expected
    meter = lookup(client).json()["account"]["meters"][0]
    assert meter["last_readings"][0]["value"] == "99990.5"
    # the same reading again is lower than nothing: equal is fine, lower is refused
    _, again = push(client, {**EL, "readings": [reading(value="99980.0")]})
    assert again["result"] == "rejected" and again["code"] == "lower_than_last"
    assert "99990.5" in again["reason_en"] and "74454570" in again["reason_ru"]


def test_every_rule_rechecked_with_per_reading_outcomes(client, rows):
    uuid, result = push(client, {**EL, "readings": [reading(value="99990.55"), reading(serial="000"),
                                                    reading(value="50.0")]})
    assert result["result"] == "rejected" and result["code"] == "readings_rejected"
    outcomes = client.get(f"/api/v1/submissions/{uuid}").json()["readings"]
    assert [o["code"] for o in outcomes] == ["reading_format", "unknown_meter", "duplicate_reading"]
    # rollover declared: 50.0 + 100000 - 99870.4 = 179.6 is plausible
    _, ok = push(client, {**EL, "readings": [reading(value="50.0", declared="rollover")]})
    assert ok["result"] == "accepted"


def test_jump_needs_confirmation_and_is_flagged(client):
    _, r = push(client, {**EL, "readings": [reading(value="99999.9")]})
    assert r["result"] == "accepted"  # 129.5 < 3 x 280
    acc2 = {"provider_id": "util-energo", "house": "8", "flat": "5"}
    body = lookup(client, **acc2, account_number="737387056549").json()
    meter = body["account"]["meters"][0]
    t1 = next(x for x in meter["last_readings"] if x["zone"] == "T1")
    jump = f"{float(t1['value']) + 5000:.1f}"
    base = {**acc2, "account_number": "737387056549"}
    _, refused = push(client, {**base, "readings": [reading(meter["serial"], "T1", jump)]})
    assert refused["code"] == "jump_unconfirmed"
    uuid, accepted = push(client, {**base, "readings": [reading(meter["serial"], "T1", jump, jump_confirmed=True)]})
    assert accepted["result"] == "accepted"
    assert "jump" in client.get(f"/api/v1/submissions/{uuid}").json()["readings"][0]["flags"]


def test_expired_meter_and_unknown_account_rejected_with_reasons(client, rows):
    acc = next(a for a in rows["utility_accounts"] if a["id"] == "acc-el-03")
    meter = next(m for m in rows["meters"] if m["id"] == "m-el-03")
    _, r = push(client, {"provider_id": "util-energo", "account_number": acc["account_number"], "house": acc["house"],
                         "flat": acc["flat"], "readings": [reading(meter["serial"], "T1", "99999.9")]})
    assert r["code"] == "verification_expired" and "2025-06-30" in r["reason_en"] and "поверк" in r["reason_ru"]
    for wrong in ({"account_number": "732312225111"}, {"flat": "35"}):
        _, r = push(client, {**EL, **wrong, "readings": [reading()]})
        assert r["result"] == "rejected" and r["code"] == "account_not_found"
        assert "account" in r["reason_en"] and "счёт" in r["reason_ru"]


def test_period_by_capture_time_with_clock_offset_and_tolerance():
    provider = {"timezone": "Europe/Ulyanovsk", "window_start_day": 20, "window_end_day": 25}
    now = dt.datetime(2026, 11, 27, 8, 0, tzinfo=dt.UTC)
    # captured on the 25th at 23:00 local, delivered on the 27th: November
    d = effective_capture("2026-11-25T19:00:00Z", None, now, provider)
    assert d.window.period_key == "2026-11" and d.on == dt.date(2026, 11, 25) and d.flags == ()
    # the kiosk's clock was 10 minutes behind (offset +600 s): really the 26th, 00:05 → December
    assert effective_capture("2026-11-25T19:55:00Z", 600, now, provider).window.period_key == "2026-12"
    # offset unknown: 3 minutes past the window's end still counts as inside (tolerance 5 min)
    d = effective_capture("2026-11-25T20:03:00Z", None, now, provider)
    assert d.window.period_key == "2026-11" and d.flags == ("skew_tolerance",)
    # a capture time in the future of the backend's clock beyond the tolerance is refused, dated
    d = effective_capture("2026-12-01T00:00:00Z", None, now, provider)
    assert (d.code, dict(d.params)) == ("captured_in_future", {"captured": "2026-12-01", "today": "2026-11-27"})
    assert effective_capture("2026-11-27T08:04:59Z", None, now, provider).ok  # within 5 minutes


def test_openapi_documents_the_lookup(client):
    spec = client.get("/openapi.json").json()
    op = spec["paths"]["/api/v1/utilities/accounts/lookup"]["post"]
    assert "address" in op["summary"] and op["description"]
    assert {"AccountLookup", "AccountLookupResult", "MeterOut", "ReadingOutcome"} <= set(spec["components"]["schemas"])


@pytest.mark.parametrize(("captured", "local_day", "period"), [
    # Berlin leaves summer time at 01:00 UTC on 25 October 2026, the window's last day: 22:30 UTC is
    # 23:30 CET, still the 25th (a fixed summer offset would say 00:30 on the 26th, December's period)
    ("2026-10-25T22:30:00Z", dt.date(2026, 10, 25), "2026-10"),
    ("2026-10-25T23:00:00Z", dt.date(2026, 10, 26), "2026-11"),
    # and enters it at 01:00 UTC on 28 March 2027 (an hour that does not exist locally)
    ("2027-03-28T00:59:59Z", dt.date(2027, 3, 28), "2027-04"),  # after the 20th–25th window
    ("2027-03-28T01:00:00Z", dt.date(2027, 3, 28), "2027-04"),
    ("2027-03-31T21:59:59Z", dt.date(2027, 3, 31), "2027-04"),  # 23:59:59 CEST: after the window
    ("2027-03-31T22:00:00Z", dt.date(2027, 4, 1), "2027-04"),
])
def test_kiosk_and_backend_agree_across_a_dst_change(captured, local_day, period):
    """A provider in a zone with summer time: the kiosk's rules and the backend's decision give the
    same local day and period on both sides of each change."""
    provider = {"timezone": "Europe/Berlin", "window_start_day": 20, "window_end_day": 25}
    moment = dt.datetime.fromisoformat(captured.replace("Z", "+00:00"))
    assert local_date(moment, "Europe/Berlin") == local_day
    assert window_for(local_day, 20, 25).period_key == period
    delivered = moment + dt.timedelta(days=2)
    d = effective_capture(captured, 0.0, delivered, provider)
    assert (d.on, d.window.period_key, d.flags) == (local_day, period, ())


def test_captures_ahead_of_the_clock_or_too_old_are_refused_with_their_date(client):
    """The report's two cases through the API: dated June 2028 (was booked for November with the flag
    ``clock_ahead``) and March 2024 (was refused only as ``superseded``, nothing about its date)."""
    for captured, code, dates in (("2028-06-10T09:00:00Z", "captured_in_future", ("10.06.2028", "21.11.2026")),
                                  ("2024-03-10T09:00:00Z", "captured_too_old", ("10.03.2024", "26.09.2026"))):
        uuid, r = push(client, {**EL, "readings": [reading()], "kiosk_clock_offset_s": None}, captured_at=captured)
        assert r["result"] == "rejected" and r["code"] == code, r
        for date in dates:
            assert date in r["reason_ru"] and date in r["reason_en"]
        assert client.get(f"/api/v1/submissions/{uuid}").json()["status"] == "rejected"
    # the meter's last reading is untouched, so a reading of today is still taken
    assert lookup(client).json()["account"]["meters"][0]["last_readings"][0]["value"] == "99870.4"
    _, ok = push(client, {**EL, "readings": [reading()]})
    assert ok["result"] == "accepted"
