"""A FHIR R4 subset of the reference backend under ``/fhir/R4`` (clinics and appointments).

Routes: ``api.py`` (the FastAPI router), reading requests in ``search_params.py`` and
``appointment_requests.py``, answers in ``responses.py``, ``resources.py`` (stored records as FHIR
R4 JSON) and ``capability.py``.  Storage: ``interface.py`` (:class:`FhirStorage`, what the routes
call; every engine implements it), the engine-neutral rules ``booking.py`` and ``leasing.py``, and
``sqlite/`` (the implementation in the backend's SQLite file, own tables, own migrations).  The
slot lease extension (``Slot/$lease``) is documented in ``docs/fhir-leases.md``.
"""

FHIR_BASE = "/fhir/R4"
FHIR_JSON = "application/fhir+json"
#: System of client-made appointment identifiers (the idempotency key of a booking).
APPOINTMENT_ID_SYSTEM = "urn:ietf:rfc:3986"
#: ENP (unified compulsory medical insurance policy number) identifier system.
ENP_SYSTEM = "https://mfc-kiosk.example/fhir/sid/enp"  # a placeholder the region replaces
EXT_BASE = "https://mfc-kiosk.example/fhir/StructureDefinition"
LEASE_EXT = f"{EXT_BASE}/slot-lease"
ROOM_EXT = f"{EXT_BASE}/practitioner-role-room"
TIMEZONE_EXT = "http://hl7.org/fhir/StructureDefinition/timezone"
LEASE_OPERATION = "https://mfc-kiosk.example/fhir/OperationDefinition/Slot-lease"
