"""What the FHIR routes accept in a request body: one pydantic model per body, used twice.

The routes validate with these models (strictly: no type coercion), and ``regional_backend.openapi``
publishes the same models' JSON Schema in ``/openapi.json``, so the contract and the server agree
on which bodies are valid.  Every other FHIR element is kept as it is sent.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator

from .booking import ACTIVE_APPOINTMENT
from .errors import FhirError

FHIR_ID = r"^[A-Za-z0-9\-.]{1,64}$"
AppointmentStatus = Literal["proposed", "pending", "booked", "arrived", "fulfilled", "cancelled", "noshow",
                            "entered-in-error", "checked-in", "waitlist"]
NewStatus = Literal[ACTIVE_APPOINTMENT]  # type: ignore[valid-type]

#: The JSON Schema of "a participant whose actor carries the patient's identifier" (at least one must).
_PATIENT_PARTICIPANT = {"type": "object", "required": ["actor"],
                        "properties": {"actor": {"type": "object", "required": ["identifier"],
                                                 "properties": {"identifier": {"type": "object"}}}}}


#: A JSON integer: as in JSON Schema, ``5.0`` is one too (but ``"5"`` and ``true`` are not).
JsonInt = Annotated[int, BeforeValidator(lambda v: int(v) if isinstance(v, float) and v.is_integer() else v)]


class _Element(BaseModel):
    model_config = ConfigDict(extra="allow", strict=True)


def _optional(**kwargs: Any) -> Any:
    """An element that may be absent but, as FHIR JSON says, is never ``null``."""
    return Field(default=None, json_schema_extra=lambda schema: schema.pop("default", None), **kwargs)


class FhirIdentifier(_Element):
    system: str = _optional()
    value: str = Field(min_length=1)


class SlotReference(_Element):
    reference: str = Field(pattern=r"^Slot/[A-Za-z0-9\-.]{1,64}$", examples=["Slot/slot-0001"])


class ParticipantActor(_Element):
    identifier: FhirIdentifier = _optional(description="The patient's ENP.")


class AppointmentParticipant(_Element):
    actor: ParticipantActor = _optional()


class _Appointment(_Element):
    resourceType: Literal["Appointment"]
    identifier: list[FhirIdentifier] = Field(min_length=1, description="The first is the client-made "
                                             "identifier: the booking's idempotency key.")
    slot: list[SlotReference] = Field(min_length=1, max_length=1)
    participant: list[AppointmentParticipant] = Field(
        min_length=1, description="At least one actor carries the patient's identifier (ENP).",
        json_schema_extra={"contains": _PATIENT_PARTICIPANT})

    @model_validator(mode="after")
    def _has_patient(self) -> _Appointment:
        if not any(p.actor is not None and p.actor.identifier is not None for p in self.participant):
            raise ValueError("no participant carries the patient's identifier (ENP)")
        return self


class NewAppointment(_Appointment):
    """An Appointment to book: its identifier, one Slot and the patient's identifier."""

    id: str = _optional(pattern=FHIR_ID, description="Ignored: the server assigns the id.")
    status: NewStatus = _optional(description="Default `booked`.")


class AppointmentUpdate(_Appointment):
    """The Appointment as read, with a new status (and `cancelationReason`), or moved to another free
    `slot` (its `start`/`end` then follow the slot); nothing else may change."""

    id: str = Field(pattern=FHIR_ID, description="The id in the path.")
    status: AppointmentStatus


class LeaseShare(_Element):
    name: Literal["share"]
    valueDecimal: float = _optional(ge=0, le=1)


class LeaseCount(_Element):
    name: Literal["count"]
    valueInteger: JsonInt = _optional(ge=0, le=100_000)


class LeaseTtl(_Element):
    name: Literal["ttl"]
    valueInteger: JsonInt = _optional(description="Seconds (capped by the server's lease time).")


class LeaseRelease(_Element):
    name: Literal["release"]
    valueBoolean: bool = _optional()


class LeaseParameters(_Element):
    """`Slot/$lease`'s Parameters: `share` (0..1) or `count` (0..100000), `ttl`, `release`."""

    resourceType: Literal["Parameters"]
    parameter: list[Annotated[LeaseShare | LeaseCount | LeaseTtl | LeaseRelease, Field(discriminator="name")]] = \
        _optional()


def _parse(model: type[_Element], rtype: str, body: dict[str, Any]) -> Any:
    if body.get("resourceType") != rtype:
        raise FhirError(400, "invalid", f"Send a {rtype} resource.", f"Отправьте ресурс {rtype}.")
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or rtype
        # The input is not echoed: it may carry personal data.
        raise FhirError(422, "invalid", f"{rtype} is not valid at {where}: {first['msg']}.",
                        f"Ресурс {rtype} заполнен неверно ({where}).") from None


def check_new_appointment(body: dict[str, Any]) -> None:
    """Raises a 400/422 :class:`FhirError` unless ``body`` is a :class:`NewAppointment`."""
    _parse(NewAppointment, "Appointment", body)


def check_appointment_update(body: dict[str, Any]) -> None:
    """Raises a 400/422 :class:`FhirError` unless ``body`` is an :class:`AppointmentUpdate`."""
    _parse(AppointmentUpdate, "Appointment", body)


_LEASE_VALUE = {"share": "valueDecimal", "count": "valueInteger", "ttl": "valueInteger", "release": "valueBoolean"}


def lease_request(body: dict[str, Any]) -> tuple[float | None, int | None, int | None, bool]:
    """``(share, count, ttl, release)`` of a lease request (the last of a repeated parameter counts)."""
    parameters = _parse(LeaseParameters, "Parameters", body).parameter or []
    values = {p.name: getattr(p, _LEASE_VALUE[p.name]) for p in parameters}
    return values.get("share"), values.get("count"), values.get("ttl"), bool(values.get("release"))
