package cn.gov.laoshan.district.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

class DerbyDuplicateIndexNoticeTest {

    private static final String NOTICE = "DB: 'PARTY_CASE_IDX' index not created because it is a duplicate of an "
            + "existing index: 'SQL0000000119-f25d7120'. (SQL State: 01504 - Error Code: 10000)";

    @Test
    void onlyDerbysDuplicateIndexNoticeFromFlywayIsDropped() {
        LoggerContext context = new LoggerContext();
        context.addTurboFilter(new DerbyDuplicateIndexNotice());
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.setContext(context);
        seen.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(seen);
        Logger flyway = context.getLogger("org.flywaydb.core.internal.sqlscript.DefaultSqlScriptExecutor");

        flyway.warn(NOTICE);
        flyway.warn("DB: relation \"party\" already exists, skipping (SQL State: 42P07 - Error Code: 0)");
        flyway.error(NOTICE);
        context.getLogger("cn.gov.laoshan.district.core.db.Database").warn(NOTICE);

        List<String> kept = seen.list.stream().map(e -> e.getLevel() + " " + e.getLoggerName()).toList();
        assertEquals(List.of("WARN org.flywaydb.core.internal.sqlscript.DefaultSqlScriptExecutor",
                "ERROR org.flywaydb.core.internal.sqlscript.DefaultSqlScriptExecutor",
                "WARN cn.gov.laoshan.district.core.db.Database"), kept);
    }
}
