#!/bin/sh
# The kiosk's end-to-end tests against the regional backend on PostgreSQL: every test that starts
# the backend as a real process (tests/e2e, and the GUI tests with a backend) runs again with
# RB_TEST_ENGINE=postgresql, which gives each of those backends a database of its own in a
# throwaway PostgreSQL cluster the tests start themselves (tests/pg_fixtures.py) instead of a
# SQLite file.  CI runs this after the main suite (.ci/run); it needs scripts/setup.sh's venv.
#
#   scripts/test-kiosk-on-postgresql.sh            # all of them
#   scripts/test-kiosk-on-postgresql.sh -x -q      # pytest options
set -eu
cd "$(dirname "$0")/.."

GUI_WITH_BACKEND=$(grep -l "running_backend\|BackendProcess\|backend_factory" tests/gui/test_*.py | tr '\n' ' ')
# shellcheck disable=SC2086  # the list is file names without spaces
RB_TEST_ENGINE=postgresql exec .venv/bin/python -m pytest -p no:cacheprovider tests/e2e $GUI_WITH_BACKEND "$@"
