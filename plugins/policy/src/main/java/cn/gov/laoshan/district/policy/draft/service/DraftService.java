package cn.gov.laoshan.district.policy.draft.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gov.laoshan.district.api.notice.NoticePeriod;
import cn.gov.laoshan.district.api.notice.NoticeRequest;
import cn.gov.laoshan.district.api.notice.NoticeState;
import cn.gov.laoshan.district.api.notice.PublicNotice;
import cn.gov.laoshan.district.api.notice.PublicNotices;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.StateMachine.Transition;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.policy.draft.domain.DraftComment;
import cn.gov.laoshan.district.policy.draft.domain.DraftSource;
import cn.gov.laoshan.district.policy.draft.domain.DraftState;
import cn.gov.laoshan.district.policy.draft.domain.FairCompetitionReview;
import cn.gov.laoshan.district.policy.draft.domain.LegalOutcome;
import cn.gov.laoshan.district.policy.draft.domain.LegalReview;
import cn.gov.laoshan.district.policy.draft.domain.PolicyDraft;
import cn.gov.laoshan.district.policy.draft.domain.ReviewOrder;

/**
 * Policy drafts from the first text to the policy list: checked input, permission and department scope on every
 * read and change, the reviews in the law's order ({@link ReviewOrder}: each step refused with the missing review),
 * every change on the draft's timeline (which writes the audit log) and announced as an event
 * ({@code district/policy/draft/<STATE>}). Enterprise users read drafts in their comment period and the published
 * list ({@link PolicyList}), and comment; they never change a draft.
 */
public class DraftService {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final DraftRepository repository;
    private final AccessControl access;
    private final Timeline timeline;
    private final RecordEvents events;
    private final PublicNotices notices;
    private final Clock clock;
    private final PolicyList policyList;
    private final DraftSources sources;

    public DraftService(DraftRepository repository, AccessControl access, Timeline timeline, RecordEvents events,
            PublicNotices notices, DraftSources sources, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.timeline = timeline;
        this.events = events;
        this.notices = notices;
        this.clock = clock;
        this.sources = sources;
        this.policyList = new PolicyList(repository, access);
    }

    /** 政策清单: the published policies, their batches and issuers. */
    public PolicyList policyList() {
        return policyList;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }

    // drafting

    /** A new draft in the drafter's department where they hold the permission, else the plugin's. */
    public PolicyDraft create(PolicyDraft.Content content) {
        access.check(DraftWorkflow.DRAFT);
        String department = RecordScope.newRecordDepartment(access, DraftWorkflow.DRAFT, DraftWorkflow.DEPARTMENT);
        PolicyDraft draft = checked(0, content, department, DraftState.DRAFTING);
        long id = repository.insert(draft, content.suggestionIds(), content.reserveIds());
        return recorded(id, "create", null, DraftState.DRAFTING, null);
    }

    /** Changes a draft's content: only while it is being drafted (a reviewed text is the text that was reviewed). */
    public PolicyDraft update(long id, PolicyDraft.Content content) {
        PolicyDraft draft = changeable(id, DraftWorkflow.DRAFT);
        if (draft.state() != DraftState.DRAFTING) {
            throw new RefusedException(null, "policy.draft.error.not-editable",
                    new RefusedException.Key("policy.draft.state." + draft.state().name()));
        }
        PolicyDraft changed = checked(id, content, draft.departmentCode(), DraftState.DRAFTING);
        if (!repository.update(id, changed, content.suggestionIds(), content.reserveIds())) {
            throw new RefusedException(null, "policy.draft.error.changed");
        }
        return recorded(id, "update", DraftState.DRAFTING, DraftState.DRAFTING, null);
    }

    private PolicyDraft checked(long id, PolicyDraft.Content c, String department, DraftState state) {
        String title = required("title", c.title(), 200);
        String issuer = required("issuer", c.issuer(), 100);
        if (c.topic() == null) {
            throw new RefusedException("topic", "policy.draft.error.required");
        }
        String body = required("body", c.body(), 8000);
        String benefits = required("benefits", c.benefits(), 2000);
        String eligibility = required("eligibility", c.eligibility(), 2000);
        if (c.validFrom() == null) {
            throw new RefusedException("validFrom", "policy.draft.error.required");
        }
        if (c.validTo() == null) {
            throw new RefusedException("validTo", "policy.draft.error.required");
        }
        if (!c.validTo().isAfter(c.validFrom())) {
            throw new RefusedException("validTo", "policy.draft.error.valid-to", c.validFrom());
        }
        if (c.budget() != null && c.budget().amount().signum() < 0) {
            throw new RefusedException("budget", "policy.draft.error.budget");
        }
        known("sources", DraftSource.Kind.SUGGESTION, c.suggestionIds());
        known("reserve", DraftSource.Kind.RESERVE, c.reserveIds());
        return new PolicyDraft(id, title, issuer, c.topic(), body, benefits, eligibility, c.validFrom(),
                c.validTo(), c.budget(), department, state, null, null, null, null, null, null, null, null,
                user().login(), clock.instant());
    }

    // reading, staff

    public Optional<PolicyDraft> find(long id) {
        return repository.find(readable(), id);
    }

    public List<PolicyDraft> list(DraftState state, int offset, int limit) {
        return repository.list(readable(), state, offset, limit);
    }

    public long count(DraftState state) {
        return repository.count(readable(), state);
    }

    /** The suggestions a draft answers (ids of the suggestion side). */
    public List<Long> suggestionSources(long id) {
        return find(id).map(d -> repository.sources(id, DraftRepository.SUGGESTION)).orElse(List.of());
    }

    /** The reserve-library entries (groups or single suggestions) a draft answers. */
    public List<Long> reserveSources(long id) {
        return find(id).map(d -> repository.sources(id, DraftRepository.RESERVE)).orElse(List.of());
    }

    /**
     * A draft's sources of {@code kind} as the reader may see them: described when they may read the source, else
     * by number only (a drafter of another department still sees that the draft answers suggestion 117).
     */
    public List<DraftSource> sources(long id, DraftSource.Kind kind) {
        List<Long> ids = kind == DraftSource.Kind.SUGGESTION ? suggestionSources(id) : reserveSources(id);
        Map<Long, DraftSource> described = new HashMap<>();
        sources.describe(kind, ids).forEach(s -> described.put(s.id(), s));
        return ids.stream().map(i -> described.getOrDefault(i, new DraftSource(kind, i, null))).toList();
    }

    /** What a drafter may link as sources of {@code kind}: by number or words, at most {@code limit}. */
    public List<DraftSource> sourceOptions(DraftSource.Kind kind, String text, int limit) {
        access.check(DraftWorkflow.DRAFT);
        return sources.search(kind, text, limit);
    }

    /** Refuses numbers that are not positive or name no source of {@code kind}, listing the unknown ones. */
    private void known(String field, DraftSource.Kind kind, List<Long> ids) {
        for (Long source : ids) {
            if (source == null || source <= 0) {
                throw new RefusedException(field, "policy.draft.error.source");
            }
        }
        Set<Long> existing = ids.isEmpty() ? Set.of() : sources.existing(kind, ids);
        List<Long> unknown = ids.stream().filter(i -> !existing.contains(i)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new RefusedException(field, "policy.draft.error.source-unknown",
                    String.join("、", unknown.stream().map(String::valueOf).toList()));
        }
    }

    public Optional<FairCompetitionReview> fairReview(PolicyDraft draft) {
        readable();
        return draft.fairReviewId() == null ? Optional.empty() : repository.fairReview(draft.fairReviewId());
    }

    public Optional<LegalReview> legalReview(PolicyDraft draft) {
        readable();
        return draft.legalReviewId() == null ? Optional.empty() : repository.legalReview(draft.legalReviewId());
    }

    private RecordScope readable() {
        access.check(DraftWorkflow.READ);
        return RecordScope.of(access, DraftWorkflow.READ);
    }

    /** The draft's steps, oldest first: only of a draft the user may see. */
    public List<TimelineEntry> history(long id) {
        return find(id).map(d -> timeline.of(DraftWorkflow.PLUGIN, DraftWorkflow.TYPE, String.valueOf(id)))
                .orElse(List.of());
    }

    /** The steps the user may take now on {@code draft}, holding their permission in the draft's department. */
    public List<Transition<DraftState, PolicyDraft>> actions(PolicyDraft draft) {
        return DraftWorkflow.MACHINE.available(draft.state(), draft, access).stream()
                .filter(t -> access.scope(t.permission()).includes(draft.departmentCode())).toList();
    }

    // the reviews, in order

    /** The drafter's fair-competition self-review: all four categories with reasons, the operators heard. */
    public PolicyDraft selfReview(long id, List<FairCompetitionReview.Answer> answers, String operatorsHeard,
            String operatorsSaid) {
        PolicyDraft draft = changeable(id, DraftWorkflow.DRAFT);
        ReviewOrder.check(ReviewOrder.SELF_REVIEW, draft, null, null, null, today());
        FairCompetitionReview.check(answers, operatorsHeard, operatorsSaid);
        FairCompetitionReview review = new FairCompetitionReview(0, id, answers.stream()
                .map(a -> new FairCompetitionReview.Answer(a.category(), a.restricts(), a.reasons().strip())).toList(),
                operatorsHeard.strip(), operatorsSaid.strip(), user().login(), clock.instant());
        repository.selfReviewed(id, review).orElseThrow(() -> new RefusedException(null, "policy.draft.error.changed"));
        return recorded(id, ReviewOrder.SELF_REVIEW, draft.state(), DraftState.FAIR_REVIEWED,
                operatorsHeard.strip());
    }

    /**
     * Opens the public comment period as the platform's public notice (公示) of {@code days} calendar days from
     * {@code start} (today when {@code null}): at least {@value ReviewOrder#MIN_COMMENT_DAYS}.
     */
    public PolicyDraft openComment(long id, int days, LocalDate start) {
        PolicyDraft draft = changeable(id, DraftWorkflow.DRAFT);
        ReviewOrder.check(ReviewOrder.OPEN_COMMENT, draft, fairReviewOf(draft), null, null, today());
        if (days < ReviewOrder.MIN_COMMENT_DAYS || days > 365) {
            throw new RefusedException("days", "policy.draft.error.comment-short", ReviewOrder.MIN_COMMENT_DAYS);
        }
        PublicNotice notice = notices.open(new NoticeRequest(DraftWorkflow.PLUGIN, DraftWorkflow.TYPE,
                String.valueOf(id), "政策草案征求意见：" + draft.title(), excerpt(draft),
                NoticePeriod.calendarDays(days), start, DraftWorkflow.DRAFT, draft.departmentCode()));
        if (!repository.commentOpened(id, notice.id(), notice.startDate(), notice.endDate())) {
            notices.withdraw(notice.id(), "草案已被他人办理");
            throw new RefusedException(null, "policy.draft.error.changed");
        }
        return recorded(id, ReviewOrder.OPEN_COMMENT, draft.state(), DraftState.IN_COMMENT,
                notice.startDate() + " – " + notice.endDate());
    }

    private static String excerpt(PolicyDraft draft) {
        String text = draft.benefits() + "\n" + draft.body();
        return text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
    }

    /** Submits the draft to the legality review with its fair-competition opinion, after the comment period. */
    public PolicyDraft submitLegal(long id) {
        PolicyDraft draft = changeable(id, DraftWorkflow.DRAFT);
        FairCompetitionReview fair = fairReviewOf(draft);
        ReviewOrder.check(ReviewOrder.SUBMIT_LEGAL, draft, fair, null, noticeState(draft), today());
        repository.submitted(id, fair.id(), user().login(), clock.instant())
                .orElseThrow(() -> new RefusedException(null, "policy.draft.error.changed"));
        return recorded(id, ReviewOrder.SUBMIT_LEGAL, draft.state(), DraftState.LEGAL_REVIEW, null);
    }

    /** The legal reviewer passes the draft, or returns it with reasons (required) to drafting. */
    public PolicyDraft decide(long id, LegalOutcome outcome, String reasons) {
        PolicyDraft draft = changeable(id, DraftWorkflow.LEGAL_REVIEW);
        String action = outcome == LegalOutcome.PASSED ? ReviewOrder.PASS : ReviewOrder.RETURN;
        LegalReview legal = draft.legalReviewId() == null ? null
                : repository.legalReview(draft.legalReviewId()).orElse(null);
        ReviewOrder.check(action, draft, fairReviewOf(draft), legal, noticeState(draft), today());
        String text = reasons == null || reasons.isBlank() ? null : reasons.strip();
        if (outcome == LegalOutcome.RETURNED && text == null) {
            throw new RefusedException("reason", "policy.draft.error.return-reasons");
        }
        if (text != null && text.length() > 2000) {
            throw new RefusedException("reason", "policy.draft.error.too-long", 2000);
        }
        if (!repository.decided(id, legal.id(), outcome, user().login(), text, clock.instant())) {
            throw new RefusedException(null, "policy.draft.error.changed");
        }
        return recorded(id, action, draft.state(), outcome == LegalOutcome.PASSED ? DraftState.APPROVED
                : DraftState.DRAFTING, text);
    }

    /** Publishes a draft that passed all three reviews as the next item of batch {@code batchNo}. */
    public PolicyDraft publish(long id, int batchNo) {
        PolicyDraft draft = changeable(id, DraftWorkflow.DRAFT);
        LegalReview legal = draft.legalReviewId() == null ? null
                : repository.legalReview(draft.legalReviewId()).orElse(null);
        ReviewOrder.check(ReviewOrder.PUBLISH, draft, fairReviewOf(draft), legal, noticeState(draft), today());
        if (batchNo < 1 || batchNo > 999) {
            throw new RefusedException("batch", "policy.draft.error.batch");
        }
        int item = repository.published(id, batchNo, "崂山区惠企政策清单（第" + batchNo + "批）", today())
                .orElseThrow(() -> new RefusedException(null, "policy.draft.error.changed"));
        return recorded(id, ReviewOrder.PUBLISH, draft.state(), DraftState.PUBLISHED,
                String.format("%d-%03d", batchNo, item));
    }

    /** The steps without a form of their own, for the screen's buttons: submit, pass, return. */
    public PolicyDraft fire(long id, String action, String reason) {
        return switch (action) {
            case ReviewOrder.SUBMIT_LEGAL -> submitLegal(id);
            case ReviewOrder.PASS -> decide(id, LegalOutcome.PASSED, reason);
            case ReviewOrder.RETURN -> decide(id, LegalOutcome.RETURNED, reason);
            default -> throw new RefusedException(null, "policy.draft.error.form-step");
        };
    }

    /** The state of the draft's comment notice (the platform closes it), {@code null} when it has none. */
    private NoticeState noticeState(PolicyDraft draft) {
        return draft.noticeId() == null ? null
                : notices.find(draft.noticeId()).map(PublicNotice::state).orElse(null);
    }

    /** Whether the draft's comment period is over (its notice closed by the platform, or its last day past). */
    public boolean commentOver(PolicyDraft draft) {
        return ReviewOrder.commentOver(draft, noticeState(draft), today());
    }

    private FairCompetitionReview fairReviewOf(PolicyDraft draft) {
        return draft.fairReviewId() == null ? null : repository.fairReview(draft.fairReviewId()).orElse(null);
    }

    /** The draft as the user may change it with {@code permission}: out of their scope it is not found. */
    private PolicyDraft changeable(long id, String permission) {
        access.check(permission);
        PolicyDraft draft = repository.find(RecordScope.of(access, permission), id)
                .orElseThrow(() -> new RefusedException(null, "policy.draft.error.not-found"));
        access.check(permission, draft.departmentCode());
        return draft;
    }

    // the public side: the comment period (the published list is PolicyList)

    /** Drafts in their comment period: enterprise users and staff with the comment permission. */
    public List<PolicyDraft> openForComment() {
        access.check(DraftWorkflow.COMMENT);
        return repository.inComment();
    }

    /** One draft in its comment period, for reading and commenting. */
    public Optional<PolicyDraft> findOpen(long id) {
        access.check(DraftWorkflow.COMMENT);
        return repository.findIn(id, DraftState.IN_COMMENT);
    }

    /** Comments on a draft during its period (within its first and last day); an enterprise's on its behalf. */
    public DraftComment comment(long id, String text) {
        PolicyDraft draft = findOpen(id).orElseThrow(() -> new RefusedException(null,
                "policy.draft.error.not-open"));
        LocalDate today = today();
        NoticeState notice = noticeState(draft);
        if (today.isBefore(draft.commentFrom()) || today.isAfter(draft.commentTo())
                || (draft.noticeId() != null && notice != NoticeState.OPEN)) {
            throw new RefusedException(null, "policy.draft.error.not-open");
        }
        String body = required("comment", text, 2000);
        CurrentUser user = user();
        DraftComment comment = new DraftComment(0, id, user.external() ? user.uscc() : null, user.login(),
                user.displayName(), body, clock.instant(), null, null, null);
        long commentId = repository.comment(comment);
        // the platform's timeline keeps a state with every entry: the draft's, which a comment does not change
        timeline.record(DraftWorkflow.PLUGIN, DraftWorkflow.TYPE, String.valueOf(id), "comment",
                draft.state().name(), draft.state().name(), null);
        events.post("COMMENTED", String.valueOf(id), draft.departmentCode(), Map.of("commentId", commentId));
        return repository.findComment(commentId).orElseThrow();
    }

    /**
     * A draft's comments: staff who may read the draft see all; an enterprise user (or anyone else with the
     * comment permission) only their own enterprise's, or their own.
     */
    public List<DraftComment> comments(long id) {
        if (access.has(DraftWorkflow.READ) && find(id).isPresent()) {
            return repository.comments(id, null);
        }
        access.check(DraftWorkflow.COMMENT);
        CurrentUser user = user();
        if (user.external() && user.uscc() != null) {
            return repository.comments(id, user.uscc());
        }
        return repository.comments(id, null).stream().filter(c -> c.login().equals(user.login())).toList();
    }

    /** The drafting department answers a comment (and may correct its answer). */
    public DraftComment answer(long commentId, String text) {
        DraftComment comment = repository.findComment(commentId)
                .orElseThrow(() -> new RefusedException(null, "policy.draft.error.not-found"));
        PolicyDraft draft = changeable(comment.draftId(), DraftWorkflow.DRAFT);
        String answer = required("answer", text, 2000);
        repository.answered(commentId, answer, user().login(), clock.instant());
        timeline.record(DraftWorkflow.PLUGIN, DraftWorkflow.TYPE, String.valueOf(draft.id()), "answer",
                draft.state().name(), draft.state().name(), comment.displayName());
        return repository.findComment(commentId).orElseThrow();
    }

    // shared

    private CurrentUser user() {
        return access.currentUser().orElseThrow(() -> new RefusedException(null, "policy.draft.error.not-found"));
    }

    /** Puts the step on the draft's timeline and announces its new state. */
    private PolicyDraft recorded(long id, String action, DraftState from, DraftState to, String note) {
        timeline.record(DraftWorkflow.PLUGIN, DraftWorkflow.TYPE, String.valueOf(id), action,
                from == null ? null : from.name(), to.name(), note);
        PolicyDraft draft = repository.find(RecordScope.ALL, id).orElseThrow();
        events.post(to.name(), String.valueOf(id), draft.departmentCode(), Map.of("title", draft.title()));
        return draft;
    }

    private static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new RefusedException(field, "policy.draft.error.required");
        }
        if (value.strip().length() > maxLength) {
            throw new RefusedException(field, "policy.draft.error.too-long", maxLength);
        }
        return value.strip();
    }
}
