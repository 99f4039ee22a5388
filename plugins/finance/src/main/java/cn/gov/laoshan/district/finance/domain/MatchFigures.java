package cn.gov.laoshan.district.finance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;

/**
 * Matchmaking's figures for the dashboard: demands by state, the success rate (granted of the demands a bank has
 * answered for good: granted or declined everywhere), and per bank its answers, grants, mean working days from push
 * to answer and how many answers came (or are still open) after the committed day.
 */
public record MatchFigures(int demands, int granted, int declined, int open, int overdue, BigDecimal successPercent,
        List<BankFigure> banks) {

    /** One bank's answers: how many, granted, mean working days to answer, late (answered or open past the day). */
    public record BankFigure(String bank, int pushed, int answered, int granted, BigDecimal meanDays, int late) {
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static MatchFigures of(List<FinancingDemand> demands, List<DemandPush> pushes, LocalDate today,
            WorkingDayCalendar calendar) {
        int granted = (int) demands.stream().filter(d -> d.state() == FinancingDemand.State.GRANTED).count();
        int declined = (int) demands.stream().filter(d -> d.state() == FinancingDemand.State.DECLINED).count();
        int open = (int) demands.stream().filter(d -> d.state() == FinancingDemand.State.SUBMITTED
                || d.state() == FinancingDemand.State.PUSHED).count();
        int overdue = (int) pushes.stream().filter(p -> p.overdue(today)).count();
        BigDecimal success = granted + declined == 0 ? null : BigDecimal.valueOf(granted * 100L)
                .divide(BigDecimal.valueOf(granted + declined), 1, RoundingMode.HALF_UP);
        Map<String, List<DemandPush>> byBank = new LinkedHashMap<>();
        pushes.stream().sorted(java.util.Comparator.comparing(DemandPush::bankId))
                .forEach(p -> byBank.computeIfAbsent(p.bankName(), k -> new ArrayList<>()).add(p));
        List<BankFigure> banks = new ArrayList<>();
        byBank.forEach((bank, list) -> {
            List<DemandPush> answered = list.stream().filter(p -> p.answeredOn() != null).toList();
            long days = answered.stream().mapToLong(p -> Math.max(0, calendar.workingDaysBetween(
                    LocalDate.ofInstant(p.pushedAt(), ZONE), p.answeredOn()))).sum();
            banks.add(new BankFigure(bank, list.size(), answered.size(),
                    (int) list.stream().filter(p -> p.state() == DemandPush.State.GRANTED).count(),
                    answered.isEmpty() ? null : BigDecimal.valueOf(days).divide(BigDecimal.valueOf(answered.size()), 1,
                            RoundingMode.HALF_UP),
                    (int) list.stream().filter(p -> p.late(today)).count()));
        });
        return new MatchFigures(demands.size(), granted, declined, open, overdue, success, List.copyOf(banks));
    }
}
