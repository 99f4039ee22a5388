package cn.gov.laoshan.district.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Embedded Derby gets a page cache sized from the heap (nothing set it before: Derby's default of 1,000 pages, 4 MiB,
 * which a 150,000-row payout import through six B-trees thrashed), unless the operator set one.
 */
class DerbyPageCacheTest {

    private String before;
    private String statementsBefore;

    @BeforeEach
    void remember() {
        before = System.clearProperty(Database.DERBY_PAGE_CACHE);
        statementsBefore = System.clearProperty(Database.DERBY_STATEMENT_CACHE);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(Database.DERBY_PAGE_CACHE);
        } else {
            System.setProperty(Database.DERBY_PAGE_CACHE, before);
        }
        if (statementsBefore == null) {
            System.clearProperty(Database.DERBY_STATEMENT_CACHE);
        } else {
            System.setProperty(Database.DERBY_STATEMENT_CACHE, statementsBefore);
        }
    }

    @Test
    void aStatementPerTwoMebibytesOfHeapWithinBounds() {
        long mib = 1024L * 1024;
        assertEquals(512, Database.derbyStatementCacheSize(1024 * mib), "bin/district's 1 GiB heap");
        assertEquals(100, Database.derbyStatementCacheSize(64 * mib), "never below Derby's default");
        assertEquals(2_000, Database.derbyStatementCacheSize(8192 * mib), "at most 2,000 statements");
    }

    @Test
    void anEighthOfTheHeapAtEightKibibytesAPageWithinBounds() {
        long mib = 1024L * 1024;
        assertEquals(16_384, Database.derbyPageCachePages(1024 * mib), "bin/district's 1 GiB heap");
        assertEquals(1_000, Database.derbyPageCachePages(32 * mib), "never below Derby's default");
        assertEquals(32_768, Database.derbyPageCachePages(8192 * mib), "at most 32,768 pages");
    }

    @Test
    void openingAnEmbeddedDatabaseSetsItFromTheHeap(@TempDir Path dir) throws Exception {
        try (Database database = Database.open(DatabaseSettings.embeddedDerby(dir.resolve("db")))) {
            assertEquals(String.valueOf(Database.derbyPageCachePages(Runtime.getRuntime().maxMemory())),
                    System.getProperty(Database.DERBY_PAGE_CACHE));
            assertEquals(String.valueOf(Database.derbyStatementCacheSize(Runtime.getRuntime().maxMemory())),
                    System.getProperty(Database.DERBY_STATEMENT_CACHE));
        }
    }

    @Test
    void theOperatorsValueIsKept(@TempDir Path dir) throws Exception {
        System.setProperty(Database.DERBY_PAGE_CACHE, "2500");
        System.setProperty(Database.DERBY_STATEMENT_CACHE, "300");
        try (Database database = Database.open(DatabaseSettings.embeddedDerby(dir.resolve("db")))) {
            assertEquals("2500", System.getProperty(Database.DERBY_PAGE_CACHE));
            assertEquals("300", System.getProperty(Database.DERBY_STATEMENT_CACHE));
        }
    }
}
