package cn.gov.laoshan.district.console.catalogue;

import java.time.Instant;
import java.util.List;

import org.osgi.framework.Version;

/**
 * One plugin version a platform administrator approved for a department: its jar is kept by its SHA-256.
 *
 * @param sha256         the jar's SHA-256 (lower-case hex), the entry's key
 * @param symbolicName   the bundle's symbolic name
 * @param version        the bundle's version
 * @param departmentCode the department whose administrators may install it
 * @param releaseNotes   what the administrator wrote about it
 * @param migrations     its SQL migrations' file names, in order
 * @param requirements   its mandatory requirements as the dry run named them when it was approved
 * @param approvedBy     login of who approved it
 * @param approvedAt     when
 * @param withdrawnBy    login of who withdrew the approval, or {@code null}
 * @param withdrawnAt    when, or {@code null}
 * @param source         where the jar came from: {@code upload}, or the repository's file or URL ({@code null} for
 *                       entries approved before repositories existed)
 * @param signedBy       the trusted signer's name when approved, or {@code null} when it was not signed by one
 */
public record CatalogueEntry(String sha256, String symbolicName, String version, String departmentCode,
        String releaseNotes, List<String> migrations, List<String> requirements, String approvedBy,
        Instant approvedAt, String withdrawnBy, Instant withdrawnAt, String source, String signedBy) {

    public CatalogueEntry(String sha256, String symbolicName, String version, String departmentCode,
            String releaseNotes, List<String> migrations, List<String> requirements, String approvedBy,
            Instant approvedAt, String withdrawnBy, Instant withdrawnAt) {
        this(sha256, symbolicName, version, departmentCode, releaseNotes, migrations, requirements, approvedBy,
                approvedAt, withdrawnBy, withdrawnAt, null, null);
    }

    public CatalogueEntry {
        migrations = List.copyOf(migrations);
        requirements = List.copyOf(requirements);
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public Version osgiVersion() {
        return Version.parseVersion(version);
    }
}
