"""Nghị định 64/2007/NĐ-CP về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước.

In force 2007-05-18; repealed from 2026-07-01 by Decree 224/2026/NĐ-CP Art 90.2(c). Art 16
(suspending online information or services) continues as Decree 224/2026 Art 13, except the
public notice after a failure, which Art 13 does not carry over.
"""

from accessinfo.core.citations import instrument

__all__ = ["INSTRUMENT"]

INSTRUMENT = instrument("decree_64_2007")
