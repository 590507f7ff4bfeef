"""Kiosk screens, one module each; see :mod:`kiosk.ui.screens.registry`."""
