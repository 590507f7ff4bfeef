"""Errors the command line and the GUI start-up share (kept apart so neither imports the other)."""

from __future__ import annotations


class UsageError(Exception):
    """A mistake on the command line or in a setting; its message is one line for the user."""
