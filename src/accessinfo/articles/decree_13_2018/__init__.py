"""Nghị định số 13/2018/NĐ-CP — detailing and implementing the Law on Access to Information.

In force 2018-07-01 with Law 104/2016/QH13. Whether it still applies after 2026-09-01 under
Law 01/2026/QH16 is not determined (research-notes §1); its rules here keep the instrument's
open-ended validity and are used by the Law 104 rules.
"""

from accessinfo.core.citations import instrument

__all__ = ["INSTRUMENT"]

INSTRUMENT = instrument("decree_13_2018")
