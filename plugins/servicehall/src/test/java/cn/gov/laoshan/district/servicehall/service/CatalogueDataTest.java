package cn.gov.laoshan.district.servicehall.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.imports.ImportProblem;
import cn.gov.laoshan.district.api.imports.ImportReport;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.servicehall.ServicehallPlugin;
import cn.gov.laoshan.district.servicehall.domain.CatalogueFilter;
import cn.gov.laoshan.district.servicehall.domain.Channel;
import cn.gov.laoshan.district.servicehall.domain.ItemGroup;
import cn.gov.laoshan.district.servicehall.domain.Material;
import cn.gov.laoshan.district.servicehall.domain.ServiceItem;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/** The catalogue over the real migrations (with the shipped items) on Derby and, when configured, PostgreSQL. */
class CatalogueDataTest {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private final TestAccess access = TestAccess.staff("zhongxin-admin", ServiceHallRoles.DEPARTMENT,
            ServiceHallRoles.CATALOGUE_READ, ServiceHallRoles.CATALOGUE_MANAGE).within(ServiceHallRoles.DEPARTMENT);
    private final RecordingAuditLog audit = new RecordingAuditLog(access);
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC);

    private CatalogueService service(PluginSchema schema) {
        return new CatalogueService(new CatalogueRepository(schema.jdbi()), access, audit, clock);
    }

    private static CatalogueFilter channel(Channel channel) {
        return new CatalogueFilter(null, null, null, channel);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theShippedCatalogueHas65AnyHallAnd120SaturdayItemsOfAtLeastTenDepartments(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            CatalogueService catalogue = service(schema);
            assertEquals(160, catalogue.count(CatalogueFilter.ALL));
            assertEquals(65, catalogue.count(channel(Channel.ANY_HALL)));
            assertEquals(120, catalogue.count(channel(Channel.SATURDAY)));
            assertTrue(catalogue.departments().size() >= 10, catalogue.departments().toString());
            ServiceItem passport = catalogue.find("CRJ-001").orElseThrow();
            assertEquals("普通护照签发", passport.name());
            assertEquals(ItemGroup.EXIT, passport.group());
            assertEquals(Yuan.of(120), passport.fee());
            assertEquals(new Material("居民身份证", true), passport.materials().get(0));
            assertFalse(passport.materials().get(1).certificateFree());
            // every Saturday item can be booked at a window, no promise beyond the legal limit
            for (ServiceItem i : catalogue.list(CatalogueFilter.ALL, 0, 500)) {
                assertTrue(i.promisedDays() <= i.legalDays(), i.code());
                assertTrue(!i.saturday() || i.channels().contains(Channel.WINDOW), i.code());
            }
            assertEquals(List.of("BDC-002"), catalogue.list(new CatalogueFilter("存量房买卖", null, null, null), 0, 10)
                    .stream().map(ServiceItem::code).toList());
            assertEquals(catalogue.count(new CatalogueFilter(null, "区民政局", ItemGroup.MARRIAGE, Channel.SATURDAY)),
                    catalogue.list(new CatalogueFilter(null, "区民政局", ItemGroup.MARRIAGE, Channel.SATURDAY), 0, 50)
                            .size());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anExportImportsBackUnchangedAndAChangedRowReplacesItsItem(TestDatabase database) throws Exception {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            CatalogueService catalogue = service(schema);
            List<ServiceItem> before = catalogue.list(CatalogueFilter.ALL, 0, 500);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            catalogue.exportXlsx(CatalogueFilter.ALL, out);
            // the uploader names the file: quotes, a backslash and a tab stay in the audit record's JSON, escaped
            String named = "事项目录 \"2026\"\\版\t终.xlsx";
            ImportReport report = catalogue.importFile(new ByteArrayInputStream(out.toByteArray()), named);
            assertTrue(report.accepted(), report.problems().toString());
            assertEquals(160, report.rowsImported());
            assertEquals(before, catalogue.list(CatalogueFilter.ALL, 0, 500));
            assertEquals("catalogue.import", audit.last().action());
            com.fasterxml.jackson.databind.JsonNode details = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(audit.last().after());
            assertEquals(named, details.path("file").asText());
            assertEquals(160, details.path("items").asInt());

            String csv = String.join(",", CatalogueExcel.HEADERS) + "\n"
                    + "TEST-001,测试事项,区行政审批服务局,综合受理,20,5,窗口办理、周六预约,否,0,居民身份证（免证办）；申请表,是\n"
                    + "crj-001,普通护照签发,区公安分局出入境管理大队,出入境,7,5,网上办理、窗口办理,否,120,居民身份证(免证办),否\n";
            report = catalogue.importFile(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "items.csv");
            assertTrue(report.accepted(), report.problems().toString());
            assertEquals(161, catalogue.count(CatalogueFilter.ALL));
            ServiceItem test = catalogue.find("TEST-001").orElseThrow();
            assertEquals(Set.of(Channel.WINDOW, Channel.SATURDAY), test.channels());
            assertEquals(List.of(new Material("居民身份证", true), new Material("申请表", false)), test.materials());
            ServiceItem passport = catalogue.find("CRJ-001").orElseThrow();
            assertEquals(5, passport.promisedDays());
            assertFalse(passport.active());
            assertEquals(1, passport.materials().size());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFileWithAnyBadRowIsRefusedAtItsRowAndFieldAndNothingIsWritten(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            CatalogueService catalogue = service(schema);
            String csv = String.join(",", CatalogueExcel.HEADERS) + "\n"
                    + "NEW-001,新事项,区民政局,婚姻登记,10,5,窗口办理,否,0,,\n"
                    + "NEW-002,新事项二,区民政局,婚姻登记,10,15,窗口办理,否,0,,\n"
                    + "NEW-003,新事项三,区民政局,不存在的分组,10,5,上门办理,也许,-1,,\n"
                    + "NEW-001,重复,区民政局,婚姻登记,10,5,周六预约,否,0,,\n";
            ImportReport report = catalogue.importFile(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    "bad.csv");
            assertFalse(report.accepted());
            List<String> where = report.problems().stream().map(p -> p.row() + ":" + p.field()).toList();
            assertTrue(where.containsAll(List.of("3:承诺时限（工作日）", "4:事项分组", "4:办理渠道", "4:告知承诺制",
                    "4:收费（元）", "5:事项编码", "5:办理渠道")), where.toString());
            assertTrue(report.problems().stream().map(ImportProblem::messageEn)
                    .anyMatch(m -> m.contains("may not exceed the legal one (10 working days)")));
            assertEquals(160, catalogue.count(CatalogueFilter.ALL));
            assertTrue(catalogue.find("NEW-001").isEmpty());
            assertTrue(audit.entries().isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void onlyTheCentresAdministratorsImport(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            CatalogueService catalogue = service(schema);
            access.as("sunli", ServiceHallRoles.DEPARTMENT, ServiceHallRoles.CATALOGUE_READ)
                    .within(ServiceHallRoles.DEPARTMENT);
            assertFalse(catalogue.mayManage());
            assertEquals(160, catalogue.count(CatalogueFilter.ALL));
            assertThrows(AccessDeniedException.class, () -> catalogue.importFile(
                    new ByteArrayInputStream(new byte[0]), "x.csv"));
            // the permission held in another department is not the centre's
            access.as("other", "market", ServiceHallRoles.CATALOGUE_READ, ServiceHallRoles.CATALOGUE_MANAGE)
                    .within("market");
            assertThrows(AccessDeniedException.class, () -> catalogue.importFile(
                    new ByteArrayInputStream(new byte[0]), "x.csv"));
            access.signOut();
            assertThrows(AccessDeniedException.class, () -> catalogue.count(CatalogueFilter.ALL));
        }
    }
}
