package cn.gov.laoshan.district.api.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.money.Yuan;

class PayoutContractTest {


    @Test
    void keyNamesItsBudgetYearAndRefusesWhatCannotIdentifyAPayout() {
        String uscc = cn.gov.laoshan.district.api.enterprise.Uscc.withCheck("91370212MA3C12345").value();
        PayoutKey key = new PayoutKey("LS-2026-017", "2026-H1", uscc);
        assertEquals(2026, key.year());
        assertThrows(IllegalArgumentException.class, () -> new PayoutKey("LS 2026", "2026", uscc));
        assertThrows(IllegalArgumentException.class, () -> new PayoutKey("LS-1", "H1-2026", uscc));
        assertThrows(IllegalArgumentException.class, () -> new PayoutKey("LS-1", "2026", "91370212MA3C12345"));
    }

    @Test
    void requestNeedsAPositiveAmountAndAnAccountForAConfirmation() {
        String uscc = cn.gov.laoshan.district.api.enterprise.Uscc.withCheck("91370212MA3C12345").value();
        PayoutKey key = new PayoutKey("LS-1", "2026", uscc);
        BankAccount account = new BankAccount("农业银行崂山支行", "青岛海澜智联", "6228 4800 1234 5678");
        assertEquals("6228480012345678", account.number());
        assertThrows(IllegalArgumentException.class,
                () -> new PayoutRequest(key, "海澜", Yuan.ZERO, account, null, "policy"));
        assertThrows(IllegalArgumentException.class,
                () -> new PayoutRequest(key, "海澜", Yuan.of(10), null, "hailan-qy", "policy"));
        new PayoutRequest(key, "海澜", Yuan.of(10), account, "hailan-qy", "policy");
    }

    @Test
    void anAnswerCarriesThePayoutOrAReasonInBothLanguages() {
        String uscc = cn.gov.laoshan.district.api.enterprise.Uscc.withCheck("91370212MA3C12345").value();
        PayoutStatus held = new PayoutStatus(new PayoutKey("LS-1", "2026", uscc), Yuan.of(10), PayoutState.REQUESTED,
                Instant.now(), null, null);
        assertThrows(IllegalArgumentException.class, () -> new PayoutAnswer(PayoutOutcome.OVER_BUDGET, held, "超", "over"));
        assertThrows(IllegalArgumentException.class, () -> new PayoutAnswer(PayoutOutcome.DUPLICATE, held, null, null));
        PayoutAnswer over = new PayoutAnswer(PayoutOutcome.OVER_BUDGET, null, "超出预算", "over budget");
        assertEquals("over budget", over.reason(Locale.ENGLISH));
        assertEquals("超出预算", over.reason(Locale.SIMPLIFIED_CHINESE));
    }
}
