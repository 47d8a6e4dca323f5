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

3. Cơ quan, đơn vị được yêu cầu có trách nhiệm cung cấp thông tin theo hình thức mà người yêu
cầu đề nghị phù hợp với tính chất của thông tin được yêu cầu cung cấp, điều kiện và khả năng
của cơ quan, đơn vị, trừ trường hợp pháp luật có quy định khác.

Under Law 01/2026 the form of provision (``InformationRequest.delivery``) changes no period
except one: simple information asked for at the agency is provided at once (Decree 337/2026
Art 10.4(a)). Fax is not a listed form of request; a fax request or a request for delivery by
fax is handled, with a caveat (docs/readings/delivery-default.md).

>>> request_channel_listed("post").outcome
True
>>> request_channel_listed("fax").outcome
False
>>> personal_devices_allowed().outcome
True
>>> provided_in_form_asked("electronic", agency_able=False).outcome
False
"""

from __future__ import annotations

from accessinfo.core.decisions import Finding
from accessinfo.core.messages import msg
from accessinfo.core.periods import choose
from accessinfo.core.rules import rule
from accessinfo.models.access import check_flag
from accessinfo.models.requests import Channel, Delivery

from . import INSTRUMENT as LAW

__all__ = [
    "FAX_NOT_LISTED",
    "personal_devices_allowed",
    "provided_in_form_asked",
    "request_channel_listed",
]

_POINTS = {"in_person": "a", "post": "b", "electronic": "c"}
_FORMS = ("in_person", "electronic", "post", "fax")
FAX_NOT_LISTED = msg("law_01_2026.art24.fax_not_listed")


# Khoản 1: "bằng một trong các hình thức sau đây: a) Tại cơ quan, đơn vị; b) Qua dịch vụ bưu
# chính; c) Qua mạng Internet"
@rule(LAW.cite(24, 1))
def request_channel_listed(channel: Channel) -> Finding[bool]:
    """Whether ``channel`` is one of the forms of request Art 24.1 lists (fax is not)."""
    ch = choose(channel, "channel", _FORMS)
    if ch == "fax":
        return Finding(outcome=False, explanation=FAX_NOT_LISTED)
    point = _POINTS[ch]
    return Finding(
        outcome=True,
        basis=(LAW.cite(24, 1, point),),
        explanation=msg(f"law_01_2026.art24.request_channel_listed.{ch}", point=point),
    )


# Khoản 2: "được sử dụng điện thoại di động và các phương tiện kỹ thuật khác của cá nhân để sao,
# chụp, tải về ... trừ trường hợp pháp luật có liên quan quy định khác"
@rule(LAW.cite(24, 2))
def personal_devices_allowed(*, other_law_restricts: bool = False) -> Finding[bool]:
    """Whether a requester at the agency may copy, photograph or download with their own device."""
    check_flag(other_law_restricts=other_law_restricts)
    if other_law_restricts:
        return Finding(
            outcome=False, explanation=msg("law_01_2026.art24.personal_devices_allowed.not")
        )
    return Finding(outcome=True, explanation=msg("law_01_2026.art24.personal_devices_allowed"))


# Khoản 3: "cung cấp thông tin theo hình thức mà người yêu cầu đề nghị phù hợp với tính chất
# của thông tin ..., điều kiện và khả năng của cơ quan, đơn vị"
@rule(LAW.cite(24, 3))
def provided_in_form_asked(
    delivery: Delivery, *, suits_the_information: bool = True, agency_able: bool = True
) -> Finding[bool]:
    """Whether the agency owes the information in the form asked for (``delivery``)."""
    how = choose(delivery, "delivery", _FORMS)
    check_flag(suits_the_information=suits_the_information, agency_able=agency_able)
    form = msg(f"terms.delivery.{how}")
    if suits_the_information and agency_able:
        return Finding(
            outcome=True, explanation=msg("law_01_2026.art24.provided_in_form_asked", form=form)
        )
    return Finding(
        outcome=False,
        explanation=msg("law_01_2026.art24.provided_in_form_asked.not", form=form),
    )
