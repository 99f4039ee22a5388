package cn.gov.laoshan.district.servicehall.experience.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;
import cn.gov.laoshan.district.servicehall.ServicehallPlugin;
import cn.gov.laoshan.district.servicehall.experience.domain.FindingState;
import cn.gov.laoshan.district.servicehall.salon.domain.SalonFigures;
import cn.gov.laoshan.district.servicehall.salon.service.SalonService;
import cn.gov.laoshan.district.servicehall.service.ServiceHallRoles;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/** The demo's officers and salons: findings at every step of the chain, and the seed's proportions for the salons. */
class ExperienceDemoTest {

    @Test
    void theDemoShowsEveryStepAndTheSeedsFigures() throws Exception {
        try (PluginSchema schema = PluginSchema.migrate(TestDatabase.derby(), ServiceHallRoles.PLUGIN,
                ServicehallPlugin.class)) {
            TestAccess access = TestAccess.nobody();
            RecordingAuditLog audit = new RecordingAuditLog(access);
            String made = access.asSystem(() -> ExperienceDemo.seed(schema.jdbi(), access, audit,
                    OfficialSchedules.calendar(), LocalDate.now(ZoneId.of("Asia/Shanghai")), () -> false));
            // a second start carries on: nothing made twice
            access.asSystem(() -> ExperienceDemo.seed(schema.jdbi(), access, audit, OfficialSchedules.calendar(),
                    LocalDate.now(ZoneId.of("Asia/Shanghai")), () -> false));
            ExperienceService service = new ExperienceService(new ExperienceRepository(schema.jdbi()), access, audit,
                    null, Optional::empty, java.time.Clock.systemUTC());
            access.as("sunli", ServiceHallRoles.DEPARTMENT, ExperienceRoles.MANAGE).within(ServiceHallRoles.DEPARTMENT);
            assertEquals(8, service.tasks().size(), made);
            Set<FindingState> states = service.findings().stream().map(f -> f.state()).collect(Collectors.toSet());
            assertEquals(EnumSet.allOf(FindingState.class), states, "every step of the chain is shown");
            assertEquals(3, service.officers().size());
            assertEquals(2, service.openDays().size());

            access.as("sunli", ServiceHallRoles.DEPARTMENT, "servicehall.salon.manage").within(ServiceHallRoles.DEPARTMENT);
            SalonFigures year = new SalonService(schema.jdbi(), access, audit, java.time.Clock.systemUTC())
                    .figures(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
            assertTrue(year.people() > 0 && year.events() > 0, year.toString());
            if (LocalDate.now(ZoneId.of("Asia/Shanghai")).getMonthValue() == 12) {
                // by December the seed's figures: 30+ events, 40+ projects, 500+ people served
                assertTrue(year.events() >= 30 && year.projects() >= 40 && year.people() >= 500, year.toString());
            }
        }
    }
}
