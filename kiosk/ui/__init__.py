"""The kiosk's Qt user interface: shell, screens, accessibility, idle wipe.

Nothing outside ``kiosk.ui`` imports Qt; the UI calls the Qt-free store and domain code on the
database worker (:mod:`kiosk.ui.tasks`).
"""
