package cn.gov.laoshan.district.finance.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.notify.Severity;
import cn.gov.laoshan.district.finance.domain.DemandPush;
import cn.gov.laoshan.district.finance.domain.Payout;

/**
 * The plugin's daily reminders, each sent once however often the job runs or on however many nodes
 * ({@code Reminders.sendOnce}): a bank whose answer to a pushed demand is due today, and once it is overdue the bank
 * and the finance department; an enterprise that has not confirmed a payout {@link #CONFIRM_AFTER} working days after
 * it was requested.
 */
public class FinanceReminders {

    /** Working days an enterprise has to confirm a payout before it is reminded. */
    public static final int CONFIRM_AFTER = 3;

    /** What one run sent. */
    public record Result(int dueToday, int overdue, int unconfirmed) {
    }

    private final FinancingRepository financing;
    private final PayoutRepository payouts;
    private final WorkingDayCalendar calendar;
    private final Supplier<Optional<Reminders>> reminders;
    private final Clock clock;

    public FinanceReminders(FinancingRepository financing, PayoutRepository payouts, WorkingDayCalendar calendar,
            Supplier<Optional<Reminders>> reminders, Clock clock) {
        this.financing = financing;
        this.payouts = payouts;
        this.calendar = calendar;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** Runs as the platform (the job). */
    public Result run() {
        Reminders sender = reminders.get().orElse(null);
        if (sender == null) {
            return new Result(0, 0, 0);
        }
        LocalDate today = LocalDate.now(clock.withZone(FinancingService.ZONE));
        int due = 0;
        int overdue = 0;
        for (DemandPush p : financing.openDueBy(today)) {
            String record = "financing-push/" + p.id();
            String what = p.enterpriseName() + " 的融资需求（" + p.amount().format() + "，" + p.productName() + "）";
            if (p.dueOn().equals(today)) {
                if (sender.sendOnce(record, "due", Recipient.enterprise(p.bankUscc()), new Message(
                        PayoutWorkflow.PLUGIN, "今日到期：请答复金企通推送的融资需求", what + "应于今天 " + today
                                + " 答复。", "finance/bank-demands", Severity.WARNING))) {
                    due++;
                }
            } else {
                String late = what + "应于 " + p.dueOn() + " 答复，已逾期 " + calendar.workingDaysBetween(p.dueOn(), today)
                        + " 个工作日。";
                boolean sent = sender.sendOnce(record, "overdue/bank", Recipient.enterprise(p.bankUscc()),
                        new Message(PayoutWorkflow.PLUGIN, "已逾期：金企通推送的融资需求待答复", late,
                                "finance/bank-demands", Severity.WARNING));
                sent |= sender.sendOnce(record, "overdue/staff", Recipient.department(PayoutWorkflow.DEPARTMENT),
                        new Message(PayoutWorkflow.PLUGIN, "银行答复逾期：" + p.bankName(), late, "finance/financing",
                                Severity.WARNING));
                if (sent) {
                    overdue++;
                }
            }
        }
        // requested on or before the day CONFIRM_AFTER working days ago, at the day's end
        LocalDate requestedBy = calendar.addWorkingDays(today, -CONFIRM_AFTER);
        Instant before = requestedBy.plusDays(1).atStartOfDay(FinancingService.ZONE).toInstant();
        int unconfirmed = 0;
        for (Payout p : payouts.requestedBefore(before, 10_000)) {
            if (sender.sendOnce("payout/" + p.id(), "confirm", Recipient.enterprise(p.uscc()), new Message(
                    PayoutWorkflow.PLUGIN, "请确认政策兑现：" + p.policyCode(), "政策 " + p.policyCode() + "（" + p.period()
                            + "）的兑现资金 " + p.amount().format() + " 待贵企业确认收款账户后方可公示拨付，请在“我的企业 · 政策兑现”中确认。",
                    "my-enterprise", Severity.INFO))) {
                unconfirmed++;
            }
        }
        return new Result(due, overdue, unconfirmed);
    }
}
