package cn.gov.laoshan.district.market.inspection.domain;

import java.time.Instant;

/** A draw of 双随机一公开: its filters and percents, seed and hashes, how many it drew from how many. */
public record Draw(long id, String title, String gradeMonth, String industry, String street, String licenceType,
        int percentA, int percentB, int percentC, int percentD, int perTarget, long seed, String candidatesHash,
        String inspectorsHash, int population, int drawn, String drawnBy, Instant drawnAt) {
}
