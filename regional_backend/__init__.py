"""Reference regional backend: the service MFC kiosks sync with (FastAPI + SQLite).

``python -m regional_backend --help`` lists the commands; ``docs/api.md`` explains the API.
"""

API_VERSION = "1"
