package cn.gov.laoshan.district.policy.draft.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

import cn.gov.laoshan.district.api.money.YuanJdbi;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.policy.draft.domain.CompetitionCategory;
import cn.gov.laoshan.district.policy.draft.domain.DraftComment;
import cn.gov.laoshan.district.policy.draft.domain.DraftState;
import cn.gov.laoshan.district.policy.draft.domain.FairCompetitionReview;
import cn.gov.laoshan.district.policy.draft.domain.LegalOutcome;
import cn.gov.laoshan.district.policy.draft.domain.LegalReview;
import cn.gov.laoshan.district.policy.draft.domain.PolicyDraft;

/**
 * The drafts, their reviews, comments and the policy list's batches. Staff reads take the caller's department scope;
 * the public reads (drafts in their comment period, published policies) take a state instead. State changes are
 * conditional on the state the draft was read in, so two people taking the same step cannot both succeed.
 */
public class DraftRepository {

    private static final RowMapper<PolicyDraft> DRAFT = ConstructorMapper.of(PolicyDraft.class);
    private static final RowMapper<DraftComment> COMMENT = ConstructorMapper.of(DraftComment.class);
    private static final RowMapper<LegalReview> LEGAL = ConstructorMapper.of(LegalReview.class);
    private static final RecordScope.Columns COLUMNS = RecordScope.columns("department_code");

    /** Source kinds of {@code policy_draft_source}. */
    public static final String SUGGESTION = "SUGGESTION";
    public static final String RESERVE = "RESERVE";

    private final Jdbi jdbi;

    public DraftRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
        jdbi.installPlugin(new YuanJdbi());
    }

    public long insert(PolicyDraft d, List<Long> suggestionIds, List<Long> reserveIds) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("insert into policy_draft (title, issuer, topic, body, benefits, eligibility, "
                    + "valid_from, valid_to, budget, department_code, state, created_by, created_at) values (:title, "
                    + ":issuer, :topic, :body, :benefits, :eligibility, :validFrom, :validTo, :budget, "
                    + ":departmentCode, :state, :createdBy, :createdAt)").bindMethods(d)
                    .bind("topic", d.topic().name()).bind("state", d.state().name())
                    .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
            sources(h, id, suggestionIds, reserveIds);
            return id;
        });
    }

    /** Changes the content of a draft that is still being drafted; false when it moved on meanwhile. */
    public boolean update(long id, PolicyDraft d, List<Long> suggestionIds, List<Long> reserveIds) {
        return jdbi.inTransaction(h -> {
            int n = h.createUpdate("update policy_draft set title = :title, issuer = :issuer, topic = :topic, "
                    + "body = :body, benefits = :benefits, eligibility = :eligibility, valid_from = :validFrom, "
                    + "valid_to = :validTo, budget = :budget where id = :id and state = 'DRAFTING'").bindMethods(d)
                    .bind("topic", d.topic().name()).bind("id", id).execute();
            if (n == 1) {
                h.createUpdate("delete from policy_draft_source where draft_id = :id").bind("id", id).execute();
                sources(h, id, suggestionIds, reserveIds);
            }
            return n == 1;
        });
    }

    private static void sources(Handle h, long id, List<Long> suggestionIds, List<Long> reserveIds) {
        for (Long s : suggestionIds.stream().distinct().toList()) {
            h.createUpdate("insert into policy_draft_source (draft_id, kind, source_id) values (:d, :k, :s)")
                    .bind("d", id).bind("k", SUGGESTION).bind("s", s).execute();
        }
        for (Long s : reserveIds.stream().distinct().toList()) {
            h.createUpdate("insert into policy_draft_source (draft_id, kind, source_id) values (:d, :k, :s)")
                    .bind("d", id).bind("k", RESERVE).bind("s", s).execute();
        }
    }

    /** The ids of a draft's sources of {@code kind}, ascending. */
    public List<Long> sources(long draftId, String kind) {
        return jdbi.withHandle(h -> h.createQuery("select source_id from policy_draft_source where draft_id = :d "
                + "and kind = :k order by source_id").bind("d", draftId).bind("k", kind).mapTo(Long.class).list());
    }

    public Optional<PolicyDraft> find(RecordScope scope, long id) {
        RecordScope.Condition in = scope.condition(COLUMNS);
        return jdbi.withHandle(h -> in.bind(h.createQuery("select * from policy_draft" + in.and(" where id = :id")))
                .bind("id", id).map(DRAFT).findOne());
    }

    /** A draft in one of {@code states}, whoever asks (the public reads: comment period, published list). */
    public Optional<PolicyDraft> findIn(long id, DraftState state) {
        return jdbi.withHandle(h -> h.createQuery("select * from policy_draft where id = :id and state = :state")
                .bind("id", id).bind("state", state.name()).map(DRAFT).findOne());
    }

    public List<PolicyDraft> list(RecordScope scope, DraftState state, int offset, int limit) {
        return jdbi.withHandle(h -> scoped(h, "select *", scope, state, " order by id desc offset :offset rows "
                + "fetch next :limit rows only").bind("offset", offset).bind("limit", limit).map(DRAFT).list());
    }

    public long count(RecordScope scope, DraftState state) {
        return jdbi.withHandle(h -> scoped(h, "select count(*)", scope, state, "").mapTo(Long.class).one());
    }

    private static Query scoped(Handle h, String select, RecordScope scope, DraftState state, String rest) {
        RecordScope.Condition in = scope.condition(COLUMNS);
        Query query = in.bind(h.createQuery(select + " from policy_draft"
                + in.and(state == null ? "" : " where state = :state") + rest));
        return state == null ? query : query.bind("state", state.name());
    }

    /** Drafts in their comment period, newest first (what enterprises may read and comment on). */
    public List<PolicyDraft> inComment() {
        return jdbi.withHandle(h -> h.createQuery("select * from policy_draft where state = 'IN_COMMENT' "
                + "order by comment_from desc, id desc").map(DRAFT).list());
    }

    // the published list: no department scope (it is public), filtered by batch, issuer and topic

    public List<PolicyDraft> published(PolicyListFilter filter, int offset, int limit) {
        return jdbi.withHandle(h -> publishedQuery(h, "select *", filter, " order by batch_no, item_no offset "
                + ":offset rows fetch next :limit rows only").bind("offset", offset).bind("limit", limit)
                .map(DRAFT).list());
    }

    public long countPublished(PolicyListFilter filter) {
        return jdbi.withHandle(h -> publishedQuery(h, "select count(*)", filter, "").mapTo(Long.class).one());
    }

    private static Query publishedQuery(Handle h, String select, PolicyListFilter filter, String rest) {
        List<String> where = new ArrayList<>(List.of("state = 'PUBLISHED'"));
        Map<String, Object> values = new LinkedHashMap<>();
        if (filter.batchNo() != null) {
            where.add("batch_no = :batchNo");
            values.put("batchNo", filter.batchNo());
        }
        if (filter.issuer() != null) {
            where.add("issuer = :issuer");
            values.put("issuer", filter.issuer());
        }
        if (filter.topic() != null) {
            where.add("topic = :topic");
            values.put("topic", filter.topic().name());
        }
        return h.createQuery(select + " from policy_draft where " + String.join(" and ", where) + rest)
                .bindMap(values);
    }

    public List<String> publishedIssuers() {
        return jdbi.withHandle(h -> h.createQuery("select distinct issuer from policy_draft where state = "
                + "'PUBLISHED' order by issuer").mapTo(String.class).list());
    }

    public List<PolicyBatch> batches() {
        return jdbi.withHandle(h -> h.createQuery("select b.batch_no, b.title, b.published_on, (select count(*) "
                + "from policy_draft d where d.batch_no = b.batch_no and d.state = 'PUBLISHED') as policies "
                + "from policy_batch b order by b.batch_no")
                .map((rs, ctx) -> new PolicyBatch(rs.getInt(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getInt(4))).list());
    }

    // the reviews

    /** Stores the self-review and moves the draft on, in one transaction; empty when the draft moved meanwhile. */
    public Optional<Long> selfReviewed(long draftId, FairCompetitionReview review) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("insert into policy_fair_review (draft_id, operators_heard, operators_said, "
                    + "reviewed_by, reviewed_at) values (:draftId, :operatorsHeard, :operatorsSaid, :reviewedBy, "
                    + ":reviewedAt)").bindMethods(review).executeAndReturnGeneratedKeys().mapTo(Long.class).one();
            for (FairCompetitionReview.Answer a : review.answers()) {
                h.createUpdate("insert into policy_fair_answer (review_id, category, restricts, reasons) values "
                        + "(:r, :c, :x, :reasons)").bind("r", id).bind("c", a.category().name())
                        .bind("x", a.restricts() ? 1 : 0).bind("reasons", a.reasons()).execute();
            }
            int moved = h.createUpdate("update policy_draft set state = 'FAIR_REVIEWED', fair_review_id = :r "
                    + "where id = :id and state = 'DRAFTING'").bind("r", id).bind("id", draftId).execute();
            if (moved != 1) {
                h.rollback();
                return Optional.<Long>empty();
            }
            return Optional.of(id);
        });
    }

    public Optional<FairCompetitionReview> fairReview(long reviewId) {
        return jdbi.withHandle(h -> {
            List<FairCompetitionReview.Answer> answers = h.createQuery("select category, restricts, reasons from "
                    + "policy_fair_answer where review_id = :r").bind("r", reviewId)
                    .map((rs, ctx) -> new FairCompetitionReview.Answer(
                            CompetitionCategory.valueOf(rs.getString(1)), rs.getInt(2) != 0, rs.getString(3)))
                    .stream().sorted(java.util.Comparator.comparing(FairCompetitionReview.Answer::category)).toList();
            return h.createQuery("select id, draft_id, operators_heard, operators_said, reviewed_by, reviewed_at "
                    + "from policy_fair_review where id = :r").bind("r", reviewId)
                    .map((rs, ctx) -> new FairCompetitionReview(rs.getLong(1), rs.getLong(2), answers,
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
                    .findOne();
        });
    }

    /** A comment period held outside the platform (before it), recorded by its days: no notice. */
    public boolean commentHeld(long draftId, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createUpdate("update policy_draft set state = 'IN_COMMENT', comment_from = :f, "
                + "comment_to = :t where id = :id and state = 'FAIR_REVIEWED'").bind("f", from).bind("t", to)
                .bind("id", draftId).execute()) == 1;
    }

    /** Every draft's title (the demo seeding makes what is missing). */
    public List<String> titles() {
        return jdbi.withHandle(h -> h.createQuery("select title from policy_draft").mapTo(String.class).list());
    }

    public boolean commentOpened(long draftId, long noticeId, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createUpdate("update policy_draft set state = 'IN_COMMENT', notice_id = :n, "
                + "comment_from = :f, comment_to = :t where id = :id and state = 'FAIR_REVIEWED'").bind("n", noticeId)
                .bind("f", from).bind("t", to).bind("id", draftId).execute()) == 1;
    }

    /** The submission to the legality review, carrying the fair-competition review; empty when the draft moved. */
    public Optional<Long> submitted(long draftId, long fairReviewId, String by, Instant at) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("insert into policy_legal_review (draft_id, fair_review_id, submitted_by, "
                    + "submitted_at) values (:d, :f, :by, :at)").bind("d", draftId).bind("f", fairReviewId)
                    .bind("by", by).bind("at", at).executeAndReturnGeneratedKeys().mapTo(Long.class).one();
            int moved = h.createUpdate("update policy_draft set state = 'LEGAL_REVIEW', legal_review_id = :l "
                    + "where id = :id and state = 'IN_COMMENT'").bind("l", id).bind("id", draftId).execute();
            if (moved != 1) {
                h.rollback();
                return Optional.<Long>empty();
            }
            return Optional.of(id);
        });
    }

    public Optional<LegalReview> legalReview(long reviewId) {
        return jdbi.withHandle(h -> h.createQuery("select * from policy_legal_review where id = :id")
                .bind("id", reviewId).map(LEGAL).findOne());
    }

    /**
     * The legal reviewer's decision. Passed, the draft is approved; returned, it goes back to drafting without its
     * reviews (the changed text needs them again; the old ones stay in their tables and on the timeline).
     */
    public boolean decided(long draftId, long reviewId, LegalOutcome outcome, String reviewer, String reasons,
            Instant at) {
        return jdbi.inTransaction(h -> {
            String next = outcome == LegalOutcome.PASSED ? "state = 'APPROVED'"
                    : "state = 'DRAFTING', fair_review_id = null, notice_id = null, comment_from = null, "
                            + "comment_to = null, legal_review_id = null";
            int moved = h.createUpdate("update policy_draft set " + next + " where id = :id and state = "
                    + "'LEGAL_REVIEW' and legal_review_id = :r").bind("id", draftId).bind("r", reviewId).execute();
            if (moved != 1) {
                return false;
            }
            h.createUpdate("update policy_legal_review set outcome = :o, reviewer = :by, reasons = :reasons, "
                    + "decided_at = :at where id = :r").bind("o", outcome.name()).bind("by", reviewer)
                    .bind("reasons", reasons).bind("at", at).bind("r", reviewId).execute();
            return true;
        });
    }

    /**
     * Publishes an approved draft as the next item of batch {@code batchNo}, making the batch when it is new. Runs
     * serialisably per batch by taking the batch row first, so two publications never get one number.
     */
    public Optional<Integer> published(long draftId, int batchNo, String batchTitle, LocalDate on) {
        return jdbi.inTransaction(h -> {
            int exists = h.createUpdate("update policy_batch set title = title where batch_no = :b")
                    .bind("b", batchNo).execute();
            if (exists == 0) {
                h.createUpdate("insert into policy_batch (batch_no, title, published_on) values (:b, :t, :on)")
                        .bind("b", batchNo).bind("t", batchTitle).bind("on", on).execute();
            }
            int item = h.createQuery("select coalesce(max(item_no), 0) + 1 from policy_draft where batch_no = :b")
                    .bind("b", batchNo).mapTo(Integer.class).one();
            int moved = h.createUpdate("update policy_draft set state = 'PUBLISHED', batch_no = :b, item_no = :i, "
                    + "published_on = :on where id = :id and state = 'APPROVED'").bind("b", batchNo)
                    .bind("i", item).bind("on", on).bind("id", draftId).execute();
            if (moved != 1) {
                h.rollback();
                return Optional.<Integer>empty();
            }
            return Optional.of(item);
        });
    }

    // comments

    public long comment(DraftComment c) {
        return jdbi.withHandle(h -> h.createUpdate("insert into policy_draft_comment (draft_id, uscc, login, "
                + "display_name, body, commented_at) values (:draftId, :uscc, :login, :displayName, :body, "
                + ":commentedAt)").bindMethods(c).executeAndReturnGeneratedKeys().mapTo(Long.class).one());
    }

    /** A draft's comments, oldest first; only {@code uscc}'s when it is given (an enterprise user's own). */
    public List<DraftComment> comments(long draftId, String uscc) {
        return jdbi.withHandle(h -> {
            Query query = h.createQuery("select * from policy_draft_comment where draft_id = :d"
                    + (uscc == null ? "" : " and uscc = :u") + " order by id").bind("d", draftId);
            return (uscc == null ? query : query.bind("u", uscc)).map(COMMENT).list();
        });
    }

    public Optional<DraftComment> findComment(long id) {
        return jdbi.withHandle(h -> h.createQuery("select * from policy_draft_comment where id = :id")
                .bind("id", id).map(COMMENT).findOne());
    }

    public boolean answered(long commentId, String answer, String by, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("update policy_draft_comment set answer = :a, answered_by = :by, "
                + "answered_at = :at where id = :id").bind("a", answer).bind("by", by).bind("at", at)
                .bind("id", commentId).execute()) == 1;
    }
}
