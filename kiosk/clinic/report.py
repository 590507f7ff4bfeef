"""What one run of the clinic connector did."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ClinicReport:
    mode: str = "provisional"
    created: int = 0          # appointments the server created now
    matched: int = 0          # a retry found the appointment made before (lost answer)
    refused: int = 0
    cancelled: int = 0
    leased: int = 0
    clinic_changes: int = 0   # appointments the clinic changed since the last run (cancelled, moved, …)
    pulled: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    transient: bool = False   # the error may go away by itself (network, 5xx): try again later
    online: bool | None = None

    @property
    def ok(self) -> bool:
        return self.error is None
