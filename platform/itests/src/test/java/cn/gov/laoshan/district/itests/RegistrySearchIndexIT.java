package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSort;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.registry.RegistryModule;
import cn.gov.laoshan.district.registry.demo.DemoEnterprises;
import cn.gov.laoshan.district.registry.service.EventPublisher;
import cn.gov.laoshan.district.registry.service.JdbiEnterpriseRegistry;
import cn.gov.laoshan.district.testkit.TestDatabase;

/**
 * The registry's in-memory search index gives the pages and counts the SQL gives, on Derby and PostgreSQL, and
 * sees another node's writes after a refresh.
 */
class RegistrySearchIndexIT {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private static JdbiEnterpriseRegistry registry(Database database) {
        RegistryModule.migrate(database);
        return new JdbiEnterpriseRegistry(database.jdbi(Database.PLATFORM_SCHEMA), EnterpriseRegistryIT.ALL, Optional::empty,
                new EventPublisher(null), Clock.systemDefaultZone());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void indexAndSqlAgreeAndAnotherNodesWritesShowAfterARefresh(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            JdbiEnterpriseRegistry sql = registry(database);
            List<Enterprise> demo = DemoEnterprises.generate(20261127L, 2500);
            sql.save(demo.subList(0, 2000));
            JdbiEnterpriseRegistry indexed = registry(database);
            assertEquals(2000, indexed.loadIndex().size());
            boolean derby = test.toString().equals("Derby");

            String[] fragments = {demo.get(3).name().substring(2, 4), "海澜", "有限公司", "王哥庄", "科技", "%"};
            String[] industries = {"I65", "I6510", "F", null};
            Random random = new Random(7);
            int compared = 0;
            for (int i = 0; i < 120; i++) {
                EnterpriseQuery q = new EnterpriseQuery(random.nextInt(4) == 0 ? "92370212" : null,
                        random.nextInt(3) == 0 ? fragments[random.nextInt(fragments.length)] : null,
                        industries[random.nextInt(industries.length)],
                        random.nextInt(3) == 0 ? EnterpriseStatus.EXISTING : null,
                        EnterpriseSort.values()[random.nextInt(EnterpriseSort.values().length)], random.nextBoolean(),
                        random.nextInt(3) * 50, 50);
                assertEquals(sql.count(q), indexed.count(q), q.toString());
                List<String> bySql = codes(sql.list(q));
                List<String> byIndex = codes(indexed.list(q));
                if (derby || q.sort() == EnterpriseSort.ESTABLISHED_ON || q.sort() == EnterpriseSort.REGISTERED_CAPITAL) {
                    // PostgreSQL orders text by its collation, the index (like Derby) by code point
                    assertEquals(bySql, byIndex, q.toString());
                } else {
                    assertEquals(bySql.size(), byIndex.size(), q.toString());
                }
                compared += byIndex.isEmpty() ? 0 : 1;
            }
            assertTrue(compared > 40, "queries with rows: " + compared);

            // another node (the plain registry) writes 500 new and changes one; the indexed one sees them after refresh
            sql.save(demo.subList(2000, 2500));
            Enterprise renamed = new Enterprise(demo.get(0).uscc(), "青岛测试改名海洋科技有限公司", demo.get(0).type(),
                    demo.get(0).legalRepresentative(), demo.get(0).registeredCapital(), demo.get(0).establishedOn(),
                    demo.get(0).address(), demo.get(0).industryCode(), EnterpriseStatus.DEREGISTERED, demo.get(0).creditGrade(),
                    demo.get(0).size());
            sql.update(renamed);
            indexed.refreshIndex();
            EnterpriseQuery all = EnterpriseQuery.all();
            assertEquals(2500, indexed.count(all));
            List<Enterprise> found = indexed.list(all.withNameFragment("测试改名海洋"));
            assertEquals(1, found.size());
            assertEquals(EnterpriseStatus.DEREGISTERED, found.get(0).status());
            assertEquals(sql.count(all.withStatus(EnterpriseStatus.DEREGISTERED)), indexed.count(all.withStatus(EnterpriseStatus.DEREGISTERED)));

            // its own writes show at once, without a refresh
            Enterprise again = new Enterprise(renamed.uscc(), "青岛再改名有限公司", renamed.type(), renamed.legalRepresentative(),
                    renamed.registeredCapital(), renamed.establishedOn(), renamed.address(), "I6510", EnterpriseStatus.EXISTING,
                    renamed.creditGrade(), renamed.size());
            indexed.update(again);
            assertEquals(0, indexed.count(all.withNameFragment("测试改名海洋")));
            assertNotNull(indexed.list(all.withNameFragment("再改名")).stream().filter(e -> e.uscc().equals(again.uscc()))
                    .findFirst().orElse(null));
            assertEquals(2500, new HashSet<>(codes(indexed.list(all.page(0, 1000)))).size()
                    + new HashSet<>(codes(indexed.list(all.page(1000, 1000)))).size()
                    + new HashSet<>(codes(indexed.list(all.page(2000, 1000)))).size());
        }
    }

    private static List<String> codes(List<Enterprise> list) {
        List<String> codes = new ArrayList<>();
        for (Enterprise e : list) {
            codes.add(e.uscc().value());
        }
        return codes;
    }
}
