package cn.gov.laoshan.district.market.inspection.domain;

import java.util.Map;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;

/**
 * What a draw is asked: its title, the population's filters (industry code prefix, street, licence type held; blank:
 * any), the percent of each grade to inspect and how many inspectors go to each target.
 */
public record DrawRequest(String title, String industry, String street, String licenceType,
        Map<CreditGrade, Integer> percents, int perTarget) {
}
