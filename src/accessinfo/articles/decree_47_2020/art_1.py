"""Điều 1. Phạm vi điều chỉnh

Decree 47/2020/NĐ-CP, Art. 1: the decree governs how state agencies manage, connect, share and
use digital data; it does not govern sharing data that contains state secrets, which follows
the Law on Protection of State Secrets and the laws in force.

Clause encoded (verbatim, pháp điển):

2. Nghị định này không áp dụng đối với việc chia sẻ dữ liệu số chứa thông tin thuộc phạm vi bí
mật nhà nước được quy định tại Luật Bảo vệ bí mật nhà nước. Việc chia sẻ dữ liệu số chứa thông
tin thuộc phạm vi bí mật nhà nước được thực hiện theo quy định của pháp luật hiện hành.

>>> from datetime import date
>>> state_secret_sharing(on=date(2025, 3, 3)).outcome.way
'state_secret_law'
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.core.decisions import Finding
from accessinfo.core.messages import msg
from accessinfo.core.rules import rule

from . import INSTRUMENT as DECREE
from . import in_force_on
from ._types import SharingRoute

__all__ = ["state_secret_sharing"]


# Khoản 2: "Nghị định này không áp dụng đối với việc chia sẻ dữ liệu số chứa thông tin thuộc
# phạm vi bí mật nhà nước"
@rule(DECREE.cite(1, 2), family="data_sharing.state_secret")
def state_secret_sharing(*, on: date | datetime) -> Finding[SharingRoute]:
    """Data containing state secrets is shared under the state-secrets law, not this decree."""
    in_force_on(on)
    return Finding(
        outcome=SharingRoute(
            way="state_secret_law",
            procedure="Outside Decree 47/2020: the Law on Protection of State Secrets and the "
            "laws in force",
        ),
        explanation=msg("decree_47_2020.art1.state_secret_sharing"),
    )
