package cn.gov.laoshan.district.registry.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.registry.demo.DemoEnterprises;

/** The hand-over between an import's reading side and Derby's inserting statement, without Derby. */
class EnterpriseRowsFeedTest {

    private static final Timestamp AT = Timestamp.valueOf("2026-11-27 09:00:00");

    @Test
    void rowsArriveInOrderWithTheirColumnsAndEndAtFinish() throws Exception {
        List<Enterprise> demo = DemoEnterprises.generate(5L, 10);
        try (EnterpriseRows.Feed feed = new EnterpriseRows.Feed(AT)) {
            feed.put(demo.subList(0, 4));
            feed.put(List.of());
            feed.put(demo.subList(4, 10));
            feed.finish();
            ResultSet rows = EnterpriseRows.rows(feed.key);
            List<String> codes = new ArrayList<>();
            while (rows.next()) {
                codes.add(rows.getString(1));
                Enterprise e = demo.get(codes.size() - 1);
                assertEquals(e.name(), rows.getString(2));
                assertEquals(e.registeredCapital(), rows.getBigDecimal(5));
                assertEquals(e.registeredCapital() == null, rows.wasNull());
                assertEquals(e.status().name(), rows.getString(9));
                assertEquals(AT, rows.getTimestamp(12));
            }
            assertEquals(demo.stream().map(e -> e.uscc().value()).toList(), codes);
            assertEquals(demo, feed.taken());
            assertThrows(SQLException.class, () -> rows.getDate(1), "column 1 is no date");
        }
    }

    @Test
    void anAbortOrAFeedClosedBeforeItsEndFailsTheStatement() throws Exception {
        List<Enterprise> demo = DemoEnterprises.generate(6L, 3);
        try (EnterpriseRows.Feed feed = new EnterpriseRows.Feed(AT)) {
            feed.put(demo);
            ResultSet rows = EnterpriseRows.rows(feed.key);
            assertTrue(rows.next());
            feed.abort("row 9 has a bad code");
            SQLException aborted = assertThrows(SQLException.class, () -> {
                while (rows.next()) {
                    // the chunk put before the abort is dropped with it
                }
            });
            assertTrue(aborted.getMessage().contains("row 9 has a bad code"), aborted.getMessage());
        }
        EnterpriseRows.Feed unfinished = new EnterpriseRows.Feed(AT);
        ResultSet rows = EnterpriseRows.rows(unfinished.key);
        unfinished.close();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(SQLException.class, rows::next));
        assertThrows(SQLException.class, () -> EnterpriseRows.rows(unfinished.key), "a closed feed is gone");
    }

    @Test
    void aStatementThatStoppedTakingNeverBlocksTheReader() {
        List<Enterprise> demo = DemoEnterprises.generate(7L, 1);
        try (EnterpriseRows.Feed feed = new EnterpriseRows.Feed(AT)) {
            feed.stopTaking();
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                for (int i = 0; i < 20; i++) {
                    feed.put(demo); // the queue holds 4: without the stop this would wait forever
                }
                feed.finish();
            });
        }
    }
}
