package cn.gov.laoshan.district.policy.suggestion.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.policy.suggestion.domain.ReserveEntry;
import cn.gov.laoshan.district.policy.suggestion.domain.ResponseKind;
import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;
import cn.gov.laoshan.district.policy.suggestion.domain.SuggestionGroup;
import cn.gov.laoshan.district.policy.suggestion.domain.SuggestionState;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * Look-alikes proposed as a group, confirmed, split; one answer to the group answers each member; adopting a grouped
 * suggestion puts its group into the reserve library once, with the group's source count.
 */
class GroupServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void lookAlikesAreGroupedConfirmedSplitAndAnsweredOnce() {
        try (Fixture f = new Fixture(TestDatabase.derbyInMemory(), TODAY)) {
            Suggestion a = f.visit(Fixture.HAILAN, "园区停车位严重不足，员工上班停车难，建议增建停车场。", TODAY);
            Suggestion b = f.visit(Fixture.MINGDE, "园区停车难，停车位不足，希望增建停车场或立体车库。", TODAY);
            Suggestion c = f.visit(Fixture.HAILAN, "停车位不足，员工停车难，建议园区增建停车场。", TODAY);
            Suggestion d = f.visit(Fixture.MINGDE, "增值税留抵退税办理周期较长，希望加快审核速度。", TODAY);
            assertEquals(1, f.groups.propose());
            SuggestionGroup g = f.groups.list().get(0);
            assertEquals(Set.of(a.id(), b.id(), c.id()), Set.copyOf(g.members()));
            assertTrue(!g.confirmed());
            // a proposal cannot be answered yet
            assertEquals("policy.error.group-unconfirmed", assertThrows(RefusedException.class,
                    () -> f.groups.answer(g.id(), SuggestionService.Response.answer("答复"))).messageKey());
            f.groups.confirm(g.id(), "园区停车难");
            assertEquals("园区停车难", f.groups.find(g.id()).title());
            // proposing again keeps the confirmed group
            assertEquals(0, f.groups.propose());
            assertEquals(1, f.groups.list().size());

            // split: c goes out, the group keeps a and b
            f.groups.split(g.id(), List.of(c.id()));
            assertEquals(Set.of(a.id(), b.id()), Set.copyOf(f.groups.find(g.id()).members()));

            for (Suggestion s : List.of(a, b, c, d)) {
                f.suggestions.analyse(s.id(), s.topic(), Fixture.POLICY);
            }
            assertEquals(2, f.groups.answer(g.id(), new SuggestionService.Response(ResponseKind.RESERVE,
                    "纳入政策储备库，研究园区停车设施建设支持政策。", null, null)));
            assertEquals(SuggestionState.RESPONDED, f.suggestions.find(a.id()).orElseThrow().state());
            assertEquals(SuggestionState.RESPONDED, f.suggestions.find(b.id()).orElseThrow().state());
            assertEquals(SuggestionState.ANALYSED, f.suggestions.find(c.id()).orElseThrow().state());
            // the group went into the reserve library once, standing for its two suggestions
            List<ReserveEntry> entries = f.suggestions.reserve().entries();
            assertEquals(1, entries.size());
            assertEquals(g.id(), entries.get(0).groupId());
            assertEquals(2, entries.get(0).sourceCount());
            assertEquals("园区停车难", entries.get(0).title());
            // a single suggestion added by the policy staff
            ReserveEntry single = f.suggestions.reserve().add(d.id(), "留抵退税提速", null);
            assertEquals(1, single.sourceCount());
            assertEquals(d.id(), single.suggestionId());
            assertEquals("policy.error.reserve-present", assertThrows(RefusedException.class,
                    () -> f.suggestions.reserve().add(d.id(), null, null)).messageKey());
            assertEquals(List.of("group.propose", "group.confirm", "group.propose", "group.split"),
                    f.audit.actions());

            // taking another member out leaves one: the group is dissolved
            f.groups.split(g.id(), List.of(b.id()));
            assertTrue(f.groups.list().isEmpty());
            // only the policy staff group
            f.asResponder("chenjing", "finance");
            assertThrows(AccessDeniedException.class, f.groups::propose);
        }
    }
}
