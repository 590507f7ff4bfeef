"""Doctor appointment (e-clinic registration over FHIR R4): clinic → specialty → doctor → day →
time → patient → confirm → receipt; "My appointments" to view, cancel and reprint.
``register`` adds the screens to the registry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..registry import Registry, ScreenSpec, TileSpec, lazy

SAMPLE_CLINIC = {"id": "org-ul-poly-1", "name_ru": "ГУЗ «Городская поликлиника № 1» (демо)",
                 "name_en": "City Polyclinic No. 1 (demo)", "address_ru": "г. Ульяновск, ул. Гончарова, д. 19",
                 "address_en": "19 Goncharova St, Ulyanovsk", "timezone": "Europe/Ulyanovsk"}
SAMPLE_SPECIALTY = {"code": "general-practice", "name_ru": "Терапевт", "name_en": "General practitioner"}
SAMPLE_DOCTOR = {"role_id": "role-ul-001", "room": "101", "family_ru": "Кузнецова", "given_ru": "Ольга",
                 "patronymic_ru": "Викторовна", "family_en": "Kuznetsova", "given_en": "Olga", "has_schedule": 1}


def _slots() -> list[dict[str, Any]]:
    import datetime as dt  # screenshot samples only: not loaded at every start

    day = dt.datetime(2026, 11, 23, 4, 0, tzinfo=dt.UTC)
    slots = [{"id": f"slot-{n}", "start_utc": (day + dt.timedelta(days=n // 6, minutes=20 * (n % 6))).strftime("%Y-%m-%dT%H:%M:%SZ"),
              "end_utc": "", "schedule_id": "sch-ul-001", "leased_until": None} for n in range(18)]
    booked = {start for _number, start in _SAMPLE_BOOKINGS.values()}
    return [slot for slot in slots if slot["start_utc"] not in booked]  # the sample bookings' times are taken


# status: (receipt number, start) of the sample appointments; none shares a number with another sample
_SAMPLE_BOOKINGS = {"booked": ("C4PK-7N2D-8WQR", "2026-11-23T05:20:00Z"),
                    "requested": ("A1B2-C3D4-E5F6", "2026-11-24T06:00:00Z"),
                    "refused": ("Z9Y8-X7W6-V5T4", "2026-11-23T05:40:00Z")}


def _sample_row(status: str) -> dict[str, Any]:
    number, start = _SAMPLE_BOOKINGS[status]
    return {**SAMPLE_DOCTOR, "uuid": "00000000-0000-4000-8000-000000000001", "receipt_number": number,
            "status": status, "start_utc": start, "created_at": "2026-11-21T09:30:00Z",
            "timezone": "Europe/Ulyanovsk", "clinic_ru": SAMPLE_CLINIC["name_ru"], "clinic_en": SAMPLE_CLINIC["name_en"],
            "address_ru": SAMPLE_CLINIC["address_ru"], "address_en": SAMPLE_CLINIC["address_en"],
            "specialty_ru": "Терапевт", "specialty_en": "General practitioner", "enp_masked": "••••••••••••5749",
            "alternatives": [{"slot_id": "a", "start_utc": "2026-11-23T06:00:00Z"},
                             {"slot_id": "b", "start_utc": "2026-11-24T04:40:00Z"}] if status == "refused" else []}


def sample_changed_status(change: str) -> Any:
    """The status of the booked sample after the clinic changed it (screenshots of the status check):
    ``cancelled`` on 21 November at 18:20 clinic time, or ``rescheduled`` to the next day."""
    from kiosk.domain import status as st

    row = {**_sample_row("booked"), "clinic_change": change, "clinic_changed_at": "2026-11-21T14:20:00Z"}
    if change == "rescheduled":
        row.update(previous_start_utc=row["start_utc"], start_utc="2026-11-24T05:20:00Z")
    return st.appointment_of_row(row)


# --- screenshot states: nothing is written to the store -----------------------------------------
# as in mfc_rules/demo/clinics.json: each polyclinic at its own address (Zavolzhsky across the Volga)
SAMPLE_CLINIC_2 = {"id": "org-ul-poly-2", "name_ru": "ГУЗ «Заволжская городская поликлиника» (демо)",
                   "name_en": "Zavolzhsky City Polyclinic (demo)",
                   "address_ru": "г. Ульяновск, пр-т Ленинского Комсомола, д. 35",
                   "address_en": "35 Leninskogo Komsomola Ave, Ulyanovsk", "timezone": "Europe/Ulyanovsk"}
# a doctor without a schedule: shown greyed out with the reason
SAMPLE_DOCTOR_UNAVAILABLE = {"role_id": "role-ul-002", "room": "102", "family_ru": "Смирнов", "given_ru": "Андрей",
                             "patronymic_ru": "Петрович", "family_en": "Smirnov", "given_en": "Andrei", "has_schedule": 0}


def _clinics(screen: Any) -> None:
    screen.set_options([SAMPLE_CLINIC, SAMPLE_CLINIC_2])


def _doctors(screen: Any) -> None:
    screen.choice.clinic, screen.choice.specialty, screen.step = SAMPLE_CLINIC, SAMPLE_SPECIALTY, "doctor"
    screen.set_options([SAMPLE_DOCTOR, SAMPLE_DOCTOR_UNAVAILABLE])


def _days(screen: Any) -> None:
    _doctors(screen)
    screen.choice.doctor, screen.step = SAMPLE_DOCTOR, "day"
    screen.set_options(_slots())


def _times(screen: Any) -> None:
    _days(screen)
    screen.choose(screen.options[0])


def _patient(screen: Any, errors: bool = False) -> None:
    from .pick import Choice

    screen.start(Choice(SAMPLE_CLINIC, SAMPLE_SPECIALTY, SAMPLE_DOCTOR, None, _slots()[1]))
    if errors:
        screen.enp.edit.setText("2341998071655740")
        screen.birth.edit.setText("01.01.2999")
        screen.submit()


def _mine(screen: Any) -> None:
    import datetime as dt

    from kiosk.clinic import booking

    # as after a lookup: the policy number and date of birth are off the screen, only ••••5749 stays
    screen.remember(booking.Patient("2341998071655749", dt.date(1975, 3, 14)))
    screen.show_rows([_sample_row("booked"), {**_sample_row("requested"), "uuid": "u2"},
                      {**_sample_row("refused"), "uuid": "u3"}])
    screen.ask_cancel("00000000-0000-4000-8000-000000000001")


def _receipt(status: str) -> Any:
    def state(screen: Any) -> None:
        from .patient import receipt_data

        screen.show_receipt(receipt_data(_sample_row(status)), auto_print=False)
        screen.print_state = "printed"
        screen.retranslate()
    return state


def register(registry: Registry) -> None:
    MyAppointmentsScreen = lazy("kiosk.ui.screens.clinic.mine", "MyAppointmentsScreen")
    PatientScreen = lazy("kiosk.ui.screens.clinic.patient", "PatientScreen")
    ClinicScreen = lazy("kiosk.ui.screens.clinic.pick", "ClinicScreen")

    registry.register(ScreenSpec(
        "clinic", ClinicScreen,
        tile=TileSpec(lambda: QCoreApplication.translate("Tiles", "Doctor appointment"), "✚", 82),
        screenshot_states=(("", _clinics), ("doctors", _doctors), ("days", _days), ("times", _times)),
    ))
    registry.register(ScreenSpec("clinic_patient", PatientScreen,
                                 screenshot_states=(("", _patient), ("errors", lambda s: _patient(s, True)))))
    registry.register(ScreenSpec("clinic_mine", MyAppointmentsScreen, screenshot_states=(("", _mine),)))
    registry.register(ScreenSpec("clinic_receipt_sample", _ReceiptSample,
                                 screenshot_states=(("", _receipt("booked")), ("requested", _receipt("requested")))))


def _ReceiptSample(ctx: Any) -> Any:  # noqa: N802 - a factory named like the screen it makes
    """The shared receipt screen showing an appointment receipt (screenshots only; no tile)."""
    from ..services.receipt import ReceiptScreen

    screen = ReceiptScreen(ctx)
    screen.screen_id = "clinic_receipt_sample"
    screen.setObjectName("screen-clinic_receipt_sample")
    return screen
