package cn.gov.laoshan.district.policy.suggestion.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Look-alikes written for this test: the same problem in other words must group; the same topic, another problem, must not. */
class LookAlikeGroupingTest {

    /** Ids 1x: VAT credit refunds too slow. */
    static final List<LookAlikeGrouping.Item> REFUNDS = List.of(
            item(11, "增值税留抵退税到账太慢，去年十一月申请的今年二月才退回来，希望压缩审核时间。"),
            item(12, "我们申请的留抵退税三个月了还没到账，企业现金流很紧张，请税务部门加快留抵退税审核。"),
            item(13, "留抵退税审核时间太长，建议税务局缩短退税到账时间。"));
    /** Ids 2x: talent apartments, long queue. */
    static final List<LookAlikeGrouping.Item> APARTMENTS = List.of(
            item(21, "人才公寓申请排队时间太长，新入职的研究生要等半年才能入住。"),
            item(22, "新来的员工申请人才公寓要排队好几个月，希望增加人才公寓房源，缩短排队时间。"),
            item(23, "人才公寓排队太久了，员工入职半年还住不进去。"));
    /** Ids 3x: construction drawing review too slow. */
    static final List<LookAlikeGrouping.Item> DRAWINGS = List.of(
            item(31, "施工图审查排队严重，项目施工许可办了两个月，主要卡在施工图审查。"),
            item(32, "施工图审查太慢，审图机构排队一个多月，影响施工许可办理，建议增加审图力量。"));
    /** Ids 4x: arrears by state-owned enterprises. */
    static final List<LookAlikeGrouping.Item> ARREARS = List.of(
            item(41, "区属国企拖欠我们的工程款两百多万，催了一年多还没付，请帮助协调清欠。"),
            item(42, "国有企业拖欠民营企业工程款的问题很严重，我们被拖欠工程款一年多，希望政府协调清欠。"));
    /** Ids 9x: the same topics as above, other problems: each stands alone. */
    static final List<LookAlikeGrouping.Item> LONERS = List.of(
            item(91, "残疾人就业保障金的征收标准又提高了，希望对小微企业暂免征收。"),
            item(92, "高层次人才子女入学的政策只覆盖到小学，初中阶段能否也统筹安排？"),
            item(93, "夜间施工审批只批到晚上十点，混凝土浇筑需要连续作业，希望延长审批时段。"),
            item(94, "我们的商标在电商平台上被大量仿冒，希望加大知识产权执法力度。"),
            item(95, "园区通往地铁站的公交车班次太少，建议增开高峰时段的接驳线路。"),
            item(96, "研发费用加计扣除的归集口径太复杂，建议税务部门开展一对一的辅导。"));

    static LookAlikeGrouping.Item item(long id, String text) {
        return new LookAlikeGrouping.Item(id, text);
    }

    static List<LookAlikeGrouping.Item> all() {
        List<LookAlikeGrouping.Item> all = new ArrayList<>();
        all.addAll(REFUNDS);
        all.addAll(APARTMENTS);
        all.addAll(DRAWINGS);
        all.addAll(ARREARS);
        all.addAll(LONERS);
        return all;
    }

    @Test
    void lookAlikesGroupAndOtherProblemsStayAlone() {
        List<LookAlikeGrouping.Group> groups = new LookAlikeGrouping().group(all());
        assertEquals(4, groups.size(), "groups: " + groups);
        assertEquals(List.of(11L, 12L, 13L), sorted(groups.get(0).members()));
        assertEquals(List.of(21L, 22L, 23L), sorted(groups.get(1).members()));
        assertEquals(List.of(31L, 32L), sorted(groups.get(2).members()));
        assertEquals(List.of(41L, 42L), sorted(groups.get(3).members()));
        for (LookAlikeGrouping.Group group : groups) {
            assertTrue(group.members().get(0) == group.typical(), "the typical suggestion comes first");
            assertTrue(group.cohesion() > 0 && group.cohesion() <= 1.0 + 1e-9);
        }
    }

    @Test
    void pairsThatMustAndMustNotBeAlike() {
        List<String> corpus = all().stream().map(LookAlikeGrouping.Item::text).toList();
        double refunds = LookAlikeGrouping.similarity(REFUNDS.get(0).text(), REFUNDS.get(2).text(), corpus);
        double apartments = LookAlikeGrouping.similarity(APARTMENTS.get(0).text(), APARTMENTS.get(2).text(), corpus);
        double taxes = LookAlikeGrouping.similarity(REFUNDS.get(0).text(), LONERS.get(5).text(), corpus);
        double talents = LookAlikeGrouping.similarity(APARTMENTS.get(0).text(), LONERS.get(1).text(), corpus);
        assertTrue(refunds >= LookAlikeGrouping.DEFAULT_THRESHOLD, "refunds " + refunds);
        assertTrue(apartments >= LookAlikeGrouping.DEFAULT_THRESHOLD, "apartments " + apartments);
        assertTrue(taxes < LookAlikeGrouping.DEFAULT_THRESHOLD, "refund vs R&D deduction " + taxes);
        assertTrue(talents < LookAlikeGrouping.DEFAULT_THRESHOLD, "apartments vs schooling " + talents);
    }

    @Test
    void theSameSuggestionsInAnyOrderGiveTheSameGroups() {
        List<LookAlikeGrouping.Group> expected = new LookAlikeGrouping().group(all());
        for (long seed = 1; seed <= 20; seed++) {
            List<LookAlikeGrouping.Item> shuffled = new ArrayList<>(all());
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(expected, new LookAlikeGrouping().group(shuffled), "seed " + seed);
        }
    }

    @Test
    void noGroupsOfOneAndAThresholdInRange() {
        assertTrue(new LookAlikeGrouping().group(LONERS).isEmpty());
        assertTrue(new LookAlikeGrouping().group(List.of()).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new LookAlikeGrouping(0));
        assertThrows(IllegalArgumentException.class, () -> new LookAlikeGrouping(1.5));
        assertFalse(new LookAlikeGrouping(0.05).group(all()).isEmpty());
    }

    private static List<Long> sorted(List<Long> ids) {
        return ids.stream().sorted().toList();
    }
}
