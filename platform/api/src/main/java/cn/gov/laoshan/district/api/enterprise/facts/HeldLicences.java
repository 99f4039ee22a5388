package cn.gov.laoshan.district.api.enterprise.facts;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Licence facts that the registry does not hold but a rule over enterprises may name ("持有有效的食品经营许可证"):
 * an OSGi service provided by the plugin that keeps the licences (market regulation) and read by rule engines (the
 * policy plugin's eligibility rules). When no plugin provides it, rules cannot name a licence and a rule that does is
 * refused as naming an unknown fact.
 *
 * <p>A licence is valid on a day when it was issued on or before the day, expires on or after it, and was not
 * revoked, cancelled or deregistered by that day. Reading needs a signed-in user or the system (a job); nothing here
 * is personal data, and nothing is changed.
 */
@ProviderType
public interface HeldLicences {

    /** The licence kinds a rule may name, in the order staff should see them. */
    List<LicenceKind> kinds();

    /**
     * Column-wise, for rule engines: bit {@code i} is set when the enterprise {@code usccs[i]} holds a licence of kind
     * {@code kindCode} valid on {@code day} (the array is usually a {@link FactSnapshot#usccs()}, ascending; codes
     * not known to the provider are simply not set).
     *
     * @throws IllegalArgumentException when {@code kindCode} is not one of {@link #kinds()}
     */
    BitSet holders(String kindCode, LocalDate day, String[] usccs);

    /** The licences the enterprise {@code uscc} holds valid on {@code day}, for explanations (empty when none). */
    List<HeldLicence> heldBy(String uscc, LocalDate day);

    /** A kind of licence (许可证种类), with its names in Chinese and English. */
    record LicenceKind(String code, String zh, String en) {

        public String label(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
        }
    }

    /** One licence valid on the day asked: its kind, its number (许可证编号) and its last valid day. */
    record HeldLicence(String kindCode, String number, LocalDate validUntil) {
    }
}
