"""Điều 9. Các mẫu văn bản sử dụng trong cung cấp thông tin theo yêu cầu

Decree 337/2026/NĐ-CP, Art. 9: the seven forms used when information is provided on request
under Law 01/2026/QH16 (the Law leaves them to the Government, Art 26.4). The annex with their
layout is not in accessinfo's sources (research-update-2026-12 §1 quotes only item 7 and 9 of
form 01a): a letter or timeline may cite a form's number and title, never its layout.

Clauses encoded (verbatim, one unofficial copy):

1. Mẫu Phiếu yêu cầu cung cấp thông tin của cá nhân có yêu cầu cung cấp thông tin: Mẫu số 01a.

2. Mẫu Phiếu yêu cầu cung cấp thông tin của công dân thông qua tổ chức, đoàn thể, doanh nghiệp:
Mẫu số 01b.

3. Mẫu Thông báo tiếp nhận yêu cầu cung cấp thông tin: Mẫu số 02.

4. Mẫu Thông báo giải quyết yêu cầu cung cấp thông tin: Mẫu số 03.

5. Mẫu Thông báo gia hạn việc cung cấp thông tin: Mẫu số 04.

6. Mẫu Thông báo từ chối yêu cầu cung cấp thông tin: Mẫu số 05.

7. Mẫu Văn bản chấp thuận của cá nhân, tổ chức liên quan: Mẫu số 06.

>>> d = form_for("extension_notice")
>>> d.outcome, str(d.basis[-1])
('04', 'khoản 5 Điều 9 Nghị định số 337/2026/NĐ-CP')
>>> FORMS["05"].title_vi
'Thông báo từ chối yêu cầu cung cấp thông tin'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from accessinfo.core.citations import Citation
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import Text, msg
from accessinfo.core.periods import choose
from accessinfo.core.rules import rule

from . import INSTRUMENT as DECREE

__all__ = ["FORMS", "Document", "Form", "form_for"]

Document = Literal[
    "request",
    "request_through_organisation",
    "acknowledgement",
    "resolution_notice",
    "extension_notice",
    "refusal_notice",
    "consent",
]


@dataclass(frozen=True)
class Form:
    """One form of Art 9: its number, the clause listing it, and its title."""

    code: str
    clause: int
    document: Document
    title_vi: str
    title_en: str

    @property
    def citation(self) -> Citation:
        return DECREE.cite(9, self.clause)


# Art 9, clauses 1-7, in order. Titles are the words after "Mẫu" in each clause.
FORMS: dict[str, Form] = {
    f.code: f
    for f in (
        Form(
            "01a",
            1,
            "request",
            "Phiếu yêu cầu cung cấp thông tin của cá nhân có yêu cầu cung cấp thông tin",
            "request form of an individual",
        ),
        Form(
            "01b",
            2,
            "request_through_organisation",
            "Phiếu yêu cầu cung cấp thông tin của công dân thông qua tổ chức, đoàn thể, "
            "doanh nghiệp",
            "request form of citizens through an organisation, association or enterprise",
        ),
        Form(
            "02",
            3,
            "acknowledgement",
            "Thông báo tiếp nhận yêu cầu cung cấp thông tin",
            "notice acknowledging receipt of the request",
        ),
        Form(
            "03",
            4,
            "resolution_notice",
            "Thông báo giải quyết yêu cầu cung cấp thông tin",
            "notice of how the request will be resolved",
        ),
        Form(
            "04",
            5,
            "extension_notice",
            "Thông báo gia hạn việc cung cấp thông tin",
            "notice extending the provision of information",
        ),
        Form(
            "05",
            6,
            "refusal_notice",
            "Thông báo từ chối yêu cầu cung cấp thông tin",
            "notice refusing the request",
        ),
        Form(
            "06",
            7,
            "consent",
            "Văn bản chấp thuận của cá nhân, tổ chức liên quan",
            "written consent of the person or organisation concerned",
        ),
    )
}
_BY_DOCUMENT = {f.document: f for f in FORMS.values()}


# "Các mẫu văn bản sử dụng trong cung cấp thông tin theo yêu cầu"
@rule(DECREE.cite(9))
def form_for(document: Document) -> Finding[str]:
    """The number of the form Art 9 prescribes for ``document`` (e.g. ``"04"``)."""
    doc = choose(document, "document", tuple(_BY_DOCUMENT))
    form = _BY_DOCUMENT[doc]
    return Finding(
        outcome=form.code,
        basis=(form.citation,),
        explanation=msg(
            "decree_337_2026.art9.form_for",
            code=form.code,
            title=Text(form.title_en, form.title_vi),
            cite=form.citation,
        ),
        caveats=(msg("decree_337_2026.art9.layout_not_in_sources", code=form.code),),
    )
