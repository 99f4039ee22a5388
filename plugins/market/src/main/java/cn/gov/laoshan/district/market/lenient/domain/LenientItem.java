package cn.gov.laoshan.district.market.lenient.domain;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One behaviour on a lenient-enforcement list: its list and kind, the legal basis, the item's own conditions, the
 * correction required, and the limit on the goods' value where the item sets one (yuan; {@code null}: none).
 */
public record LenientItem(String code, String listCode, ListKind kind, String behaviourZh, String behaviourEn,
        String legalBasis, String itemConditions, String correction, BigDecimal goodsValueLimit) {

    public String behaviour(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? behaviourEn : behaviourZh;
    }
}
