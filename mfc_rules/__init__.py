"""The rules the kiosk and the regional backend both enforce, written once.

Owned by neither side and imported by both (``kiosk``/``offline_db`` and ``regional_backend``):
no Qt, no database, no network, no files written.  Each module is one kind of rule:

* :mod:`mfc_rules.identifiers` — SNILS, ENP, INN, phone and e-mail: checksums, normalisation, masking;
* :mod:`mfc_rules.meters` — meter readings: accounts, addresses, digits, rollover, replacement,
  plausibility, submission windows and the wire shape of a meter and a reading;
* :mod:`mfc_rules.capture` — which billing period a reading counts for (the capture-time rules);
* :mod:`mfc_rules.canonical` — canonical JSON and the payload hash (duplicate versus conflict);
* :mod:`mfc_rules.receipts` — receipt numbers: made from the item's UUID, normalised from what a
  person types;
* :mod:`mfc_rules.refschema` — the declaration of the reference feed's rows;
* :mod:`mfc_rules.demo` — the demo region's data (read from the package's own JSON files) and
  its generator; loading it into a store is each side's job.

The region's own developers change a rule here once, and both the kiosk and the backend follow.
"""
