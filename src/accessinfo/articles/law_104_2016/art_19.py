"""Điều 19. Công khai thông tin trên cổng thông tin điện tử, trang thông tin điện tử

Law 104/2016/QH13, Art. 19: which of the Art. 17 categories must also go on the agency's web
portal or website: legal normative documents, treaties and agreements, administrative
procedures; guidance on the law; development strategies and plans and annual work
programmes; public investment and procurement; the agency's functions, organisation chart
and contact details; annual financial reports, statistics and science programmes; the
disclosure list itself; information the agency considers necessary for the public interest
or public health; and whatever another law requires to be posted online. An agency without a
portal or website uses another suitable form (clause 6).

Clauses encoded (verbatim, pháp điển):

1. Trong các thông tin quy định tại Điều 17 của Luật này, các thông tin sau đây phải được công
khai trên cổng thông tin điện tử, trang thông tin điện tử:

a) Văn bản quy phạm pháp luật; điều ước quốc tế mà nước Cộng hòa xã hội chủ nghĩa Việt Nam là
thành viên, thỏa thuận quốc tế mà Việt Nam là một bên; thủ tục hành chính, quy trình giải quyết
công việc của cơ quan nhà nước;

b) Thông tin phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách đối với những lĩnh
vực thuộc phạm vi quản lý của cơ quan nhà nước;

c) Chiến lược, chương trình, dự án, đề án, kế hoạch, quy hoạch phát triển kinh tế - xã hội của
quốc gia, địa phương; quy hoạch ngành, lĩnh vực và phương thức, kết quả thực hiện; chương
trình, kế hoạch công tác hằng năm của cơ quan nhà nước;

d) Thông tin về danh mục dự án, chương trình và kết quả thực hiện đầu tư công, mua sắm công và
quản lý, sử dụng vốn đầu tư công, các nguồn vốn vay;

đ) Thông tin về chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức, sơ đồ tổ chức của cơ quan và
của đơn vị trực thuộc; địa chỉ, số điện thoại, số fax, địa chỉ thư điện tử của cơ quan nhà
nước, người làm đầu mối tiếp nhận yêu cầu cung cấp thông tin;

e) Báo cáo tài chính năm; thông tin thống kê về ngành, lĩnh vực quản lý; thông tin về danh mục
và kết quả chương trình, đề tài khoa học;

g) Danh mục thông tin phải được công khai, trong đó phải nêu rõ địa chỉ, hình thức, thời điểm,
thời hạn công khai đối với từng loại thông tin;

h) Các thông tin nếu xét thấy cần thiết vì lợi ích công cộng, sức khỏe của cộng đồng;

i) Các thông tin khác mà pháp luật quy định phải đăng trên cổng thông tin điện tử, trang thông
tin điện tử.

6. Trường hợp cơ quan nhà nước chưa có cổng thông tin điện tử và trang thông tin điện tử, căn
cứ vào điều kiện thực tế, có trách nhiệm công khai thông tin quy định tại khoản 1 Điều này bằng
hình thức thích hợp khác.

>>> portal_disclosure("statistics").outcome
'required'
>>> str(portal_disclosure("statistics").basis[1])
'điểm e khoản 1 Điều 19 Luật Tiếp cận thông tin số 104/2016/QH13'
>>> portal_disclosure("state_budget").outcome
'not_required'
"""

from __future__ import annotations

from typing import Literal

from accessinfo.core.decisions import Finding
from accessinfo.core.messages import Text, msg
from accessinfo.core.periods import choose
from accessinfo.core.rules import rule

from . import INSTRUMENT as LAW_104
from .art_17 import DISCLOSURE_CATEGORIES, DisclosureCategory, disclosure_list

__all__ = ["PortalDuty", "portal_disclosure"]

# required; when_necessary: point h ("nếu xét thấy cần thiết"); when_law_requires: point i;
# not_required: Art 17 applies but Art 19.1 does not name the category.
PortalDuty = Literal["required", "when_necessary", "when_law_requires", "not_required"]


# Khoản 1: "các thông tin sau đây phải được công khai trên cổng thông tin điện tử, trang thông
# tin điện tử"
@rule(LAW_104.cite(19, 1))
def portal_disclosure(category: DisclosureCategory) -> Finding[PortalDuty]:
    """Whether an Art 17 category must also be posted on the agency's portal or website."""
    cat = choose(category, "category", DISCLOSURE_CATEGORIES)
    entry = disclosure_list()[cat]
    name = Text(entry.name_en, entry.name_vi)
    if entry.art19 is None:
        return Finding(
            outcome="not_required",
            explanation=msg("law_104_2016.art19.not_required", name=name),
        )
    duty: PortalDuty = "required"
    if entry.art19 == "h":
        duty = "when_necessary"
    elif entry.art19 == "i":
        duty = "when_law_requires"
    note = msg(f"law_104_2016.art19.note.{duty}")
    return Finding(
        outcome=duty,
        basis=(LAW_104.cite(19, 1, entry.art19), LAW_104.cite(19, 6)),
        explanation=msg("law_104_2016.art19.posted", name=name, note=note),
    )
