package cn.gov.laoshan.district.console.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Version;

/**
 * The catalogue's rules, apart from storage and the framework so that they are tested alone: which entry is newer
 * than what runs, and to which version a plugin may be rolled back.
 */
public final class CatalogueRules {

    private static final Pattern MIGRATION_VERSION = Pattern.compile("^V(\\d+(?:[._]\\d+)*)__");

    private CatalogueRules() {
    }

    /** A roll back's outcome: the entry to put back, or the reason (a message key with its arguments). */
    public record Rollback(CatalogueEntry target, String refusalKey, List<String> refusalArgs) {

        static Rollback to(CatalogueEntry target) {
            return new Rollback(target, null, List.of());
        }

        static Rollback refused(String key, String... args) {
            return new Rollback(null, key, List.of(args));
        }

        public boolean allowed() {
            return target != null;
        }
    }

    /**
     * Where a roll back of the plugin running {@code installed} goes: the version installed from the catalogue before
     * it (the newest record of {@code history} with a lower version), when that version is still approved and its
     * migrations are a prefix of those applied to the plugin's schema (so it finds every table it knows, and the
     * newer migrations it does not know are left in place: Flyway ignores them as future ones).
     *
     * @param history  the catalogue installs of this plugin's symbolic name, oldest first
     * @param approved the catalogue's entries by SHA-256 (withdrawn ones included)
     * @param applied  the migrations applied to the plugin's schema
     */
    public static Rollback rollbackTarget(Version installed, List<HistoryRecord> history,
            java.util.Map<String, CatalogueEntry> approved, Collection<String> applied) {
        HistoryRecord previous = null;
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryRecord record = history.get(i);
            if (Version.parseVersion(record.version()).compareTo(installed) < 0) {
                previous = record;
                break;
            }
        }
        if (previous == null) {
            return Rollback.refused("console.catalogue.rollback.none", installed.toString());
        }
        CatalogueEntry target = approved.get(previous.sha256());
        if (target == null || target.withdrawn()) {
            return Rollback.refused("console.catalogue.rollback.withdrawn", previous.version());
        }
        List<String> appliedInOrder = inMigrationOrder(applied);
        if (!isPrefix(inMigrationOrder(target.migrations()), appliedInOrder)) {
            return Rollback.refused("console.catalogue.rollback.migrations", target.version(),
                    String.join(", ", target.migrations()), String.join(", ", appliedInOrder));
        }
        return Rollback.to(target);
    }

    /** Whether {@code prefix} is the start of {@code whole}. */
    static boolean isPrefix(List<String> prefix, List<String> whole) {
        return prefix.size() <= whole.size() && whole.subList(0, prefix.size()).equals(prefix);
    }

    /** Migration file names in Flyway's order (by version number: V10 after V9), names without a version last. */
    static List<String> inMigrationOrder(Collection<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparing(CatalogueRules::migrationVersion, CatalogueRules::compareVersions)
                .thenComparing(Comparator.naturalOrder()));
        return sorted;
    }

    private static List<Long> migrationVersion(String name) {
        Matcher m = MIGRATION_VERSION.matcher(name);
        if (!m.find()) {
            return List.of(Long.MAX_VALUE);
        }
        List<Long> parts = new ArrayList<>();
        for (String part : m.group(1).split("[._]")) {
            parts.add(Long.parseLong(part));
        }
        return parts;
    }

    private static int compareVersions(List<Long> a, List<Long> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            long x = i < a.size() ? a.get(i) : 0;
            long y = i < b.size() ? b.get(i) : 0;
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        return 0;
    }

    /**
     * The newest approved (not withdrawn) version of a plugin that is newer than the one installed, if any.
     */
    public static Optional<CatalogueEntry> newerApproved(Version installed, Collection<CatalogueEntry> entries) {
        return entries.stream().filter(e -> !e.withdrawn() && e.osgiVersion().compareTo(installed) > 0)
                .max(Comparator.comparing(CatalogueEntry::osgiVersion));
    }

    /** One install from the catalogue. */
    public record HistoryRecord(String symbolicName, String sha256, String version, String action) {
    }
}
