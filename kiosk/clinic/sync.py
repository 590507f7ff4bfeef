"""The clinic connector: keeps the local store in step with a FHIR R4 server.

One :meth:`ClinicSync.run` does, in this order:
  1. **deliver** (``delivery.py``) bookings (conditional create on the client-made identifier, so a retry after a
     lost answer finds the first appointment instead of making a second) and cancels
     (read → ``PUT`` with ``If-Match``; a 412 means re-read and decide again);
  2. **mode**: ``lease`` when the server's CapabilityStatement names ``Slot/$lease`` (and the kiosk
     setting ``clinic.use_leases`` is not false), else ``provisional``;
  3. **pull** (``pull.py``) Organization, Practitioner, PractitionerRole, Schedule, Slot by search with
     ``_lastUpdated=ge<last seen>``; a pulled slot never overrides a booking of this kiosk that
     has not been delivered yet; then this kiosk's own Appointments with ``_lastUpdated=gt<last
     seen>``: what the clinic changed later (cancelled, moved, fulfilled, no-show) — ``changes.py``;
  4. in lease mode, **renew** the leases and top them up to the kiosk's share (setting
     ``clinic.lease_share``).

Qt-free.  Personal data leaves the local row as soon as the backend has the appointment.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable

from kiosk.sync.client import ConnectionFailed, SyncError, TransientError
from offline_db.store import Store, iso_utc, parse_utc, utcnow

from . import booking, changes, delivery
from . import pull as fhir_pull
from .fhir_client import FhirClient, lease_of
from .report import ClinicReport

log = logging.getLogger(__name__)

K_USE_LEASES = "clinic.use_leases"
K_SHARE = "clinic.lease_share"
#: the background sync renews leases at most this often (each renewal touches every leased slot at
#: the server, so every kiosk would pull them again); ``clinic-sync --once`` always renews
K_RENEW_EVERY = "clinic.lease_renew_s"
K_RENEWED_AT = "clinic.leases_renewed_at"
K_ENABLED = "clinic.enabled"
K_FHIR_BASE = "clinic.fhir_base"
RENEW_EVERY_S = 900.0
PULL_TYPES = ("Organization", "Practitioner", "PractitionerRole", "Schedule", "Slot")


class ClinicSync:
    """Keeps one store in step with one FHIR server: deliver, choose the mode, pull, renew leases."""

    def __init__(self, store: Store, client: FhirClient, *, kiosk_id: str | None = None):
        self.store = store
        self.client = client
        self.kiosk_id = kiosk_id or client.kiosk_id
        #: test hook: called after an appointment was POSTed, before its answer is recorded
        self.after_post: Callable[[str], None] | None = None

    # --- one run ----------------------------------------------------------------------------------
    def run(self, *, pull: bool = True, renew_every_s: float | None = None) -> ClinicReport:
        """One run; never raises :class:`SyncError` (it is in ``report.error``).

        ``renew_every_s``: renew leases only when the last renewal is older than that (or the
        kiosk holds no valid lease, or the mode has just become ``lease``); ``None`` = always."""
        before = booking.mode(self.store)
        report = ClinicReport(mode=before)
        try:
            self.deliver(report)
            report.mode = self.detect_mode()
            report.online = True
            if pull:
                for rtype in PULL_TYPES:
                    report.pulled[rtype] = self.pull(rtype)
                # after the slots: a moved appointment's new slot is known here by then
                report.pulled["Appointment"], report.clinic_changes = changes.pull(self.store, self.client)
            if report.mode == "lease" and (renew_every_s is None or before != "lease"
                                           or self._renewal_due(renew_every_s)):
                report.leased = self.renew_leases()
                self.store.set_setting(K_RENEWED_AT, iso_utc())
        except SyncError as exc:
            report.error = str(exc)
            report.transient = isinstance(exc, TransientError)
            report.online = not isinstance(exc, ConnectionFailed)
            log.warning("clinic sync stopped: %s", exc)
        return report

    def _renewal_due(self, every_s: float) -> bool:
        last = self.store.get_setting(K_RENEWED_AT)
        if not last or (utcnow() - parse_utc(last)).total_seconds() >= every_s:
            return True
        # no lease left that is still good for booking: top up now rather than offer nothing
        return not self.store.scalar("SELECT 1 FROM slots WHERE leased_until > ? LIMIT 1", [lease_deadline()])

    # --- mode and leases --------------------------------------------------------------------------
    def detect_mode(self) -> str:
        wanted = self.store.get_setting(K_USE_LEASES, True)
        new = "lease" if wanted and self.client.supports_leases() else "provisional"
        if new != booking.mode(self.store):
            self.store.set_setting(booking.MODE_KEY, new)
            log.info("clinic booking mode: %s", new)
        return new

    def renew_leases(self) -> int:
        share = float(self.store.get_setting(K_SHARE, 0.25))
        slots = self.client.lease(share=share)
        if slots is None:  # the operation is gone: a plain FHIR server now
            self.store.set_setting(booking.MODE_KEY, "provisional")
            return 0
        now = iso_utc()
        with self.store.atomic():
            ours = {s["id"]: s for s in slots if (lease_of(s) or ("", ""))[0] == self.kiosk_id}
            protected = fhir_pull.protected_slots(self.store)
            # leases no longer held: the slot is not ours to book any more
            self.store.execute(
                "UPDATE slots SET leased_until = NULL, status = CASE WHEN status = 'busy-tentative' THEN 'busy-tentative'"
                " ELSE status END, updated_at = ? WHERE leased_until IS NOT NULL AND id NOT IN (SELECT value FROM"
                " json_each(?)) AND id NOT IN (SELECT value FROM json_each(?))",
                [now, json.dumps(list(ours)), json.dumps(sorted(protected))])
            for sid, s in ours.items():
                if sid in protected:
                    continue
                fhir_pull.upsert_slot(self.store, s, now, kiosk_id=self.kiosk_id)
        return len(ours)

    # --- delivery and pull ------------------------------------------------------------------------
    def deliver(self, report: ClinicReport) -> None:
        """Send pending bookings and cancels (see :mod:`kiosk.clinic.delivery`)."""
        delivery.deliver(self.store, self.client, report, after_post=self.after_post)

    def pull(self, rtype: str) -> int:
        """Pull one resource type (see :mod:`kiosk.clinic.pull`); returns how many were applied."""
        return fhir_pull.pull(self.store, self.client, rtype, kiosk_id=self.kiosk_id)


def make_clinic_sync(store: Store, *, base_url: str | None = None) -> ClinicSync:
    """A connector for a configured kiosk (raises :class:`kiosk.sync.config.ConfigError` otherwise).

    ``base_url`` (or the setting ``clinic.fhir_base``) points at another FHIR R4 server.
    """
    from kiosk.sync import config as cfg

    conf = cfg.load(store)
    base = base_url or store.get_setting(K_FHIR_BASE) or None
    return ClinicSync(store, FhirClient(conf, base_url=base))


def background_clinic_sync(store: Store) -> ClinicSync | None:
    """The connector for the periodic sync (``SyncService`` worker, ``main.py sync --once``), or
    ``None`` when this kiosk has no FHIR base: sync not configured, or ``clinic.enabled`` false.
    The FHIR base is ``clinic.fhir_base`` when set, else ``<backend>/fhir/R4``."""
    from kiosk.sync import config as cfg

    if store.get_setting(K_ENABLED, True) is False or not (store.get_setting(cfg.K_URL)
                                                           or store.get_setting(K_FHIR_BASE)):
        return None
    try:
        return make_clinic_sync(store)
    except cfg.ConfigError as exc:
        log.info("clinic connector not started: %s", exc)
        return None


def run_in_background(store: Store, sync: ClinicSync, *, pull: bool = True) -> ClinicReport:
    """One periodic run: deliver, pull, renew leases when due (``clinic.lease_renew_s``)."""
    every = store.get_setting(K_RENEW_EVERY, RENEW_EVERY_S)
    try:
        every = float(every)
    except (TypeError, ValueError):
        every = RENEW_EVERY_S
    return sync.run(pull=pull, renew_every_s=every)


def lease_deadline(now: dt.datetime | None = None) -> str:
    return iso_utc((now or utcnow()) + booking.LEASE_MARGIN)
