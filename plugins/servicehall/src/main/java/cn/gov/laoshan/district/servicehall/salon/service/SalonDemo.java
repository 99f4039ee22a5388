package cn.gov.laoshan.district.servicehall.salon.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.BooleanSupplier;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.servicehall.salon.domain.EventKind;
import cn.gov.laoshan.district.servicehall.salon.domain.SalonEvent;
import cn.gov.laoshan.district.uikit.SettableClock;

/**
 * A year of 会客厅 events for the demo, in the seed's proportions (30+ events, 40+ projects, 500+ people served by
 * December): an event about every ten days since 1 January, held, with the demo enterprises registered; three more
 * planned in the weeks ahead. Made through the service on a moved clock; carries on from the events already there.
 */
public final class SalonDemo {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String HAILAN = "91370212MA3C4XK2QQ";
    static final String MINGDE = "91370212MA3D0WPHWP";

    private static final String[][] EVENTS = {
        {"PROJECT_TALK", "歌尔科技产业项目二期审批洽谈", "歌尔科技产业项目二期"},
        {"POLICY_BRIEFING", "工程建设项目“拿地即拿证”政策宣讲", null},
        {"JOINT_CONSULTATION", "崂山湾国际生态健康城项目联合会商", "ZJ-2026-003"},
        {"ROADSHOW", "海洋生物医药企业路演", "明德海洋生物中试基地"},
        {"PROJECT_TALK", "青岛国际创新园三期审批洽谈", "国际创新园三期"},
        {"POLICY_BRIEFING", "“多测合一”改革政策宣讲", null},
        {"JOINT_CONSULTATION", "沙子口安置房项目联合会商", "ZJ-2026-005"},
        {"ROADSHOW", "智能终端产业链企业路演", "海澜智能终端研发中心"},
    };

    private SalonDemo() {
    }

    /** Seeds the year of events up to {@code today}; returns what it made. */
    public static String seed(Jdbi jdbi, AccessControl access, AuditLog audit, LocalDate today, BooleanSupplier stopping) {
        SettableClock clock = new SettableClock();
        SalonService salon = new SalonService(jdbi, access, audit, clock);
        int made = jdbi.withHandle(h -> h.createQuery("select count(*) from salon_event").mapTo(Integer.class).one());
        int n = 0;
        int projectNo = 1;
        for (LocalDate day = LocalDate.of(today.getYear(), 1, 8); day.isBefore(today.plusDays(30)); day = day.plusDays(10)) {
            if (stopping.getAsBoolean()) {
                return n + " events (stopped)";
            }
            LocalDate onWeekday = day.getDayOfWeek().getValue() > 5 ? day.plusDays(8 - day.getDayOfWeek().getValue()) : day;
            String[] e = EVENTS[n % EVENTS.length];
            n++;
            if (n <= made) {
                projectNo += 2;
                continue;
            }
            EventKind kind = EventKind.valueOf(e[0]);
            String room = kind == EventKind.PROJECT_TALK || kind == EventKind.JOINT_CONSULTATION ? "XM" : "YS";
            clock.set(onWeekday.minusDays(7).atTime(9, 0).atZone(ZONE).toInstant());
            String housing = kind == EventKind.JOINT_CONSULTATION ? e[2] + "-" + n : null;
            SalonEvent event = salon.plan(room, onWeekday, LocalTime.of(14, 30), LocalTime.of(16, 30), kind,
                    e[1] + (n > EVENTS.length ? "（第" + ((n - 1) / EVENTS.length + 1) + "场）" : ""), null, housing,
                    room.equals("XM") ? 20 : 40);
            String project = kind == EventKind.PROJECT_TALK || kind == EventKind.ROADSHOW
                    ? e[2] + "（" + projectNo++ + "）" : null;
            salon.registerFor(event.id(), n % 2 == 0 ? HAILAN : MINGDE, "demo", 2, project);
            if (n % 2 == 0) {
                salon.registerFor(event.id(), n % 2 == 0 ? MINGDE : HAILAN, "demo", 1, "配套项目（" + projectNo++ + "）");
            }
            if (!onWeekday.isAfter(today.minusDays(1))) {
                // at the door: the registered enterprises ticked (now and then one came with fewer people than it
                // registered), the walk-ins counted, then closed as held — people served from the attendance
                clock.set(onWeekday.atTime(14, 40).atZone(ZONE).toInstant());
                salon.checkIn(event.id(), n % 2 == 0 ? HAILAN : MINGDE, n % 3 == 0 ? 1 : 2);
                if (n % 2 == 0) {
                    salon.checkIn(event.id(), MINGDE, 1);
                }
                salon.walkIns(event.id(), 9 + (n * 7) % 15);
                clock.set(onWeekday.atTime(16, 40).atZone(ZONE).toInstant());
                salon.held(event.id());
            }
        }
        return n + " 会客厅 events";
    }
}
