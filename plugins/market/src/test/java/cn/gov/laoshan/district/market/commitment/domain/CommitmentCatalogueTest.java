package cn.gov.laoshan.district.market.commitment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The shipped catalogue: about 90 items with commitment, unique codes, the food licences checked on site in a month. */
class CommitmentCatalogueTest {

    @Test
    void theShippedCatalogue() {
        List<CommitmentItem> items = CommitmentCatalogue.shipped();
        assertEquals(items.size(), new HashSet<>(items.stream().map(CommitmentItem::code).toList()).size());
        long offered = items.stream().filter(CommitmentItem::offersCommitment).count();
        assertEquals(90, offered, "the seed's 90 high-frequency items by commitment");
        for (CommitmentItem i : items) {
            assertFalse(i.conditions().isEmpty(), i.code());
            assertFalse(i.nameEn().isBlank(), i.code());
            if (i.risk() == Risk.HIGH) {
                assertFalse(i.offersCommitment(), i.code() + ": a high-risk item is never by commitment");
            }
            if (i.offersCommitment()) {
                assertTrue(i.checkMonths() >= 1 && i.checkMonths() <= 6, i.code());
            }
            if (i.nameZh().startsWith("食品经营许可") && i.checkMode() == CheckMode.ONSITE) {
                assertEquals(1, i.checkMonths(), i.code());
            }
        }
        CommitmentItem food = items.stream().filter(i -> i.code().equals("SJ-001")).findFirst().orElseThrow();
        assertEquals(CheckMode.ONSITE, food.checkMode());
        assertEquals(3, food.banYears(), "safety, health and life: 3 years");
        assertEquals(1, items.stream().filter(i -> i.code().equals("SJ-022")).findFirst().orElseThrow().banYears());
    }
}
