package cn.gov.laoshan.district.policy.suggestion.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.policy.draft.domain.DraftSource;
import cn.gov.laoshan.district.policy.draft.domain.DraftSource.Kind;
import cn.gov.laoshan.district.policy.draft.service.DraftSources;
import cn.gov.laoshan.district.policy.suggestion.domain.ReserveEntry;
import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;

/**
 * The suggestion side as the drafts' sources: suggestions in the reader's scope (by number or words of their text)
 * and the reserve library's entries (by number or title). A drafter who may not read suggestions is offered none.
 */
public class SuggestionSources implements DraftSources {

    private static final int EXCERPT = 40;

    private final SuggestionService suggestions;
    private final SuggestionRepository repository;
    private final AccessControl access;

    public SuggestionSources(SuggestionService suggestions, SuggestionRepository repository, AccessControl access) {
        this.suggestions = suggestions;
        this.repository = repository;
        this.access = access;
    }

    @Override
    public List<DraftSource> search(Kind kind, String text, int limit) {
        if (!access.has(SuggestionWorkflow.READ)) {
            return List.of();
        }
        String words = text == null ? "" : text.strip();
        if (kind == Kind.SUGGESTION) {
            return repository.search(suggestions.readable(), words, limit).stream().map(SuggestionSources::of)
                    .toList();
        }
        return suggestions.reserve().entries().stream()
                .filter(e -> words.isEmpty() || String.valueOf(e.id()).equals(words) || e.title().contains(words))
                .limit(Math.max(1, limit)).map(SuggestionSources::of).toList();
    }

    @Override
    public List<DraftSource> describe(Kind kind, List<Long> ids) {
        if (ids.isEmpty() || !access.has(SuggestionWorkflow.READ)) {
            return List.of();
        }
        Map<Long, DraftSource> readable;
        if (kind == Kind.SUGGESTION) {
            readable = new HashMap<>();
            for (Long id : ids) {
                suggestions.find(id).ifPresent(s -> readable.put(id, of(s)));
            }
        } else {
            readable = suggestions.reserve().entries().stream().filter(e -> ids.contains(e.id()))
                    .collect(Collectors.toMap(ReserveEntry::id, SuggestionSources::of));
        }
        List<DraftSource> described = new ArrayList<>();
        ids.stream().distinct().map(readable::get).filter(Objects::nonNull).forEach(described::add);
        return described;
    }

    @Override
    public Set<Long> existing(Kind kind, Collection<Long> ids) {
        return repository.existing(kind == Kind.SUGGESTION ? "suggestion" : "reserve_entry", ids);
    }

    private static DraftSource of(Suggestion s) {
        String text = s.text().length() > EXCERPT ? s.text().substring(0, EXCERPT) + "…" : s.text();
        return new DraftSource(Kind.SUGGESTION, s.id(), s.enterpriseName() + "：" + text);
    }

    private static DraftSource of(ReserveEntry e) {
        return new DraftSource(Kind.RESERVE, e.id(), e.title());
    }
}
