"""Điều 8. Các hành vi không được làm

Decree 47/2020/NĐ-CP, Art. 8: five things no one may do — obstruct lawful connection and use of
data; buy, sell, exchange or share data unlawfully; breach intellectual-property or
personal-information rights when connecting and sharing; falsify data while it travels from
provider to user; sabotage the information infrastructure or interrupt connection and sharing.

Clauses encoded (verbatim, pháp điển):

1. Cản trở hoạt động kết nối, quyền khai thác và sử dụng dữ liệu hợp pháp của cơ quan, tổ
chức, cá nhân theo quy định của pháp luật.

2. Mua bán, trao đổi, chia sẻ dữ liệu trái quy định của pháp luật.

3. Vi phạm các quy định về quyền sở hữu trí tuệ, quyền bảo vệ thông tin cá nhân khi kết nối,
chia sẻ dữ liệu.

4. Làm sai lệch dữ liệu trong quá trình lưu chuyển dữ liệu từ cơ quan cung cấp dữ liệu tới cơ
quan khai thác dữ liệu.

5. Phá hoại cơ sở hạ tầng thông tin, làm gián đoạn việc kết nối, chia sẻ dữ liệu.

>>> from datetime import date
>>> [a.clause for a in prohibited_acts(on=date(2025, 3, 3)).outcome]
[1, 2, 3, 4, 5]
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.core.decisions import Finding
from accessinfo.core.messages import msg
from accessinfo.core.rules import rule

from . import INSTRUMENT as DECREE
from . import in_force_on
from ._types import ProhibitedAct

__all__ = ["PROHIBITED_ACTS", "prohibited_acts"]

PROHIBITED_ACTS: tuple[ProhibitedAct, ...] = (
    ProhibitedAct(
        code="obstruct_lawful_use",
        clause=1,
        text_vi=(
            "Cản trở hoạt động kết nối, quyền khai thác và sử dụng dữ liệu hợp pháp của cơ "
            "quan, tổ chức, cá nhân theo quy định của pháp luật."
        ),
        summary_en="Obstructing connection, or anyone's lawful right to use data.",
    ),
    ProhibitedAct(
        code="unlawful_trade_or_sharing",
        clause=2,
        text_vi="Mua bán, trao đổi, chia sẻ dữ liệu trái quy định của pháp luật.",
        summary_en="Buying, selling, exchanging or sharing data unlawfully.",
    ),
    ProhibitedAct(
        code="ip_or_personal_data_breach",
        clause=3,
        text_vi=(
            "Vi phạm các quy định về quyền sở hữu trí tuệ, quyền bảo vệ thông tin cá nhân khi "
            "kết nối, chia sẻ dữ liệu."
        ),
        summary_en="Breaching intellectual-property or personal-information rights in sharing.",
    ),
    ProhibitedAct(
        code="falsify_in_transit",
        clause=4,
        text_vi=(
            "Làm sai lệch dữ liệu trong quá trình lưu chuyển dữ liệu từ cơ quan cung cấp dữ "
            "liệu tới cơ quan khai thác dữ liệu."
        ),
        summary_en="Falsifying data on its way from the provider to the user.",
    ),
    ProhibitedAct(
        code="sabotage_or_disrupt",
        clause=5,
        text_vi="Phá hoại cơ sở hạ tầng thông tin, làm gián đoạn việc kết nối, chia sẻ dữ liệu.",
        summary_en="Sabotaging information infrastructure or interrupting connection and sharing.",
    ),
)


# "Các hành vi không được làm": khoản 1–5
@rule(DECREE.cite(8), family="data_sharing.prohibited_acts")
def prohibited_acts(*, on: date | datetime) -> Finding[tuple[ProhibitedAct, ...]]:
    """The five acts forbidden in connecting and sharing state data."""
    in_force_on(on)
    return Finding(outcome=PROHIBITED_ACTS, explanation=msg("decree_47_2020.art8.prohibited_acts"))
