package cn.gov.laoshan.district.market.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Notifications;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.Severity;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.market.domain.Licence;
import cn.gov.laoshan.district.market.domain.LicenceState;
import cn.gov.laoshan.district.market.domain.LicenceType;
import cn.gov.laoshan.district.market.domain.RenewalCheck;

/**
 * Renewal: minimal renewal (极简续证) by the holder in 企业服务 — granted at once when {@link RenewalCheck} finds
 * nothing against it, else sent to staff review with the reasons — and staff's review and normal renewal. A granted
 * renewal is a new licence (the electronic licence record, with its own number and term) that replaces the old
 * one (state RENEWED); its term starts the day after the old expiry, or today when the old one has expired.
 */
public class RenewalService {

    public static final String MINIMAL = "MINIMAL";
    public static final String NORMAL = "NORMAL";

    private final LicenceRepository repository;
    private final LicenceService licences;
    private final AccessControl access;
    private final EnterpriseRegistry registry;
    private final Supplier<Optional<Notifications>> notifications;
    private final Clock clock;

    public RenewalService(LicenceRepository repository, LicenceService licences, AccessControl access,
            EnterpriseRegistry registry, Supplier<Optional<Notifications>> notifications, Clock clock) {
        this.repository = repository;
        this.licences = licences;
        this.access = access;
        this.registry = registry;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** What the holder was told: the renewal and, when granted, the new licence. */
    public record Outcome(Renewal renewal, Licence renewed, List<RenewalCheck.Reason> reasons) {
        public boolean granted() {
            return renewed != null;
        }
    }

    /** The check of the licence as the platform records it today, for a declaration. */
    public RenewalCheck check(Licence licence, RenewalCheck.Declaration declaration) {
        // the registry's record is read on the platform's behalf: an enterprise user may not hold the registry's
        // permission, and the check needs only the grade and the name
        Optional<Enterprise> enterprise = access.asSystem(() -> registry.find(Uscc.parse(licence.uscc())));
        CreditGrade grade = enterprise.map(Enterprise::creditGrade).orElse(null);
        boolean nameMatches = enterprise.map(e -> e.name().equals(licence.holderName())).orElse(false);
        return new RenewalCheck(declaration, repository.violations(licence.uscc(), licence.issuedOn(),
                licences.today()), grade, repository.openPostChecks(licence.uscc()), nameMatches);
    }

    /** Minimal renewal of the caller's own enterprise's licence (or, for staff, one in their scope). */
    public Outcome renewMinimal(long licenceId, RenewalCheck.Declaration declaration) {
        access.check(Market.RENEW);
        Licence licence = repository.find(RecordScope.of(access, Market.RENEW), licenceId)
                .orElseThrow(() -> new RefusedException(null, "market.error.not-found"));
        LicenceType type = licences.typeMap().get(licence.typeCode());
        if (!type.minimalRenewal()) {
            throw new RefusedException(null, "market.renewal.not-offered");
        }
        renewable(licence, type);
        if (!declaration.committed()) {
            throw new RefusedException("committed", "market.renewal.commit-required");
        }
        List<RenewalCheck.Reason> reasons = check(licence, declaration).reasons();
        Instant now = clock.instant();
        if (reasons.isEmpty()) {
            Licence renewed = grant(licence, type, MINIMAL, null, now);
            return new Outcome(repository.renewals(RecordScope.ALL, licence.id(), null, 0, 1).get(0), renewed, reasons);
        }
        String reasonText = reasons.stream().map(Enum::name).collect(Collectors.joining(","));
        long id = repository.jdbi().inTransaction(h -> repository.insertRenewal(h, new Renewal(0, licence.id(),
                licence.uscc(), MINIMAL, "IN_REVIEW", reasonText, licence.departmentCode(), licences.login(), now,
                null, null, null)));
        licences.recorded(licence.id(), "renewal-review", licence.state(), licence.state(), reasonText,
                "RENEWAL_REVIEW");
        notifications.get().ifPresent(n -> n.send(Recipient.department(licence.departmentCode()),
                new Message(Market.PLUGIN, "极简续证待审核：" + type.nameZh() + " " + licence.licenceNo(),
                        licence.holderName(), "market/licences/" + licence.id(), Severity.INFO)));
        return new Outcome(repository.renewals(RecordScope.ALL, licence.id(), null, 0, 1).stream()
                .filter(r -> r.id() == id).findFirst().orElseThrow(), null, reasons);
    }

    /** Staff renew a licence in their scope the normal way (after the holder's application and review). */
    public Licence renewNormally(long licenceId) {
        access.check(Market.MANAGE);
        Licence licence = staffLicence(licenceId);
        LicenceType type = licences.typeMap().get(licence.typeCode());
        renewable(licence, type);
        return grant(licence, type, NORMAL, null, clock.instant());
    }

    /** Staff decide a minimal renewal sent to review: granted (a normal renewal now) or refused with a reason. */
    public Licence decide(long renewalId, boolean grant, String reason) {
        access.check(Market.MANAGE);
        Renewal renewal = repository.renewals(RecordScope.of(access, Market.MANAGE), null, "IN_REVIEW", 0, 1000)
                .stream().filter(r -> r.id() == renewalId).findFirst()
                .orElseThrow(() -> new RefusedException(null, "market.error.not-found"));
        Licence licence = staffLicence(renewal.licenceId());
        Instant now = clock.instant();
        if (grant) {
            LicenceType type = licences.typeMap().get(licence.typeCode());
            renewable(licence, type);
            return grant(licence, type, NORMAL, renewal.id(), now);
        }
        String why = LicenceService.required("reason", reason, 500);
        if (!repository.jdbi().inTransaction(h -> repository.decideRenewal(h, renewalId, "REFUSED", licences.login(),
                now, null))) {
            throw new RefusedException(null, "market.error.changed");
        }
        return licences.recorded(licence.id(), "renewal-refuse", licence.state(), licence.state(), why,
                "RENEWAL_REFUSED");
    }

    /** Renewals of one licence (in the caller's scope), newest first. */
    public List<Renewal> renewals(long licenceId) {
        return repository.renewals(licences.readable(), licenceId, null, 0, 50);
    }

    /** Minimal renewals waiting for staff review in the caller's scope. */
    public List<Renewal> inReview() {
        access.check(Market.MANAGE);
        return repository.renewals(RecordScope.of(access, Market.MANAGE), null, "IN_REVIEW", 0, 200);
    }

    private Licence staffLicence(long id) {
        Licence licence = repository.find(RecordScope.of(access, Market.MANAGE), id)
                .orElseThrow(() -> new RefusedException(null, "market.error.not-found"));
        access.check(Market.MANAGE, licence.departmentCode());
        return licence;
    }

    /** A current licence inside its window, or after it when the type accepts late applications. */
    private void renewable(Licence licence, LicenceType type) {
        LocalDate today = licences.today();
        if (!licence.state().current()) {
            throw new RefusedException(null, "market.error.not-current");
        }
        if (today.isBefore(licence.windowOpens())) {
            throw new RefusedException(null, "market.renewal.not-yet", licence.windowOpens());
        }
        if (today.isAfter(licence.windowCloses()) && !type.lateAccepted()) {
            throw new RefusedException(null, "market.renewal.too-late", licence.windowCloses());
        }
        boolean pending = repository.renewals(RecordScope.ALL, licence.id(), "IN_REVIEW", 0, 1).size() > 0;
        if (pending) {
            throw new RefusedException(null, "market.renewal.pending");
        }
    }

    /** The new licence, the old one RENEWED, the renewal GRANTED: one transaction; then both timelines. */
    private Licence grant(Licence old, LicenceType type, String kind, Long reviewedRenewal, Instant now) {
        LocalDate today = licences.today();
        LocalDate start = old.expiresOn().isBefore(today) ? today : old.expiresOn().plusDays(1);
        LocalDate expires = type.expiryOf(start, old.issuedOn(), old.expiresOn());
        Licence prepared = LicenceService.prepare(type, licences.calendar(), old.id(), old.uscc(), old.holderName(),
                old.scope(), old.premises(), old.keyStaff(), start, expires, old.departmentCode(), old.id(), kind,
                licences.login(), today);
        long id = repository.jdbi().inTransaction(h -> {
            if (!repository.move(h, old.id(), old.state(), LicenceState.RENEWED)) {
                throw new RefusedException(null, "market.error.changed");
            }
            long newId = LicenceRepository.insert(h, prepared);
            h.createUpdate("update licence set licence_no = :no where id = :id").bind("id", newId)
                    .bind("no", LicenceService.number(type, start, newId)).execute();
            if (reviewedRenewal == null) {
                repository.insertRenewal(h, new Renewal(0, old.id(), old.uscc(), kind, "GRANTED", null,
                        old.departmentCode(), licences.login(), now, licences.login(), now, newId));
            } else if (!repository.decideRenewal(h, reviewedRenewal, "GRANTED", licences.login(), now, newId)) {
                throw new RefusedException(null, "market.error.changed");
            }
            return newId;
        });
        licences.recorded(old.id(), "renew-" + kind.toLowerCase(java.util.Locale.ROOT), old.state(),
                LicenceState.RENEWED, null, "RENEWED");
        return licences.recorded(id, "issue-renewal", null, prepared.state(), old.licenceNo(), "ISSUED");
    }

    /** The steps and materials of both ways, for the holder to see what minimal renewal saves. */
    public static Map<String, List<String>> comparison() {
        return Map.of("normal-steps", RenewalCheck.NORMAL_STEPS, "minimal-steps", RenewalCheck.MINIMAL_STEPS,
                "normal-materials", RenewalCheck.NORMAL_MATERIALS, "minimal-materials", RenewalCheck.MINIMAL_MATERIALS);
    }
}
