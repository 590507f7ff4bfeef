"""Bootstrap script that wrote the demo region's JSON files (kept for reference).

The committed ``mfc_rules/demo/*.json`` files are the source of truth: edit them directly.
Running this script again would overwrite hand edits, so it refuses to touch existing files
unless ``--overwrite`` is given::

    .venv/bin/python -m mfc_rules.demo._generate --overwrite

Everything here is deterministic (a fixed random seed), so rerunning it on an unchanged script
reproduces the committed files byte for byte.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

from mfc_rules.identifiers import luhn_check_digit

from ._generate_catalogue import CATEGORIES, OFFICES, SERVICES, SITUATIONS, build_field_schema, documents

HERE = Path(__file__).resolve().parent
TZ = "Europe/Ulyanovsk"

# --- clinics --------------------------------------------------------------------------------
SPECIALTY_SYSTEM = "https://demo.kiosk.example/fhir/CodeSystem/specialty"
SPECIALTIES = [
    ("general-practice", "Терапевт", "General practitioner"),
    ("pediatrics", "Педиатр", "Paediatrician"),
    ("surgery", "Хирург", "Surgeon"),
    ("ophthalmology", "Офтальмолог", "Ophthalmologist"),
    ("neurology", "Невролог", "Neurologist"),
    ("otorhinolaryngology", "Оториноларинголог (ЛОР)", "Otorhinolaryngologist (ENT)"),
    ("cardiology", "Кардиолог", "Cardiologist"),
    ("endocrinology", "Эндокринолог", "Endocrinologist"),
    ("dermatovenereology", "Дерматовенеролог", "Dermatovenereologist"),
    ("dentistry", "Стоматолог", "Dentist"),
]

CLINICS = [
    ("org-ul-poly-1", "ГУЗ «Городская поликлиника № 1» (демо)", "City Polyclinic No. 1 (demo)",
     "г. Ульяновск, ул. Гончарова, д. 19", "19 Goncharova St, Ulyanovsk", "+7 8422 40-11-01"),
    ("org-ul-poly-2", "ГУЗ «Заволжская городская поликлиника» (демо)", "Zavolzhsky City Polyclinic (demo)",
     "г. Ульяновск, пр-т Ленинского Комсомола, д. 35", "35 Leninskogo Komsomola Ave, Ulyanovsk",
     "+7 8422 40-11-02"),
    ("org-ul-poly-3", "ГУЗ «Детская городская поликлиника № 3» (демо)", "Children's City Polyclinic No. 3 (demo)",
     "г. Ульяновск, ул. Рябикова, д. 60", "60 Ryabikova St, Ulyanovsk", "+7 8422 40-11-03"),
    ("org-ul-poly-4", "ГУЗ «Димитровградская поликлиника» (демо)", "Dimitrovgrad Polyclinic (demo)",
     "Ульяновская обл., г. Димитровград, ул. Гагарина, д. 22",
     "22 Gagarina St, Dimitrovgrad, Ulyanovsk Region", "+7 84235 4-11-04"),
    ("org-ul-poly-5", "ГУЗ «Новоульяновская районная больница», поликлиника (демо)",
     "Novoulyanovsk District Hospital, outpatient department (demo)",
     "Ульяновская обл., г. Новоульяновск, ул. Ульяновская, д. 11",
     "11 Ulyanovskaya St, Novoulyanovsk, Ulyanovsk Region", "+7 84255 7-11-05"),
]

# (family, given, patronymic, gender, clinic number, specialty code, room, pattern)
PRACTITIONERS = [
    ("Кузнецова", "Ольга", "Викторовна", "female", 1, "general-practice", "101", "day"),
    ("Смирнов", "Андрей", "Петрович", "male", 1, "general-practice", "102", "shift"),
    ("Волкова", "Наталья", "Сергеевна", "female", 1, "general-practice", "103", "saturday"),
    ("Егоров", "Михаил", "Юрьевич", "male", 1, "surgery", "210", "shift"),
    ("Лебедева", "Ирина", "Александровна", "female", 1, "ophthalmology", "214", "day"),
    ("Морозов", "Дмитрий", "Игоревич", "male", 1, "neurology", "216", "short"),
    ("Соловьёва", "Елена", "Николаевна", "female", 1, "cardiology", "305", "day"),
    ("Павлов", "Сергей", "Владимирович", "male", 1, "endocrinology", "307", "shift"),
    ("Фёдорова", "Татьяна", "Ивановна", "female", 1, "otorhinolaryngology", "218", "saturday"),
    ("Никитин", "Алексей", "Геннадьевич", "male", 1, "dentistry", "401", "dental"),
    ("Захарова", "Юлия", "Андреевна", "female", 2, "general-practice", "11", "day"),
    ("Белов", "Константин", "Олегович", "male", 2, "general-practice", "12", "saturday"),
    ("Григорьева", "Светлана", "Павловна", "female", 2, "general-practice", "14", "shift"),
    ("Тарасов", "Виктор", "Анатольевич", "male", 2, "surgery", "21", "day"),
    ("Киселёва", "Марина", "Дмитриевна", "female", 2, "dermatovenereology", "23", "shift"),
    ("Орлов", "Роман", "Евгеньевич", "male", 2, "cardiology", "31", "short"),
    ("Макарова", "Анна", "Валерьевна", "female", 2, "endocrinology", "33", "day"),
    ("Зайцев", "Илья", "Борисович", "male", 2, "neurology", "35", "shift"),
    ("Андреева", "Людмила", "Георгиевна", "female", 2, "ophthalmology", "37", "saturday"),
    ("Ковалёв", "Артём", "Сергеевич", "male", 2, "dentistry", "41", "dental"),
    ("Семёнова", "Дарья", "Алексеевна", "female", 3, "pediatrics", "5", "day"),
    ("Богданова", "Ксения", "Ильинична", "female", 3, "pediatrics", "6", "saturday"),
    ("Воробьёв", "Павел", "Николаевич", "male", 3, "pediatrics", "7", "shift"),
    ("Медведева", "Валентина", "Романовна", "female", 3, "otorhinolaryngology", "12", "day"),
    ("Жуков", "Евгений", "Васильевич", "male", 3, "ophthalmology", "14", "shift"),
    ("Комарова", "Алёна", "Максимовна", "female", 3, "dentistry", "20", "dental"),
    ("Ильин", "Олег", "Степанович", "male", 4, "general-practice", "110", "day"),
    ("Гусева", "Галина", "Фёдоровна", "female", 4, "general-practice", "111", "saturday"),
    ("Титов", "Николай", "Аркадьевич", "male", 4, "surgery", "120", "shift"),
    ("Кудрявцева", "Вера", "Леонидовна", "female", 4, "pediatrics", "130", "day"),
    ("Баранов", "Григорий", "Михайлович", "male", 4, "cardiology", "140", "short"),
    ("Куликова", "Оксана", "Витальевна", "female", 4, "dermatovenereology", "142", "shift"),
    ("Алексеев", "Вадим", "Эдуардович", "male", 4, "otorhinolaryngology", "144", "day"),
    ("Степанова", "Любовь", "Константиновна", "female", 4, "dentistry", "150", "dental"),
    ("Яковлев", "Фёдор", "Ильич", "male", 5, "general-practice", "3", "saturday"),
    ("Сорокина", "Зоя", "Тимофеевна", "female", 5, "general-practice", "4", "shift"),
    ("Романов", "Станислав", "Олегович", "male", 5, "pediatrics", "8", "day"),
    ("Виноградова", "Елизавета", "Юрьевна", "female", 5, "neurology", "9", "short"),
    ("Щербаков", "Юрий", "Харитонович", "male", 5, "surgery", "10", "shift"),
    ("Полякова", "Нина", "Эмильевна", "female", 5, "endocrinology", "12", "day"),
]

# Weekly working-hours patterns; weekdays are ISO numbers (1 = Monday .. 7 = Sunday).
PATTERNS = {
    "day": [{"weekdays": [1, 2, 3, 4, 5], "start": "08:00", "end": "14:00", "slot_minutes": 15}],
    "shift": [  # odd/even shifts, as Russian polyclinics usually work
        {"weekdays": [1, 3, 5], "start": "08:00", "end": "13:00", "slot_minutes": 20},
        {"weekdays": [2, 4], "start": "14:00", "end": "19:00", "slot_minutes": 20},
    ],
    "saturday": [
        {"weekdays": [1, 2, 3, 4, 5], "start": "13:00", "end": "19:00", "slot_minutes": 15},
        {"weekdays": [6], "start": "09:00", "end": "13:00", "slot_minutes": 15},
    ],
    "short": [{"weekdays": [2, 3, 4], "start": "09:00", "end": "15:00", "slot_minutes": 20}],
    "dental": [
        {"weekdays": [1, 2, 3, 4, 5], "start": "08:00", "end": "12:00", "slot_minutes": 30},
        {"weekdays": [1, 2, 3, 4, 5], "start": "13:00", "end": "16:00", "slot_minutes": 30},
        {"weekdays": [6], "start": "09:00", "end": "12:00", "slot_minutes": 30},
    ],
}

# ICAO Doc 9303 transliteration, as used in Russian international passports since 2014.
TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}


def translit(word: str) -> str:
    out = "".join(TRANSLIT.get(ch.lower(), ch) for ch in word)
    return out[:1].upper() + out[1:]


def clinic_tables() -> dict[str, list[dict]]:
    clinics = [
        {"id": cid, "name_ru": nru, "name_en": nen, "address_ru": aru, "address_en": aen,
         "timezone": TZ, "phone": phone}
        for cid, nru, nen, aru, aen, phone in CLINICS
    ]
    specialties = [{"code": c, "system": SPECIALTY_SYSTEM, "name_ru": ru, "name_en": en}
                   for c, ru, en in SPECIALTIES]
    practitioners, roles, schedules, templates = [], [], [], []
    for n, (family, given, patronymic, gender, clinic, spec, room, pattern) in enumerate(PRACTITIONERS, 1):
        pid, rid, sid = f"pr-ul-{n:03d}", f"role-ul-{n:03d}", f"sch-ul-{n:03d}"
        practitioners.append({
            "id": pid, "family_ru": family, "given_ru": given, "patronymic_ru": patronymic,
            "family_en": translit(family), "given_en": translit(given), "gender": gender,
        })
        roles.append({"id": rid, "practitioner_id": pid, "clinic_id": f"org-ul-poly-{clinic}",
                      "specialty_code": spec, "room": room})
        schedules.append({"id": sid, "practitioner_role_id": rid, "active": 1})
        for tpl in PATTERNS[pattern]:
            templates.append({"schedule_id": sid, **tpl})
    return {"clinics": clinics, "specialties": specialties, "practitioners": practitioners,
            "practitioner_roles": roles, "schedules": schedules, "slot_templates": templates}


# --- utilities ------------------------------------------------------------------------------
PROVIDERS = [
    {"id": "util-energo", "name_ru": "АО «Ульяновскэнерго-Демо»", "name_en": "Ulyanovskenergo-Demo JSC",
     "services": ["electricity"], "account_pattern": r"^\d{12}$", "account_check": "luhn",
     "window_start_day": 15, "window_end_day": 25, "jump_factor": 3.0, "timezone": TZ,
     "phone": "+7 8422 50-00-01"},
    {"id": "util-vodokanal", "name_ru": "МУП «Ульяновскводоканал-Демо»", "name_en": "Ulyanovskvodokanal-Demo MUE",
     "services": ["cold_water", "hot_water"], "account_pattern": r"^\d{2}[А-Я]{2}\d{6}$",
     "account_check": "none", "window_start_day": 20, "window_end_day": 25, "jump_factor": 3.0,
     "timezone": TZ, "phone": "+7 8422 50-00-02"},
    {"id": "util-teplogaz", "name_ru": "ООО «Симбирская теплогазовая компания-Демо»",
     "name_en": "Simbirsk Heat and Gas Company-Demo LLC", "services": ["gas", "heat"],
     "account_pattern": r"^\d{9}$", "account_check": "none", "window_start_day": 1,
     "window_end_day": 25, "jump_factor": 2.5, "timezone": TZ, "phone": "+7 8422 50-00-03"},
]

# (street ru, street en, house, flat, building kind): "old" flats have gas stoves, "new" ones heat meters.
HOMES = [
    ("ул. Гончарова", "Goncharova St", "12", "34", "old"),
    ("ул. Карла Маркса", "Karla Marksa St", "8", "5", "old"),
    ("пр-т Нариманова", "Narimanova Ave", "75", "112", "new"),
    ("ул. Минаева", "Minaeva St", "44к2", "17", "new"),
    ("Московское ш.", "Moskovskoe Hwy", "61", "203", "new"),
    ("ул. Рябикова", "Ryabikova St", "21", "48", "old"),
    ("ул. Камышинская", "Kamyshinskaya St", "37", "9", "new"),
    ("ул. Заречная", "Zarechnaya St", "14", "", "house"),
    ("ул. Радищева", "Radishcheva St", "103", "66", "old"),
    ("пр-т Ульяновский", "Ulyanovsky Ave", "6", "81", "new"),
]
GIS_LETTERS = "АБВГДЕЖИКЛМНПРСТ"


def luhn_complete(body: str) -> str:
    """Append the Luhn check digit to ``body``."""
    return body + luhn_check_digit(body)


#: The dates below were chosen as seen from this day; the files keep them relative to it (months back
#: for readings, days for verification dates) and the loader dates them from the day it loads.
ANCHOR = dt.date(2026, 11, 21)


def utility_tables() -> dict[str, list[dict]]:
    rnd = random.Random(73)  # 73: the Ulyanovsk region's code
    accounts, meters, readings = [], [], []
    # a few meters whose verification (poverka) has run out, and one that expires soon
    expired = {"m-el-03": "2025-06-30", "m-wt-02-cold-1": "2026-03-31", "m-hg-06-gas": "2026-10-01",
               "m-wt-09-hot-1": "2024-12-15"}
    soon = {"m-wt-05-cold-1": "2026-12-20"}

    def add_meter(mid, acc, kind, zones, digits, decimals, avg, due_years, value_hint, read_on):
        serial = f"{rnd.randint(10**7, 10**8 - 1)}"
        due = expired.get(mid) or soon.get(mid) or f"{2027 + rnd.randint(0, due_years)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        meters.append({"id": mid, "account_id": acc, "serial": serial, "kind": kind, "tariff_zones": zones,
                       "digits": digits, "decimals": decimals,
                       "verification_due_in_days": (dt.date.fromisoformat(due) - ANCHOR).days,
                       "avg_monthly": avg})
        shares = [1.0] if zones == 1 else [0.7, 0.3] if zones == 2 else [0.2, 0.5, 0.3]
        for z, share in enumerate(shares, 1):
            value = round(value_hint * share, decimals)
            on = dt.date.fromisoformat(read_on)
            readings.append({"meter_id": mid, "zone": f"T{z}", "value": value,
                             "read_months_ago": (ANCHOR.year - on.year) * 12 + ANCHOR.month - on.month,
                             "read_day": on.day})

    for n, (street_ru, street_en, house, flat, kind) in enumerate(HOMES, 1):
        flat_ru = f", кв. {flat}" if flat else ""
        flat_en = f", apt {flat}" if flat else ""
        addr_ru = f"г. Ульяновск, {street_ru}, д. {house}{flat_ru}"
        addr_en = f"{house} {street_en}{flat_en}, Ulyanovsk"
        read_on = f"2026-10-{rnd.randint(15, 25):02d}"
        late = "2026-08-23" if n in (4, 9) else None  # readings missed for two months

        # electricity: 12 digits with a Luhn check digit
        acc = f"acc-el-{n:02d}"
        accounts.append({"id": acc, "provider_id": "util-energo",
                         "account_number": luhn_complete(f"73{rnd.randint(10**8, 10**9 - 1)}"),
                         "address_ru": addr_ru, "address_en": addr_en, "house": house, "flat": flat})
        # meter 01 is a one-zone, five-digit meter close to its rollover (99999.9 -> 00000.0)
        zones = 1 if n == 1 else (1, 2, 3)[n % 3]
        digits = 5 if n == 1 else (5, 6, 7)[(n // 2) % 3]
        avg = float(rnd.randint(12, 35) * 10)
        value = 99870.4 if n == 1 else round(rnd.uniform(0.05, 0.6) * 10 ** min(digits, 5), 1)
        add_meter(f"m-el-{n:02d}", acc, "electricity", zones, digits, 1, avg, 12,
                  value, late or read_on)

        # water: GIS ZhKKh unified account number
        acc = f"acc-wt-{n:02d}"
        number = f"{73 + n % 2:02d}{GIS_LETTERS[n % 16]}{GIS_LETTERS[(n * 7) % 16]}{rnd.randint(0, 999999):06d}"
        accounts.append({"id": acc, "provider_id": "util-vodokanal", "account_number": number,
                         "address_ru": addr_ru, "address_en": addr_en, "house": house, "flat": flat})
        risers = 2 if n in (3, 5, 9) else 1  # a kitchen and a bathroom riser
        for r in range(1, risers + 1):
            add_meter(f"m-wt-{n:02d}-cold-{r}", acc, "cold_water", 1, 5, 3,
                      round(rnd.uniform(2.0, 5.5) / risers, 1), 5, round(rnd.uniform(80, 900), 3),
                      late or read_on)
            if kind != "house":
                add_meter(f"m-wt-{n:02d}-hot-{r}", acc, "hot_water", 1, 5, 3,
                          round(rnd.uniform(1.5, 3.5) / risers, 1), 3, round(rnd.uniform(50, 600), 3),
                          late or read_on)

        # gas and heat
        acc = f"acc-hg-{n:02d}"
        accounts.append({"id": acc, "provider_id": "util-teplogaz",
                         "account_number": f"{rnd.randint(10**8, 10**9 - 1)}",
                         "address_ru": addr_ru, "address_en": addr_en, "house": house, "flat": flat})
        if kind in ("old", "house"):
            add_meter(f"m-hg-{n:02d}-gas", acc, "gas", 1, 5, 3,
                      float(rnd.randint(8, 25) if kind == "old" else rnd.randint(120, 260)), 10,
                      round(rnd.uniform(300, 9000), 3), late or read_on)
        if kind in ("new", "house"):
            add_meter(f"m-hg-{n:02d}-heat", acc, "heat", 1, 6, 3, round(rnd.uniform(0.4, 1.6), 2), 4,
                      round(rnd.uniform(5, 60), 3), late or read_on)
    return {"utility_providers": PROVIDERS, "utility_accounts": accounts, "meters": meters,
            "meter_readings": readings}


# --- catalogue ------------------------------------------------------------------------------
def catalogue_tables() -> dict[str, list[dict]]:
    categories = [
        {"id": cid, "queue_letter": letter, "name_ru": ru, "name_en": en, "icon": icon, "sort_order": i}
        for i, (cid, letter, ru, en, icon) in enumerate(CATEGORIES, 1)
    ]
    situations = [
        {"id": sid, "name_ru": ru, "name_en": en, "description_ru": dru, "description_en": den,
         "icon": icon, "sort_order": i}
        for i, (sid, ru, en, dru, den, icon) in enumerate(SITUATIONS, 1)
    ]
    offices = [
        {"id": oid, "name_ru": nru, "name_en": nen, "address_ru": aru, "address_en": aen,
         "timezone": TZ, "phone": phone, "hours_ru": hru, "hours_en": hen}
        for oid, nru, nen, aru, aen, phone, hru, hen in OFFICES
    ]
    office_sets = {
        "all": [o[0] for o in OFFICES],
        "main": ["off-ul-lenin", "off-ul-zavolzh", "off-dimitrovgrad"],
        "big": ["off-ul-lenin", "off-dimitrovgrad"],
    }
    services, links, where = [], [], []
    for n, s in enumerate(SERVICES, 1):
        sid = f"svc-{n:03d}"
        services.append({
            "id": sid, "category_id": s["cat"],
            "name_ru": s["ru"], "name_en": s["en"],
            "description_ru": s["dru"], "description_en": s["den"],
            "who_ru": s["who"][0], "who_en": s["who"][1],
            "synonyms_ru": s["syn_ru"], "synonyms_en": s["syn_en"],
            "documents": documents(s["docs"]),
            "fee_rub": float(s["fee"]), "term_days": s["term"],
            "field_schema": build_field_schema(s["fields"]),
            "online_apply": int(s.get("online", True)),
        })
        links += [{"service_id": sid, "situation_id": sit} for sit in s["sits"]]
        where += [{"service_id": sid, "office_id": o} for o in office_sets[s.get("offices", "all")]]
    return {"offices": offices, "service_categories": categories, "life_situations": situations,
            "services": services, "service_life_situations": links, "service_offices": where}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--overwrite", action="store_true", help="replace the committed JSON files")
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    tables = {**catalogue_tables(), **clinic_tables(), **utility_tables()}
    for table, rows in tables.items():
        path = args.out / f"{table}.json"
        if path.exists() and not args.overwrite:
            raise SystemExit(f"{path} exists; the JSON is the source of truth (use --overwrite to replace it)")
        text = json.dumps(rows, ensure_ascii=False, indent=1)
        path.write_text(text + "\n", encoding="utf-8")
        print(f"{path.name}: {len(rows)} rows")


if __name__ == "__main__":
    main()
