"""Echoing untrusted text: bidirectional controls removed, the rest in one first-strong isolate."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk.ui.untrusted import BIDI_CONTROLS, FSI, PDI, echo, strip_bidi

# every control the issue lists: embeddings and overrides, isolates, the marks
LISTED = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)}


def test_every_listed_control_is_removed():
    assert BIDI_CONTROLS == LISTED
    assert strip_bidi("".join(sorted(LISTED)) + "Паспорт") == "Паспорт"


def test_an_echo_is_isolated_and_nothing_is_echoed_for_nothing():
    assert echo("абв\u202eгде") == f"{FSI}абвгде{PDI}"
    assert echo("שלום") == f"{FSI}שלום{PDI}"
    assert echo("") == "" and echo("\u202e") == ""


@given(st.text(alphabet=st.sampled_from(sorted(LISTED)) | st.characters(), max_size=60))
def test_an_echo_holds_no_control_but_its_own_isolate(text):
    shown = echo(text)
    inner = strip_bidi(text)
    assert shown == (f"{FSI}{inner}{PDI}" if inner else "")
    assert not any(ch in BIDI_CONTROLS for ch in inner)
