package cn.gov.laoshan.district.policy.suggestion.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.validation.DateBounds;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.policy.suggestion.domain.ReserveEntry;
import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;
import cn.gov.laoshan.district.policy.suggestion.domain.Topic;

/**
 * 政策储备库: the confirmed groups and single suggestions worth a policy, each with how many suggestions it stands
 * for. An entry is made when a responder adopts a suggestion into it (for its confirmed group, once), or when the
 * policy staff add one. The drafts of policies (制单子) link to entries by id: {@link #entries()}.
 */
public class ReserveLibrary {

    private final SuggestionRepository repository;
    private final SuggestionService suggestions;
    private final AccessControl access;
    private final Clock clock;

    ReserveLibrary(SuggestionRepository repository, SuggestionService suggestions, AccessControl access,
            Clock clock) {
        this.repository = repository;
        this.suggestions = suggestions;
        this.access = access;
        this.clock = clock;
    }

    private Jdbi jdbi() {
        return repository.jdbi();
    }

    /**
     * Every entry, the most suggestions first (id, title, topic, source count): what a policy draft may be linked
     * to. Readers of suggestions only ({@code policy.suggestion.read}, staff): the entries name no enterprise.
     */
    public List<ReserveEntry> entries() {
        access.check(SuggestionWorkflow.READ);
        return jdbi().withHandle(h -> h.createQuery("select r.*, case when r.group_id is null then 1 else "
                + "(select count(*) from suggestion s where s.group_id = r.group_id) end as source_count "
                + "from reserve_entry r order by source_count desc, r.id desc")
                .map((rs, ctx) -> new ReserveEntry(rs.getLong("id"), rs.getString("title"),
                        Topic.valueOf(rs.getString("topic")), rs.getInt("source_count"),
                        (Long) rs.getObject("group_id", Long.class), rs.getObject("suggestion_id", Long.class),
                        rs.getString("note"), rs.getString("added_by"), rs.getTimestamp("added_at").toInstant()))
                .list());
    }

    public Optional<ReserveEntry> entry(long id) {
        return entries().stream().filter(e -> e.id() == id).findFirst();
    }

    /** A responder adopted {@code s}: its confirmed group's entry (made once), else its own. Returns the entry id. */
    long adopt(Suggestion s, String title) {
        if (s.groupId() != null && GroupRepository.confirmed(jdbi(), s.groupId())) {
            Optional<Long> existing = jdbi().withHandle(h -> h.createQuery("select id from reserve_entry where "
                    + "group_id = :g").bind("g", s.groupId()).mapTo(Long.class).findFirst());
            if (existing.isPresent()) {
                return existing.get();
            }
            String groupTitle = jdbi().withHandle(h -> h.createQuery("select title from suggestion_group where "
                    + "id = :g").bind("g", s.groupId()).mapTo(String.class).one());
            return insert(title == null || title.isBlank() ? groupTitle : title, s.topic(), s.groupId(), null, null);
        }
        return insert(title == null || title.isBlank() ? s.title() : title, s.topic(), null, s.id(), null);
    }

    /** The policy staff add a suggestion (and with it its confirmed group) to the library. */
    public ReserveEntry add(long suggestionId, String title, String note) {
        access.check(SuggestionWorkflow.ANALYSE);
        Suggestion s = suggestions.find(suggestionId)
                .orElseThrow(() -> new RefusedException(null, "policy.error.not-found"));
        if (title != null && title.strip().length() > 200) {
            throw new RefusedException("title", "policy.error.too-long", 200);
        }
        if (note != null && note.strip().length() > 2000) {
            throw new RefusedException("note", "policy.error.too-long", 2000);
        }
        boolean inGroup = s.groupId() != null && GroupRepository.confirmed(jdbi(), s.groupId());
        boolean already = jdbi().withHandle(h -> h.createQuery("select count(*) from reserve_entry where "
                + (inGroup ? "group_id = :id" : "suggestion_id = :id"))
                .bind("id", inGroup ? s.groupId() : s.id()).mapTo(Integer.class).one()) > 0;
        if (already) {
            throw new RefusedException(null, "policy.error.reserve-present");
        }
        long id = adopt(s, title);
        if (note != null && !note.isBlank()) {
            jdbi().useHandle(h -> h.createUpdate("update reserve_entry set note = :note where id = :id")
                    .bind("note", note.strip()).bind("id", id).execute());
        }
        suggestions.recorded(s.id(), "reserve", s.state(), s.state(), String.valueOf(id));
        return entry(id).orElseThrow();
    }

    private long insert(String title, Topic topic, Long groupId, Long suggestionId, String note) {
        if (title == null || title.isBlank()) {
            throw new RefusedException("title", DateBounds.REQUIRED_KEY);
        }
        String login = access.currentUser().map(CurrentUser::login).orElse("system");
        return jdbi().withHandle(h -> h.createUpdate("insert into reserve_entry (title, topic, group_id, "
                + "suggestion_id, note, added_by, added_at) values (:title, :topic, :g, :s, :note, :by, :at)")
                .bind("title", title.strip().length() > 200 ? title.strip().substring(0, 200) : title.strip())
                .bind("topic", topic.name()).bind("g", groupId).bind("s", suggestionId).bind("note", note)
                .bind("by", login).bind("at", clock.instant()).executeAndReturnGeneratedKeys()
                .mapTo(Long.class).one());
    }
}
