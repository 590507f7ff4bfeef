"""Files that may hold personal data, for the kiosk and the backend alike.

A small package of its own (not :mod:`mfc_rules`, which stays free of I/O; not ``offline_db``,
which the backend must not import): both processes create their databases, logs and exports
through :mod:`mfc_files.private_files` so that they are readable by their owner only.
"""
