"""The backend's storage on SQLAlchemy 2 Core, one module per thing kept, for SQLite and PostgreSQL.

Issue 19, item 1: this package replaced ``SqliteStorage`` (raw ``sqlite3`` + sqlite-utils on one
file) by stores that work on an :class:`sqlalchemy.engine.Engine`
from :func:`regional_backend.db.engine.open_engine`, over the tables declared once in
:mod:`regional_backend.db.tables` and created by the Alembic revisions
(:func:`regional_backend.db.migrate.upgrade`).  Every store follows the same rules:

* uniqueness and idempotency rest on the tables' constraints (``INSERT … ON CONFLICT``), never
  on a read followed by a write;
* each operation states in its docstring the transaction it runs in and why that isolation is
  enough (:func:`~regional_backend.db.engine.write_transaction` is ``BEGIN IMMEDIATE`` on SQLite,
  one writer at a time; on PostgreSQL it is READ COMMITTED, so an operation whose decision reads
  rows it then writes serialises itself explicitly -- an advisory lock or a row lock);
* moments are aware :class:`datetime.datetime` in UTC (``timestamptz`` on PostgreSQL).

:class:`regional_backend.sql_storage.SqlStorage` implements :class:`regional_backend.storage.Storage`
over these stores (the app and every command use it, on either engine).  What each store keeps:

1. **Kiosks and tokens** -- :mod:`.kiosks`: ``add_kiosk`` (enrol or re-enrol, the new token
   returned once, kept only as its SHA-256), ``revoke_kiosk``, ``authenticate``, ``list_kiosks``;
   the token-guessing count ``record_auth_failure`` (table ``auth_failures``, shared by every
   process).  Also here: strict enrolment that refuses an id already taken (``add``).
2. **Submissions and their results** -- :mod:`.submissions`: ``SubmissionStore.push_batch``
   (idempotent by the item uuid: accepted / duplicate / conflict / rejected; each new item first
   claimed by ``INSERT … ON CONFLICT (uuid) DO NOTHING RETURNING seq``, ``server_ref`` from that
   ``seq``, and only the claiming push runs its validator; a second push of one uuid waits on the
   unique index, then reads the first's answer; a PostgreSQL deadlock between two batches is run
   again), ``get`` (``get_submission``), ``find_by_receipt``, ``list`` (``list_submissions``),
   ``count`` (``count_submissions``), ``reading_results`` (``meter_reading_results``).  The
   validators' look-ups on the push's connection are :class:`.push_lookups.PushLookups` (was
   ``_ConnectionRef``): ``exists`` / ``get`` (:mod:`.ref_lookup`), the utility account and meters
   (:mod:`.utilities`; on PostgreSQL an advisory lock per account serialises the meter-readings
   validator's read of the last readings and its ``accept_reading``), ``record_reading`` and the
   office-queue ``register_ticket`` / ``apply_queue_event`` hooks (:mod:`.office_queue`'s
   ``register_pushed_ticket`` / ``apply_pushed_event`` on the push's connection).
   ``captured_at`` is a moment (``timestamptz``), listed as UTC text with ``Z``: what a kiosk sends
   reads back as sent, a ``+03:00`` time as its UTC equivalent (see the module).
3. **Reference rows and the changes feed** -- :mod:`.reference`: ``upsert_rows``
   (checked against :mod:`mfc_rules.refschema`, all or nothing), ``delete_rows`` (link rows
   follow, referring rows refuse), ``touch``, ``get_row``, ``count_rows``, ``changes`` (cursor
   paging per dataset), ``reset_reference_data`` (``ReferenceStore.reset``) / ``feed_epoch``
   (table ``meta``), the cursor codec ``encode_cursor`` / ``decode_cursor``; the look-ups
   validators make on a push's connection are :mod:`.ref_lookup`'s ``ref_get`` / ``ref_exists``.
   On PostgreSQL ``changes.seq`` comes from a sequence, handed out at INSERT but visible at
   COMMIT, so two writers could commit out of order (seq 11 visible before seq 10) and a kiosk
   whose cursor passed 11 would never get 10: every write to the feed takes a transaction-scoped
   advisory lock (``reference.lock_feed``) before its first read, so appends are serial (SQLite's
   ``BEGIN IMMEDIATE`` already is); tested with two writers and a reader between their commits,
   and four writers with two paging readers.  What needs no database -- the entity tables,
   the feed's errors, ``ChangesPage``, the cursor codec, the row checks -- is in
   :mod:`.reference_rules`, which ``storage.py`` imports (``StorageError`` is ``sql.StoreError``).
4. **Utilities (personal, never in a feed)** -- :mod:`.utilities`: ``load_utilities``
   (``UtilityStore.load``: accounts, meters, last readings; a reading never rolls back),
   ``lookup_account`` (constant work whether the account or only the address is wrong; one
   snapshot), and for the meter-readings validator, on the push's connection,
   ``utility_account`` / ``utility_meters`` / ``accept_reading``.
5. **The office queue** -- :mod:`.office_queue` (``SqlOfficeQueue``; the rules, free of any
   database, in :mod:`regional_backend.office_queue`): on PostgreSQL an advisory lock per office
   (ranges) and per office and day (numbers, clerk actions).  **FHIR** --
   :class:`regional_backend.fhir.sql.SqlFhirStore` (``fhir/sql/``): every write locks what it
   decides on -- advisory locks, then rows ``FOR UPDATE``, the clock's row last (``fhir/sql/clock.py``).
6. **The schema**: declared once in :mod:`regional_backend.db.tables`, created and upgraded by the
   Alembic revisions (:mod:`regional_backend.db.migrate`); a SQLite file of the backend before
   Alembic (``SqliteStorage``, retired) is brought up by its frozen sqlite-utils migrations
   (:mod:`regional_backend.db.legacy_sqlite`), stamped ``0001`` and upgraded with its data.

Differences from ``SqliteStorage`` (the storage before these stores) a caller sees: ``list_kiosks`` gives :class:`.kiosks.EnrolledKiosk`
with aware datetimes instead of dicts of text; ``add_kiosk`` is :meth:`.kiosks.KioskStore.enrol`
(enrol or re-enrol), and :meth:`.kiosks.KioskStore.add` is new (refuses an id already taken);
``reset_reference_data`` is :meth:`.reference.ReferenceStore.reset`.
``get_submission`` / ``list_submissions`` / ``count_submissions`` are :class:`.submissions.SubmissionStore`'s
``get`` / ``list`` / ``count`` (the same dicts); its ``list`` gives ``captured_at`` in UTC, where
``SqliteStorage`` gave the text as sent (the same for what kiosks send: UTC with ``Z``).
"""

from __future__ import annotations
