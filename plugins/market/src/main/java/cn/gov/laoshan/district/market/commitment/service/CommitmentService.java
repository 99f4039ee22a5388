package cn.gov.laoshan.district.market.commitment.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.market.commitment.domain.CheckMode;
import cn.gov.laoshan.district.market.commitment.domain.CommitmentCatalogue;
import cn.gov.laoshan.district.market.commitment.domain.CommitmentItem;
import cn.gov.laoshan.district.market.commitment.domain.CommitmentState;
import cn.gov.laoshan.district.market.commitment.domain.PostCheckState;
import cn.gov.laoshan.district.market.commitment.domain.Risk;
import cn.gov.laoshan.district.market.commitment.domain.WrittenNotice;
import cn.gov.laoshan.district.market.service.LicenceService;
import cn.gov.laoshan.district.market.service.Lookups;
import cn.gov.laoshan.district.market.service.Market;

/**
 * 告知承诺制 (commitment-based approval, 国办发〔2020〕42号): 事前承诺、事中监管、事后处置. An enterprise's user reads the
 * written notice of an item's conditions and liability, signs (who, when, the notice's version and text are kept) and
 * is approved at once; a post-check (事后核查) is opened, flagged as commitment-based, due within the item's months
 * (food licences: on site within one month) and handed to the enterprise's market office. A failed check orders
 * rectification by a day; rectified in time, the approval stands; not rectified (the re-check says so, or the daily job
 * finds the day passed) the approval is revoked and a credit mark 承诺失信 is written to the enterprise's facts (青岛市优化
 * 营商环境条例 arts. 26–27). A commitment found false is revoked at once with the mark 虚假承诺 and a ban on the item (1
 * year; 3 for items of safety, health and life — Administrative Licensing Law arts. 78–79).
 * <p>
 * Refused routes (a {@link RefusedException} naming its field; nothing changes): an item that does not allow
 * commitment or is high-risk; an applicant with a serious bad-credit record (the registry's mark 失信惩戒 holding, or
 * grade D) or an unrepaired false commitment; a ban running; the same item approved and not yet verified.
 * Every change is on the commitment's timeline (which writes the audit log) and posted as
 * {@code district/market/commitment/*}.
 */
public class CommitmentService {

    /** An enterprise user: apply for their own enterprise by commitment. */
    public static final String APPLY = "market.commitment.apply";
    /** Staff: record post-check results, order rectification, revoke, repair a mark. */
    public static final String CHECK = "market.commitment.check";
    static final String TYPE = "Commitment";
    /** The credit marks written to the registry's facts. */
    public static final String FAILED_MARK = "承诺失信";
    public static final String FALSE_MARK = "虚假承诺";
    /** The registry's serious bad-credit mark, which bars the route. */
    public static final String DISHONEST_MARK = "失信惩戒";
    /** The longest rectification period staff may order. */
    public static final int MAX_RECTIFY_DAYS = 90;

    static final RecordScope.Columns SCOPED = RecordScope.columns("department_code").enterprises("uscc");

    private static final RowMapper<CommitmentItem> ITEM = (rs, ctx) -> new CommitmentItem(rs.getString("code"),
            rs.getString("name_zh"), rs.getString("name_en"), rs.getString("authority"),
            rs.getInt("commitment_allowed") == 1, Risk.valueOf(rs.getString("risk")), rs.getInt("safety") == 1,
            rs.getInt("check_months"), CheckMode.valueOf(rs.getString("check_mode")),
            List.of(rs.getString("conditions").split("；")), rs.getInt("sort_order"));

    private static final RowMapper<Commitment> COMMITMENT = (rs, ctx) -> new Commitment(rs.getLong("id"),
            rs.getString("approval_no"), rs.getString("item_code"), rs.getString("uscc"),
            rs.getString("enterprise_name"), rs.getString("notice_version"), rs.getString("notice_text"),
            rs.getString("signer"), rs.getString("signed_by"), rs.getTimestamp("signed_at").toInstant(),
            day(rs, "approved_on"), CommitmentState.valueOf(rs.getString("state")), day(rs, "revoked_on"),
            rs.getString("revoke_reason"), rs.getString("department_code"));

    static final String CHECK_COLUMNS = "p.id, p.commitment_id, c.approval_no, c.item_code, p.uscc, "
            + "c.enterprise_name, p.opened_on, p.due_on, p.check_mode, p.state, p.finding, p.rectify_by, p.checked_by, "
            + "p.department_code from post_check p join commitment c on c.id = p.commitment_id";

    private static final RowMapper<PostCheck> POST_CHECK = (rs, ctx) -> new PostCheck(rs.getLong("id"),
            rs.getLong("commitment_id"), rs.getString("approval_no"), rs.getString("item_code"), rs.getString("uscc"),
            rs.getString("enterprise_name"), day(rs, "opened_on"), day(rs, "due_on"),
            CheckMode.valueOf(rs.getString("check_mode")), PostCheckState.valueOf(rs.getString("state")),
            rs.getString("finding"), day(rs, "rectify_by"), rs.getString("checked_by"),
            rs.getString("department_code"));

    static final RowMapper<CreditMarkEntry> MARK = (rs, ctx) -> new CreditMarkEntry(rs.getLong("id"),
            rs.getString("uscc"), rs.getLong("commitment_id"), rs.getString("kind"), rs.getString("mark"),
            rs.getString("reason"), day(rs, "set_on"), (Long) rs.getObject("registry_mark_id") == null ? null
                    : rs.getLong("registry_mark_id"), day(rs, "repaired_on"), rs.getString("repair_reason"));

    private final Jdbi jdbi;
    private final AccessControl access;
    private final EnterpriseRegistry registry;
    private final Supplier<Optional<EnterpriseFactsService>> facts;
    private final Timeline timeline;
    private final RecordEvents events;
    private final Supplier<Optional<AuditLog>> audit;
    private final Clock clock;

    public CommitmentService(Jdbi jdbi, AccessControl access, EnterpriseRegistry registry,
            Supplier<Optional<EnterpriseFactsService>> facts, Timeline timeline, RecordEvents events,
            Supplier<Optional<AuditLog>> audit, Clock clock) {
        this.jdbi = jdbi;
        this.access = access;
        this.registry = registry;
        this.facts = facts;
        this.timeline = timeline;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    static LocalDate day(ResultSet rs, String column) throws SQLException {
        return Lookups.day(rs, column);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Market.ZONE));
    }

    /** Whether any commitment is recorded (a home seeded before the demo kept its progress). */
    public boolean anyRecorded() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from commitment").mapTo(Integer.class).one()) > 0;
    }

    // the catalogue

    /** Loads the shipped catalogue into an empty table (a fresh database); returns how many items were written. */
    public int seedCatalogue() {
        if (jdbi.withHandle(h -> h.createQuery("select count(*) from commitment_item").mapTo(Integer.class).one()) > 0) {
            return 0;
        }
        List<CommitmentItem> shipped = CommitmentCatalogue.shipped();
        jdbi.useTransaction(h -> {
            var batch = h.prepareBatch("insert into commitment_item (code, name_zh, name_en, authority, "
                    + "commitment_allowed, risk, safety, check_months, check_mode, conditions, sort_order) values "
                    + "(:code, :nameZh, :nameEn, :authority, :allowed, :risk, :safety, :months, :mode, :conditions, "
                    + ":order)");
            for (CommitmentItem i : shipped) {
                batch.bind("code", i.code()).bind("nameZh", i.nameZh()).bind("nameEn", i.nameEn())
                        .bind("authority", i.authority()).bind("allowed", i.commitmentAllowed() ? 1 : 0)
                        .bind("risk", i.risk().name()).bind("safety", i.safety() ? 1 : 0)
                        .bind("months", i.checkMonths()).bind("mode", i.checkMode().name())
                        .bind("conditions", String.join("；", i.conditions())).bind("order", i.order()).add();
            }
            batch.execute();
        });
        audit.get().ifPresent(log -> log.record(Market.PLUGIN, "commitment.catalogue.seed", "CommitmentItem",
                "catalogue", null, "{\"items\":" + shipped.size() + "}"));
        return shipped.size();
    }

    /** The catalogue in its order: for staff and enterprise users who may read market records. */
    public List<CommitmentItem> items() {
        checkReader();
        return jdbi.withHandle(h -> h.createQuery("select * from commitment_item order by sort_order").map(ITEM)
                .list());
    }

    public Optional<CommitmentItem> item(String code) {
        checkReader();
        return itemOf(code);
    }

    private Optional<CommitmentItem> itemOf(String code) {
        return code == null ? Optional.empty() : jdbi.withHandle(h -> h.createQuery(
                "select * from commitment_item where code = :code").bind("code", code).map(ITEM).findOne());
    }

    private void checkReader() {
        if (!access.has(Market.READ) && !access.has(APPLY)) {
            access.check(Market.READ);
        }
    }

    // applying

    /** What the enterprise user signs: the item, who signs for the enterprise, the notice version read, agreed. */
    public record Application(String uscc, String itemCode, String signer, String noticeVersion, boolean agreed) {
    }

    /** The written notice for the caller's enterprise and the item, as it would be signed now. */
    public String notice(String uscc, String itemCode) {
        Enterprise e = enterprise(uscc);
        access.checkEnterprise(APPLY, e.uscc().toString());
        CommitmentItem item = itemOf(itemCode).orElseThrow(() -> new RefusedException("item",
                "market.commitment.error.item"));
        return WrittenNotice.text(item, e.name(), e.uscc().toString());
    }

    /**
     * Why the enterprise may not apply for the item by commitment today (empty: it may). Read as the platform: the
     * applicant learns why, not the lists themselves.
     */
    public Optional<RefusedException> refusal(String uscc, String itemCode) {
        Enterprise e = enterprise(uscc);
        access.checkEnterprise(APPLY, e.uscc().toString());
        try {
            access.asSystem(() -> {
                route(e, itemOf(itemCode).orElse(null));
                return null;
            });
            return Optional.empty();
        } catch (RefusedException refused) {
            return Optional.of(refused);
        }
    }

    private void route(Enterprise e, CommitmentItem item) {
        if (item == null) {
            throw new RefusedException("item", "market.commitment.error.item");
        }
        if (!item.offersCommitment()) {
            throw new RefusedException("item", "market.commitment.refused.high-risk");
        }
        String uscc = e.uscc().toString();
        LocalDate today = today();
        boolean dishonest = e.creditGrade() == CreditGrade.D || facts.get().map(f -> f.facts(e.uscc()).creditMarks()
                .stream().anyMatch(m -> DISHONEST_MARK.equals(m.mark()) && m.holdsOn(today))).orElse(false);
        if (dishonest) {
            throw new RefusedException("uscc", "market.commitment.refused.bad-credit");
        }
        boolean falseBefore = jdbi.withHandle(h -> h.createQuery("select count(*) from commitment_mark where "
                + "uscc = :uscc and kind = :kind and repaired_on is null").bind("uscc", uscc)
                .bind("kind", CreditMarkEntry.FALSE).mapTo(Integer.class).one()) > 0;
        if (falseBefore) {
            throw new RefusedException("uscc", "market.commitment.refused.false-commitment");
        }
        List<LocalDate> banned = jdbi.withHandle(h -> h.createQuery("select ends_on from commitment_ban "
                + "where uscc = :uscc and item_code = :item and ends_on > :today order by ends_on desc")
                .bind("uscc", uscc).bind("item", item.code()).bind("today", today).map((rs, ctx) -> day(rs, "ends_on"))
                .list());
        if (!banned.isEmpty()) {
            throw new RefusedException("item", "market.commitment.refused.banned", banned.get(0));
        }
        boolean running = jdbi.withHandle(h -> h.createQuery("select count(*) from commitment where uscc = :uscc "
                + "and item_code = :item and state = 'APPROVED'").bind("uscc", uscc).bind("item", item.code())
                .mapTo(Integer.class).one()) > 0;
        if (running) {
            throw new RefusedException("item", "market.commitment.refused.running");
        }
    }

    /**
     * Signs the commitment for the caller's enterprise and approves it at once; the post-check is opened with its
     * deadline. Refused at the first condition found, with nothing changed.
     */
    public Commitment apply(Application a) {
        Enterprise e = enterprise(a.uscc());
        String uscc = e.uscc().toString();
        access.checkEnterprise(APPLY, uscc);
        String signer = LicenceService.required("signer", a.signer(), 100);
        if (!a.agreed()) {
            throw new RefusedException("agreed", "market.commitment.error.sign");
        }
        if (!WrittenNotice.VERSION.equals(a.noticeVersion())) {
            throw new RefusedException("agreed", "market.commitment.error.version");
        }
        CommitmentItem item = itemOf(a.itemCode()).orElse(null);
        access.asSystem(() -> {
            route(e, item);
            return null;
        });
        LocalDate today = today();
        LocalDate due = today.plusMonths(item.checkMonths());
        String department = Market.officeFor(e);
        String login = login();
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbi.inTransaction(h -> {
            long made = h.createUpdate("insert into commitment (approval_no, item_code, uscc, enterprise_name, "
                    + "notice_version, notice_text, signer, signed_by, signed_at, approved_on, state, department_code) "
                    + "values (:no, :item, :uscc, :name, :version, :text, :signer, :by, :at, :today, 'APPROVED', "
                    + ":department)").bind("no", "P" + java.util.UUID.randomUUID().toString().replace("-", "")).bind("item", item.code())
                    .bind("uscc", uscc).bind("name", e.name()).bind("version", WrittenNotice.VERSION)
                    .bind("text", WrittenNotice.text(item, e.name(), uscc)).bind("signer", signer).bind("by", login)
                    .bind("at", now).bind("today", today).bind("department", department)
                    .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
            h.createUpdate("update commitment set approval_no = :no where id = :id").bind("id", made)
                    .bind("no", approvalNo(today, made)).execute();
            h.createUpdate("insert into post_check (uscc, subject, opened_on, recorded_by, recorded_at, commitment_id, "
                    + "due_on, check_mode, state, department_code) values (:uscc, :subject, :today, :by, :at, :id, "
                    + ":due, :mode, 'DUE', :department)").bind("uscc", uscc)
                    .bind("subject", "告知承诺核查：" + item.nameZh()).bind("today", today).bind("by", login)
                    .bind("at", now).bind("id", made).bind("due", due).bind("mode", item.checkMode().name())
                    .bind("department", department).execute();
            return made;
        });
        timeline.record(Market.PLUGIN, TYPE, String.valueOf(id), "sign", null, CommitmentState.APPROVED.name(),
                item.code() + " " + WrittenNotice.VERSION + " " + signer);
        Commitment c = commitment(id);
        events.post("APPROVED", c.approvalNo(), department, Map.of("uscc", uscc, "item", item.code(),
                "dueOn", due.toString()));
        return c;
    }

    /** The approval's number: 崂市监承诺 + year + the record's number. */
    static String approvalNo(LocalDate day, long id) {
        return "LSCN" + day.getYear() + String.format("%06d", id);
    }

    // reading

    /** Commitments in the caller's scope (staff: their department's; an enterprise user: their own), newest first. */
    public List<Commitment> commitments(CommitmentState state, int offset, int limit) {
        access.check(Market.READ);
        RecordScope.Condition in = RecordScope.of(access, Market.READ).condition(SCOPED);
        return jdbi.withHandle(h -> in.bind(h.createQuery("select * from commitment"
                + in.and(state == null ? "" : " where state = :state")
                + " order by id desc offset :offset rows fetch next :limit rows only"))
                .bind("state", state == null ? null : state.name()).bind("offset", offset).bind("limit", limit)
                .map(COMMITMENT).list());
    }

    public Optional<Commitment> find(long id) {
        access.check(Market.READ);
        RecordScope.Condition in = RecordScope.of(access, Market.READ).condition(SCOPED);
        return jdbi.withHandle(h -> in.bind(h.createQuery("select * from commitment" + in.and(" where id = :id")))
                .bind("id", id).map(COMMITMENT).findOne());
    }

    /**
     * Commitment-based post-checks in the caller's scope, by deadline: open ones only ({@code openOnly}), or all;
     * the staff's list of due post-checks and the enterprise's own.
     */
    public List<PostCheck> postChecks(boolean openOnly, int offset, int limit) {
        access.check(Market.READ);
        RecordScope.Condition in = RecordScope.of(access, Market.READ).condition(scopedChecks());
        return jdbi.withHandle(h -> in.bind(h.createQuery("select " + CHECK_COLUMNS
                + in.and(openOnly ? " where p.state in ('DUE', 'RECTIFYING')" : " where p.state is not null")
                + " order by p.due_on, p.id offset :offset rows fetch next :limit rows only"))
                .bind("offset", offset).bind("limit", limit).map(POST_CHECK).list());
    }

    public Optional<PostCheck> postCheckOf(long commitmentId) {
        access.check(Market.READ);
        RecordScope.Condition in = RecordScope.of(access, Market.READ).condition(scopedChecks());
        return jdbi.withHandle(h -> in.bind(h.createQuery("select " + CHECK_COLUMNS
                + in.and(" where p.commitment_id = :id"))).bind("id", commitmentId).map(POST_CHECK).findOne());
    }

    private static RecordScope.Columns scopedChecks() {
        return RecordScope.columns("p.department_code").enterprises("p.uscc");
    }

    /** Open commitment post-checks in the caller's scope: the dashboard's "post-checks due". */
    public long countOpenChecks() {
        access.check(Market.READ);
        RecordScope.Condition in = RecordScope.of(access, Market.READ).condition(scopedChecks());
        return jdbi.withHandle(h -> in.bind(h.createQuery("select count(*) from post_check p"
                + in.and(" where p.commitment_id is not null and p.state in ('DUE', 'RECTIFYING')")))
                .mapTo(Long.class).one());
    }

    public List<TimelineEntry> history(long id) {
        return find(id).map(c -> timeline.of(Market.PLUGIN, TYPE, String.valueOf(id))).orElse(List.of());
    }

    /** The credit marks this plugin wrote on the enterprise (staff, or the enterprise's own users). */
    public List<CreditMarkEntry> marks(String uscc) {
        access.checkEnterprise(Market.READ, uscc);
        return jdbi.withHandle(h -> h.createQuery("select * from commitment_mark where uscc = :uscc order by id")
                .bind("uscc", uscc).map(MARK).list());
    }

    // the post-check

    /** The check passed: the approval is verified. */
    public PostCheck pass(long checkId, String finding) {
        PostCheck c = checkForChange(checkId);
        String text = LicenceService.required("finding", finding, 1000);
        expect(c, PostCheckState.DUE);
        close(c, PostCheckState.PASSED, text, null, CommitmentState.VERIFIED, "check-pass", "VERIFIED");
        return checkById(checkId);
    }

    /** The check failed: rectification ordered by {@code rectifyBy} (after today, within {@value #MAX_RECTIFY_DAYS} days). */
    public PostCheck fail(long checkId, String finding, LocalDate rectifyBy) {
        PostCheck c = checkForChange(checkId);
        String text = LicenceService.required("finding", finding, 1000);
        LocalDate today = today();
        if (rectifyBy == null || !rectifyBy.isAfter(today) || rectifyBy.isAfter(today.plusDays(MAX_RECTIFY_DAYS))) {
            throw new RefusedException("rectifyBy", "market.commitment.error.rectify-by", MAX_RECTIFY_DAYS);
        }
        expect(c, PostCheckState.DUE);
        jdbi.useHandle(h -> h.createUpdate("update post_check set state = 'RECTIFYING', finding = :finding, "
                + "rectify_by = :by, checked_by = :login, checked_at = :at where id = :id and state = 'DUE'")
                .bind("id", checkId).bind("finding", text).bind("by", rectifyBy).bind("login", login())
                .bind("at", Timestamp.from(clock.instant())).execute());
        timeline.record(Market.PLUGIN, TYPE, String.valueOf(c.commitmentId()), "check-fail",
                CommitmentState.APPROVED.name(), CommitmentState.APPROVED.name(), text + "（整改期限 " + rectifyBy + "）");
        events.post("RECTIFICATION_ORDERED", c.approvalNo(), c.departmentCode(), Map.of("uscc", c.uscc(),
                "rectifyBy", rectifyBy.toString()));
        return checkById(checkId);
    }

    /** The re-check found it rectified by its day: the approval stands (verified). Too late: it is to be revoked. */
    public PostCheck rectified(long checkId, String finding) {
        PostCheck c = checkForChange(checkId);
        String text = LicenceService.required("finding", finding, 1000);
        expect(c, PostCheckState.RECTIFYING);
        if (today().isAfter(c.rectifyBy())) {
            throw new RefusedException("finding", "market.commitment.error.too-late", c.rectifyBy());
        }
        close(c, PostCheckState.RECTIFIED, text, null, CommitmentState.VERIFIED, "rectified", "VERIFIED");
        return checkById(checkId);
    }

    /** The re-check found it not rectified: the approval is revoked and the credit mark 承诺失信 written. */
    public PostCheck notRectified(long checkId, String finding) {
        PostCheck c = checkForChange(checkId);
        String text = LicenceService.required("finding", finding, 1000);
        expect(c, PostCheckState.RECTIFYING);
        revoke(c, CreditMarkEntry.FAILED, "整改复查不合格：" + text);
        return checkById(checkId);
    }

    /** The commitment was found false: revoked at once, the mark 虚假承诺 written and the item barred (1 or 3 years). */
    public PostCheck falseCommitment(long checkId, String finding) {
        PostCheck c = checkForChange(checkId);
        String text = LicenceService.required("finding", finding, 1000);
        if (!c.state().open()) {
            throw new RefusedException(null, "market.commitment.error.state");
        }
        revoke(c, CreditMarkEntry.FALSE, "承诺不实：" + text);
        return checkById(checkId);
    }

    /**
     * The daily job: every rectification whose day passed without a confirmed rectification is revoked with the mark
     * 承诺失信 (as the system). Returns how many.
     */
    public int revokeOverdue() {
        LocalDate today = today();
        List<PostCheck> overdue = jdbi.withHandle(h -> h.createQuery("select " + CHECK_COLUMNS
                + " where p.state = 'RECTIFYING' and p.rectify_by < :today order by p.id").bind("today", today)
                .map(POST_CHECK).list());
        for (PostCheck c : overdue) {
            revoke(c, CreditMarkEntry.FAILED, "逾期未整改（整改期限 " + c.rectifyBy() + "）：" + c.finding());
        }
        return overdue.size();
    }

    /** 信用修复: the enterprise repaired its credit after a mark (staff, with a reason); the route is open again. */
    public CreditMarkEntry repair(long markId, String reason) {
        CreditMarkEntry mark = jdbi.withHandle(h -> h.createQuery("select * from commitment_mark where id = :id")
                .bind("id", markId).map(MARK).findOne()).orElseThrow(() -> new RefusedException(null,
                        "market.commitment.error.mark"));
        Commitment c = commitment(mark.commitmentId());
        access.check(CHECK, c.departmentCode());
        String text = LicenceService.required("reason", reason, 1000);
        if (mark.repairedOn() != null) {
            throw new RefusedException(null, "market.commitment.error.repaired");
        }
        jdbi.useHandle(h -> h.createUpdate("update commitment_mark set repaired_on = :today, repaired_by = :by, "
                + "repair_reason = :reason where id = :id").bind("id", markId).bind("today", today())
                .bind("by", login()).bind("reason", text).execute());
        timeline.record(Market.PLUGIN, TYPE, String.valueOf(c.id()), "repair", c.state().name(), c.state().name(),
                mark.mark() + "：" + text);
        return jdbi.withHandle(h -> h.createQuery("select * from commitment_mark where id = :id").bind("id", markId)
                .map(MARK).one());
    }

    private void revoke(PostCheck c, String kind, String reason) {
        Commitment commitment = commitment(c.commitmentId());
        CommitmentItem item = itemOf(commitment.itemCode()).orElseThrow();
        LocalDate today = today();
        String mark = CreditMarkEntry.FALSE.equals(kind) ? FALSE_MARK : FAILED_MARK;
        String markReason = mark + "：" + item.nameZh() + "（" + commitment.approvalNo() + "）" + reason;
        // the registry's facts carry the mark for every reader (the enterprise page, the policy rules); written as
        // the platform, since the officer revoking holds no right to edit the registry's facts
        Long registryMark = facts.get().map(f -> access.asSystem(() -> f.addCreditMark(
                Uscc.parse(commitment.uscc()), mark, markReason, null))).orElse(null);
        String login = login();
        Timestamp now = Timestamp.from(clock.instant());
        jdbi.useTransaction(h -> {
            int changed = h.createUpdate("update post_check set state = 'REVOKED', finding = :finding, closed_on = "
                    + ":today, checked_by = :login, checked_at = :at where id = :id and state in ('DUE', 'RECTIFYING')")
                    .bind("id", c.id()).bind("finding", truncate(reason, 1000)).bind("today", today)
                    .bind("login", login).bind("at", now).execute();
            if (changed != 1) {
                throw new RefusedException(null, "market.commitment.error.state");
            }
            h.createUpdate("update commitment set state = 'REVOKED', revoked_on = :today, revoke_reason = :reason "
                    + "where id = :id").bind("id", commitment.id()).bind("today", today)
                    .bind("reason", truncate(reason, 1000)).execute();
            h.createUpdate("insert into commitment_mark (uscc, commitment_id, kind, mark, reason, set_on, "
                    + "registry_mark_id, set_by, set_at) values (:uscc, :commitment, :kind, :mark, :reason, :today, "
                    + ":registry, :by, :at)").bind("uscc", commitment.uscc()).bind("commitment", commitment.id())
                    .bind("kind", kind).bind("mark", mark).bind("reason", truncate(markReason, 1000))
                    .bind("today", today).bindByType("registry", registryMark, Long.class).bind("by", login)
                    .bind("at", now).execute();
            if (CreditMarkEntry.FALSE.equals(kind)) {
                ban(h, commitment, item, today);
            }
        });
        timeline.record(Market.PLUGIN, TYPE, String.valueOf(commitment.id()),
                CreditMarkEntry.FALSE.equals(kind) ? "false-commitment" : "revoke", commitment.state().name(),
                CommitmentState.REVOKED.name(), reason);
        events.post("REVOKED", commitment.approvalNo(), commitment.departmentCode(), Map.of("uscc",
                commitment.uscc(), "item", commitment.itemCode(), "mark", mark));
    }

    private static void ban(Handle h, Commitment commitment, CommitmentItem item, LocalDate today) {
        h.createUpdate("insert into commitment_ban (uscc, item_code, commitment_id, starts_on, ends_on, reason) "
                + "values (:uscc, :item, :commitment, :today, :ends, :reason)").bind("uscc", commitment.uscc())
                .bind("item", item.code()).bind("commitment", commitment.id()).bind("today", today)
                .bind("ends", today.plusYears(item.banYears()))
                .bind("reason", "承诺不实，" + item.banYears() + "年内不得再次申请（《行政许可法》第七十八、七十九条）").execute();
    }

    private void close(PostCheck c, PostCheckState to, String finding, LocalDate rectifyBy, CommitmentState state,
            String action, String event) {
        LocalDate today = today();
        jdbi.useTransaction(h -> {
            int changed = h.createUpdate("update post_check set state = :to, finding = :finding, closed_on = :today, "
                    + "checked_by = :login, checked_at = :at where id = :id and state = :from").bind("id", c.id())
                    .bind("to", to.name()).bind("from", c.state().name()).bind("finding", finding)
                    .bind("today", today).bind("login", login()).bind("at", Timestamp.from(clock.instant()))
                    .execute();
            if (changed != 1) {
                throw new RefusedException(null, "market.commitment.error.state");
            }
            h.createUpdate("update commitment set state = :state where id = :id").bind("id", c.commitmentId())
                    .bind("state", state.name()).execute();
        });
        timeline.record(Market.PLUGIN, TYPE, String.valueOf(c.commitmentId()), action,
                CommitmentState.APPROVED.name(), state.name(), finding);
        events.post(event, c.approvalNo(), c.departmentCode(), Map.of("uscc", c.uscc(), "check", to.name()));
    }

    private static void expect(PostCheck c, PostCheckState state) {
        if (c.state() != state) {
            throw new RefusedException(null, "market.commitment.error.state");
        }
    }

    /** The check, for a change by staff holding {@link #CHECK} in its department (denied otherwise). */
    private PostCheck checkForChange(long checkId) {
        PostCheck c = jdbi.withHandle(h -> h.createQuery("select " + CHECK_COLUMNS + " where p.id = :id")
                .bind("id", checkId).map(POST_CHECK).findOne()).orElseThrow(() -> new AccessDeniedException(CHECK));
        access.check(CHECK, c.departmentCode());
        return c;
    }

    private PostCheck checkById(long checkId) {
        return jdbi.withHandle(h -> h.createQuery("select " + CHECK_COLUMNS + " where p.id = :id").bind("id", checkId)
                .map(POST_CHECK).one());
    }

    private Commitment commitment(long id) {
        return jdbi.withHandle(h -> h.createQuery("select * from commitment where id = :id").bind("id", id)
                .map(COMMITMENT).one());
    }

    private Enterprise enterprise(String uscc) {
        return Lookups.enterprise(access, registry, uscc);
    }

    private String login() {
        return Lookups.login(access);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
