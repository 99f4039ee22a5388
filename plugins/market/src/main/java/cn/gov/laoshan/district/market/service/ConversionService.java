package cn.gov.laoshan.district.market.service;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.Timeline;

/**
 * 个转企 by direct change (直接变更, SAMR 2025 No. 58): an individual business (个体工商户) becomes an enterprise keeping
 * its unified social credit code, its founding date and its trade name (字号); tax settlement and debts are recorded as
 * checks staff confirm. The registry's record changes kind through the api ({@code EnterpriseRegistry.update}, which
 * the registry audits with before and after: the record's history); this plugin keeps what it checked.
 */
public class ConversionService {

    static final String INDIVIDUAL = "个体工商户";

    private final Jdbi jdbi;
    private final AccessControl access;
    private final EnterpriseRegistry registry;
    private final Timeline timeline;
    private final Clock clock;

    public ConversionService(Jdbi jdbi, AccessControl access, EnterpriseRegistry registry, Timeline timeline,
            Clock clock) {
        this.jdbi = jdbi;
        this.access = access;
        this.registry = registry;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** What staff enter: the new name and kind, the trade name it keeps, and the two checks. */
    public record Request(String uscc, String newName, String newType, String tradeName, boolean taxSettled,
            boolean debtsSettled) {
    }

    public Enterprise convert(Request r) {
        access.check(Market.MANAGE, Market.DEPARTMENT);
        Enterprise before = r.uscc() == null || !Uscc.isValid(r.uscc()) ? null
                : registry.find(Uscc.parse(r.uscc())).orElse(null);
        if (before == null) {
            throw new RefusedException("uscc", "market.error.uscc");
        }
        if (!INDIVIDUAL.equals(before.type())) {
            throw new RefusedException("uscc", "market.conversion.not-individual");
        }
        String name = LicenceService.required("newName", r.newName(), 200);
        String trade = LicenceService.required("tradeName", r.tradeName(), 40);
        if (r.newType() == null || INDIVIDUAL.equals(r.newType()) || !Enterprise.TYPES.contains(r.newType())) {
            throw new RefusedException("newType", "market.conversion.type");
        }
        if (!before.name().contains(trade) || !name.contains(trade)) {
            throw new RefusedException("tradeName", "market.conversion.trade-name");
        }
        if (!r.taxSettled()) {
            throw new RefusedException("taxSettled", "market.conversion.tax");
        }
        if (!r.debtsSettled()) {
            throw new RefusedException("debtsSettled", "market.conversion.debts");
        }
        Enterprise after = new Enterprise(before.uscc(), name, r.newType(), before.legalRepresentative(),
                before.registeredCapital(), before.establishedOn(), before.address(), before.industryCode(),
                before.status(), before.creditGrade(), before.size());
        registry.update(after);
        String login = access.currentUser().map(u -> u.login()).orElse("system");
        long id = jdbi.withHandle(h -> h.createUpdate("insert into conversion (uscc, old_name, new_name, old_type, "
                + "new_type, trade_name, tax_settled, debts_settled, department_code, converted_by, converted_at) "
                + "values (:uscc, :oldName, :newName, :oldType, :newType, :trade, 1, 1, :department, :by, :at)")
                .bind("uscc", r.uscc()).bind("oldName", before.name()).bind("newName", name)
                .bind("oldType", before.type()).bind("newType", r.newType()).bind("trade", trade)
                .bind("department", Market.DEPARTMENT).bind("by", login).bind("at", Timestamp.from(clock.instant()))
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one());
        timeline.record(Market.PLUGIN, "Conversion", String.valueOf(id), "convert", before.type(), r.newType(),
                before.name() + " → " + name);
        return after;
    }

    /** The conversions of an enterprise, newest first, in the caller's scope (staff of the bureau). */
    public List<String> history(String uscc) {
        access.check(Market.READ);
        RecordScope.Condition in = RecordScope.of(access, Market.READ).condition(LicenceRepository.SCOPED);
        return jdbi.withHandle(h -> in.bind(h.createQuery("select old_name, new_name from conversion"
                + in.and(" where uscc = :uscc") + " order by id desc")).bind("uscc", uscc)
                .map((rs, ctx) -> rs.getString(1) + " → " + rs.getString(2)).list());
    }
}
