package cn.gov.laoshan.district.uikit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.router.RouteParameters;

class RouteRecordTest {

    @Test
    void theIdIsANumberOrNothing() {
        assertEquals(OptionalLong.of(42), RouteRecord.id(new RouteParameters("id", "42")));
        assertEquals(OptionalLong.empty(), RouteRecord.id(new RouteParameters("id", "42x")));
        assertEquals(OptionalLong.empty(), RouteRecord.id(new RouteParameters("id", "99999999999999999999")));
        assertEquals(OptionalLong.empty(), RouteRecord.id(new RouteParameters("other", "42")));
        assertEquals(OptionalLong.empty(), RouteRecord.id(RouteParameters.empty()));
    }
}
