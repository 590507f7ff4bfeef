"""Receipt numbers: ``XXXX-XXXX-XXXX`` in Crockford base32, made from the submission's UUID.

The kiosk prints the number on the citizen's receipt and the backend looks submissions up by it,
so both read a typed number the same way (:func:`normalise_receipt`): case, spaces and dashes do
not matter, and the Crockford look-alikes O, I, L read as 0, 1, 1.  Anything else that is not in
the alphabet (U, punctuation) or not 12 characters long is not a receipt number.
"""

from __future__ import annotations

import uuid as uuidlib

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


class ReceiptNumberError(ValueError):
    """The text is not a receipt number."""


def receipt_number(item_uuid: str | uuidlib.UUID) -> str:
    """First 60 bits of the UUID in Crockford base32, ``XXXX-XXXX-XXXX``."""
    value = uuidlib.UUID(str(item_uuid)).int >> (128 - 60)
    chars = [CROCKFORD[(value >> (5 * (11 - i))) & 31] for i in range(12)]
    return "-".join("".join(chars[i:i + 4]) for i in (0, 4, 8))


def normalise_receipt(text: str) -> str:
    """What a person types → ``XXXX-XXXX-XXXX``; raises :class:`ReceiptNumberError` otherwise."""
    cleaned = "".join(text.split()).upper().replace("-", "").translate(_LOOKALIKES)
    if len(cleaned) != 12 or any(c not in CROCKFORD for c in cleaned):
        raise ReceiptNumberError("a receipt number has 12 characters such as K7QW-3M2A-9XTP")
    return "-".join(cleaned[i:i + 4] for i in (0, 4, 8))
