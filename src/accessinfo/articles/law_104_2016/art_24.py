"""Điều 24. Hình thức yêu cầu cung cấp thông tin

Law 104/2016/QH13, Art. 24: how a request is made and what it must contain. A requester
comes to the office (or sends someone authorised), or sends the request form over the
network, by post or by fax. The form is in Vietnamese and states who is asking (name,
residence and address, identity-card or passport number, contact details if any), which
information is wanted (naming the documents or files), in what form it should be provided,
and why. A request for business secrets or for private, personal or family secrets (Art 7.1
and 7.2) must attach the written consent of the person concerned. An incomplete form is not
yet a valid request: the agency must help the requester complete it (Art 26.2), and the
periods of Arts 29–31 run only from the day the valid request is received. In
``InformationRequest`` that day is ``validated_at``.

Clauses encoded (verbatim, pháp điển):

2. Phiếu yêu cầu cung cấp thông tin phải được thể hiện bằng tiếng Việt gồm các nội dung chính
sau đây:

a) Họ, tên; nơi cư trú, địa chỉ; số chứng minh nhân dân, thẻ căn cước công dân hoặc số hộ chiếu
của người yêu cầu; số fax, điện thoại, địa chỉ thư điện tử (nếu có);

b) Thông tin được yêu cầu cung cấp, trong đó chỉ rõ tên văn bản, hồ sơ, tài liệu;

c) Hình thức cung cấp thông tin;

d) Lý do, mục đích yêu cầu cung cấp thông tin.

3. Trường hợp yêu cầu cung cấp thông tin quy định tại khoản 1 và khoản 2 Điều 7 của Luật này
thì phải kèm theo văn bản đồng ý của cá nhân, tổ chức liên quan.

>>> form = RequestForm(
...     name="Nguyễn Văn A", address="12 Lê Lợi, Huế", identity_number="046090000123",
...     information="Quyết định số 15/QĐ-UBND", delivery="post",
... )
>>> d = request_completeness(form)
>>> d.outcome.valid, d.outcome.missing
(False, ('reason',))
>>> print(d.basis[-1])
điểm d khoản 2 Điều 24 Luật Tiếp cận thông tin số 104/2016/QH13
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict

from accessinfo.calendar import as_vn_date
from accessinfo.core.citations import Citation
from accessinfo.core.decisions import Finding
from accessinfo.core.inputs import InputModel
from accessinfo.core.messages import Text, join, msg
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput
from accessinfo.models.requests import Channel

from . import INSTRUMENT as LAW_104

__all__ = ["RequestCompleteness", "RequestForm", "request_completeness"]


class RequestForm(InputModel):
    """The contents of a request form (Phiếu yêu cầu), as received. Blank text is missing.

    ``delivery`` is the form of provision asked for (Art 24.2(c), Art 25); ``conditional``
    says the request is for information of Art 7.1 or 7.2, which needs ``consent_attached``.
    """

    name: str | None = None
    address: str | None = None
    identity_number: str | None = None
    contact: str | None = None  # fax, phone, e-mail "nếu có": optional
    information: str | None = None
    delivery: Channel | None = None
    reason: str | None = None
    in_vietnamese: bool = True
    conditional: bool = False
    consent_attached: bool = False


class RequestCompleteness(BaseModel):
    """Whether a form is a valid request; ``missing`` names what is lacking (field names)."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    valid: bool
    missing: tuple[str, ...] = ()


# (field, citation point); what is missing: message law_104_2016.art24.missing.<field>
_REQUIRED: tuple[tuple[str, str], ...] = (
    ("name", "a"),
    ("address", "a"),
    ("identity_number", "a"),
    ("information", "b"),
    ("delivery", "c"),
    ("reason", "d"),
)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# Khoản 2: "Phiếu yêu cầu … phải được thể hiện bằng tiếng Việt gồm các nội dung chính sau đây";
# khoản 3: "phải kèm theo văn bản đồng ý của cá nhân, tổ chức liên quan"
@rule(LAW_104.cite(24, 2), key="sent")
def request_completeness(
    form: RequestForm,
    *,
    sent: date | datetime | None = None,
    strict: bool = False,
) -> Finding[RequestCompleteness]:
    """Whether a request form holds everything Art 24 requires (else it is not yet valid)."""
    if not isinstance(form, RequestForm):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="form",
                expected=msg("errors.type.request_form"),
                got=type(form).__name__,
            )
        )
    if sent is not None:
        as_vn_date(sent, "sent")
    missing: list[str] = []
    lacks: list[Text] = []
    basis: list[Citation] = []
    if not form.in_vietnamese:
        missing.append("in_vietnamese")
        lacks.append(msg("law_104_2016.art24.missing.in_vietnamese"))
    for field, point in _REQUIRED:
        if _blank(getattr(form, field)):
            missing.append(field)
            lacks.append(msg(f"law_104_2016.art24.missing.{field}"))
            basis.append(LAW_104.cite(24, 2, point))
    if form.conditional and not form.consent_attached:
        missing.append("consent_attached")
        lacks.append(msg("law_104_2016.art24.missing.consent_attached"))
        basis.insert(0, LAW_104.cite(24, 3))
    if not missing:
        return Finding(
            outcome=RequestCompleteness(valid=True),
            explanation=msg(
                "law_104_2016.art24.valid",
                consent=msg("law_104_2016.art24.with_consent")
                if form.conditional
                else Text("", ""),
            ),
        )
    return Finding(
        outcome=RequestCompleteness(valid=False, missing=tuple(missing)),
        explanation=msg("law_104_2016.art24.invalid", missing=join(lacks, "; ")),
        basis=(LAW_104.cite(26, 2), *basis),
    )
