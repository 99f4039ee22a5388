package cn.gov.laoshan.district.finance.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the ledger keeps of an enterprise for its totals: the registry's industry and the street it is in. Made in
 * the plugin over the registry (as the system: the sender need not read the registry); tests give their own.
 */
@FunctionalInterface
public interface EnterpriseLookup {

    /** An enterprise's industry code and street, each possibly {@code null}. */
    record Facts(String industryCode, String street) {
    }

    /** Unknown to the registry: empty. */
    Optional<Facts> find(String uscc);

    /**
     * Many at once (an import of thousands): each known code's facts; codes the registry does not know are absent.
     * By default one {@link #find} per code; the plugin answers from one snapshot of the registry's facts.
     */
    default Map<String, Facts> findAll(Collection<String> usccs) {
        Map<String, Facts> found = new HashMap<>();
        for (String uscc : usccs) {
            if (!found.containsKey(uscc)) {
                find(uscc).ifPresent(f -> found.put(uscc, f));
            }
        }
        return found;
    }

    /** No registry: every enterprise is taken as sent, without industry or street. */
    EnterpriseLookup NONE = uscc -> Optional.of(new Facts(null, null));
}
