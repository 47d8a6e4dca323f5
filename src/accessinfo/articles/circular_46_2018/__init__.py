"""Thông tư số 46/2018/TT-BTC — actual costs of printing, copying and sending information.

Details Art 12.2 of Law 104/2016/QH13. In force 2018-07-01; its status under Law 01/2026/QH16
is not determined (research-update-2026-11 §3.4). The annex cost table is data:
``_data/circular_46_2018_costs.csv`` (a source per row).
"""

from accessinfo.core.citations import instrument

__all__ = ["INSTRUMENT"]

INSTRUMENT = instrument("circular_46_2018")
