package cn.gov.laoshan.district.servicehall.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One rating of one finished visit (一次一评).
 *
 * @param late given after the {@code RatingService.RATING_WORKING_DAYS} working days (Shandong accepts such a
 *             rating, 补评: counted like the others, marked late in lists and exports)
 */
public record Rating(long id, long visitId, String hallCode, String itemCode, String department, Integer windowNumber,
        String clerkLogin, RatingLevel level, String reasons, boolean realName, LocalDate ratedOn, Instant ratedAt,
        boolean late) {
}
