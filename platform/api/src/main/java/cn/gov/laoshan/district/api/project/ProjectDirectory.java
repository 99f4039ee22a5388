package cn.gov.laoshan.district.api.project;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Look up the projects a plugin keeps (the housing plugin's key projects), to refer to one from another plugin's
 * record and link to its page.
 *
 * <p><b>Access.</b> Every call is in the current user's scope as the owning plugin defines it (its read permission
 * and department scope, in its SQL): a project the user may not see is not found, and a user who may see none gets
 * an empty answer, never an exception. Without a signed-in user (and outside work run {@code asSystem}) nothing is
 * found.
 */
@ProviderType
public interface ProjectDirectory {

    /** The most entries one {@link #search} returns. */
    int MAX_LIMIT = 50;

    /**
     * Projects whose code or name contains {@code text} (any case), by code; at most {@code limit}. A {@code null} or
     * blank {@code text} gives the first {@code limit} by code.
     *
     * @param limit 1 to {@value #MAX_LIMIT}
     * @throws IllegalArgumentException if {@code limit} is outside 1..{@value #MAX_LIMIT}
     */
    List<ProjectSummary> search(String text, int limit);

    /** The project with exactly this code, when the current user may see it. */
    Optional<ProjectSummary> findByCode(String code);
}
