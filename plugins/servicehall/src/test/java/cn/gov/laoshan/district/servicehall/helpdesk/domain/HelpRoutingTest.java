package cn.gov.laoshan.district.servicehall.helpdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Routing a help request by its address over the table the V11 migration ships. */
class HelpRoutingTest {

    static final List<HelpRouting.Route> TABLE = List.of(new HelpRouting.Route("中韩街道", "", "BB-ZH"),
            new HelpRouting.Route("沙子口街道", "", "BB-SZK"), new HelpRouting.Route("王哥庄街道", "", "BB-WGZ"),
            new HelpRouting.Route("北宅街道", "", "BB-BZ"), new HelpRouting.Route("金家岭街道", "", "BB-JJL"),
            new HelpRouting.Route("中韩街道", "东城社区", "BB-ZH-01"),
            new HelpRouting.Route("沙子口街道", "沙子口社区", "BB-SZK-01"),
            new HelpRouting.Route("金家岭街道", "株洲路社区", "BB-JJL-01"));

    private static String group(String address) {
        return HelpRouting.route(address, TABLE).route().map(HelpRouting.Route::groupCode).orElse("district");
    }

    @Test
    void aCommunityWithARouteOfItsOwnGoesToItsCommunityHelpers() {
        assertEquals("BB-SZK-01", group("崂山区沙子口街道沙子口社区南姜路12号2单元301"));
        assertEquals("BB-JJL-01", group("崂山区金家岭街道株洲路社区 株洲路151号"));
        HelpRouting.Routed routed = HelpRouting.route("崂山区中韩街道东城社区东韩路7号", TABLE);
        assertEquals("中韩街道", routed.street());
        assertEquals("东城社区", routed.community());
    }

    @Test
    void anyOtherAddressOfAStreetGoesToTheStreetsHelpersWithTheCommunityReadFromIt() {
        HelpRouting.Routed routed = HelpRouting.route("青岛市崂山区沙子口街道东麦窑社区189号", TABLE);
        assertEquals("BB-SZK", routed.route().orElseThrow().groupCode());
        assertEquals("沙子口街道", routed.street());
        assertEquals("东麦窑社区", routed.community());
        assertEquals("BB-WGZ", group("王哥庄街道港东村 55 号"));
        assertEquals("BB-BZ", group("北宅街道北宅社区"));
    }

    @Test
    void whiteSpaceAndFullWidthSpacesDoNotMatter() {
        assertEquals("BB-SZK-01", group("崂山区 沙子口街道\u3000沙子口社区 3号"));
    }

    @Test
    void aCommunityKnownToTheTableTellsTheStreetWhenNoneIsNamed() {
        HelpRouting.Routed routed = HelpRouting.route("株洲路社区19号楼", TABLE);
        assertEquals("BB-JJL-01", routed.route().orElseThrow().groupCode());
        assertEquals("金家岭街道", routed.street());
    }

    @Test
    void aStreetsShortNameCountsWhenNoFullNameIsWritten() {
        assertEquals("BB-WGZ", group("崂山区王哥庄港东村"));
    }

    @Test
    void theFirstStreetNamedWinsOverARoadCalledAfterAnother() {
        // 中韩街道 is the address's street; the road is named after 沙子口 only
        assertEquals("BB-ZH", group("中韩街道沙子口路88号"));
    }

    @Test
    void aCommunityOfAnotherStreetDoesNotPullTheRequestAway() {
        // 东城社区 belongs to 中韩街道: written under 金家岭街道 the street decides
        assertEquals("BB-JJL", group("金家岭街道东城社区1号"));
    }

    @Test
    void anAddressNamingNoKnownStreetOrCommunityGoesToTheDistrictCentre() {
        HelpRouting.Routed routed = HelpRouting.route("市南区香港中路10号", TABLE);
        assertTrue(routed.route().isEmpty());
        assertNull(routed.street());
        assertEquals("district", group(""));
        assertEquals("district", group(null));
    }

    @Test
    void aChangedTableRoutesTheNewWay() {
        List<HelpRouting.Route> changed = new java.util.ArrayList<>(TABLE);
        changed.add(new HelpRouting.Route("沙子口街道", "东麦窑社区", "BB-SZK-02"));
        assertEquals("BB-SZK-02", HelpRouting.route("沙子口街道东麦窑社区189号", changed).route().orElseThrow()
                .groupCode());
    }
}
