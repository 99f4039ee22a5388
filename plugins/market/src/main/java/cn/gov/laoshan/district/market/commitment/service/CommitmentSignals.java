package cn.gov.laoshan.district.market.commitment.service;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.market.credit.service.CreditSignalSource;
import cn.gov.laoshan.district.market.service.Market;

/**
 * What the commitment records say about enterprises, for the credit-risk grading: {@code commitment.failed} (not
 * rectified in time: approval revoked, day = revoked), {@code commitment.false} (a false commitment found, day =
 * found), {@code postcheck.overdue} (a commitment post-check past its deadline and not done, day = the first day
 * overdue), {@code credit.mark} (each credit mark this plugin wrote, day = set). Internal to the market bundle: the
 * grading reads it as the platform; nothing is changed.
 */
public class CommitmentSignals implements CreditSignalSource {

    private final Jdbi jdbi;
    private final Clock clock;

    public CommitmentSignals(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public Map<String, List<CreditSignal>> signals(LocalDate from, LocalDate to) {
        Map<String, List<CreditSignal>> by = new TreeMap<>();
        jdbi.useHandle(h -> {
            h.createQuery("select uscc, kind, mark, reason, set_on from commitment_mark where set_on >= :from and "
                    + "set_on < :to order by id").bind("from", from).bind("to", to).map((rs, ctx) -> {
                        String uscc = rs.getString("uscc");
                        LocalDate day = rs.getDate("set_on").toLocalDate();
                        String kind = CreditMarkEntry.FALSE.equals(rs.getString("kind")) ? "commitment.false"
                                : "commitment.failed";
                        add(by, uscc, new CreditSignal(kind, day, rs.getString("reason")));
                        add(by, uscc, new CreditSignal("credit.mark", day, rs.getString("mark")));
                        return uscc;
                    }).list();
            LocalDate today = LocalDate.now(clock.withZone(Market.ZONE));
            // overdue from the day after the deadline; only what is still not done today
            h.createQuery("select p.uscc, p.due_on, c.approval_no, c.item_code from post_check p join commitment c on "
                    + "c.id = p.commitment_id where p.state = 'DUE' and p.due_on >= :from and p.due_on < :to and "
                    + "p.due_on < :today order by p.id").bind("from", Date.valueOf(from.minusDays(1)))
                    .bind("to", Date.valueOf(to.minusDays(1))).bind("today", today).map((rs, ctx) -> {
                        String uscc = rs.getString("uscc");
                        add(by, uscc, new CreditSignal("postcheck.overdue", rs.getDate("due_on").toLocalDate()
                                .plusDays(1), rs.getString("approval_no") + " " + rs.getString("item_code")));
                        return uscc;
                    }).list();
        });
        return by;
    }

    static void add(Map<String, List<CreditSignal>> by, String uscc, CreditSignal signal) {
        by.computeIfAbsent(uscc.trim(), u -> new ArrayList<>()).add(signal);
    }
}
