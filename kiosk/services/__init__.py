"""The kiosk's I/O services: what the screens ask of the store and the backend, run on the UI's
workers (the task runner's database worker or a network worker), never on the GUI thread.  Qt-free.

The domain (:mod:`kiosk.domain`) and the shared rules (:mod:`mfc_rules`) stay pure; a service
reads or writes, then hands the domain's plain values back to the screen.
"""
