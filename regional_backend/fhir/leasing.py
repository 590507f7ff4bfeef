"""Slot leases, the engine-neutral part: the policy and which free slots a kiosk is given.

A lease hands a kiosk a share of the upcoming free slots so that it can book them while offline
(``docs/fhir-leases.md``).  The storage keeps the leases; this module decides how many and which.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class LeasePolicy:
    """Lease settings (environment: ``RB_FHIR_LEASES``, ``RB_FHIR_LEASE_SHARE``, ``…_TTL_S``, ``…_GRACE_S``)."""

    enabled: bool = True
    share: float = 0.25          # default share of upcoming free slots leased to a kiosk, per schedule
    ttl_s: int = 24 * 3600       # how long a lease lasts unless renewed
    grace_s: int = 24 * 3600     # after expiry, the slot stays with the lessee this long before returning
    horizon_days: int = 14

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> LeasePolicy:
        return cls(enabled=env.get("RB_FHIR_LEASES", "1") != "0",
                   share=min(1.0, max(0.0, float(env.get("RB_FHIR_LEASE_SHARE", "0.25")))),
                   ttl_s=int(env.get("RB_FHIR_LEASE_TTL_S", str(24 * 3600))),
                   grace_s=int(env.get("RB_FHIR_LEASE_GRACE_S", str(24 * 3600))))

    def ttl(self, asked_s: int | None) -> int:
        """The lease time a kiosk gets: what it asked for, at most the policy's, at least a second."""
        return max(1, min(asked_s or self.ttl_s, self.ttl_s))


@dataclass(frozen=True)
class Candidate:
    """An upcoming slot a kiosk may hold: free, or already leased to that kiosk (``held``)."""

    slot_id: str
    schedule_id: str
    held: bool


def slots_to_lease(candidates: Sequence[Candidate], policy: LeasePolicy, *, share: float | None = None,
                   count: int | None = None) -> list[str]:
    """The free slots to lease now, given the kiosk's candidates ordered by schedule and start.

    ``count``: top the kiosk up to that many leases in all, round robin over schedules, earliest
    first.  Otherwise ``share`` (0..1, default the policy's) of each schedule's candidates, spread
    over the days rather than only the first hours.
    """
    by_schedule: dict[str, list[Candidate]] = {}
    for c in candidates:
        by_schedule.setdefault(c.schedule_id, []).append(c)
    picks: list[str] = []
    if count is not None:
        held = sum(1 for c in candidates if c.held)
        queues = [[c for c in lst if not c.held] for lst in by_schedule.values()]
        need = max(0, count - held)
        i = 0
        while need > 0 and any(queues):
            q = queues[i % len(queues)]
            if q:
                picks.append(q.pop(0).slot_id)
                need -= 1
            i += 1
        return picks
    frac = policy.share if share is None else min(1.0, max(0.0, share))
    for lst in by_schedule.values():
        target = math.floor(frac * len(lst) + 0.5)
        held = sum(1 for c in lst if c.held)
        free = [c for c in lst if not c.held]
        want = max(0, target - held)
        if want and free:
            step = len(free) / want
            picks += [free[min(len(free) - 1, int(k * step))].slot_id for k in range(min(want, len(free)))]
    return picks
