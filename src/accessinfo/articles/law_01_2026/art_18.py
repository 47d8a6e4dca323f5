"""Điều 18. Hình thức, thời điểm công khai thông tin

Law 01/2026/QH16, Art. 18: how and when information is disclosed. Clause 1 lists five forms:
posting on the agency's portal, website, data portal, information channels and official
community pages; the mass media; the Official Gazette or a posted notice; receiving citizens,
press conferences, press releases and the spokesperson; and any other form convenient for
citizens that the agency chooses. Where a law sets the form for a given item, that form is used;
otherwise the agency picks one or more forms of clause 1 so that citizens can reach the
information (clause 2). For people with disabilities, ethnic minorities and people in border,
island, mountain and disadvantaged areas, the agency also finds forms suited to their means of
access (clause 3). Clause 4 sets the time: a sector law's, or else at the latest 5 working days
after the information was created.

Readings: clause 2 lets the agency choose, so :func:`disclosure_forms` returns the forms open
to it and whether a law fixed them, not a single form; the portal duty of Art 19.1 applies to
the Art 17.1 list on top of that choice. ``other_law_sets_time=True`` (clause 4) makes the
outcome of :func:`proactive_disclosure_by` ``None``: this clause then sets no date.

Clauses encoded (verbatim, one unofficial copy):

1. Các hình thức công khai thông tin bao gồm:

a) Đăng tải trên cổng thông tin điện tử, trang thông tin điện tử, cổng dữ liệu, các kênh thông
tin, trang cộng đồng chính thức của cơ quan, đơn vị;

b) Công khai trên phương tiện thông tin đại chúng;

c) Đăng Công báo, niêm yết;

d) Thông qua việc tiếp công dân, họp báo, thông cáo báo chí, hoạt động của người phát ngôn;

đ) Các hình thức khác thuận lợi cho công dân do cơ quan, đơn vị có trách nhiệm công khai thông
tin xác định.

2. Trường hợp pháp luật có quy định về hình thức công khai đối với thông tin cụ thể thì áp dụng
quy định đó.

Trường hợp pháp luật không quy định cụ thể hình thức công khai thông tin thì căn cứ vào điều
kiện và khả năng thực tế, cơ quan, đơn vị có thể lựa chọn một hoặc một số hình thức công khai
thông tin quy định tại khoản 1 Điều này bảo đảm để công dân tiếp cận được thông tin.

3. Đối với đối tượng là người khuyết tật, người dân tộc thiểu số, người sinh sống ở khu vực biên
giới, hải đảo, miền núi, vùng đồng bào dân tộc thiểu số, vùng có điều kiện kinh tế - xã hội khó
khăn và đặc biệt khó khăn, ngoài các hình thức quy định tại khoản 1 Điều này, cơ quan, đơn vị
xác định hình thức công khai thông tin phù hợp với khả năng, điều kiện tiếp cận thông tin của
công dân.

4. Thời điểm công khai thông tin đối với từng lĩnh vực được thực hiện theo quy định của pháp
luật có liên quan; trường hợp pháp luật chưa có quy định thì chậm nhất là 05 ngày làm việc kể
từ ngày tạo ra thông tin, cơ quan, đơn vị có thẩm quyền phải công khai thông tin.

Information created on Friday 20 November 2026: working days 23 (1), 25 (2; 24/11 is
Vietnamese Culture Day), 26 (3), 27 (4) and Monday 30 November (5).

>>> from datetime import date
>>> proactive_disclosure_by(date(2026, 11, 20)).outcome
datetime.date(2026, 11, 30)
>>> print(proactive_disclosure_by(date(2026, 11, 20), other_law_sets_time=True).outcome)
None
>>> disclosure_forms(on=date(2026, 9, 1), form_set_by_law=("gazette_or_posting",)).outcome.forms
('gazette_or_posting',)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict

from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar, WorkingDays, as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import later, msg
from accessinfo.core.periods import check_calendar, choose, deadline
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput

from . import INSTRUMENT as LAW
from ._common import check_bool

__all__ = [
    "DISCLOSURE_FORMS",
    "DisclosureForm",
    "DisclosureForms",
    "disclosure_forms",
    "proactive_disclosure_by",
]

# Khoản 1 a)–đ), in order.
DisclosureForm = Literal[
    "official_online_channels",  # a) portal, website, data portal, channels, community pages
    "mass_media",  # b)
    "gazette_or_posting",  # c) Công báo, niêm yết
    "reception_press_and_spokesperson",  # d) tiếp công dân, họp báo, thông cáo, người phát ngôn
    "other_convenient_form",  # đ) set by the agency
]
DISCLOSURE_FORMS: tuple[str, ...] = get_args(DisclosureForm)
POINT_OF_FORM = dict(zip(DISCLOSURE_FORMS, ("a", "b", "c", "d", "dd"), strict=True))


class DisclosureForms(BaseModel):
    """The forms in which an item may (or must) be disclosed under Art 18.1–18.3."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    forms: tuple[DisclosureForm, ...]  # those a law sets, else all of clause 1
    chosen_by: Literal["law", "agency"]  # agency: one or more of ``forms`` (18.2, para 2)
    adapted_form_required: bool  # 18.3: also a form suited to the groups named there


# Khoản 1: "Các hình thức công khai thông tin bao gồm"; khoản 2: "Trường hợp pháp luật có quy
# định về hình thức … thì áp dụng quy định đó … có thể lựa chọn một hoặc một số hình thức";
# khoản 3: "xác định hình thức công khai thông tin phù hợp"
@rule(LAW.cite(18, 2), LAW.cite(18, 1), key="on")
def disclosure_forms(
    *,
    on: date | datetime,
    form_set_by_law: Sequence[DisclosureForm] = (),
    for_groups_of_clause_3: bool = False,
    strict: bool = False,
) -> Finding[DisclosureForms]:
    """The forms open to the agency for disclosing an item (those a law sets, else its choice).

    ``form_set_by_law``: the forms another law prescribes for this item (18.2, first paragraph),
    empty if none. ``for_groups_of_clause_3``: the information is meant for people with
    disabilities, ethnic minorities or people in border, island, mountain or disadvantaged
    areas (18.3): a suitable form is owed in addition.
    """
    as_vn_date(on, "on")
    check_bool(for_groups_of_clause_3=for_groups_of_clause_3, strict=strict)
    if isinstance(form_set_by_law, str) or not isinstance(form_set_by_law, Sequence):
        raise InvalidInput(msg("errors.articles.forms", value=f"{form_set_by_law!r:.60}"))
    chosen = tuple(
        dict.fromkeys(choose(f, "form_set_by_law", DISCLOSURE_FORMS) for f in form_set_by_law)
    )
    basis = [LAW.cite(18, 1, POINT_OF_FORM[f]) for f in chosen]
    if for_groups_of_clause_3:
        basis.append(LAW.cite(18, 3))
    suffix = ".adapted" if for_groups_of_clause_3 else ""
    if chosen:
        return Finding(
            outcome=DisclosureForms(
                forms=chosen,
                chosen_by="law",
                adapted_form_required=for_groups_of_clause_3,
            ),
            basis=tuple(basis),
            explanation=msg(f"law_01_2026.art18.forms_by_law{suffix}", n=len(chosen)),
        )
    return Finding(
        outcome=DisclosureForms(
            forms=DISCLOSURE_FORMS,
            chosen_by="agency",
            adapted_form_required=for_groups_of_clause_3,
        ),
        basis=tuple(basis),
        explanation=msg(f"law_01_2026.art18.forms_by_agency{suffix}"),
    )


# Khoản 4: "trường hợp pháp luật chưa có quy định thì chậm nhất là 05 ngày làm việc kể từ ngày
# tạo ra thông tin"
@rule(LAW.cite(18, 4), key="created")
def proactive_disclosure_by(
    created: date | datetime,
    *,
    other_law_sets_time: bool = False,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date | None]:
    """Last day to disclose information (None: a sector law sets the time instead)."""
    check_bool(other_law_sets_time=other_law_sets_time, strict=strict, trace=trace)
    if other_law_sets_time:
        cal = check_calendar(calendar)
        day = as_vn_date(created, "created")
        return Finding(
            outcome=None,
            explanation=msg("law_01_2026.art18.sector_law_time", day=day),
            calendar_version=cal.version,
        )
    found = deadline(
        calendar,
        created,
        WorkingDays(5),
        label="disclose_by",
        name="created",
        strict=strict,
        trace=trace,
        explanation=later("law_01_2026.art18.disclose_by"),
    )
    return Finding(
        outcome=found.outcome,
        explanation=found.explanation,
        basis=found.basis,
        caveats=found.caveats,
        trace=found.trace,
        calendar_version=found.calendar_version,
    )
