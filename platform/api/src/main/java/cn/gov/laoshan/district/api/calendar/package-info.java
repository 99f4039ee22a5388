/**
 * The working-day calendar (工作日历): statutory holidays and adjusted working days (调休上班) as published each year
 * by the General Office of the State Council, editable by administrators. Every deadline of every plugin is
 * computed with {@link cn.gov.laoshan.district.api.calendar.WorkingDayCalendar}.
 */
@Export
@Version("1.1.0")
package cn.gov.laoshan.district.api.calendar;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
