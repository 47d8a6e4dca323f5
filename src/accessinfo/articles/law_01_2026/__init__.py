"""Luật Tiếp cận thông tin số 01/2026/QH16 — the Law on Access to Information of 2026.

In force from 2026-09-01 (Art 30.1); it replaces Law 104/2016/QH13, except that requests
sent to state agencies before that day and not yet resolved stay under Law 104 (Art 31.4).

The text comes from ONE unofficial full-text copy (research-update-2026-11 §3): the
instrument's confidence is ``unverified``, so every Decision citing it is ``provisional`` with
a caveat naming the source, and ``strict=True`` raises ``UnverifiedText``.
"""

from datetime import date

from accessinfo.core.citations import instrument

__all__ = ["INSTRUMENT", "IN_FORCE_FROM", "RULE_SET"]

INSTRUMENT = instrument("law_01_2026")
RULE_SET = "law_01_2026"
# Art 30.1: "Luật này có hiệu lực thi hành từ ngày 01 tháng 9 năm 2026."
IN_FORCE_FROM = date(2026, 9, 1)
