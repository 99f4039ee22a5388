package cn.gov.laoshan.district.mediation.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.InvalidUsccException;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.validation.DateBounds;
import cn.gov.laoshan.district.api.validation.PhoneNumbers;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.mediation.domain.IdCardNumber;
import cn.gov.laoshan.district.mediation.domain.Party;
import cn.gov.laoshan.district.mediation.domain.PartyRole;

/**
 * What a case must have to be registered: its type and channel, an application date within bounds, the facts, a
 * claim in yuan, an applicant and a respondent — a person with a valid ID-card number and phone, or an enterprise
 * that the registry holds (its registered name is taken from there). Each problem is refused at its field.
 */
final class CaseIntake {

    private final EnterpriseRegistry registry;

    CaseIntake(EnterpriseRegistry registry) {
        this.registry = registry;
    }

    /** Refuses {@code date} at {@code field} when it is outside {@code bounds}. */
    static void check(String field, DateBounds bounds, LocalDate date) {
        bounds.violation(date).ifPresent(v -> {
            throw new RefusedException(field, v.messageKey(), v.parameters());
        });
    }

    /**
     * The parties of a new case as stored, or the first problem refused at its field (fields are named by role:
     * {@code applicant.name}, {@code respondent.phone}, …).
     */
    List<Party> validate(CaseService.NewCase draft, DateBounds appliedOn) {
        if (draft.type() == null) {
            throw new RefusedException("type", "mediation.error.type-required");
        }
        if (draft.channel() == null) {
            throw new RefusedException("channel", "mediation.error.channel-required");
        }
        check("appliedOn", appliedOn, draft.appliedOn());
        if (draft.facts() == null || draft.facts().isBlank()) {
            throw new RefusedException("facts", DateBounds.REQUIRED_KEY);
        }
        if (draft.facts().length() > 4000) {
            throw new RefusedException("facts", "mediation.error.too-long", 4000);
        }
        if (draft.claimAmount() != null && (draft.claimAmount().signum() < 0 || draft.claimAmount().scale() > 2)) {
            throw new RefusedException("claimAmount", "mediation.error.amount");
        }
        boolean applicant = draft.parties().stream().anyMatch(p -> p.role() == PartyRole.APPLICANT);
        boolean respondent = draft.parties().stream().anyMatch(p -> p.role() == PartyRole.RESPONDENT);
        if (!applicant || !respondent) {
            throw new RefusedException("parties", "mediation.error.parties-required");
        }
        List<Party> checked = new ArrayList<>();
        for (Party p : draft.parties()) {
            // fields are named by role: applicant.name, respondent.phone, ...
            String at = p.role().name().toLowerCase(java.util.Locale.ROOT) + ".";
            if (p.phone() != null && !p.phone().isBlank() && !PhoneNumbers.valid(p.phone())) {
                throw new RefusedException(at + "phone", PhoneNumbers.INVALID_KEY);
            }
            p = new Party(p.role(), p.enterprise(), p.name(), p.idNumber(), p.uscc(), PhoneNumbers.valid(p.phone())
                    ? PhoneNumbers.normalize(p.phone()) : null);
            if (p.enterprise()) {
                if (p.uscc() == null || p.uscc().isBlank()) {
                    throw new RefusedException(at + "enterprise", DateBounds.REQUIRED_KEY);
                }
                Uscc code;
                try {
                    code = Uscc.parse(p.uscc());
                } catch (InvalidUsccException e) {
                    throw new RefusedException(at + "enterprise", "mediation.error.uscc-invalid", p.uscc(), e.getMessage());
                }
                String uscc = p.uscc();
                Enterprise enterprise = registry.find(code)
                        .orElseThrow(() -> new RefusedException(at + "enterprise", "mediation.error.uscc-unknown", uscc));
                checked.add(Party.enterprise(p.role(), enterprise.name(), code.toString(), blank(p.phone())));
            } else {
                if (p.name() == null || p.name().isBlank()) {
                    throw new RefusedException(at + "name", DateBounds.REQUIRED_KEY);
                }
                if (p.idNumber() != null && !p.idNumber().isBlank() && !IdCardNumber.valid(p.idNumber().trim())) {
                    throw new RefusedException(at + "id", "mediation.error.id-number", p.name());
                }
                checked.add(Party.person(p.role(), p.name().trim(), blank(p.idNumber()) == null ? null
                        : p.idNumber().trim().toUpperCase(), blank(p.phone())));
            }
        }
        return checked;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
