package cn.gov.laoshan.district.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class JdbcBatchTest {

    @Test
    void everyRowIsWrittenAcrossBatchesAndAFailureSaysWhatWasWritten() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:derby:memory:jdbcbatch;create=true")) {
            try (Statement s = c.createStatement()) {
                s.execute("create table figure (id int primary key, amount int)");
            }
            // 2,500 rows: two full batches and a half one
            List<Integer> rows = IntStream.range(0, 2_500).boxed().toList();
            JdbcBatch.write(c, "insert into figure (id, amount) values (?, ?)", rows, (statement, id) -> {
                statement.setInt(1, id);
                statement.setInt(2, id * 2);
            }, "figures");
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*), sum(amount) from figure")) {
                assertTrue(rs.next());
                assertEquals(2_500, rs.getInt(1));
                assertEquals(2_500 * 2_499, rs.getInt(2));
            }
            JdbcBatch.write(c, "insert into figure (id, amount) values (?, ?)", List.<Integer>of(), (statement, id) -> {
                throw new AssertionError("no row, no statement");
            }, "figures");
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> JdbcBatch.write(c,
                    "insert into figure (id, amount) values (?, ?)", List.of(1), (statement, id) -> {
                        statement.setInt(1, id);
                        statement.setInt(2, 0);
                    }, "figures"));
            assertTrue(failure.getMessage().startsWith("writing figures failed: "), failure.getMessage());
        }
    }
}
