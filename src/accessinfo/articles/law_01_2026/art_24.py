"""Điều 24. Hình thức yêu cầu, cung cấp thông tin

Law 01/2026/QH16, Art. 24: how to ask. The requester, or a representative, asks at the agency,
by post, or over the Internet: e-mail, the agency's portal or website, data portal, the
national public-service portal, a mobile application or another digital platform the agency
announces (clause 1). Fax is no longer listed. Whoever asks at the agency's seat may use their
own phone or other devices to copy, photograph or download documents unless a related law says
otherwise (clause 2). The agency provides the information in the form asked for, as the nature
of the information and its means allow (clause 3); online provision is encouraged (clause 4).

Clauses encoded (verbatim, one unofficial copy):

1. Người yêu cầu có thể trực tiếp hoặc thông qua người đại diện yêu cầu cung cấp thông tin bằng
một trong các hình thức sau đây:

a) Tại cơ quan, đơn vị;

b) Qua dịch vụ bưu chính;

c) Qua mạng Internet, bao gồm qua thư điện tử, cổng thông tin điện tử, trang thông tin điện tử,
cổng dữ liệu, cổng dịch vụ công quốc gia, ứng dụng di động hoặc các nền tảng số khác do cơ quan,
đơn vị có thẩm quyền công bố.

2. Người yêu cầu cung cấp thông tin tại trụ sở cơ quan, đơn vị được sử dụng điện thoại di động
và các phương tiện kỹ thuật khác của cá nhân để sao, chụp, tải về văn bản, hồ sơ, tài liệu, trừ
trường hợp pháp luật có liên quan quy định khác.

>>> request_channel_listed("post").outcome
True
>>> request_channel_listed("fax").outcome
False
>>> personal_devices_allowed().outcome
True
"""

from __future__ import annotations

from accessinfo.core.decisions import Finding
from accessinfo.core.periods import choose
from accessinfo.core.rules import rule
from accessinfo.models.access import check_flag
from accessinfo.models.requests import Channel

from . import INSTRUMENT as LAW

__all__ = ["FAX_NOT_LISTED", "personal_devices_allowed", "request_channel_listed"]

_POINTS = {"in_person": "a", "post": "b", "electronic": "c"}
_WHAT = {
    "in_person": "at the agency or unit",
    "post": "by postal service",
    "electronic": "over the Internet (e-mail, portal, website, data portal, the national "
    "public-service portal, a mobile application or another announced digital platform)",
}
FAX_NOT_LISTED = (
    "Law 01/2026 Art 24.1 lists requests at the agency, by post and over the Internet; fax is "
    "not listed (Law 104/2016 Art 24.1 listed it)"
)


# Khoản 1: "bằng một trong các hình thức sau đây: a) Tại cơ quan, đơn vị; b) Qua dịch vụ bưu
# chính; c) Qua mạng Internet"
@rule(LAW.cite(24, 1))
def request_channel_listed(channel: Channel) -> Finding[bool]:
    """Whether ``channel`` is one of the forms of request Art 24.1 lists (fax is not)."""
    ch = choose(channel, "channel", ("in_person", "electronic", "post", "fax"))
    if ch == "fax":
        return Finding(outcome=False, explanation=FAX_NOT_LISTED + ".")
    point = _POINTS[ch]
    return Finding(
        outcome=True,
        basis=(LAW.cite(24, 1, point),),
        explanation=f"A request {_WHAT[ch]} is a listed form (Art 24.1({point})), made directly "
        "or through a representative.",
    )


# Khoản 2: "được sử dụng điện thoại di động và các phương tiện kỹ thuật khác của cá nhân để sao,
# chụp, tải về ... trừ trường hợp pháp luật có liên quan quy định khác"
@rule(LAW.cite(24, 2))
def personal_devices_allowed(*, other_law_restricts: bool = False) -> Finding[bool]:
    """Whether a requester at the agency may copy, photograph or download with their own device."""
    check_flag(other_law_restricts=other_law_restricts)
    if other_law_restricts:
        return Finding(
            outcome=False,
            explanation="A related law restricts copying or photographing these documents, so "
            "the general permission of Art 24.2 gives way.",
        )
    return Finding(
        outcome=True,
        explanation="At the agency's seat the requester may use their own phone or other "
        "devices to copy, photograph or download documents, records and materials.",
    )
