package cn.gov.laoshan.district.mediation.service;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.calendar.CalendarDependent;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.mediation.domain.CaseType;
import cn.gov.laoshan.district.mediation.domain.MediationCase;

/**
 * Open cases' deadlines follow the working-day calendar: when the arrangement of a year is entered or changed, the
 * deadline of every open case whose period reaches into that year is counted again (the type's time limit from the
 * application date), stored when it moved, written on the case's timeline and its reminder planned again.
 * <p>
 * The limit is the type's limit as configured now: a case registered under another setting is counted with the
 * current one (the case does not store its limit).
 */
public final class DeadlineRecompute implements CalendarDependent {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineRecompute.class);

    private final CaseRepository repository;
    private final WorkingDayCalendar calendar;
    private final Timeline timeline;
    private final CaseService cases;
    private final ToIntFunction<CaseType> limitDays;

    public DeadlineRecompute(CaseRepository repository, WorkingDayCalendar calendar, Timeline timeline,
            CaseService cases) {
        this.repository = repository;
        this.calendar = calendar;
        this.timeline = timeline;
        this.cases = cases;
        this.limitDays = cases::limitDays;
    }

    @Override
    public int recompute(Set<Integer> years) {
        int moved = 0;
        LocalDate today = cases.today();
        CaseFilter open = new CaseFilter(null, null, null, null, null, null, false, true, today);
        for (MediationCase c : repository.list(RecordScope.ALL, open, "deadline", true, 0, Integer.MAX_VALUE)) {
            if (!reaches(c, years)) {
                continue;
            }
            try {
                LocalDate deadline = calendar.deadline(c.appliedOn(), limitDays.applyAsInt(c.type()));
                if (deadline.equals(c.deadline())) {
                    continue;
                }
                repository.jdbi().useTransaction(h -> repository.updateDeadline(h, c.id(), deadline));
                timeline.record(CaseService.SOURCE, CaseService.RECORD_TYPE, c.number(), "deadline-recomputed",
                        c.state().name(), c.state().name(), c.deadline() + " → " + deadline);
                cases.remindAgain(repository.find(c.id()).orElseThrow());
                moved++;
            } catch (RuntimeException e) {
                LOG.warn("mediation: deadline of case {} not recomputed", c.number(), e);
            }
        }
        LOG.info("mediation: {} deadlines moved after the calendar of {} changed", moved, years);
        return moved;
    }

    private static boolean reaches(MediationCase c, Set<Integer> years) {
        for (int y = c.appliedOn().getYear(); y <= c.deadline().getYear() + 1; y++) {
            // +1: a deadline counted over weekends only may move into the next year once holidays are known
            if (years.contains(y)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String whatKey() {
        return "mediation.recompute.what";
    }
}
