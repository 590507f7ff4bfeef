"""Receipt numbers and canonical JSON (``mfc_rules``): one rule for the kiosk and the backend.
Neither Qt nor a server."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mfc_rules.canonical import canonical_json, payload_sha256, sha256_hex
from mfc_rules.receipts import CROCKFORD, ReceiptNumberError, normalise_receipt, receipt_number


def test_canonical_json_matches_contract():
    text = canonical_json({"b": 1, "a": {"я": "Ёж", "c": [1, 2]}})
    assert text == '{"a":{"c":[1,2],"я":"Ёж"},"b":1}'
    assert sha256_hex(text) == sha256_hex('{"a":{"c":[1,2],"я":"Ёж"},"b":1}')
    assert payload_sha256({"b": 1, "a": {"c": [1, 2], "я": "Ёж"}}) == sha256_hex(text)
    with pytest.raises(ValueError):
        canonical_json({"x": float("nan")})


def test_receipt_number_is_first_60_bits_in_crockford():
    assert receipt_number(uuid.UUID(int=0)) == "0000-0000-0000"
    assert receipt_number(uuid.UUID(int=(1 << 128) - 1)) == "ZZZZ-ZZZZ-ZZZZ"
    # 60 bits = 12 five-bit groups: value 1 in the lowest of the 60 top bits
    assert receipt_number(uuid.UUID(int=1 << 68)) == "0000-0000-0001"
    assert receipt_number(uuid.UUID(int=31 << 123)) == "Z000-0000-0000"


@given(st.uuids())
@settings(max_examples=200)
def test_receipt_number_shape_and_round_trip(u):
    r = receipt_number(u)
    assert len(r) == 14 and r[4] == r[9] == "-"
    assert all(c in CROCKFORD for c in r.replace("-", ""))
    assert normalise_receipt(r.lower().replace("-", "")) == r
    value = 0
    for c in r.replace("-", ""):
        value = value * 32 + CROCKFORD.index(c)
    assert value == u.int >> 68


def test_normalise_receipt_accepts_typing_mistakes():
    assert normalise_receipt("k7qw 3m2a 9xtp") == "K7QW-3M2A-9XTP"
    assert normalise_receipt(" k7qw\t3m2a-9xtp ") == "K7QW-3M2A-9XTP"
    assert normalise_receipt("O0IL-0000-0000") == "0011-0000-0000"


@pytest.mark.parametrize("text", ["K7QW-3M2A", "K7QW-3M2A-9XTPP", "KUQW-3M2A-9XTP", "K7QW-3M2A-9XT!", ""])
def test_normalise_receipt_refuses_what_is_not_a_receipt_number(text):
    """U is not in the Crockford alphabet: 12 characters with a U are not a receipt number."""
    with pytest.raises(ReceiptNumberError):
        normalise_receipt(text)
