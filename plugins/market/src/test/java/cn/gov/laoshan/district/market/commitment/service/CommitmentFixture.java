package cn.gov.laoshan.district.market.commitment.service;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.CreditMark;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFacts;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.market.MarketPlugin;
import cn.gov.laoshan.district.market.lenient.service.CaseService;
import cn.gov.laoshan.district.market.service.Market;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.RecordingTimeline;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;
import cn.gov.laoshan.district.uikit.SettableClock;

/**
 * The commitment and case services as {@code MarketPlugin} makes them, over the plugin's real migrations on a test
 * database; the registry and its facts are maps (the facts record the credit marks written, as the registry would).
 */
public final class CommitmentFixture implements AutoCloseable {

    public static final String HAILAN = "91370212MA3C4XK2QQ";
    public static final String MINGDE = "91370212MA3D0WPHWP";

    public final TestAccess access = TestAccess.staff("liuyang", Market.DEPARTMENT, Market.READ,
            CommitmentService.CHECK, CaseService.MANAGE).within(Market.DEPARTMENT);
    public final SettableClock clock = new SettableClock();
    public final PluginSchema schema;
    public final RecordingTimeline timeline;
    public final RecordingAuditLog audit;
    public final Map<String, Enterprise> enterprises = new HashMap<>();
    /** The registry's credit marks, by USCC: what the services read and write through the facts service. */
    public final Map<String, List<CreditMark>> marks = new HashMap<>();
    public final CommitmentService commitments;
    public final CaseService cases;

    public CommitmentFixture(TestDatabase test, LocalDate today) {
        today(today);
        schema = PluginSchema.migrate(test, Market.PLUGIN, MarketPlugin.class);
        timeline = new RecordingTimeline(access, clock);
        audit = new RecordingAuditLog(access);
        EnterpriseRegistry registry = (EnterpriseRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EnterpriseRegistry.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find")) {
                        return Optional.ofNullable(enterprises.get(args[0].toString()));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        EnterpriseFactsService facts = (EnterpriseFactsService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EnterpriseFactsService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("facts")) {
                        Uscc uscc = (Uscc) args[0];
                        return new EnterpriseFacts(uscc, List.of(), List.of(), null,
                                marks.getOrDefault(uscc.toString(), List.of()));
                    }
                    if (method.getName().equals("addCreditMark")) {
                        List<CreditMark> of = marks.computeIfAbsent(args[0].toString(), u -> new ArrayList<>());
                        long id = of.size() + 1;
                        of.add(new CreditMark(id, (String) args[1], (String) args[2], "system", clock.instant(),
                                (LocalDate) args[3]));
                        return id;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        commitments = new CommitmentService(schema.jdbi(), access, registry, () -> Optional.of(facts), timeline,
                new RecordEvents("market/commitment", () -> null, access, clock), () -> Optional.of(audit), clock);
        cases = new CaseService(schema.jdbi(), access, registry, timeline,
                new RecordEvents("market/case", () -> null, access, clock), clock);
        commitments.seedCatalogue();
        enterprise(HAILAN, "青岛海澜智联科技有限公司", CreditGrade.A);
        enterprise(MINGDE, "青岛明德长青海洋生物科技有限公司", CreditGrade.B);
    }

    public void enterprise(String uscc, String name, CreditGrade grade) {
        enterprises.put(uscc, new Enterprise(Uscc.parse(uscc), name, "有限责任公司", "林海澜", new BigDecimal("1000000.00"),
                LocalDate.of(2016, 9, 12), "山东省青岛市崂山区株洲路151号", "I6510", EnterpriseStatus.EXISTING, grade,
                EnterpriseSize.SMALL));
    }

    public void today(LocalDate day) {
        clock.set(day.atTime(10, 0).atZone(Market.ZONE).toInstant());
    }

    public void asStaff() {
        access.as("liuyang", Market.DEPARTMENT, Market.READ, CommitmentService.CHECK, CaseService.MANAGE)
                .within(Market.DEPARTMENT);
    }

    public void asEnterprise(String uscc) {
        access.asEnterprise(HAILAN.equals(uscc) ? "hailan-qy" : "mingde-qy", uscc, Market.READ,
                CommitmentService.APPLY);
    }

    @Override
    public void close() {
        schema.close();
    }
}
