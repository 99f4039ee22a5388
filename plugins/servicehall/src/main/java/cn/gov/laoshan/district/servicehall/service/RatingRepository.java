package cn.gov.laoshan.district.servicehall.service;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.servicehall.domain.Rating;
import cn.gov.laoshan.district.servicehall.domain.RatingLevel;
import cn.gov.laoshan.district.servicehall.domain.Rectification;
import cn.gov.laoshan.district.servicehall.domain.RectificationState;
import cn.gov.laoshan.district.servicehall.domain.Satisfaction;

/** Ratings, their rectifications and the published figures. */
public class RatingRepository {

    private static final String RECTIFICATION = "select x.*, r.id as r_id, r.visit_id, r.hall_code, r.item_code, "
            + "r.department, r.window_number, r.clerk_login, r.level, r.reasons, r.real_name, r.rated_on, r.rated_at, "
            + "r.late "
            + "from rectification x join rating r on r.id = x.rating_id";

    private final Jdbi jdbi;

    public RatingRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Inserts the rating and, for a bad one, its rectification due on {@code dueOn}, in one transaction. */
    public long insert(Rating r, LocalDate dueOn, String department) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("insert into rating (visit_id, hall_code, item_code, department, window_number, "
                    + "clerk_login, level, reasons, real_name, rated_on, rated_at, late) values (:visit, :hall, :item, "
                    + ":dept, :window, :clerk, :level, :reasons, :realName, :on, :at, :late)").bind("late", r.late() ? 1 : 0).bind("visit", r.visitId())
                    .bind("hall", r.hallCode()).bind("item", r.itemCode()).bind("dept", r.department())
                    .bind("window", r.windowNumber()).bind("clerk", r.clerkLogin()).bind("level", r.level().name())
                    .bind("reasons", r.reasons()).bind("realName", r.realName() ? 1 : 0)
                    .bind("on", Date.valueOf(r.ratedOn())).bind("at", Timestamp.from(r.ratedAt()))
                    .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
            if (dueOn != null) {
                h.createUpdate("insert into rectification (rating_id, state, due_on, department_code, opened_at) values "
                        + "(:rating, :state, :due, :dept, :at)").bind("rating", id)
                        .bind("state", RectificationState.OPEN.name()).bind("due", Date.valueOf(dueOn))
                        .bind("dept", department).bind("at", Timestamp.from(r.ratedAt())).execute();
            }
            return id;
        });
    }

    public boolean rated(long visitId) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from rating where visit_id = :v").bind("v", visitId)
                .mapTo(Integer.class).one()) > 0;
    }

    public Optional<Rectification> rectification(long id) {
        return jdbi.withHandle(h -> h.createQuery(RECTIFICATION + " where x.id = :id").bind("id", id)
                .map((rs, ctx) -> rectification(rs)).findOne());
    }

    public Optional<Rectification> rectificationOfRating(long ratingId) {
        return jdbi.withHandle(h -> h.createQuery(RECTIFICATION + " where x.rating_id = :id").bind("id", ratingId)
                .map((rs, ctx) -> rectification(rs)).findOne());
    }

    /** Rectifications, open ones first by due date; {@code openOnly} leaves out closed and dismissed ones. */
    public List<Rectification> rectifications(boolean openOnly) {
        return jdbi.withHandle(h -> h.createQuery(RECTIFICATION + (openOnly ? " where x.state not in ('CLOSED', "
                + "'DISMISSED')" : "") + " order by x.due_on, x.id").map((rs, ctx) -> rectification(rs)).list());
    }

    /** Moves the rectification on from the state it was read in, setting the given columns. */
    public boolean move(long id, RectificationState from, RectificationState to, Map<String, Object> columns) {
        StringBuilder set = new StringBuilder("state = :to");
        columns.keySet().forEach(c -> set.append(", ").append(c).append(" = :").append(c));
        return jdbi.withHandle(h -> h.createUpdate("update rectification set " + set + " where id = :id and state = :from")
                .bind("id", id).bind("from", from.name()).bind("to", to.name()).bindMap(columns).execute()) == 1;
    }

    public void callback(long id, String note, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("update rectification set callback_note = :note, callback_at = :at where id = :id")
                .bind("id", id).bind("note", note).bind("at", Timestamp.from(at)).execute());
    }

    /** Ratings from {@code from} to {@code to} (both included) counted per level, grouped by {@code by}. */
    public List<Satisfaction> satisfaction(Satisfaction.By by, LocalDate from, LocalDate to) {
        Map<String, Map<RatingLevel, Integer>> counts = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("select hall_code, department, item_code, rated_on, level from rating "
                + "where rated_on >= :from and rated_on <= :to order by rated_on").bind("from", Date.valueOf(from))
                .bind("to", Date.valueOf(to)).map((rs, ctx) -> {
                    String key = switch (by) {
                        case HALL -> rs.getString(1);
                        case DEPARTMENT -> rs.getString(2);
                        case ITEM -> rs.getString(3);
                        case MONTH -> rs.getDate(4).toLocalDate().toString().substring(0, 7);
                    };
                    counts.computeIfAbsent(key, k -> new EnumMap<>(RatingLevel.class))
                            .merge(RatingLevel.valueOf(rs.getString(5)), 1, Integer::sum);
                    return 0;
                }).list());
        return counts.entrySet().stream().map(e -> new Satisfaction(e.getKey(), e.getValue())).toList();
    }

    /** The ratings given from {@code from} to {@code to} (inclusive), oldest first, for the export. */
    public List<Rating> ratings(LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("select r.id as r_id, r.* from rating r where r.rated_on between "
                + ":from and :to order by r.rated_at, r.id").bind("from", Date.valueOf(from)).bind("to", Date.valueOf(to))
                .map((rs, ctx) -> rating(rs)).list());
    }

    private static Rating rating(ResultSet rs) throws SQLException {
        int window = rs.getInt("window_number");
        Integer windowNumber = rs.wasNull() ? null : window;
        return new Rating(rs.getLong("r_id"), rs.getLong("visit_id"), rs.getString("hall_code"),
                rs.getString("item_code"), rs.getString("department"), windowNumber, rs.getString("clerk_login"),
                RatingLevel.valueOf(rs.getString("level")), rs.getString("reasons"), rs.getInt("real_name") == 1,
                rs.getDate("rated_on").toLocalDate(), rs.getTimestamp("rated_at").toInstant(), rs.getInt("late") == 1);
    }

    static Rectification rectification(ResultSet rs) throws SQLException {
        Rating rating = rating(rs);
        Timestamp callback = rs.getTimestamp("callback_at");
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Rectification(rs.getLong("id"), rs.getLong("rating_id"),
                RectificationState.valueOf(rs.getString("state")), rs.getDate("due_on").toLocalDate(),
                rs.getString("assignee"), rs.getString("finding"), rs.getString("fix_note"), rs.getString("report_note"),
                rs.getString("callback_note"), callback == null ? null : callback.toInstant(), rs.getString("appeal_note"),
                rs.getString("department_code"), rs.getTimestamp("opened_at").toInstant(),
                closed == null ? null : closed.toInstant(), rating);
    }
}
