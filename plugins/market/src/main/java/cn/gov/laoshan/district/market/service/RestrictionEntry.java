package cn.gov.laoshan.district.market.service;

import java.time.LocalDate;

import cn.gov.laoshan.district.market.domain.Restriction;

/** One entry of the restrictions list staff keep (closure order, open case, unpaid fine, frozen or pledged equity). */
public record RestrictionEntry(long id, String uscc, Restriction kind, String note, LocalDate recordedOn,
        LocalDate liftedOn, String departmentCode, String recordedBy) {
}
