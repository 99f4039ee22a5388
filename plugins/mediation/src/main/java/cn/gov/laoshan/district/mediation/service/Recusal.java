package cn.gov.laoshan.district.mediation.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.laoshan.district.mediation.domain.MediationGroup;
import cn.gov.laoshan.district.mediation.domain.Party;

/**
 * Recusal (回避): a mediator linked to a party may not mediate the case — by a declared relationship (a person's ID
 * number or an enterprise's USCC the mediator is connected to) or because the mediator works for a party's
 * enterprise. The result says which party and why, so the check explains itself.
 */
public final class Recusal {

    /** Why: a relationship the mediator declared (with its description), or the mediator's employer is a party. */
    public enum Kind { DECLARED, EMPLOYER }

    /** One reason a mediator must step aside. */
    public record Conflict(String partyName, Kind kind, String detail) {
    }

    private Recusal() {
    }

    /**
     * @param relations the mediator's declared relationships: party key (ID number or USCC) → description
     */
    public static List<Conflict> conflicts(MediationGroup.Member mediator, Map<String, String> relations,
            List<Party> parties) {
        List<Conflict> conflicts = new ArrayList<>();
        for (Party party : parties) {
            String key = party.enterprise() ? party.uscc() : party.idNumber();
            if (key != null && relations.containsKey(key)) {
                conflicts.add(new Conflict(party.name(), Kind.DECLARED, relations.get(key)));
            }
            if (party.enterprise() && party.uscc() != null && party.uscc().equals(mediator.employerUscc())) {
                conflicts.add(new Conflict(party.name(), Kind.EMPLOYER, party.uscc()));
            }
        }
        return conflicts;
    }
}
