"""Nghị định số 337/2026/NĐ-CP — detailing the Law on Access to Information 01/2026/QH16.

In force from 2026-09-01 (Art 15.2); it ends Decree 13/2018/NĐ-CP from the same day
(Art 15.3). It sets the procedure for requests under Law 01/2026 (Art 10: valid dossier,
simple information within 03 working days, complex within 12 days, extension of at most 12
days notified before the period ends), requests through organisations (Art 11), costs paid in
advance (Art 14) and the forms 01a-06 (Art 9).

The text comes from ONE unofficial copy (research-update-2026-12 §1): the instrument's
confidence is ``unverified``, so every Decision citing it is ``provisional`` and
``strict=True`` raises.
"""

from datetime import date

from accessinfo.core.citations import instrument

__all__ = ["INSTRUMENT", "IN_FORCE_FROM"]

INSTRUMENT = instrument("decree_337_2026")
# Art 15.2: "Nghị định này có hiệu lực thi hành từ ngày 01 tháng 9 năm 2026."
IN_FORCE_FROM = date(2026, 9, 1)
