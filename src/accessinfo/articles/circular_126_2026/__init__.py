"""Thông tư số 126/2026/TT-BTC — actual costs of printing, copying and sending information.

In force from 2026-09-01 (Art 6.1); it replaces Circular 46/2018/TT-BTC (Art 6.2), except that
a request sent before that day and not yet answered keeps the 46/2018 rates (Art 5).

The text comes from ONE unofficial copy (research-update-2026-12 §2): the instrument's
confidence is ``unverified``, so every Decision citing it is ``provisional``.
"""

from datetime import date

from accessinfo.core.citations import instrument

__all__ = ["INSTRUMENT", "IN_FORCE_FROM"]

INSTRUMENT = instrument("circular_126_2026")
# Art 6.1: "Thông tư này có hiệu lực kể từ ngày 01 tháng 9 năm 2026."
IN_FORCE_FROM = date(2026, 9, 1)
