package cn.gov.laoshan.district.servicehall.founding.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.TransitionRefusedException;
import cn.gov.laoshan.district.servicehall.ServicehallPlugin;
import cn.gov.laoshan.district.servicehall.founding.domain.EntityType;
import cn.gov.laoshan.district.servicehall.founding.domain.FoundingOrder;
import cn.gov.laoshan.district.servicehall.founding.domain.FoundingState;
import cn.gov.laoshan.district.servicehall.founding.domain.ServiceContract;
import cn.gov.laoshan.district.servicehall.service.ServiceHallRoles;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.RecordingTimeline;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;
import cn.gov.laoshan.district.uikit.SettableClock;

/**
 * The free agency over the plugin's real migrations on Derby and PostgreSQL: a founder's one-tap order goes to the
 * contracted agency and is charged to its contract; the agency registers the enterprise (linked to the registry when
 * the USCC is there) and orders the seals from the engraver, who confirms production and hand-over; each agency and
 * engraver sees only its own orders (SQL scope) and cannot act on another's; a contract is never overspent, exact to
 * the fen; the served / saved figure.
 */
class FoundingDataTest {

    static final String ZHENGXIN = "91370212MA3G2DB107";
    static final String OTHER_AGENCY = "91370212MA3H0AB10L";
    static final String ENGRAVER = "91370212MA3G3KE20C";
    static final String HAILAN = "91370212MA3C4XK2QQ";

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private final SettableClock clock = new SettableClock();
    private final TestAccess access = TestAccess.staff("sunli", ServiceHallRoles.DEPARTMENT, FoundingWorkflow.READ,
            FoundingWorkflow.MANAGE).within(ServiceHallRoles.DEPARTMENT);
    private final RecordingAuditLog audit = new RecordingAuditLog(access);
    private final RecordingTimeline timeline = new RecordingTimeline(access, clock);
    private final List<String> texts = new CopyOnWriteArrayList<>();

    private FoundingService service(PluginSchema schema) {
        clock.set(Instant.parse("2026-12-07T02:00:00Z"));
        return new FoundingService(new FoundingRepository(schema.jdbi()), access, audit, timeline,
                new RecordEvents("servicehall/founding", () -> null, access, clock), (mobile, text) -> texts.add(
                        mobile + " " + text), uscc -> uscc.equals(HAILAN) ? Optional.of("青岛海澜智联科技有限公司")
                                : Optional.empty(), clock);
    }

    private void contracts(FoundingService founding) {
        founding.addContract("LSSP-2026-017", ServiceContract.Kind.AGENCY, ZHENGXIN, "青岛正信企业服务有限公司",
                Yuan.parse("300000"), Yuan.parse("450.00"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        founding.addContract("LSSP-2026-018", ServiceContract.Kind.ENGRAVING, ENGRAVER, "青岛崂山印章刻制有限公司",
                Yuan.parse("120000"), Yuan.parse("198.50"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    }

    static FoundingOrder.Intake intake(String name) {
        return new FoundingOrder.Intake("陈思远", "13953270011", name, EntityType.LLC, "崂山区海尔路178号");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFoundersOrderIsRegisteredAndItsSealsHandedOverEachPartChargedToItsContract(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            FoundingService founding = service(schema);
            contracts(founding);
            access.signOut();
            FoundingOrder ordered = founding.order(intake("青岛思远海洋科技有限公司"));
            assertEquals(FoundingState.ORDERED, ordered.state());
            assertEquals(ZHENGXIN, ordered.agencyUscc());
            assertEquals(Yuan.parse("450.00"), ordered.agencyCost());
            assertTrue(ordered.number().matches("DB261207-\\d{5}"), ordered.number());

            access.asEnterprise("zhengxin-db", ZHENGXIN, FoundingWorkflow.AGENCY);
            founding.take(ordered.id());
            FoundingOrder registered = founding.register(ordered.id(), HAILAN, null, LocalDate.of(2026, 12, 7));
            assertTrue(registered.registryLinked());
            assertEquals("青岛海澜智联科技有限公司", registered.registeredName());
            FoundingOrder sealed = founding.orderSeals(ordered.id());
            assertEquals(ENGRAVER, sealed.engraverUscc());
            assertEquals(Yuan.parse("648.50"), sealed.cost());

            access.asEnterprise("yinzhang-kz", ENGRAVER, FoundingWorkflow.ENGRAVE);
            founding.sealsMade(ordered.id());
            FoundingOrder done = founding.handOver(ordered.id(), "陈思远（法定代表人）");
            assertEquals(FoundingState.HANDED_OVER, done.state());
            assertEquals(List.of("order", "take", "register", "order-seals", "seals-made", "hand-over"),
                    timeline.actions());
            assertTrue(texts.size() >= 4 && texts.stream().allMatch(t -> t.startsWith("13953270011 【崂山区政务服务中心】")));

            access.as("sunli", ServiceHallRoles.DEPARTMENT, FoundingWorkflow.READ).within(ServiceHallRoles.DEPARTMENT);
            Map<ServiceContract.Kind, Yuan> used = new java.util.EnumMap<>(ServiceContract.Kind.class);
            founding.contracts().forEach(c -> used.put(c.kind(), c.used()));
            assertEquals(Yuan.parse("450.00"), used.get(ServiceContract.Kind.AGENCY));
            assertEquals(Yuan.parse("198.50"), used.get(ServiceContract.Kind.ENGRAVING));
            FoundingService.Served served = founding.served();
            assertEquals(1, served.enterprises());
            assertEquals(Yuan.parse("648.50"), served.saved());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theAgencyAndTheEngraverSeeOnlyTheirOwnOrders(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            FoundingService founding = service(schema);
            contracts(founding);
            founding.addContract("LSSP-2026-019", ServiceContract.Kind.AGENCY, OTHER_AGENCY, "青岛海信企业服务有限公司",
                    Yuan.parse("300000"), Yuan.parse("450.00"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            // the orders are shared between the two agencies (the one with fewer open orders gets the next)
            FoundingOrder first = founding.order(intake("青岛一号科技有限公司"));
            FoundingOrder second = founding.order(intake("青岛二号科技有限公司"));
            assertFalse(first.agencyUscc().equals(second.agencyUscc()));
            FoundingOrder mine = first.agencyUscc().equals(ZHENGXIN) ? first : second;
            FoundingOrder theirs = mine == first ? second : first;
            assertEquals(2, founding.orders(null).size());

            access.asEnterprise("zhengxin-db", ZHENGXIN, FoundingWorkflow.AGENCY);
            assertEquals(List.of(mine.id()), founding.orders(null).stream().map(FoundingOrder::id).toList());
            assertTrue(founding.find(theirs.id()).isEmpty());
            RefusedException notFound = assertThrows(RefusedException.class, () -> founding.take(theirs.id()));
            assertEquals("servicehall.founding.error.not-found", notFound.messageKey());
            founding.take(mine.id());
            founding.register(mine.id(), OTHER_AGENCY, "青岛一号科技有限公司", LocalDate.of(2026, 12, 7));
            founding.orderSeals(mine.id());

            // the engraver sees the order whose seals it makes, not the other; the agency cannot confirm seals
            assertThrows(AccessDeniedException.class, () -> founding.sealsMade(mine.id()));
            access.asEnterprise("yinzhang-kz", ENGRAVER, FoundingWorkflow.ENGRAVE);
            assertEquals(List.of(mine.id()), founding.orders(null).stream().map(FoundingOrder::id).toList());
            assertThrows(RefusedException.class, () -> founding.sealsMade(theirs.id()));
            // an enterprise user of any other organisation with the same role sees nothing
            access.asEnterprise("hailan-qy", HAILAN, FoundingWorkflow.ENGRAVE, FoundingWorkflow.AGENCY);
            assertEquals(List.of(), founding.orders(null));
            // and a plain enterprise user without either is refused
            access.asEnterprise("mingde-qy", "91370212MA3D0WPHWP");
            assertThrows(AccessDeniedException.class, () -> founding.orders(null));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aContractIsNeverOverspentAndACancelledOrderGivesItsUnitBack(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            FoundingService founding = service(schema);
            // room for exactly two orders: 900.01 / 450.00
            founding.addContract("LSSP-2026-020", ServiceContract.Kind.AGENCY, ZHENGXIN, "青岛正信企业服务有限公司",
                    Yuan.parse("900.01"), Yuan.parse("450.00"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            FoundingOrder a = founding.order(intake("甲"));
            founding.order(intake("乙"));
            RefusedException full = assertThrows(RefusedException.class, () -> founding.order(intake("丙")));
            assertEquals("servicehall.founding.error.no-contract", full.messageKey());
            assertEquals(2, founding.orders(null).size());
            assertEquals(Yuan.parse("900.00"), founding.contracts().get(0).used());
            assertEquals(Yuan.parse("0.01"), founding.contracts().get(0).remaining());

            assertThrows(TransitionRefusedException.class, () -> founding.cancel(a.id(), ""));
            assertEquals(FoundingState.CANCELLED, founding.cancel(a.id(), "创办人放弃设立").state());
            assertEquals(Yuan.parse("450.00"), founding.contracts().get(0).used());
            founding.order(intake("丙"));

            // bad input changes nothing
            assertEquals("founderMobile", assertThrows(RefusedException.class, () -> founding.order(
                    new FoundingOrder.Intake("陈思远", "123", "丁", EntityType.LLC, "崂山区"))).field());
            assertEquals("unitPrice", assertThrows(RefusedException.class, () -> founding.addContract("X",
                    ServiceContract.Kind.AGENCY, ZHENGXIN, "x", Yuan.parse("100"), Yuan.parse("100.01"),
                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).field());
            assertEquals(3, founding.orders(null).size());
        }
    }
}
