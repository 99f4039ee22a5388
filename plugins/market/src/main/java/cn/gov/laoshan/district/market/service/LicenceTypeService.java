package cn.gov.laoshan.district.market.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.market.domain.LicenceType;
import cn.gov.laoshan.district.market.domain.LicenceTypes;

/**
 * Licence types as data the type administrator keeps ({@value Market#TYPES} in the bureau): every change checked,
 * audited with before and after. A changed window applies to licences issued or renewed from then on; licences
 * already issued keep the window they were issued with (the regulation in force when they were issued).
 */
public class LicenceTypeService {

    private final LicenceRepository repository;
    private final AccessControl access;
    private final Supplier<Optional<AuditLog>> audit;
    private final Clock clock;

    public LicenceTypeService(LicenceRepository repository, AccessControl access, Supplier<Optional<AuditLog>> audit,
            Clock clock) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public List<LicenceType> types() {
        access.check(Market.TYPES);
        return repository.types();
    }

    /** The fourteen statutory types, on a database that has none yet (as the system, at the plugin's start). */
    public int seedDefaults() {
        if (!repository.types().isEmpty()) {
            return 0;
        }
        for (LicenceType type : LicenceTypes.DEFAULTS) {
            repository.saveType(type, "system", clock.instant());
        }
        audit.get().ifPresent(log -> log.record(Market.PLUGIN, "type.seed", "LicenceType", "defaults", null,
                "{\"types\":" + LicenceTypes.DEFAULTS.size() + "}"));
        return LicenceTypes.DEFAULTS.size();
    }

    /** Adds or changes a type; bad figures are refused at their field and nothing changes. */
    public LicenceType save(LicenceType type) {
        access.check(Market.TYPES, Market.DEPARTMENT);
        if (type.code() == null || !type.code().matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new RefusedException("code", "market.type.error.code");
        }
        LicenceService.required("nameZh", type.nameZh(), 100);
        LicenceService.required("nameEn", type.nameEn(), 200);
        LicenceService.required("regulation", type.regulation(), 1000);
        if (type.validityMonths() != null && (type.validityMonths() < 1 || type.validityMonths() > 240)) {
            throw new RefusedException("validityMonths", "market.type.error.validity");
        }
        if (type.opens().approximateDays() <= type.closes().approximateDays()) {
            throw new RefusedException("opens", "market.type.error.window");
        }
        if (type.reminderSteps().stream().anyMatch(n -> n < 0 || n > 250) || type.reminderSteps().size() > 5) {
            throw new RefusedException("reminderSteps", "market.type.error.steps");
        }
        Optional<LicenceType> before = repository.types().stream().filter(t -> t.code().equals(type.code())).findFirst();
        repository.saveType(type, access.currentUser().map(u -> u.login()).orElse("system"), clock.instant());
        audit.get().ifPresent(log -> log.record(Market.PLUGIN, before.isPresent() ? "type.update" : "type.create",
                "LicenceType", type.code(), before.map(LicenceTypeService::json).orElse(null), json(type)));
        return type;
    }

    private static String json(LicenceType t) {
        return "{\"code\":\"" + t.code() + "\",\"validityMonths\":" + t.validityMonths() + ",\"opens\":\""
                + t.opens().amount() + t.opens().unit().code() + "\",\"closes\":\"" + t.closes().amount()
                + t.closes().unit().code() + "\",\"reminderSteps\":\"" + t.reminderStepsText() + "\",\"lateAccepted\":"
                + t.lateAccepted() + ",\"minimalRenewal\":" + t.minimalRenewal() + "}";
    }
}
