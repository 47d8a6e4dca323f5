"""Nghị định số 20/2016/NĐ-CP — the national database on handling administrative violations.

Signed 30/03/2016, in force 15/05/2016. Art 16 (who may use the database and in which three
forms) is known verbatim from secondary copies (seed 001 and two web copies that agree).
"""

from accessinfo.core.citations import instrument

__all__ = ["INSTRUMENT", "RULE_SET"]

INSTRUMENT = instrument("decree_20_2016")
RULE_SET = "decree_20_2016"
