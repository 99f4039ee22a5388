package cn.gov.laoshan.district.housing.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.gov.laoshan.district.housing.domain.Project;

/** What an update of a project's particulars changed, as the note of its timeline entry. */
final class ProjectChanges {

    private ProjectChanges() {
    }

    /** What an update changed, for the timeline: {@code 名称：旧 → 新；投资额（万元）：… }, or 无变化. */
    static String of(Project a, Project b) {
        List<String> out = new ArrayList<>();
        change(out, "名称", a.name(), b.name());
        change(out, "投资主体", a.investorName(), b.investorName());
        change(out, "投资类别", a.kind().name(), b.kind().name());
        change(out, "级别", a.level().name(), b.level().name());
        change(out, "总投资（万元）", a.amountWan() == null ? null : a.amountWan().toPlainString(),
                b.amountWan() == null ? null : b.amountWan().toPlainString());
        change(out, "地点", a.location(), b.location());
        change(out, "工作专班", a.teamName(), b.teamName());
        change(out, "专班负责人", a.leadName() + "/" + a.leadLogin(), b.leadName() + "/" + b.leadLogin());
        change(out, "成员", a.teamMembers(), b.teamMembers());
        change(out, "状态", a.status().name(), b.status().name());
        change(out, "开始日期", String.valueOf(a.startDate()), String.valueOf(b.startDate()));
        String note = out.isEmpty() ? "无变化" : String.join("；", out);
        return note.length() > 1000 ? note.substring(0, 999) + "…" : note;
    }

    private static void change(List<String> out, String label, String before, String after) {
        if (!Objects.equals(before, after)) {
            out.add(label + "：" + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
        }
    }
}
