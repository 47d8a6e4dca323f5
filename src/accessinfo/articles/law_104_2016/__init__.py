"""Luật Tiếp cận thông tin số 104/2016/QH13 — the Law on Access to Information.

In force 2018-07-01 until 2026-08-31; it keeps governing requests sent before 2026-09-01
until they are resolved (Law 01/2026/QH16 Art 31.4).
"""

from accessinfo.core.citations import instrument

__all__ = ["INSTRUMENT", "RULE_SET"]

INSTRUMENT = instrument("law_104_2016")
RULE_SET = "law_104_2016"
