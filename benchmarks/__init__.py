"""Benchmarks: ``python -m benchmarks [NAME ...]`` prints one JSON object per line.

Each line: ``{"name", "value", "unit", "baseline", "ratio", "target"}``; ``baseline`` is measured in
the same run (for example a bare PySide6 window for start-up), ``ratio`` = value / baseline, and
``target`` says what the figure must meet.  Modules listed in ``SUITES`` each expose ``run()``,
a generator of such dicts.
"""

SUITES = ["benchmarks.startup", "benchmarks.search", "benchmarks.sync", "benchmarks.clinic", "benchmarks.longrun"]
