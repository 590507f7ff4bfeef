"""tests/pg_cluster.py: the throwaway PostgreSQL server the backend tests run against."""

from __future__ import annotations

import os

import pytest

from tests import pg_cluster as pgc


def test_the_cluster_listens_on_loopback_only_and_not_as_root(pg_cluster):
    with pg_cluster.admin() as conn:
        assert conn.execute("SHOW listen_addresses").fetchone()[0] == "127.0.0.1"
        assert conn.execute("SHOW unix_socket_directories").fetchone()[0] == str(pg_cluster.folder)
        data_dir = conn.execute("SHOW data_directory").fetchone()[0]
    owner = os.stat(data_dir).st_uid
    if os.geteuid() == 0:  # CI: the server runs as the postgres (or nobody) user
        assert owner != 0
    else:
        assert owner == os.geteuid()


def test_each_test_gets_an_empty_database_of_its_own(pg_cluster, pg_url):
    import psycopg

    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] == 0
        name = conn.execute("SELECT current_database()").fetchone()[0]
    assert name.startswith("rb_test_") and name != "postgres"


def test_a_missing_postgresql_says_what_to_install(monkeypatch):
    # The real binaries are on this machine: hide them as on a machine without the package.
    monkeypatch.delenv("RB_TEST_PG_BINDIR", raising=False)
    monkeypatch.setattr(pgc.glob, "glob", lambda pattern: [])
    monkeypatch.setattr(pgc.shutil, "which", lambda name: None)
    with pytest.raises(pgc.PostgresUnavailable, match="install Debian's 'postgresql' package"):
        pgc.find_bindir()


def test_the_cluster_is_stopped_and_removed_when_its_user_fails():
    import socket

    with pytest.raises(RuntimeError, match="a test failed"), pgc.running_cluster() as cluster:
        with cluster.admin() as conn:
            assert conn.execute("SELECT 1").fetchone() == (1,)
        raise RuntimeError("a test failed")
    with pytest.raises(ConnectionRefusedError), socket.create_connection((cluster.host, cluster.port), timeout=5):
        pass
    assert not cluster.folder.exists()
