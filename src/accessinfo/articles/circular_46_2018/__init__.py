"""Thông tư số 46/2018/TT-BTC — actual costs of printing, copying and sending information.

Details Art 12.2 of Law 104/2016/QH13. In force 2018-07-01 (Art 6.1); replaced by Circular
126/2026/TT-BTC from 2026-09-01 (its Art 6.2). Circular 126 Art 5 keeps these rates,
reductions included, for requests sent before 2026-09-01 and not yet answered, so the rules
here keep answering for those requests, final (the saving clause is explicit). The annex cost
table is data: ``_data/circular_46_2018_costs.csv`` (a source per row).
"""

from datetime import date

from accessinfo.core.citations import instrument

__all__ = ["INSTRUMENT", "VALID_UNTIL"]

INSTRUMENT = instrument("circular_46_2018")
# Circular 126/2026 Art 6: in force 2026-09-01, "thay thế Thông tư số 46/2018/TT-BTC".
VALID_UNTIL = date(2026, 9, 1)
