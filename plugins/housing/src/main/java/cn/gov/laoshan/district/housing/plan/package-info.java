/**
 * The plan scheduler (计划排期) of the housing plugin: pure Java over the platform's
 * {@link cn.gov.laoshan.district.api.calendar.WorkingDayCalendar}, no storage, no UI, no OSGi.
 *
 * <p>A project's tailored plan (量身定制) is a list of {@link cn.gov.laoshan.district.housing.plan.PlanItem}s, each
 * with a duration in working days and the keys of its prerequisites. {@link
 * cn.gov.laoshan.district.housing.plan.PlanScheduler} computes with the critical path method each item's dates,
 * latest dates, slack and the critical path, the forecast completion from recorded actual dates, and what
 * simulated approval (模拟审批) gains; see {@link cn.gov.laoshan.district.housing.plan.PlanScheduler} for the rules.
 * Private to the plugin bundle; nothing here is exported.
 */
package cn.gov.laoshan.district.housing.plan;
