"""The access-log mask: personal numbers and receipt numbers never reach uvicorn's access log, while
paging, dates and reference ids stay readable.  (End to end with a real process:
tests/e2e/test_ownership_e2e.py.)"""

from __future__ import annotations

import logging

import pytest

from regional_backend.accesslog import AccessLogMask, install_access_log_mask, mask_target

ENP = "7345123456789015"


@pytest.mark.parametrize("target, masked", [
    (f"/fhir/R4/Appointment?patient:identifier=https://x%7C{ENP}&_count=5",
     "/fhir/R4/Appointment?patient:identifier=***&_count=5"),
    ("/api/v1/submissions?receipt=K7QW-3M2A-9XTP", "/api/v1/submissions?receipt=***"),
    ("/api/v1/submissions/K7QW3M2A9XTP", "/api/v1/submissions/***"),
    ("/api/v1/submissions/k7qw%203m2a%209xtp", "/api/v1/submissions/***"),
    (f"/fhir/R4/Patient/{ENP}", "/fhir/R4/Patient/***"),
    ("/api/v1/changes/offices?K7QW-3M2A-9XTP", "/api/v1/changes/offices?***"),
    ("/fhir/R4/Appointment?_id=123-456-789%2001", "/fhir/R4/Appointment?_id=***"),   # a SNILS in a kept parameter
    # kept as they are: uuids, reference ids (also with timestamps in them), paging and dates
    ("/api/v1/submissions/00000000-0000-0000-0000-000000000001",
     "/api/v1/submissions/00000000-0000-0000-0000-000000000001"),
    ("/fhir/R4/Slot/slot-sch-ul-001-202612070400", "/fhir/R4/Slot/slot-sch-ul-001-202612070400"),
    ("/fhir/R4/Slot?status=free&start=gt2026-12-07T00:00:00Z&_count=400",
     "/fhir/R4/Slot?status=free&start=gt2026-12-07T00:00:00Z&_count=400"),
    ("/api/v1/changes/catalogue?cursor=YzE6YWJjOmNhdGFsb2d1ZTox&limit=500",
     "/api/v1/changes/catalogue?cursor=YzE6YWJjOmNhdGFsb2d1ZTox&limit=500"),
    ("/fhir/R4/Organization/organization", "/fhir/R4/Organization/organization"),
    ("/api/v1/submissions/batch", "/api/v1/submissions/batch"),
])
def test_mask_target(target, masked):
    assert mask_target(target) == masked


def test_the_filter_rewrites_uvicorn_access_records_and_is_installed_once():
    logger = logging.getLogger("test-access-mask")
    install_access_log_mask(logger.name)
    install_access_log_mask(logger.name)
    try:
        assert sum(isinstance(f, AccessLogMask) for f in logger.filters) == 1
        record = logger.makeRecord(logger.name, logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d',
                                   ("127.0.0.1:5000", "GET", f"/fhir/R4/Patient/{ENP}", "1.1", 404), None)
        assert logger.filters[0].filter(record)
        assert record.getMessage() == '127.0.0.1:5000 - "GET /fhir/R4/Patient/*** HTTP/1.1" 404'
    finally:
        logger.filters.clear()
