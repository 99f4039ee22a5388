package cn.gov.laoshan.district.market.lenient.service;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.market.credit.service.CreditSignalSource;
import cn.gov.laoshan.district.market.service.Market;

/**
 * What the violation records say about enterprises, for the credit-risk grading: {@code violation} (a violation
 * recorded, day = found; those recorded before cases had list items too) and {@code violation.penalised} (the decision
 * was to penalise, day = decided, Beijing). Internal to the market bundle; nothing is changed.
 */
public class CaseSignals implements CreditSignalSource {

    private final Jdbi jdbi;

    public CaseSignals(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Map<String, List<CreditSignal>> signals(LocalDate from, LocalDate to) {
        Map<String, List<CreditSignal>> by = new TreeMap<>();
        jdbi.useHandle(h -> {
            h.createQuery("select id, case_no, uscc, occurred_on, description from violation where occurred_on >= :from "
                    + "and occurred_on < :to order by id").bind("from", from).bind("to", to).map((rs, ctx) -> {
                        String ref = rs.getString("case_no") != null ? rs.getString("case_no") : "#" + rs.getLong("id");
                        add(by, rs.getString("uscc"), new CreditSignal("violation",
                                rs.getDate("occurred_on").toLocalDate(), ref + " " + rs.getString("description")));
                        return ref;
                    }).list();
            h.createQuery("select id, case_no, uscc, decided_at, description from violation where decision = 'PENALISE' "
                    + "and decided_at >= :from and decided_at < :to order by id")
                    .bind("from", Timestamp.from(from.atStartOfDay(Market.ZONE).toInstant()))
                    .bind("to", Timestamp.from(to.atStartOfDay(Market.ZONE).toInstant())).map((rs, ctx) -> {
                        String ref = rs.getString("case_no") != null ? rs.getString("case_no") : "#" + rs.getLong("id");
                        add(by, rs.getString("uscc"), new CreditSignal("violation.penalised", rs.getTimestamp(
                                "decided_at").toInstant().atZone(Market.ZONE).toLocalDate(), ref + " "
                                        + rs.getString("description")));
                        return ref;
                    }).list();
        });
        return by;
    }

    private static void add(Map<String, List<CreditSignal>> by, String uscc, CreditSignal signal) {
        by.computeIfAbsent(uscc.trim(), u -> new ArrayList<>()).add(signal);
    }
}
