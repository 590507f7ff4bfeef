"""The bundled demo region (``mfc_rules.demo``): content minimums, field schemas, generated slots, and
loading it into a kiosk store (``offline_db.demo``)."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import subprocess
import sys
from collections import Counter, defaultdict
from importlib import resources
from zoneinfo import ZoneInfo

import pytest

from mfc_rules import demo
from mfc_rules.demo import (
    demo_rows,
    demo_today,
    generate_schedules,
    generate_slots,
    read_demo_region,
)
from mfc_rules.identifiers import luhn_ok
from offline_db.demo import load_demo_region
from offline_db.opening import open_store
from offline_db.store import iso_utc, parse_utc

TZ = ZoneInfo("Europe/Ulyanovsk")
TODAY = dt.date(2026, 11, 21)  # a Saturday
NOW = dt.datetime(2026, 11, 21, 6, 30, tzinfo=dt.UTC)
FIELD_TYPES = {"text", "date", "number", "choice", "checkbox", "phone", "email", "address", "snils", "inn", "enp"}
FIELD_KEYS = {"name", "type", "label_ru", "label_en", "required", "max_length", "min", "max", "choices",
              "hint_ru", "hint_en"}
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
UTC_TEXT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


@pytest.fixture(scope="module")
def region():
    return read_demo_region()


@pytest.fixture(scope="module")
def services(region):
    return {s["id"]: s for s in region["services"]}


@pytest.fixture(scope="module")
def slots(region):
    return generate_slots(region, TODAY, now=iso_utc(NOW))


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "k.sqlite3") as s:
        yield s


# --- content ------------------------------------------------------------------------------------
def test_minimum_counts(region):
    assert len(region["offices"]) >= 3
    assert len(region["service_categories"]) >= 10
    assert len(region["life_situations"]) >= 8
    assert len(region["services"]) >= 120
    assert len(region["clinics"]) >= 5
    assert len(region["specialties"]) >= 10
    assert len(region["practitioners"]) >= 40
    assert len(region["practitioner_roles"]) >= 40
    assert len(region["utility_providers"]) >= 3
    assert len(region["utility_accounts"]) >= 30
    assert "slots" not in region


def test_ids_are_unique(region):
    for table, rows in region.items():
        if rows and "id" in rows[0]:
            ids = [r["id"] for r in rows]
            assert len(ids) == len(set(ids)), table


def test_offices_are_in_ulyanovsk_region_with_bilingual_texts(region):
    addresses = [o["address_ru"] for o in region["offices"]]
    assert any(a.startswith("г. Ульяновск,") for a in addresses)
    assert any(a.startswith("Ульяновская обл., г. Димитровград,") for a in addresses)
    for office in region["offices"]:
        assert office["timezone"] == "Europe/Ulyanovsk"
        assert re.fullmatch(r"\+7 \d{4,5} [\d-]+", office["phone"]), office["phone"]
        for key in ("name", "address", "hours"):
            assert CYRILLIC.search(office[f"{key}_ru"]), (office["id"], key)
            assert office[f"{key}_en"] and not CYRILLIC.search(office[f"{key}_en"]), (office["id"], key)


def test_categories_have_distinct_latin_queue_letters(region):
    letters = [c["queue_letter"] for c in region["service_categories"]]
    assert all(re.fullmatch(r"[A-Z]", letter) for letter in letters), letters
    assert len(set(letters)) == len(letters)


def test_every_category_has_services(region):
    per_category = Counter(s["category_id"] for s in region["services"])
    assert set(per_category) == {c["id"] for c in region["service_categories"]}
    assert min(per_category.values()) >= 5


def test_services_have_bilingual_texts_documents_fee_and_term(region):
    for s in region["services"]:
        for key in ("name", "description", "who"):
            assert CYRILLIC.search(s[f"{key}_ru"]), (s["id"], key)
            assert s[f"{key}_en"].strip() and not CYRILLIC.search(s[f"{key}_en"]), (s["id"], key)
        assert s["documents"], s["id"]
        for doc in s["documents"]:
            assert set(doc) == {"ru", "en"} and CYRILLIC.search(doc["ru"]) and not CYRILLIC.search(doc["en"])
        assert isinstance(s["fee_rub"], int | float) and s["fee_rub"] >= 0
        assert isinstance(s["term_days"], int) and 1 <= s["term_days"] <= 90
        assert s["online_apply"] in (0, 1)
        assert s["synonyms_ru"] and all(isinstance(w, str) and w.strip() for w in s["synonyms_ru"])
        assert s["synonyms_en"] and all(isinstance(w, str) and w.strip() for w in s["synonyms_en"])
        assert not any(CYRILLIC.search(w) for w in s["synonyms_en"]), s["id"]
    names = [s["name_ru"] for s in region["services"]]
    assert len(set(names)) == len(names)
    assert any(s["fee_rub"] == 0 for s in region["services"]) and any(s["fee_rub"] > 0 for s in region["services"])


def test_russian_service_names_are_not_latin_only(region):
    for s in region["services"]:
        letters = re.findall(r"[^\W\d_]", s["name_ru"])
        cyrillic = [ch for ch in letters if CYRILLIC.match(ch)]
        assert len(cyrillic) > len(letters) / 2, s["name_ru"]


def _service_named(services, fragment):
    found = [s for s in services.values() if fragment.lower() in s["name_ru"].lower()]
    assert found, fragment
    return found[0]


def test_realistic_services_are_present(services):
    for fragment in ("паспорт", "регистрация по месту жительства", "регистрация рождения", "снилс", "инн",
                     "заключения брака", "пенсии по старости", "материнский капитал", "водительского удостоверения",
                     "регистрация транспортного средства", "права собственности", "индивидуального предпринимателя",
                     "субсидия на оплату", "полиса омс"):
        _service_named(services, fragment)


def test_registration_is_found_by_colloquial_synonym(services):
    registration = _service_named(services, "Регистрация по месту жительства")
    assert "прописка" in registration["synonyms_ru"]
    assert "propiska" in registration["synonyms_en"]


def test_russian_texts_carry_inflected_forms_for_stemming(region):
    words = Counter(
        w for s in region["services"] for w in re.findall(r"[а-яё]+", f"{s['name_ru']} {s['description_ru']}".lower())
    )
    for form in ("паспорт", "паспорта", "паспортом", "регистрация", "регистрации", "пенсии", "пенсию", "ребёнка"):
        assert words[form] >= 1, form


# --- field schemas --------------------------------------------------------------------------------
def _check_field(field):
    assert set(field) <= FIELD_KEYS, set(field) - FIELD_KEYS
    assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", field["name"]), field["name"]
    assert field["type"] in FIELD_TYPES, field["type"]
    assert isinstance(field["required"], bool)
    assert CYRILLIC.search(field["label_ru"]) and field["label_en"] and not CYRILLIC.search(field["label_en"])
    if "hint_ru" in field or "hint_en" in field:
        assert field.get("hint_ru") and field.get("hint_en")
    if "max_length" in field:
        assert field["type"] == "text" and isinstance(field["max_length"], int) and field["max_length"] > 0
    if "min" in field or "max" in field:
        assert field["type"] == "number"
        assert field.get("min", float("-inf")) < field.get("max", float("inf"))
    if field["type"] == "choice":
        values = [c["value"] for c in field["choices"]]
        assert len(values) >= 2 and len(set(values)) == len(values)
        for choice in field["choices"]:
            assert set(choice) == {"value", "ru", "en"} and choice["value"]
            assert CYRILLIC.search(choice["ru"]) and not CYRILLIC.search(choice["en"])
    else:
        assert "choices" not in field


def test_field_schemas_follow_the_form_format(region):
    for s in region["services"]:
        schema = s["field_schema"]
        assert isinstance(schema, list) and schema, s["id"]
        for field in schema:
            _check_field(field)
        names = [f["name"] for f in schema]
        assert len(names) == len(set(names)), (s["id"], names)
        by_name = {f["name"]: f for f in schema}
        assert by_name["full_name"]["type"] == "text" and by_name["full_name"]["required"]
        assert any(f["type"] in ("phone", "email") and f["required"] for f in schema), s["id"]


def test_field_schemas_use_identifier_types_where_needed(region, services):
    by_category = defaultdict(list)
    for s in region["services"]:
        if not s["name_ru"].startswith(("Выдача СНИЛС", "Получение ИНН")):  # nobody has the number yet
            by_category[s["category_id"]].append({f["type"] for f in s["field_schema"]})
    assert all("snils" in types for types in by_category["cat-pension"])
    assert sum("inn" in types for types in by_category["cat-business"]) >= 10
    assert sum("enp" in types for types in by_category["cat-health"]) >= 5
    pension = _service_named(services, "пенсии по старости")
    assert any(f["type"] == "snils" and f["required"] for f in pension["field_schema"])
    assert any(f["type"] == "date" for f in pension["field_schema"])
    used = {f["type"] for s in region["services"] for f in s["field_schema"]}
    assert used == FIELD_TYPES


def test_json_columns_round_trip_in_ready_rows():
    rows = demo_rows(TODAY, now=NOW)
    for s in rows["services"]:
        for col in ("synonyms_ru", "synonyms_en", "documents", "field_schema"):
            assert isinstance(s[col], str) and isinstance(json.loads(s[col]), list)
            assert "\\u04" not in s[col]  # Cyrillic kept readable, not ASCII-escaped
        assert CYRILLIC.search(s["documents"]) and CYRILLIC.search(s["field_schema"])
    for p in rows["utility_providers"]:
        assert json.loads(p["services"])


# --- situations and offices -----------------------------------------------------------------------
def test_every_life_situation_has_at_least_five_services(region):
    per_situation = Counter(link["situation_id"] for link in region["service_life_situations"])
    assert set(per_situation) == {s["id"] for s in region["life_situations"]}
    assert min(per_situation.values()) >= 5
    for situation in region["life_situations"]:
        assert CYRILLIC.search(situation["name_ru"]) and not CYRILLIC.search(situation["name_en"])
        assert situation["description_ru"] and situation["description_en"]


def test_every_service_is_provided_somewhere(region, services):
    where = defaultdict(set)
    for link in region["service_offices"]:
        where[link["service_id"]].add(link["office_id"])
    assert set(where) == set(services)
    offices = {o["id"] for o in region["offices"]}
    assert all(ids <= offices for ids in where.values())
    assert any(ids == offices for ids in where.values())
    assert any(ids != offices for ids in where.values())  # some services only in bigger offices


# --- clinics ----------------------------------------------------------------------------------------
def test_clinics_practitioners_and_roles(region):
    clinics = {c["id"]: c for c in region["clinics"]}
    assert all(re.fullmatch(r"org-ul-poly-\d+", cid) for cid in clinics)
    assert all(c["timezone"] == "Europe/Ulyanovsk" for c in clinics.values())
    codes = {s["code"] for s in region["specialties"]}
    for spec in region["specialties"]:
        assert spec["system"].startswith(("urn:oid:", "https://", "http://"))
        assert CYRILLIC.search(spec["name_ru"]) and not CYRILLIC.search(spec["name_en"])
    names = {(p["family_ru"], p["given_ru"], p["patronymic_ru"]) for p in region["practitioners"]}
    assert len(names) == len(region["practitioners"])
    for p in region["practitioners"]:
        assert all(CYRILLIC.fullmatch(ch) for ch in p["family_ru"] + p["given_ru"] + p["patronymic_ru"])
        assert p["patronymic_ru"].endswith(("вич", "вна", "ична", "ич"))
        assert re.fullmatch(r"[A-Z][a-z]+", p["family_en"]) and re.fullmatch(r"[A-Z][a-z]+", p["given_en"])
        assert p["gender"] in ("male", "female")
    roles = region["practitioner_roles"]
    assert Counter(r["practitioner_id"] for r in roles) == Counter(p["id"] for p in region["practitioners"])
    assert {r["clinic_id"] for r in roles} == set(clinics)
    assert {r["specialty_code"] for r in roles} == codes
    schedules = region["schedules"]
    assert sorted(s["practitioner_role_id"] for s in schedules) == sorted(r["id"] for r in roles)


def test_slot_templates_are_well_formed(region):
    schedules = {s["id"] for s in region["schedules"]}
    assert {t["schedule_id"] for t in region["slot_templates"]} == schedules
    for tpl in region["slot_templates"]:
        assert set(tpl["weekdays"]) <= set(range(1, 8)) and tpl["weekdays"]
        assert dt.time.fromisoformat(tpl["start"]) < dt.time.fromisoformat(tpl["end"])
        assert tpl["slot_minutes"] in (10, 15, 20, 30)


# --- slots ----------------------------------------------------------------------------------------------
def _local(text):
    return parse_utc(text).astimezone(TZ)


def test_slots_cover_exactly_fourteen_local_days(slots):
    days = {_local(s["start_utc"]).date() for s in slots}
    expected = {TODAY + dt.timedelta(days=n) for n in range(14)}
    # Sunday has no surgery hours: every other day of the fortnight has slots
    assert days == {d for d in expected if d.isoweekday() != 7}
    assert all(_local(s["end_utc"]).date() == _local(s["start_utc"]).date() for s in slots)


def test_slots_are_utc_local_hours_are_ulyanovsk_time(region, slots):
    assert all(UTC_TEXT.match(s["start_utc"]) and UTC_TEXT.match(s["end_utc"]) for s in slots)
    # sch-ul-001 works Mon-Fri 08:00-14:00 local in 15-minute slots: 08:00 in UTC+4 is 04:00Z
    monday = [s for s in slots if s["schedule_id"] == "sch-ul-001" and s["start_utc"].startswith("2026-11-23")]
    assert monday[0]["start_utc"] == "2026-11-23T04:00:00Z"
    assert monday[-1]["end_utc"] == "2026-11-23T10:00:00Z"
    assert len(monday) == 24
    templates = defaultdict(list)
    for tpl in region["slot_templates"]:
        templates[tpl["schedule_id"]].append(tpl)
    for s in slots:
        start, end = _local(s["start_utc"]), _local(s["end_utc"])
        minutes = (end - start).total_seconds() / 60
        assert any(
            start.isoweekday() in t["weekdays"] and minutes == t["slot_minutes"]
            and dt.time.fromisoformat(t["start"]) <= start.time() and end.time() <= dt.time.fromisoformat(t["end"])
            for t in templates[s["schedule_id"]]
        ), s


def test_slots_do_not_overlap_within_a_schedule(slots):
    per_schedule = defaultdict(list)
    for s in slots:
        per_schedule[s["schedule_id"]].append((parse_utc(s["start_utc"]), parse_utc(s["end_utc"])))
    assert len(per_schedule) == 40
    for spans in per_schedule.values():
        spans.sort()
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert start >= end


def test_slot_ids_and_statuses_are_deterministic(region, slots):
    for s in slots:
        start = parse_utc(s["start_utc"])
        assert s["id"] == f"slot-{s['schedule_id']}-{start:%Y%m%d%H%M}"
    assert len({s["id"] for s in slots}) == len(slots)
    again = generate_slots(read_demo_region(), TODAY, now=iso_utc(NOW))
    assert again == slots
    # a slot keeps its id and status when the fortnight moves on by a day
    tomorrow = {s["id"]: s["status"] for s in generate_slots(region, TODAY + dt.timedelta(days=1), now=iso_utc(NOW))}
    shared = [s for s in slots if s["id"] in tomorrow]
    assert len(shared) > len(slots) * 0.8
    assert all(tomorrow[s["id"]] == s["status"] for s in shared)


def test_about_thirty_percent_of_slots_are_busy(slots):
    statuses = Counter(s["status"] for s in slots)
    assert set(statuses) == {"free", "busy"}
    assert 0.25 <= statuses["busy"] / len(slots) <= 0.35
    assert all(s["leased_until"] is None for s in slots)


def test_weekend_work_differs_between_practitioners(slots):
    weekend = defaultdict(set)
    for s in slots:
        weekend[s["schedule_id"]].add(_local(s["start_utc"]).isoweekday() >= 6)
    assert any(True in days for days in weekend.values())
    assert any(True not in days for days in weekend.values())


def test_schedules_planning_horizon_matches_slots(region, slots):
    schedules = generate_schedules(region, TODAY, now=iso_utc(NOW))
    assert {s["id"] for s in schedules} == {s["schedule_id"] for s in slots}
    for schedule in schedules:
        assert schedule["planning_start"] == "2026-11-20T20:00:00Z"  # 21 Nov 00:00 in UTC+4
        assert schedule["planning_end"] == "2026-12-04T20:00:00Z"
    start, end = parse_utc("2026-11-20T20:00:00Z"), parse_utc("2026-12-04T20:00:00Z")
    assert all(start <= parse_utc(s["start_utc"]) and parse_utc(s["end_utc"]) <= end for s in slots)


def test_slots_across_a_year_end(region):
    today = dt.date(2026, 12, 25)
    slots = generate_slots(region, today, now=iso_utc(NOW))
    days = {_local(s["start_utc"]).date() for s in slots}
    assert min(days) == today and max(days) <= dt.date(2027, 1, 7)
    assert dt.date(2027, 1, 7) in days  # a Thursday


def test_default_today_is_the_regions_date(region):
    assert demo_today(dt.datetime(2026, 11, 21, 21, 0, tzinfo=dt.UTC)) == dt.date(2026, 11, 22)
    assert demo_today(dt.datetime(2026, 11, 21, 19, 59, tzinfo=dt.UTC)) == dt.date(2026, 11, 21)
    late = dt.datetime(2026, 11, 21, 21, 0, tzinfo=dt.UTC)  # already the 22nd in Ulyanovsk
    rows = demo_rows(now=late)  # without ``today``: the schedules start at the region's midnight
    assert {s["planning_start"] for s in rows["schedules"]} == {"2026-11-21T20:00:00Z"}
    assert min(_local(s["start_utc"]).date() for s in rows["slots"]) > dt.date(2026, 11, 21)


def test_overlapping_templates_are_refused(region):
    broken = {**region, "slot_templates": region["slot_templates"] + [
        {"schedule_id": "sch-ul-001", "weekdays": [1], "start": "13:00", "end": "15:00", "slot_minutes": 15}]}
    with pytest.raises(ValueError, match="overlapping"):
        generate_slots(broken, TODAY, now=iso_utc(NOW))


# --- utilities ------------------------------------------------------------------------------------------
def test_utility_providers_and_account_numbers(region):
    providers = {p["id"]: p for p in region["utility_providers"]}
    assert any(p["account_pattern"] == r"^\d{2}[А-Я]{2}\d{6}$" for p in providers.values())
    assert any(p["account_check"] == "luhn" for p in providers.values())
    kinds = {k for p in providers.values() for k in p["services"]}
    assert kinds == {"electricity", "cold_water", "hot_water", "heat", "gas"}
    for p in providers.values():
        assert p["account_check"] in ("none", "luhn")
        assert 1 <= p["window_start_day"] < p["window_end_day"] <= 25
        assert p["jump_factor"] > 1 and p["timezone"] == "Europe/Ulyanovsk"
    numbers = defaultdict(set)
    for acc in region["utility_accounts"]:
        provider = providers[acc["provider_id"]]
        assert re.fullmatch(provider["account_pattern"], acc["account_number"]), acc
        if provider["account_check"] == "luhn":
            assert luhn_ok(acc["account_number"]), acc
        assert acc["account_number"] not in numbers[provider["id"]]
        numbers[provider["id"]].add(acc["account_number"])
        assert "Ульяновск" in acc["address_ru"] and "Ulyanovsk" in acc["address_en"]
        assert acc["house"] and acc["house"] in acc["address_ru"]
        assert acc["flat"] in acc["address_ru"]


def test_meters_match_their_kind_and_provider(region):
    accounts = {a["id"]: a for a in region["utility_accounts"]}
    providers = {p["id"]: p for p in region["utility_providers"]}
    kinds = Counter()
    for m in region["meters"]:
        kinds[m["kind"]] += 1
        assert m["kind"] in providers[accounts[m["account_id"]]["provider_id"]]["services"]
        assert re.fullmatch(r"\d{6,}", m["serial"])
        assert m["avg_monthly"] > 0
        assert isinstance(m["verification_due_in_days"], int)  # relative: the demo never ages
        if m["kind"] == "electricity":
            assert 1 <= m["tariff_zones"] <= 3 and 5 <= m["digits"] <= 7 and m["decimals"] == 1
        elif m["kind"] in ("cold_water", "hot_water"):
            assert (m["tariff_zones"], m["digits"], m["decimals"]) == (1, 5, 3)
        else:
            assert m["tariff_zones"] == 1 and m["decimals"] == 3
    assert set(kinds) == {"electricity", "cold_water", "hot_water", "heat", "gas"}
    assert {m["tariff_zones"] for m in region["meters"] if m["kind"] == "electricity"} == {1, 2, 3}
    assert {m["digits"] for m in region["meters"] if m["kind"] == "electricity"} == {5, 6, 7}
    assert {a["id"] for a in region["utility_accounts"]} == {m["account_id"] for m in region["meters"]}


def test_meter_readings_one_per_zone_within_the_dial(region):
    meters = {m["id"]: m for m in region["meters"]}
    zones = defaultdict(list)
    for r in region["meter_readings"]:
        zones[r["meter_id"]].append(r["zone"])
        m = meters[r["meter_id"]]
        assert 0 <= r["value"] < 10 ** m["digits"]
        assert round(r["value"], m["decimals"]) == r["value"]
        assert r["read_months_ago"] >= 1 and 1 <= r["read_day"] <= 28
    assert set(zones) == set(meters)
    for mid, z in zones.items():
        assert sorted(z) == [f"T{n}" for n in range(1, meters[mid]["tariff_zones"] + 1)]
    # one meter sits just below its rollover, for the rollover rule
    assert any(r["value"] > 0.99 * 10 ** meters[r["meter_id"]]["digits"] for r in region["meter_readings"])


@pytest.mark.parametrize("today", [TODAY, dt.date(2026, 12, 31), dt.date(2027, 1, 1), dt.date(2027, 3, 31),
                                   dt.date(2028, 2, 29), dt.date(2031, 7, 15)],
                         ids=lambda d: d.isoformat())
def test_meter_dates_keep_their_meaning_whatever_day_the_demo_loads(today):
    """The same demo states on any day: last readings in earlier months (two accounts behind by
    three), some meters past their verification date, one due within weeks."""
    rows = demo_rows(today, now=dt.datetime.combine(today, dt.time(9), tzinfo=dt.UTC))
    read_on = [dt.date.fromisoformat(r["read_on"]) for r in rows["meter_readings"]]
    assert all(d < today.replace(day=1) for d in read_on)
    months_back = {(today.year - d.year) * 12 + today.month - d.month for d in read_on}
    assert months_back == {1, 3}
    due = [dt.date.fromisoformat(m["verification_due"]) for m in rows["meters"]]
    expired = sum(d < today for d in due)
    assert expired == 4  # 4 of 46: enough to see the refusal, few enough not to be the rule
    assert sum(today <= d <= today + dt.timedelta(days=60) for d in due) == 1  # one expires soon


# --- loading --------------------------------------------------------------------------------------------
def _table_columns(store, table):
    return {row["name"] for row in store.query(f"PRAGMA table_info({table})")}


def test_ready_rows_match_the_store_schema(store):
    rows = demo_rows(TODAY, now=NOW)
    assert set(rows) == set(demo.TABLES)
    for table, table_rows in rows.items():
        assert table_rows, table
        columns = _table_columns(store, table) - {"retired_at"}  # the kiosk's own bookkeeping
        for row in table_rows:
            assert set(row) == columns, (table, set(row) ^ columns)


def test_load_fills_every_table_with_foreign_keys_intact(store):
    counts = load_demo_region(store, TODAY, now=NOW)
    for table, n in counts.items():
        assert store.scalar(f"SELECT count(*) FROM {table}") == n > 0, table
    assert counts["slots"] > 40 * 5
    assert store.query("PRAGMA foreign_key_check") == []
    assert store.integrity_ok()
    assert not store.is_empty()
    stamps = set()
    for table in demo.TABLES:
        if "updated_at" in _table_columns(store, table):
            stamps |= {r["updated_at"] for r in store.query(f"SELECT DISTINCT updated_at FROM {table}")}
    assert stamps == {"2026-11-21T06:30:00Z"}
    row = store.query("SELECT documents, field_schema, fee_rub FROM services WHERE id = 'svc-001'")[0]
    assert json.loads(row["documents"])[0]["ru"] and json.loads(row["field_schema"])[0]["name"] == "full_name"


def test_updated_at_defaults_to_the_load_time(store):
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    load_demo_region(store)
    after = dt.datetime.now(dt.UTC)
    for table in ("offices", "services", "slots", "meters"):
        for (stamp,) in store.db.execute(f"SELECT DISTINCT updated_at FROM {table}").fetchall():
            assert before <= parse_utc(stamp) <= after, (table, stamp)


def _dump(store):
    out = {}
    for table in demo.TABLES:
        cols = sorted(_table_columns(store, table))
        out[table] = store.db.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {', '.join(cols)}").fetchall()
    return out


def test_two_loads_give_identical_rows(tmp_path):
    with open_store(tmp_path / "a.sqlite3") as a, open_store(tmp_path / "b.sqlite3") as b:
        load_demo_region(a, TODAY, now=NOW)
        load_demo_region(b, TODAY, now=NOW)
        assert _dump(a) == _dump(b)
        slot_ids = a.db.execute("SELECT id FROM slots ORDER BY id").fetchall()
        assert slot_ids == b.db.execute("SELECT id FROM slots ORDER BY id").fetchall()


def test_load_is_one_transaction(store):
    with store.atomic():
        store.db["utility_providers"].insert({
            "id": "util-vodokanal", "name_ru": "Чужой", "name_en": "Other", "account_pattern": ".*",
            "timezone": "Europe/Ulyanovsk", "updated_at": iso_utc(),
        })
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        load_demo_region(store, TODAY)
    # offices, services and slots come before the clashing provider, and none of them stayed
    for table in ("offices", "services", "slots", "utility_accounts"):
        assert store.scalar(f"SELECT count(*) FROM {table}") == 0, table
    assert store.scalar("SELECT count(*) FROM utility_providers") == 1


def test_json_sources_are_package_data():
    names = {p.name for p in resources.files("mfc_rules.demo").iterdir() if p.name.endswith(".json")}
    assert names == {f"{t}.json" for t in demo.SOURCES}


def test_loader_imports_no_qt():
    code = ("import sys, offline_db.demo, mfc_rules.demo; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
