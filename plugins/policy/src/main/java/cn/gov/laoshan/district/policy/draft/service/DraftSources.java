package cn.gov.laoshan.district.policy.draft.service;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import cn.gov.laoshan.district.policy.draft.domain.DraftSource;

/**
 * Where a draft's sources come from, as the drafts see it: the suggestion side answers (it implements this), so
 * that the drafts name suggestions and reserve entries without depending on that side. Reads are the signed-in
 * user's: what they may not read is not offered or described.
 */
public interface DraftSources {

    /**
     * Sources of {@code kind} the user may read whose number is {@code text} or whose words contain it, newest or
     * largest first, at most {@code limit}; every readable one when {@code text} is blank.
     */
    List<DraftSource> search(DraftSource.Kind kind, String text, int limit);

    /** The sources of {@code kind} with these numbers that the user may read, described, in the order given. */
    List<DraftSource> describe(DraftSource.Kind kind, List<Long> ids);

    /** Which of these numbers name a source of {@code kind} at all, whoever may read it. */
    Set<Long> existing(DraftSource.Kind kind, Collection<Long> ids);
}
