"""Điều 5. Nguyên tắc chung về quản lý, kết nối và chia sẻ dữ liệu

Decree 47/2020/NĐ-CP, Art. 5: general principles. State agencies must share their data; they
must not collect again, nor ask people and businesses for, data that another agency already
provides or stands ready to provide through sharing (unless that data falls short of the
sector's quality standards or a law says otherwise), and must not ask in writing for what they
already obtain through connection. Sharing between state agencies is free unless the data is
listed under the Law on Fees and Charges. Organisations and individuals may use their own
data, or another's with that person's acceptance; otherwise they get state data under the Law
on Access to Information.

Clauses encoded (verbatim, pháp điển):

2. Cơ quan nhà nước phải có trách nhiệm chia sẻ dữ liệu với cơ quan, tổ chức, cá nhân khác theo
quy định của pháp luật; không cung cấp thông tin qua hình thức văn bản đối với thông tin đã
được khai thác qua hình thức kết nối, chia sẻ dữ liệu giữa các hệ thống thông tin; không được
thu thập, tổ chức thu thập lại dữ liệu hoặc yêu cầu người dân, doanh nghiệp cung cấp thông tin,
dữ liệu trong quá trình giải quyết các thủ tục hành chính nếu dữ liệu này đã được cơ quan nhà
nước khác cung cấp, sẵn sàng cung cấp thông qua kết nối, chia sẻ dữ liệu, trừ trường hợp dữ
liệu đó không bảo đảm yêu cầu về chất lượng theo tiêu chuẩn, quy chuẩn chuyên ngành hoặc pháp
luật có quy định khác.

5. Dữ liệu chia sẻ giữa các cơ quan nhà nước là không thu phí, trừ trường hợp khai thác, sử
dụng dữ liệu thuộc danh mục được quy định trong Luật Phí và lệ phí.

6. Dữ liệu của cơ quan nhà nước chia sẻ cho tổ chức, cá nhân thực hiện theo các nguyên tắc sau:

a) Tổ chức, cá nhân được quyền khai thác dữ liệu của mình hoặc dữ liệu của tổ chức, cá nhân
khác khi được tổ chức, cá nhân đó chấp nhận, trừ trường hợp pháp luật có quy định khác;

b) Các trường hợp ngoài quy định tại điểm a khoản này, dữ liệu của cơ quan nhà nước được chia
sẻ cho tổ chức, cá nhân được thực hiện theo quy định của Luật Tiếp cận thông tin và các quy
định của pháp luật hiện hành.

>>> from datetime import date
>>> may_collect_again(available_by_sharing=True, on=date(2025, 3, 3)).outcome
False
>>> sharing_fee("state_agency", on=date(2025, 3, 3)).outcome
'free'
>>> req = DataRequest(recipient="individual", data_about="recipient")
>>> sharing_with_public(req, on=date(2025, 3, 3)).outcome.way
'own_data'
"""

from __future__ import annotations

from datetime import date, datetime
from typing import get_args

from accessinfo.core.citations import Citation, instrument
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import msg
from accessinfo.core.periods import choose
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput

from . import INSTRUMENT as DECREE
from . import in_force_on
from ._types import ChargeRegime, DataRequest, Recipient, SharingRoute

__all__ = [
    "ACCESS_TO_INFORMATION_LAW",
    "DataRequest",
    "may_ask_in_writing",
    "may_collect_again",
    "sharing_fee",
    "sharing_with_public",
]

# The Law on Access to Information Art 5.6(b) points to: Law 104/2016/QH13 throughout the life
# of this decree (it was repealed on 2025-10-22, before Law 01/2026/QH16 took effect).
ACCESS_TO_INFORMATION_LAW: Citation = instrument("law_104_2016").cite()


def _flag(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput(msg("errors.true_or_false", name=name, value=f"{value!r:.60}"))
    return value


# Khoản 2: "không được thu thập, tổ chức thu thập lại dữ liệu … nếu dữ liệu này đã được cơ quan
# nhà nước khác cung cấp, sẵn sàng cung cấp … trừ trường hợp … chất lượng … hoặc pháp luật có
# quy định khác"
@rule(DECREE.cite(5, 2), family="data_sharing.may_collect_again")
def may_collect_again(
    *,
    available_by_sharing: bool,
    on: date | datetime,
    meets_quality_standards: bool = True,
    law_provides_otherwise: bool = False,
) -> Finding[bool]:
    """Whether an agency may collect again (or ask people for) data it could get by sharing."""
    shared = _flag(available_by_sharing, "available_by_sharing")
    quality = _flag(meets_quality_standards, "meets_quality_standards")
    other_law = _flag(law_provides_otherwise, "law_provides_otherwise")
    in_force_on(on)
    if not shared:
        return Finding(
            outcome=True, explanation=msg("decree_47_2020.art5.may_collect_again.not_shared")
        )
    if not quality:
        return Finding(
            outcome=True, explanation=msg("decree_47_2020.art5.may_collect_again.quality")
        )
    if other_law:
        return Finding(
            outcome=True, explanation=msg("decree_47_2020.art5.may_collect_again.other_law")
        )
    return Finding(outcome=False, explanation=msg("decree_47_2020.art5.may_collect_again.barred"))


# Khoản 2: "không cung cấp thông tin qua hình thức văn bản đối với thông tin đã được khai thác
# qua hình thức kết nối, chia sẻ dữ liệu giữa các hệ thống thông tin"
@rule(DECREE.cite(5, 2), family="data_sharing.may_ask_in_writing")
def may_ask_in_writing(*, obtained_by_connection: bool, on: date | datetime) -> Finding[bool]:
    """Whether information is to be provided on paper although it flows by connection."""
    connected = _flag(obtained_by_connection, "obtained_by_connection")
    in_force_on(on)
    key = "connected" if connected else "not_connected"
    return Finding(
        outcome=not connected, explanation=msg(f"decree_47_2020.art5.may_ask_in_writing.{key}")
    )


# Khoản 5: "Dữ liệu chia sẻ giữa các cơ quan nhà nước là không thu phí, trừ trường hợp … thuộc
# danh mục được quy định trong Luật Phí và lệ phí"
@rule(DECREE.cite(5, 5), family="data_sharing.sharing_fee")
def sharing_fee(
    recipient: Recipient, *, on: date | datetime, listed_in_fee_law: bool = False
) -> Finding[ChargeRegime]:
    """Whether shared data is free: between state agencies yes, unless the Fee Law lists it."""
    who = choose(recipient, "recipient", get_args(Recipient))
    listed = _flag(listed_in_fee_law, "listed_in_fee_law")
    in_force_on(on)
    if who != "state_agency":
        law = ACCESS_TO_INFORMATION_LAW
        return Finding(
            outcome="not_settled_here",
            explanation=msg("decree_47_2020.art5.sharing_fee.not_agencies", law=law),
            basis=(DECREE.cite(5, 6), law),
        )
    if listed:
        return Finding(
            outcome="fee_under_fee_law", explanation=msg("decree_47_2020.art5.sharing_fee.listed")
        )
    return Finding(outcome="free", explanation=msg("decree_47_2020.art5.sharing_fee.free"))


# Khoản 6: "a) … dữ liệu của mình hoặc dữ liệu của tổ chức, cá nhân khác khi được … chấp nhận;
# b) Các trường hợp ngoài quy định tại điểm a … theo quy định của Luật Tiếp cận thông tin"
@rule(DECREE.cite(5, 6), DECREE.cite(6, 4), family="data_sharing.with_public")
def sharing_with_public(request: DataRequest, *, on: date | datetime) -> Finding[SharingRoute]:
    """How an agency's data reaches an organisation or individual (Art 5.6)."""
    if not isinstance(request, DataRequest):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="request",
                expected=msg("errors.type.data_request"),
                got=type(request).__name__,
            )
        )
    if request.recipient == "state_agency":
        raise InvalidInput(msg("errors.articles.sharing_with_public_only"))
    in_force_on(on)
    point_a = DECREE.cite(5, 6, "a")
    if request.data_about == "recipient":
        return Finding(
            outcome=SharingRoute(way="own_data", procedure="Art 5.6(a), Art 6.4"),
            explanation=msg("decree_47_2020.art5.sharing_with_public.own_data"),
            basis=(point_a,),
        )
    if request.data_about == "third_party" and request.consent:
        return Finding(
            outcome=SharingRoute(way="with_consent", procedure="Art 5.6(a), Art 6.4"),
            explanation=msg("decree_47_2020.art5.sharing_with_public.with_consent"),
            basis=(point_a,),
        )
    law = ACCESS_TO_INFORMATION_LAW
    return Finding(
        outcome=SharingRoute(way="access_to_information", procedure=law.en),
        explanation=msg("decree_47_2020.art5.sharing_with_public.access_law", law=law),
        basis=(DECREE.cite(5, 6, "b"), law),
    )
