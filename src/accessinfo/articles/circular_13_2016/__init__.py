"""Thông tư số 13/2016/TT-BTP — procedures for using the national violations database.

Signed 30/12/2016 by the Ministry of Justice under Decree 20/2016/NĐ-CP Art 16.3. Arts 15–20
(the managing agency's duties, the three forms of use, their deadlines, the six cases in which
information is not provided and the costs) are quoted from seed 001, a verbatim third-party
copy. The entry into force is reported as 14/02/2017 or 15/02/2017 (Art 21 was not seen); the
calendar starts in 2018, so no computed date depends on that difference.
"""

from accessinfo.core.citations import instrument

__all__ = ["INSTRUMENT", "RULE_SET"]

INSTRUMENT = instrument("circular_13_2016")
RULE_SET = "circular_13_2016"
