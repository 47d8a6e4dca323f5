"""Điều 19. Những trường hợp không cung cấp thông tin đối với yêu cầu khai thác và sử dụng Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính bằng văn bản

Circular 13/2016/TT-BTP, Art. 19: the six cases in which a written request to the violations
database is not answered with the information: the request does not say why, how much, for
what, which information and in what form; the information is a classified state secret; the
request lacks the signature (and, for a body or organisation, the seal) or, for an individual,
the name, identity number or address; the purpose is unlawful; the information was already
provided twice at the sanctioned person's request; the sanctioned person does not pay the
costs. A refusal must be in writing with its reasons (Art 15.7).

Clauses encoded (verbatim, seed 001):

1. Văn bản yêu cầu cung cấp thông tin về xử lý vi phạm hành chính không nêu rõ lý do, phạm vi,
mục đích, nội dung thông tin cần cung cấp và hình thức cung cấp thông tin.

2. Yêu cầu cung cấp thông tin thuộc Danh mục bí mật nhà nước độ Tuyệt mật, Tối mật và Mật.

3. Văn bản yêu cầu cung cấp thông tin về xử lý vi phạm hành chính không có chữ ký của người
đại diện có thẩm quyền hoặc người đứng đầu tổ chức và đóng dấu xác nhận đối với cơ quan, tổ
chức hoặc không có chữ ký, họ tên, số định danh cá nhân hoặc số chứng minh nhân dân hoặc số hộ
chiếu và địa chỉ cụ thể của cá nhân yêu cầu cung cấp thông tin.

4. Mục đích sử dụng thông tin về xử lý vi phạm hành chính không phù hợp với quy định của pháp
luật.

5. Thông tin đã được cung cấp hai lần theo yêu cầu của tổ chức bị xử phạt hoặc của cá nhân bị
xử lý vi phạm hành chính.

6. Tổ chức bị xử phạt, cá nhân bị xử lý vi phạm hành chính không thực hiện việc trả chi phí
cho việc cung cấp thông tin theo quy định của pháp luật.

>>> from datetime import date
>>> req = ViolationInfoRequest(requester="sanctioned_individual", times_provided=2)
>>> [g.code for g in refusal_grounds(req, on=date(2026, 3, 2)).outcome]
['provided_twice']
>>> refusal_grounds(ViolationInfoRequest(requester="supervisory_body"), on=date(2026, 3, 2)).outcome
()
"""  # noqa: E501

from __future__ import annotations

from datetime import date, datetime

from accessinfo.calendar import as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import Text, msg
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput

from . import INSTRUMENT as CIRCULAR
from ._types import RefusalGround, ViolationInfoRequest

__all__ = ["GROUNDS", "RefusalGround", "ViolationInfoRequest", "refusal_grounds"]

GROUNDS: tuple[RefusalGround, ...] = (
    RefusalGround(
        code="request_incomplete",
        clause=1,
        text_vi=(
            "Văn bản yêu cầu cung cấp thông tin về xử lý vi phạm hành chính không nêu rõ lý"
            " do, phạm vi, mục đích, nội dung thông tin cần cung cấp và hình thức cung cấp "
            "thông tin."
        ),
        summary_en=("The request does not state the reason, scope, purpose, content or form."),
    ),
    RefusalGround(
        code="state_secret",
        clause=2,
        text_vi=(
            "Yêu cầu cung cấp thông tin thuộc Danh mục bí mật nhà nước độ Tuyệt mật, Tối "
            "mật và Mật."
        ),
        summary_en=("The information is a state secret (Top Secret, Secret or Confidential)."),
    ),
    RefusalGround(
        code="not_signed_or_identified",
        clause=3,
        text_vi=(
            "Văn bản yêu cầu cung cấp thông tin về xử lý vi phạm hành chính không có chữ ký"
            " của người đại diện có thẩm quyền hoặc người đứng đầu tổ chức và đóng dấu xác "
            "nhận đối với cơ quan, tổ chức hoặc không có chữ ký, họ tên, số định danh cá "
            "nhân hoặc số chứng minh nhân dân hoặc số hộ chiếu và địa chỉ cụ thể của cá "
            "nhân yêu cầu cung cấp thông tin."
        ),
        summary_en=(
            "A body's request lacks the competent signature or the seal; an individual's "
            "lacks the signature, full name, identity or passport number or address."
        ),
    ),
    RefusalGround(
        code="unlawful_purpose",
        clause=4,
        text_vi=(
            "Mục đích sử dụng thông tin về xử lý vi phạm hành chính không phù hợp với quy "
            "định của pháp luật."
        ),
        summary_en=("The purpose for which the information will be used is not lawful."),
    ),
    RefusalGround(
        code="provided_twice",
        clause=5,
        text_vi=(
            "Thông tin đã được cung cấp hai lần theo yêu cầu của tổ chức bị xử phạt hoặc "
            "của cá nhân bị xử lý vi phạm hành chính."
        ),
        summary_en=(
            "The information was already provided twice at the sanctioned person's request."
        ),
    ),
    RefusalGround(
        code="costs_unpaid",
        clause=6,
        text_vi=(
            "Tổ chức bị xử phạt, cá nhân bị xử lý vi phạm hành chính không thực hiện việc "
            "trả chi phí cho việc cung cấp thông tin theo quy định của pháp luật."
        ),
        summary_en=("The sanctioned organisation or individual does not pay the costs."),
    ),
)


def _applies(code: str, r: ViolationInfoRequest) -> bool:
    sanctioned = r.requester != "supervisory_body"
    if code == "request_incomplete":
        return bool(r.omits)
    if code == "state_secret":
        return r.secrecy != "none"
    if code == "not_signed_or_identified":
        if r.requester == "sanctioned_individual":
            return not (
                r.signed and r.gives_full_name and r.gives_identity_number and r.gives_address
            )
        return not (r.signed and r.sealed)
    if code == "unlawful_purpose":
        return not r.purpose_lawful
    if code == "provided_twice":
        return sanctioned and r.times_provided >= 2
    return sanctioned and not r.costs_paid  # costs_unpaid


# "Những trường hợp không cung cấp thông tin …": khoản 1–6
@rule(
    CIRCULAR.cite(19),
    CIRCULAR.cite(15, 7),
    family="violations_db.refusal_grounds",
    key="on",
)
def refusal_grounds(
    request: ViolationInfoRequest, *, on: date | datetime
) -> Finding[tuple[RefusalGround, ...]]:
    """The cases of Art 19 that bar providing the information asked for in writing."""
    if not isinstance(request, ViolationInfoRequest):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="request",
                expected=msg("errors.type.violation_request"),
                got=type(request).__name__,
            )
        )
    as_vn_date(on, "on")
    found = tuple(g for g in GROUNDS if _applies(g.code, request))
    if found:
        parts = [
            msg(
                "circular_13_2016.art19.ground",
                clause=g.clause,
                summary=Text(g.summary_en.rstrip("."), g.text_vi.rstrip(".")),
            )
            for g in found
        ]
        grounds = Text("; ".join(parts), "; ".join(p.vi for p in parts))
        text = msg("circular_13_2016.art19.refused", grounds=grounds)
    else:
        text = msg("circular_13_2016.art19.none")
    return Finding(
        outcome=found,
        explanation=text,
        basis=tuple(CIRCULAR.cite(19, g.clause) for g in found),
    )
