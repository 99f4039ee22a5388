package cn.gov.laoshan.district.api.enterprise.facts;

import java.util.Locale;

/**
 * A kind of qualification (资质认定) the registry knows, kept as data (the table {@code qualification_type}): 高新技术企业
 * ({@code HNTE}), 专精特新中小企业 ({@code SRDI}), 专精特新"小巨人" ({@code LITTLE_GIANT}), 科技型中小企业 ({@code TSME}),
 * 瞪羚企业 ({@code GAZELLE}) and whatever is added later.
 */
public record QualificationType(String code, String zh, String en) {

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }
}
