"""Nghị định số 47/2020/NĐ-CP — managing, connecting and sharing digital data of state agencies.

Signed 09/04/2020, in force 25/05/2020. Decree 194/2025/NĐ-CP (in force 19/08/2025) repealed
its open-data provisions (Art 3.4, Art 12.2, Arts 17–21, Art 53.1(a)–(b)) and amended Art
35.3; the other articles modelled here (1, 3.5–3.6, 5, 6, 8, 34) were not found repealed.
"""

from accessinfo.core.citations import instrument

__all__ = ["INSTRUMENT", "OPEN_DATA_REPEALED_ON", "REPEALING", "RULE_SET"]

INSTRUMENT = instrument("decree_47_2020")
RULE_SET = "decree_47_2020"
# Decree 194/2025/NĐ-CP Art 40 repeals the open-data provisions from its entry into force.
REPEALING = instrument("decree_194_2025")
OPEN_DATA_REPEALED_ON = REPEALING.valid_from
