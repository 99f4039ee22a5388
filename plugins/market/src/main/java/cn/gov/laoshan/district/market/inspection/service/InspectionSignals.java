package cn.gov.laoshan.district.market.inspection.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.market.credit.service.CreditSignalSource;
import cn.gov.laoshan.district.market.inspection.domain.InspectionResult;

/**
 * The random inspections' recorded results as credit signals: {@code inspection.failed}, {@code inspection.problems},
 * {@code inspection.passed}, each on the day inspected with the draw's title and the findings.
 */
public class InspectionSignals implements CreditSignalSource {

    private final Jdbi jdbi;

    public InspectionSignals(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Map<String, List<CreditSignal>> signals(LocalDate from, LocalDate to) {
        Map<String, List<CreditSignal>> found = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("select i.uscc, i.state, i.inspected_on, d.title, i.findings from inspection i "
                + "join inspection_draw d on d.id = i.draw_id where i.state <> 'PENDING' and i.inspected_on >= :from "
                + "and i.inspected_on < :to").bind("from", from).bind("to", to).map((rs, ctx) -> {
                    String findings = rs.getString(5);
                    String detail = rs.getString(4) + (findings == null || findings.isBlank() ? "" : "：" + findings);
                    return Map.entry(rs.getString(1).strip(), new CreditSignal(InspectionResult.valueOf(
                            rs.getString(2)).signalKind(), rs.getDate(3).toLocalDate(), detail.length() > 300
                                    ? detail.substring(0, 300) : detail));
                }).forEach(e -> found.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue())));
        return found;
    }
}
