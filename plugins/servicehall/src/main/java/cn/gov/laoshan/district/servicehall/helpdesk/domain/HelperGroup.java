package cn.gov.laoshan.district.servicehall.helpdesk.domain;

import cn.gov.laoshan.district.servicehall.domain.HallLevel;

/** A group of helpers at one level: the centre's, a street's or a community's; {@code street} null for the district. */
public record HelperGroup(String code, String name, HallLevel level, String street, String hallCode) {
}
