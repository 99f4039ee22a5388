package cn.gov.laoshan.district.console.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

import cn.gov.laoshan.district.console.catalogue.CatalogueRules.HistoryRecord;

/** The catalogue's rules: to which version a roll back goes and when it is refused, which version is newer. */
class CatalogueRulesTest {

    private static final String BSN = "cn.example.plugin";

    private static CatalogueEntry entry(String sha, String version, List<String> migrations, boolean withdrawn) {
        return new CatalogueEntry(sha, BSN, version, "development", "notes", migrations, List.of(), "admin",
                Instant.EPOCH, withdrawn ? "admin" : null, withdrawn ? Instant.EPOCH : null);
    }

    private static HistoryRecord installed(String sha, String version) {
        return new HistoryRecord(BSN, sha, version, "install");
    }

    @Test
    void aRollBackGoesToTheVersionInstalledBeforeWhenItsMigrationsAreAPrefixOfThoseApplied() {
        CatalogueEntry v1 = entry("a", "1.0.0", List.of("V1__notes.sql"), false);
        CatalogueEntry v2 = entry("b", "2.0.0", List.of("V1__notes.sql", "V2__tags.sql"), false);
        CatalogueRules.Rollback rollback = CatalogueRules.rollbackTarget(Version.parseVersion("2.0.0"),
                List.of(installed("a", "1.0.0"), installed("b", "2.0.0")), Map.of("a", v1, "b", v2),
                Set.of("V2__tags.sql", "V1__notes.sql"));
        assertTrue(rollback.allowed());
        assertEquals("1.0.0", rollback.target().version());
    }

    @Test
    void aRollBackIsRefusedWhenTheOlderVersionsMigrationsAreNotAPrefix() {
        // 1.0.0 brought V2__old.sql, which the schema no longer has in that place: its code would not find its tables
        CatalogueEntry v1 = entry("a", "1.0.0", List.of("V1__notes.sql", "V2__old.sql"), false);
        CatalogueEntry v2 = entry("b", "2.0.0", List.of("V1__notes.sql", "V2__new.sql"), false);
        CatalogueRules.Rollback rollback = CatalogueRules.rollbackTarget(Version.parseVersion("2.0.0"),
                List.of(installed("a", "1.0.0"), installed("b", "2.0.0")), Map.of("a", v1, "b", v2),
                Set.of("V1__notes.sql", "V2__new.sql"));
        assertFalse(rollback.allowed());
        assertEquals("console.catalogue.rollback.migrations", rollback.refusalKey());
        assertEquals(List.of("1.0.0", "V1__notes.sql, V2__old.sql", "V1__notes.sql, V2__new.sql"),
                rollback.refusalArgs());
    }

    @Test
    void aRollBackIsRefusedWhenTheOlderVersionIsWithdrawnOrWhenThereIsNone() {
        CatalogueEntry v1 = entry("a", "1.0.0", List.of(), true);
        CatalogueEntry v2 = entry("b", "2.0.0", List.of(), false);
        CatalogueRules.Rollback withdrawn = CatalogueRules.rollbackTarget(Version.parseVersion("2.0.0"),
                List.of(installed("a", "1.0.0"), installed("b", "2.0.0")), Map.of("a", v1, "b", v2), Set.of());
        assertEquals("console.catalogue.rollback.withdrawn", withdrawn.refusalKey());

        CatalogueRules.Rollback none = CatalogueRules.rollbackTarget(Version.parseVersion("2.0.0"),
                List.of(installed("b", "2.0.0")), Map.of("b", v2), Set.of());
        assertEquals("console.catalogue.rollback.none", none.refusalKey());
        assertEquals(List.of("2.0.0"), none.refusalArgs());
    }

    @Test
    void afterARollBackTheNextOneFindsNothingOlder() {
        CatalogueEntry v1 = entry("a", "1.0.0", List.of(), false);
        CatalogueEntry v2 = entry("b", "2.0.0", List.of(), false);
        List<HistoryRecord> history = List.of(installed("a", "1.0.0"), installed("b", "2.0.0"),
                new HistoryRecord(BSN, "a", "1.0.0", "rollback"));
        assertEquals("console.catalogue.rollback.none", CatalogueRules.rollbackTarget(Version.parseVersion("1.0.0"),
                history, Map.of("a", v1, "b", v2), Set.of()).refusalKey());
    }

    @Test
    void theRollBackTargetIsTheNewestOlderInstallNotTheOldest() {
        CatalogueEntry v1 = entry("a", "1.0.0", List.of(), false);
        CatalogueEntry v15 = entry("c", "1.5.0", List.of(), false);
        CatalogueEntry v2 = entry("b", "2.0.0", List.of(), false);
        CatalogueRules.Rollback rollback = CatalogueRules.rollbackTarget(Version.parseVersion("2.0.0"),
                List.of(installed("a", "1.0.0"), installed("c", "1.5.0"), installed("b", "2.0.0")),
                Map.of("a", v1, "b", v2, "c", v15), Set.of());
        assertEquals("1.5.0", rollback.target().version());
    }

    @Test
    void migrationsAreInFlywaysOrderV10AfterV9() {
        assertEquals(List.of("V1__a.sql", "V2__b.sql", "V9__c.sql", "V10__d.sql"),
                CatalogueRules.inMigrationOrder(List.of("V10__d.sql", "V2__b.sql", "V9__c.sql", "V1__a.sql")));
        assertTrue(CatalogueRules.isPrefix(List.of("V1__a.sql", "V9__c.sql"),
                CatalogueRules.inMigrationOrder(List.of("V10__d.sql", "V9__c.sql", "V1__a.sql"))));
        assertFalse(CatalogueRules.isPrefix(List.of("V1__a.sql", "V10__d.sql"),
                CatalogueRules.inMigrationOrder(List.of("V10__d.sql", "V9__c.sql", "V1__a.sql"))));
    }

    @Test
    void theNewerApprovedVersionIgnoresWithdrawnAndOlderOnes() {
        List<CatalogueEntry> entries = List.of(entry("a", "1.0.0", List.of(), false),
                entry("b", "2.0.0", List.of(), false), entry("c", "3.0.0", List.of(), true));
        assertEquals(Optional.of("2.0.0"), CatalogueRules.newerApproved(Version.parseVersion("1.0.0"), entries)
                .map(CatalogueEntry::version));
        assertEquals(Optional.empty(), CatalogueRules.newerApproved(Version.parseVersion("2.0.0"), entries));
    }
}
