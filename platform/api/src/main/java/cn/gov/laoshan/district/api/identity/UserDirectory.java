package cn.gov.laoshan.district.api.identity;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Look up the platform's staff to pick a person (an OSGi service of the platform, provided by the identity module).
 * The directory lists <em>active staff</em>: members of a department whose account is not disabled (a user locked
 * out for a while after failed sign-ins is still listed). External users, who represent an enterprise, are never
 * listed.
 *
 * <p><b>Access.</b> Every call needs a signed-in user ({@code AccessControl.currentUser()} present, or work run
 * {@code asSystem}); without one it throws
 * {@link cn.gov.laoshan.district.api.security.AccessDeniedException} (deny by default). No particular permission is
 * needed: any member of staff may see who their colleagues are, and the entries carry no personal data. External
 * users (an enterprise's representative) are refused too: the staff list is not theirs to read.
 */
@ProviderType
public interface UserDirectory {

    /** The most entries one {@link #search} returns. */
    int MAX_LIMIT = 50;

    /**
     * Active staff whose login or display name contains {@code text}, case-insensitive, ordered by display name
     * (then login); at most {@code limit}. A {@code null} or blank {@code text} gives the first {@code limit} by name.
     *
     * @param limit 1 to {@value #MAX_LIMIT}
     * @throws IllegalArgumentException if {@code limit} is outside 1..{@value #MAX_LIMIT}
     * @throws cn.gov.laoshan.district.api.security.AccessDeniedException without a signed-in member of staff
     */
    List<DirectoryEntry> search(String text, int limit);

    /**
     * The active member of staff with this login; empty if there is none, or they are disabled or external.
     *
     * @throws cn.gov.laoshan.district.api.security.AccessDeniedException without a signed-in member of staff
     */
    Optional<DirectoryEntry> find(String login);
}
