package cn.gov.laoshan.district.policy.suggestion.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.validation.DateBounds;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.policy.suggestion.domain.LookAlikeGrouping;
import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;
import cn.gov.laoshan.district.policy.suggestion.domain.SuggestionGroup;
import cn.gov.laoshan.district.policy.suggestion.domain.SuggestionState;

/**
 * 研究一个典型问题，解决一批相似问题: {@link LookAlikeGrouping} proposes groups of look-alike suggestions, the policy
 * staff confirm them (with a title) or split them (take members out; a group left with fewer than two is dissolved),
 * and one answer to a confirmed group answers each member still owed one. Every change is audited; an answer lands
 * on each member's timeline.
 */
public class GroupService {

    /** How many of the newest ungrouped suggestions one proposal run compares (a few seconds at most). */
    static final int PROPOSAL_WINDOW = 1500;

    private final GroupRepository groups;
    private final SuggestionRepository repository;
    private final SuggestionService suggestions;
    private final AccessControl access;
    private final Supplier<AuditLog> audit;
    private final Clock clock;

    public GroupService(GroupRepository groups, SuggestionRepository repository, SuggestionService suggestions,
            AccessControl access, Supplier<AuditLog> audit, Clock clock) {
        this.groups = groups;
        this.repository = repository;
        this.suggestions = suggestions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The groups, confirmed first; for the policy staff. */
    public List<SuggestionGroup> list() {
        access.check(SuggestionWorkflow.ANALYSE);
        return groups.all(null);
    }

    public SuggestionGroup find(long id) {
        access.check(SuggestionWorkflow.ANALYSE);
        return groups.find(id).orElseThrow(() -> new RefusedException(null, "policy.error.group-not-found"));
    }

    /** The members, as the reader may see them. */
    public List<Suggestion> members(long id) {
        return suggestions.list(new SuggestionFilter(null, null, null, null, false, null, id), 0, 1000);
    }

    /**
     * Proposes groups anew among the suggestions in no confirmed group (earlier proposals nobody confirmed are
     * dropped first); how many groups it proposes.
     */
    public int propose() {
        access.check(SuggestionWorkflow.ANALYSE);
        groups.dropProposals();
        List<Suggestion> free = repository.ungrouped(PROPOSAL_WINDOW);
        List<LookAlikeGrouping.Item> items = new ArrayList<>();
        Map<Long, Suggestion> byId = new java.util.HashMap<>();
        for (Suggestion s : free) {
            items.add(new LookAlikeGrouping.Item(s.id(), s.text()));
            byId.put(s.id(), s);
        }
        items.sort(java.util.Comparator.comparingLong(LookAlikeGrouping.Item::id));
        List<LookAlikeGrouping.Group> proposed = new LookAlikeGrouping().group(items);
        for (LookAlikeGrouping.Group g : proposed) {
            groups.insert(byId.get(g.typical()).title(), g.typical(), g.cohesion(), g.members(), false, login(),
                    clock.instant());
        }
        audit.get().record(SuggestionWorkflow.PLUGIN, "group.propose", "SuggestionGroup", null, null,
                "{\"proposed\":" + proposed.size() + ",\"compared\":" + items.size() + "}");
        return proposed.size();
    }

    /** Confirms a group under a title: from now on one answer answers its members. */
    public SuggestionGroup confirm(long id, String title) {
        SuggestionGroup g = find(id);
        if (title == null || title.isBlank()) {
            throw new RefusedException("title", DateBounds.REQUIRED_KEY);
        }
        if (title.strip().length() > 200) {
            throw new RefusedException("title", "policy.error.too-long", 200);
        }
        groups.confirm(id, title.strip());
        audit.get().record(SuggestionWorkflow.PLUGIN, "group.confirm", "SuggestionGroup", String.valueOf(id),
                g.title(), title.strip());
        for (Long member : g.members()) {
            repository.find(RecordScope.ALL, member).ifPresent(s -> suggestions.recorded(member, "group",
                    s.state(), s.state(), String.valueOf(id)));
        }
        return find(id);
    }

    /** Takes {@code members} out of the group; with fewer than two left the group is dissolved. */
    public void split(long id, List<Long> members) {
        SuggestionGroup g = find(id);
        List<Long> out = members.stream().filter(g.members()::contains).toList();
        if (out.isEmpty()) {
            throw new RefusedException("members", "policy.error.split-none");
        }
        if (g.members().size() - out.size() < 2) {
            groups.delete(id);
        } else {
            groups.release(out);
        }
        audit.get().record(SuggestionWorkflow.PLUGIN, "group.split", "SuggestionGroup", String.valueOf(id),
                g.members().toString(), out.toString());
    }

    /**
     * Answers every member of a confirmed group that is owed an answer and already analysed (a member still
     * waiting for its analysis is left for it); returns how many were answered.
     */
    public int answer(long id, SuggestionService.Response response) {
        SuggestionGroup g = find(id);
        if (!g.confirmed()) {
            throw new RefusedException(null, "policy.error.group-unconfirmed");
        }
        int answered = 0;
        for (Suggestion s : members(id)) {
            if (s.state() == SuggestionState.ANALYSED || s.state() == SuggestionState.REOPENED) {
                suggestions.respond(s.id(), response);
                answered++;
            }
        }
        if (answered == 0) {
            throw new RefusedException(null, "policy.error.group-nothing");
        }
        return answered;
    }

    private String login() {
        return access.currentUser().map(CurrentUser::login).orElse("system");
    }
}
