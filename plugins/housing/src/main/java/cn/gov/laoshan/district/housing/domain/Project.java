package cn.gov.laoshan.district.housing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A key project (重点项目).
 *
 * @param code          崂住项〔2026〕001号
 * @param investorUscc  the investor's unified social credit code (shared enterprise registry)
 * @param amountWan     total investment in 万元
 * @param teamName      the task force (工作专班) serving it
 * @param leadLogin     the team lead's login (gets the reminders), may be {@code null}
 * @param teamMembers   the other members, as names
 * @param startDate     the day the plan starts counting
 * @param templateId    the approval service menu the plan was made from, {@code null} before a plan exists
 */
public record Project(long id, String code, String name, String investorUscc, String investorName,
        InvestmentKind kind, ProjectLevel level, BigDecimal amountWan, String location, String teamName,
        String leadLogin, String leadName, String teamMembers, ProjectStatus status, LocalDate startDate,
        Long templateId, LocalDate baselineCompletion, LocalDate baselinedOn, Instant createdAt, String createdBy) {

    public boolean hasPlan() {
        return templateId != null;
    }

    /**
     * What an event about the project says of it ({@code district/housing/<EVENT>}, see the plugin's README): its
     * code, name, investor and status, with the event's own {@code extra} properties.
     */
    public Map<String, Object> eventProperties(Map<String, ?> extra) {
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("projectCode", code);
        properties.put("projectName", name);
        properties.put("uscc", investorUscc);
        properties.put("status", status.name());
        return properties;
    }

    public Project withStatus(ProjectStatus next) {
        return new Project(id, code, name, investorUscc, investorName, kind, level, amountWan, location, teamName,
                leadLogin, leadName, teamMembers, next, startDate, templateId, baselineCompletion, baselinedOn,
                createdAt, createdBy);
    }
}
