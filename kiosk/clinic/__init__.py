"""E-clinic registration (issue 5), Qt-free.

``booking``: the local store side (browse clinics and slots, book, my appointments, cancel) with
the rules that make offline booking safe; ``fhir_client``: standard FHIR R4 interactions plus the
slot-lease extension; ``sync``: the clinic connector (pull with ``_lastUpdated``, leases, delivery
by conditional create, cancels with ``If-Match``).
"""
