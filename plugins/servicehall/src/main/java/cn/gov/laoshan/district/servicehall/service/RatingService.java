package cn.gov.laoshan.district.servicehall.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.StateMachine;
import cn.gov.laoshan.district.servicehall.domain.Rating;
import cn.gov.laoshan.district.servicehall.domain.RatingLevel;
import cn.gov.laoshan.district.servicehall.domain.Rectification;
import cn.gov.laoshan.district.servicehall.domain.RectificationState;
import cn.gov.laoshan.district.servicehall.domain.Satisfaction;
import cn.gov.laoshan.district.servicehall.domain.ServiceItem;
import cn.gov.laoshan.district.servicehall.domain.Visit;
import cn.gov.laoshan.district.servicehall.domain.VisitState;

/**
 * 好差评 (国办发〔2019〕51号): the person rates each finished visit on five levels within
 * {@value #RATING_WORKING_DAYS} working days; each dissatisfied rating opens a rectification due
 * {@code rectificationDays} working days later (15 by default), which the responders verify, assign, fix and report
 * back — a real-name rating only after its rater was called back — or appeal, for the centre to review. The figures
 * are published by hall, department, item and month.
 */
public class RatingService {

    public static final int RATING_WORKING_DAYS = 5;
    public static final int DEFAULT_RECTIFICATION_DAYS = 15;

    public static final StateMachine<RectificationState, Rectification> MACHINE = StateMachine
            .<RectificationState, Rectification>of(RectificationState.class, "Rectification")
            .messages(ServiceHallRoles.PLUGIN)
            .transition("verify", RectificationState.OPEN, RectificationState.VERIFIED)
                    .permission(ServiceHallRoles.RATING_RESPOND).reasonRequired().add()
            .transition("assign", RectificationState.VERIFIED, RectificationState.ASSIGNED)
                    .permission(ServiceHallRoles.RATING_RESPOND).reasonRequired().add()
            .transition("fix", RectificationState.ASSIGNED, RectificationState.FIXED)
                    .permission(ServiceHallRoles.RATING_RESPOND).reasonRequired().add()
            .transition("report", RectificationState.FIXED, RectificationState.CLOSED)
                    .permission(ServiceHallRoles.RATING_RESPOND).reasonRequired()
                    .guard(r -> r.callbackMissing() ? Optional.of("servicehall.error.callback-missing") : Optional.empty())
                    .add()
            .transition("appeal", EnumSet.of(RectificationState.OPEN, RectificationState.VERIFIED,
                    RectificationState.ASSIGNED), RectificationState.APPEALED)
                    .permission(ServiceHallRoles.RATING_RESPOND).reasonRequired().add()
            .transition("uphold", RectificationState.APPEALED, RectificationState.DISMISSED)
                    .permission(ServiceHallRoles.RATING_REVIEW).reasonRequired().add()
            .transition("overrule", RectificationState.APPEALED, RectificationState.VERIFIED)
                    .permission(ServiceHallRoles.RATING_REVIEW).reasonRequired().add()
            .build();

    /** The column each step's note goes to. */
    private static final Map<String, String> NOTE_COLUMNS = Map.of("verify", "finding", "assign", "assignee",
            "fix", "fix_note", "report", "report_note", "appeal", "appeal_note", "uphold", "report_note",
            "overrule", "finding");

    private final RatingRepository repository;
    private final QueueRepository visits;
    private final CatalogueService catalogue;
    private final AccessControl access;
    private final AuditLog audit;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private volatile int rectificationDays = DEFAULT_RECTIFICATION_DAYS;

    public RatingService(RatingRepository repository, QueueRepository visits, CatalogueService catalogue,
            AccessControl access, AuditLog audit, WorkingDayCalendar calendar, Clock clock) {
        this.repository = repository;
        this.visits = visits;
        this.catalogue = catalogue;
        this.access = access;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The rectification deadline in working days (configuration; 1 to 60). */
    public void setRectificationDays(int days) {
        if (days < 1 || days > 60) {
            throw new IllegalArgumentException("a rectification takes 1 to 60 working days: " + days);
        }
        this.rectificationDays = days;
    }

    /** Today in the district, on the platform's clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(BookingService.BEIJING));
    }

    /**
     * The person's rating of their finished visit, given at the window's rating pad (the clerk's screen): once per
     * visit, within {@value #RATING_WORKING_DAYS} working days of it; later, as Shandong allows (补评), it is still
     * taken, marked late. A bad rating opens its rectification either way.
     */
    public Rating rate(long visitId, RatingLevel level, String reasons) {
        access.check(ServiceHallRoles.BOOKING_MANAGE, ServiceHallRoles.DEPARTMENT);
        return recorded(visitId, level, reasons);
    }

    /**
     * The person rates their own finished visit later, from the public page (补评 when past the
     * {@value #RATING_WORKING_DAYS} working days): only {@link PublicBooking} calls this, after the code sent to the
     * booking's mobile proved the booking theirs — no staff permission.
     */
    Rating ratePublic(long visitId, RatingLevel level, String reasons) {
        return recorded(visitId, level, reasons);
    }

    /** Whether the visit was rated already (the public page offers the rating only once). */
    boolean rated(long visitId) {
        return repository.rated(visitId);
    }

    private Rating recorded(long visitId, RatingLevel level, String reasons) {
        Visit visit = visits.find(visitId).filter(v -> v.state() == VisitState.DONE)
                .orElseThrow(() -> new RefusedException(null, "servicehall.error.visit-unknown"));
        if (level == null) {
            throw new RefusedException("level", "servicehall.error.level");
        }
        LocalDate today = today();
        boolean late = calendar.workingDaysBetween(visit.day(), today) > RATING_WORKING_DAYS;
        if (repository.rated(visitId)) {
            throw new RefusedException(null, "servicehall.error.rated");
        }
        String why = reasons == null || reasons.isBlank() ? null : reasons.strip();
        if (why != null && why.length() > 500) {
            throw new RefusedException("reasons", "servicehall.import.too-long", 500);
        }
        String department = catalogue.offered(visit.itemCode()).map(ServiceItem::department)
                .orElse(visit.itemCode());
        boolean realName = visit.mobile() != null;
        Rating rating = new Rating(0, visitId, visit.hallCode(), visit.itemCode(), department, visit.windowNumber(),
                visit.clerkLogin(), level, why, realName, today, clock.instant(), late);
        LocalDate due = level.dissatisfied() ? calendar.deadline(today, rectificationDays) : null;
        long id = repository.insert(rating, due, ServiceHallRoles.DEPARTMENT);
        audit.record(ServiceHallRoles.PLUGIN, "rating.rate", "Rating", String.valueOf(id), null,
                level + (late ? " late" : "") + (due == null ? "" : " rectification due " + due));
        return new Rating(id, rating.visitId(), rating.hallCode(), rating.itemCode(), rating.department(),
                rating.windowNumber(), rating.clerkLogin(), level, why, realName, today, rating.ratedAt(), late);
    }

    /**
     * The ratings given from {@code from} to {@code to} as an .xlsx sheet, for the centre's reports to the province:
     * one row per rating, level in words, reasons, real-name or not, late (补评) or not. No person's name or mobile.
     */
    public void exportXlsx(LocalDate from, LocalDate to, java.io.OutputStream out) throws java.io.IOException {
        access.check(ServiceHallRoles.RATING_RESPOND);
        if (from == null || to == null || to.isBefore(from)) {
            throw new RefusedException("to", "servicehall.error.rating-period");
        }
        try (cn.gov.laoshan.district.uikit.XlsxSheet sheet = cn.gov.laoshan.district.uikit.XlsxSheet.open(out, "好差评",
                List.of("评价日期", "大厅", "事项编码", "责任部门", "窗口", "评价等级", "理由", "实名", "补评"))) {
            for (Rating r : repository.ratings(from, to)) {
                sheet.row(r.ratedOn().toString(), r.hallCode(), r.itemCode(), r.department(),
                        r.windowNumber() == null ? "" : r.windowNumber().toString(), LEVEL_NAMES.get(r.level()),
                        r.reasons() == null ? "" : r.reasons(), r.realName() ? "是" : "否", r.late() ? "是" : "否");
            }
        }
    }

    private static final Map<RatingLevel, String> LEVEL_NAMES = Map.of(RatingLevel.VERY_SATISFIED, "非常满意",
            RatingLevel.SATISFIED, "满意", RatingLevel.BASICALLY_SATISFIED, "基本满意", RatingLevel.DISSATISFIED, "不满意",
            RatingLevel.VERY_DISSATISFIED, "非常不满意");

    public Optional<Rectification> rectificationOfRating(long ratingId) {
        access.check(ServiceHallRoles.RATING_RESPOND);
        return repository.rectificationOfRating(ratingId);
    }

    public Optional<Rectification> rectification(long id) {
        access.check(ServiceHallRoles.RATING_RESPOND);
        return repository.rectification(id);
    }

    /** The inbox: rectifications not yet closed (or all), the earliest due first. */
    public List<Rectification> rectifications(boolean openOnly) {
        access.check(ServiceHallRoles.RATING_RESPOND);
        return repository.rectifications(openOnly);
    }

    public List<StateMachine.Transition<RectificationState, Rectification>> actions(Rectification r) {
        return MACHINE.available(r.state(), r, access).stream()
                .filter(t -> access.scope(t.permission()).includes(r.departmentCode())).toList();
    }

    /** Takes the step {@code action}, its note (finding, assignee, fix, report, appeal, review) required. */
    public Rectification fire(long id, String action, String note) {
        Rectification r = rectification(id).orElseThrow(() -> new RefusedException(null, "servicehall.error.rectification-unknown"));
        RectificationState to = MACHINE.fire(action, r.state(), r, note, access);
        MACHINE.transitions().stream().filter(t -> t.action().equals(action))
                .forEach(t -> access.check(t.permission(), r.departmentCode()));
        Map<String, Object> columns = new HashMap<>();
        columns.put(NOTE_COLUMNS.get(action), note.strip());
        if (to == RectificationState.CLOSED || to == RectificationState.DISMISSED) {
            columns.put("closed_at", java.sql.Timestamp.from(clock.instant()));
        }
        if (!repository.move(id, r.state(), to, columns)) {
            throw new RefusedException(null, "servicehall.error.changed");
        }
        audit.record(ServiceHallRoles.PLUGIN, "rectification." + action, "Rectification", String.valueOf(id),
                r.state().name(), to.name());
        return repository.rectification(id).orElseThrow();
    }

    /** Records the callback to the rater (回访): what they were told and said. */
    public Rectification callback(long id, String note) {
        access.check(ServiceHallRoles.RATING_RESPOND, ServiceHallRoles.DEPARTMENT);
        Rectification r = rectification(id).orElseThrow(() -> new RefusedException(null, "servicehall.error.rectification-unknown"));
        if (note == null || note.isBlank()) {
            throw new RefusedException("callback", "servicehall.error.callback-note");
        }
        repository.callback(r.id(), note.strip(), clock.instant());
        audit.record(ServiceHallRoles.PLUGIN, "rectification.callback", "Rectification", String.valueOf(id), null,
                "called back");
        return repository.rectification(id).orElseThrow();
    }

    /** The published figures from {@code from} to {@code to}. */
    public List<Satisfaction> satisfaction(Satisfaction.By by, LocalDate from, LocalDate to) {
        access.check(ServiceHallRoles.CATALOGUE_READ);
        return repository.satisfaction(by, from, to);
    }
}
