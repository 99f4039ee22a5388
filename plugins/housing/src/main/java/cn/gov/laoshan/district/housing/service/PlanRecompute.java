package cn.gov.laoshan.district.housing.service;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.calendar.CalendarDependent;

/**
 * Plans follow the working-day calendar: when the arrangement of a year is entered or changed, the stored baselines
 * reaching into it are counted again ({@link PlanService#recomputeBaselines}); forecasts are computed on every
 * view and follow by themselves.
 */
public final class PlanRecompute implements CalendarDependent {

    private static final Logger LOG = LoggerFactory.getLogger(PlanRecompute.class);

    private final PlanService plans;

    public PlanRecompute(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public int recompute(Set<Integer> years) {
        int moved = plans.recomputeBaselines(years);
        LOG.info("housing: {} plan baselines moved after the calendar of {} changed", moved, years);
        return moved;
    }

    @Override
    public String whatKey() {
        return "housing.recompute.what";
    }
}
