"""Nghị định 85/2019/NĐ-CP — the National Single Window, the ASEAN Single Window and specialised
inspection of exports and imports. In force 2020-01-01.
"""

from accessinfo.core.citations import instrument

__all__ = ["INSTRUMENT"]

INSTRUMENT = instrument("decree_85_2019")
