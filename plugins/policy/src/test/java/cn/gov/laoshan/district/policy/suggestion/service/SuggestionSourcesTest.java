package cn.gov.laoshan.district.policy.suggestion.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.policy.draft.domain.DraftSource;
import cn.gov.laoshan.district.policy.draft.domain.DraftSource.Kind;
import cn.gov.laoshan.district.policy.suggestion.domain.ReserveEntry;
import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;
import cn.gov.laoshan.district.policy.suggestion.domain.Topic;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * The suggestion side as a draft's sources: found by number or words in the reader's scope only (a responder of
 * housing is not offered finance's suggestions, nor told what they say), a {@code %} typed is a character, and
 * existence is checked whoever may read.
 */
class SuggestionSourcesTest {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @ParameterizedTest
    @MethodSource("databases")
    void sourcesAreFoundInTheReadersScopeByNumberOrWords(TestDatabase database) {
        try (Fixture f = new Fixture(database, TODAY)) {
            Suggestion loan = f.visit(Fixture.HAILAN, "希望提供贷款贴息支持中小企业研发，贴息比例50%。", TODAY);
            f.suggestions.analyse(loan.id(), Topic.FINANCING, "finance");
            Suggestion permit = f.visit(Fixture.MINGDE, "施工许可办理时间较长，建议并联审批。", TODAY);
            f.suggestions.analyse(permit.id(), Topic.CONSTRUCTION, "housing");
            ReserveEntry entry = f.suggestions.reserve().add(permit.id(), "工程建设项目并联审批", null);
            SuggestionSources sources = new SuggestionSources(f.suggestions, f.repository, f.access);

            // the policy staff: every suggestion, newest first; by words, by number
            assertEquals(List.of(permit.id(), loan.id()), ids(sources.search(Kind.SUGGESTION, "", 10)));
            assertEquals(List.of(loan.id()), ids(sources.search(Kind.SUGGESTION, "贷款贴息", 10)));
            assertEquals(List.of(permit.id()), ids(sources.search(Kind.SUGGESTION, String.valueOf(permit.id()), 10)));
            assertEquals(List.of(loan.id()), ids(sources.search(Kind.SUGGESTION, "50%", 10)));
            assertEquals(List.of(), ids(sources.search(Kind.SUGGESTION, "%", 10)).stream()
                    .filter(id -> id == permit.id()).toList(), "'%' is a character, not a wildcard");
            assertEquals(1, sources.search(Kind.SUGGESTION, "", 1).size());
            DraftSource described = sources.describe(Kind.SUGGESTION, List.of(loan.id())).get(0);
            assertTrue(described.summary().startsWith("青岛海澜智联"), described.summary());
            assertEquals(List.of(entry.id()), ids(sources.search(Kind.RESERVE, "并联", 10)));
            assertEquals(List.of(entry.id()), ids(sources.search(Kind.RESERVE, String.valueOf(entry.id()), 10)));
            assertEquals(List.of(), ids(sources.search(Kind.RESERVE, "贴息", 10)));

            // a responder of housing: housing's only, and finance's is neither offered nor described
            f.asResponder("housing-user", "housing");
            assertEquals(List.of(permit.id()), ids(sources.search(Kind.SUGGESTION, "", 10)));
            assertEquals(List.of(), ids(sources.search(Kind.SUGGESTION, String.valueOf(loan.id()), 10)));
            assertEquals(List.of(permit.id()), ids(sources.describe(Kind.SUGGESTION, List.of(loan.id(), permit.id()))));
            // whether a number names a suggestion at all does not depend on who asks
            assertEquals(Set.of(loan.id(), permit.id()),
                    sources.existing(Kind.SUGGESTION, List.of(loan.id(), permit.id(), 999_999L)));
            assertEquals(Set.of(entry.id()), sources.existing(Kind.RESERVE, List.of(entry.id(), entry.id() + 1)));

            // without the read permission: nothing offered
            f.access.as("nobody", "housing");
            assertEquals(List.of(), sources.search(Kind.SUGGESTION, "", 10));
            assertEquals(List.of(), sources.describe(Kind.RESERVE, List.of(entry.id())));
        }
    }

    private static List<Long> ids(List<DraftSource> sources) {
        return sources.stream().map(DraftSource::id).toList();
    }
}
