package cn.gov.laoshan.district.policy.suggestion.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.policy.suggestion.domain.Channel;
import cn.gov.laoshan.district.policy.suggestion.domain.Rating;
import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;
import cn.gov.laoshan.district.policy.suggestion.domain.Topic;
import cn.gov.laoshan.district.policy.suggestion.domain.Visibility;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * Who sees and does what, in SQL (Derby, and PostgreSQL when configured): an enterprise user only their own
 * enterprise's suggestions — in lists, counts, pages, history, meetings and rating, whatever the visibility; a
 * department's responder their department's, their own and those open to all staff; the policy staff all; nobody
 * without the read permission.
 */
class SuggestionScopeTest {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @ParameterizedTest
    @MethodSource("databases")
    void theWhoSeesWhatMatrix(TestDatabase database) {
        try (Fixture f = new Fixture(database, TODAY)) {
            Suggestion hailanFinance = f.visit(Fixture.HAILAN, "希望提供贷款贴息支持中小企业研发。", TODAY);
            f.suggestions.analyse(hailanFinance.id(), Topic.FINANCING, "finance");
            Suggestion mingdeHousing = f.visit(Fixture.MINGDE, "施工许可办理时间较长，建议并联审批。", TODAY);
            f.suggestions.analyse(mingdeHousing.id(), Topic.CONSTRUCTION, "housing");
            Suggestion mingdeShared = f.suggestions.create(new Suggestion.Draft(Channel.INDUSTRY, "建筑业协会",
                    Fixture.MINGDE, "建议统一全区工程建设项目审批材料清单。", Visibility.ALL_STAFF, TODAY));
            Suggestion hailanOwn;
            // the enterprise submits its own online: channel and enterprise are its own whatever the form says
            f.asEnterprise("hailan-qy", Fixture.HAILAN);
            hailanOwn = f.suggestions.create(new Suggestion.Draft(Channel.FORUM, "伪造来源", Fixture.MINGDE,
                    "希望园区增设公交班次，方便员工通勤。", Visibility.ALL_STAFF, TODAY.minusDays(30)));
            assertEquals(Channel.ONLINE, hailanOwn.channel());
            assertEquals(Fixture.HAILAN, hailanOwn.enterpriseUscc());
            assertEquals(null, hailanOwn.source());
            assertEquals(TODAY, hailanOwn.receivedOn());

            // enterprise users: their own enterprise's only, whatever the visibility
            assertEquals(List.of(hailanOwn.id(), hailanFinance.id()), ids(f));
            assertEquals(2, f.suggestions.count(SuggestionFilter.ALL));
            assertEquals(0, f.suggestions.count(SuggestionFilter.enterprise(Fixture.MINGDE)));
            assertTrue(f.suggestions.find(mingdeShared.id()).isEmpty());
            assertEquals(List.of(), f.suggestions.history(mingdeHousing.id()));
            assertEquals(List.of(), f.suggestions.meetings(mingdeHousing.id()));
            assertEquals("policy.error.not-found",
                    assertThrows(RefusedException.class, () -> f.suggestions.rate(mingdeHousing.id(),
                            Rating.VERY_DISSATISFIED, "别家的")).messageKey());
            assertThrows(AccessDeniedException.class, () -> f.suggestions.analyse(hailanOwn.id(), Topic.OTHER,
                    "finance"));
            // and so are the files: their own suggestion's, never another enterprise's
            SuggestionAttachments files = new SuggestionAttachments(f.suggestions, f.access, f.timeline,
                    () -> Fixture.SETTINGS);
            assertTrue(files.mayRead(SuggestionAttachments.of(hailanOwn.id())));
            assertTrue(files.mayAdd(SuggestionAttachments.of(hailanOwn.id())));
            assertFalse(files.mayRead(SuggestionAttachments.of(mingdeHousing.id())));
            assertFalse(files.mayAdd(SuggestionAttachments.of(mingdeShared.id())));
            f.asEnterprise("mingde-qy", Fixture.MINGDE);
            assertEquals(List.of(mingdeShared.id(), mingdeHousing.id()).stream().sorted().toList(),
                    ids(f).stream().sorted().toList());
            // an enterprise user without the permission sees nothing
            f.access.asEnterprise("mingde-cw", Fixture.MINGDE);
            assertThrows(AccessDeniedException.class, () -> f.suggestions.count(SuggestionFilter.ALL));

            // a responder of the finance bureau: finance's, and what is open to all staff
            f.asResponder("chenjing", "finance");
            assertEquals(List.of(hailanOwn.id(), mingdeShared.id(), hailanFinance.id()).stream().sorted().toList(),
                    ids(f).stream().sorted().toList());
            assertTrue(f.suggestions.find(mingdeHousing.id()).isEmpty());
            assertThrows(RuntimeException.class, () -> f.suggestions.respond(mingdeShared.id(),
                    SuggestionService.Response.answer("不是本部门的")));
            // the housing bureau's responder answers theirs, not finance's
            f.asResponder("zhanghua", "housing");
            assertTrue(f.suggestions.find(hailanFinance.id()).isEmpty());
            f.suggestions.respond(mingdeHousing.id(), SuggestionService.Response.answer("已实行并联审批。"));

            // the policy staff: everything
            f.asPolicyStaff();
            f.access.within(cn.gov.laoshan.district.api.security.DepartmentScope.ALL);
            assertEquals(4, f.suggestions.count(SuggestionFilter.ALL));
            assertEquals(1, f.suggestions.count(new SuggestionFilter(null, null, null, "housing", false, null, null)));
            assertEquals(1, f.suggestions.count(new SuggestionFilter(Channel.ONLINE, null, null, null, false, null,
                    null)));

            // the enterprise's rating reaches its own answered suggestion
            f.asEnterprise("mingde-qy", Fixture.MINGDE);
            assertEquals(Rating.BASICALLY_SATISFIED, f.suggestions.rate(mingdeHousing.id(),
                    Rating.BASICALLY_SATISFIED, null).rating());

            f.access.signOut();
            assertThrows(AccessDeniedException.class, () -> f.suggestions.list(SuggestionFilter.ALL, 0, 10));
            assertThrows(AccessDeniedException.class, () -> f.visit(Fixture.HAILAN, "未登录", TODAY));
        }
    }

    private static List<Long> ids(Fixture f) {
        return f.suggestions.list(SuggestionFilter.ALL, 0, 100).stream().map(Suggestion::id).toList();
    }
}
