package cn.gov.laoshan.district.policy.match.ui;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import cn.gov.laoshan.district.api.enterprise.facts.HeldLicences;
import cn.gov.laoshan.district.api.enterprise.facts.QualificationType;
import cn.gov.laoshan.district.policy.eligibility.domain.RuleSentence;
import cn.gov.laoshan.district.policy.match.domain.Benefit;
import cn.gov.laoshan.district.policy.match.service.MatchService;
import cn.gov.laoshan.district.uikit.Money;

/** The rule sentence and the benefit in the user's language, with the registry's and the licences' names. */
final class MatchText {

    private MatchText() {
    }

    static RuleSentence sentence(MatchService service, Locale locale) {
        Locale language = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        ResourceBundle messages = ResourceBundle.getBundle("i18n.messages", language, MatchText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> qualifications = new HashMap<>();
        for (QualificationType t : service.qualificationTypes()) {
            qualifications.put(t.code(), t.label(locale));
        }
        Map<String, String> licences = new HashMap<>();
        for (HeldLicences.LicenceKind k : service.licenceKinds()) {
            licences.put(k.code(), k.label(locale));
        }
        return new RuleSentence(messages, t -> qualifications.getOrDefault(t, t), k -> licences.getOrDefault(k, k));
    }

    static String benefit(com.vaadin.flow.component.Component c, Locale locale, Benefit b) {
        return switch (b.kind()) {
            case NONE -> c.getTranslation("policy.benefit.none");
            case FIXED -> c.getTranslation("policy.benefit.fixed.text", Money.yuan(b.fixed().amount(), locale));
            case PERCENTAGE -> c.getTranslation("policy.benefit.percentage.text", String.valueOf(b.year()),
                    b.figure().label(locale), b.percent().stripTrailingZeros().toPlainString(),
                    b.cap() == null ? "—" : Money.yuan(b.cap().amount(), locale));
        };
    }
}
