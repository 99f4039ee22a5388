package cn.gov.laoshan.district.finance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;

/**
 * What a bank product's criteria look at of one enterprise, read from the registry and its facts on {@code today}:
 * size class, credit grade, founding date, the qualifications valid today and operating revenue by year. A fact the
 * registry does not know is {@code null} (or absent), and a criterion on it is not met.
 */
public record EnterpriseProfile(String uscc, String name, EnterpriseSize size, CreditGrade creditGrade,
        LocalDate establishedOn, Set<String> qualifications, Map<Integer, BigDecimal> revenue, LocalDate today) {

    public EnterpriseProfile {
        qualifications = Set.copyOf(qualifications == null ? Set.of() : qualifications);
        revenue = Map.copyOf(revenue == null ? Map.of() : revenue);
    }
}
