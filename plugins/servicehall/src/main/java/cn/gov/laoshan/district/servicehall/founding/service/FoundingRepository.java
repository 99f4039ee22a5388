package cn.gov.laoshan.district.servicehall.founding.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.money.YuanColumns;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.servicehall.founding.domain.EntityType;
import cn.gov.laoshan.district.servicehall.founding.domain.FoundingOrder;
import cn.gov.laoshan.district.servicehall.founding.domain.FoundingState;
import cn.gov.laoshan.district.servicehall.founding.domain.ServiceContract;

/** The SQL of the free agency: contracts and orders; every list of orders in the reader's scope. */
public class FoundingRepository {

    private static final String ORDERS = "select o.*, a.supplier_name as agency_name, e.supplier_name as "
            + "engraver_name from founding_order o join founding_contract a on a.id = o.agency_contract_id left join "
            + "founding_contract e on e.id = o.engraver_contract_id";

    private static final RowMapper<ServiceContract> CONTRACT = (rs, ctx) -> new ServiceContract(rs.getLong("id"),
            rs.getString("contract_no"), ServiceContract.Kind.valueOf(rs.getString("kind")),
            rs.getString("supplier_uscc"), rs.getString("supplier_name"), YuanColumns.get(rs, "amount"),
            YuanColumns.get(rs, "unit_price"), YuanColumns.get(rs, "used"), rs.getDate("starts_on").toLocalDate(),
            rs.getDate("ends_on").toLocalDate());

    private static final RowMapper<FoundingOrder> ORDER = (rs, ctx) -> new FoundingOrder(rs.getLong("id"),
            rs.getString("order_no"), FoundingState.valueOf(rs.getString("state")), rs.getString("founder_name"),
            rs.getString("founder_mobile"), rs.getString("proposed_name"),
            EntityType.valueOf(rs.getString("entity_type")), rs.getString("address"),
            rs.getLong("agency_contract_id"), rs.getString("agency_uscc"), rs.getString("agency_name"),
            YuanColumns.get(rs, "agency_cost"), rs.getString("taken_by"), instant(rs.getTimestamp("taken_at")),
            rs.getString("uscc"), rs.getString("registered_name"),
            rs.getDate("registered_on") == null ? null : rs.getDate("registered_on").toLocalDate(),
            rs.getInt("registry_linked") == 1, (Long) (rs.getObject("engraver_contract_id") == null ? null
                    : rs.getLong("engraver_contract_id")), rs.getString("engraver_uscc"),
            rs.getString("engraver_name"), YuanColumns.get(rs, "seal_cost"),
            instant(rs.getTimestamp("seals_ordered_at")), instant(rs.getTimestamp("seals_made_at")),
            instant(rs.getTimestamp("handed_over_at")), rs.getString("handed_to"), rs.getString("department_code"),
            instant(rs.getTimestamp("created_at")));

    private final Jdbi jdbi;

    public FoundingRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    // contracts

    List<ServiceContract> contracts() {
        return jdbi.withHandle(h -> h.createQuery("select * from founding_contract order by kind, id").map(CONTRACT)
                .list());
    }

    Optional<ServiceContract> contract(long id) {
        return jdbi.withHandle(h -> h.createQuery("select * from founding_contract where id = :id").bind("id", id)
                .map(CONTRACT).findOne());
    }

    long insertContract(ServiceContract c, String department, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("insert into founding_contract (contract_no, kind, supplier_uscc, "
                + "supplier_name, amount, unit_price, used, starts_on, ends_on, department_code, created_at) values "
                + "(:no, :kind, :uscc, :name, :amount, :unit, 0, :from, :to, :dep, :at)").bind("no", c.number())
                .bind("kind", c.kind().name()).bind("uscc", c.supplierUscc()).bind("name", c.supplierName())
                .bind("amount", c.amount().amount()).bind("unit", c.unitPrice().amount()).bind("from", c.startsOn())
                .bind("to", c.endsOn()).bind("dep", department).bind("at", Timestamp.from(at))
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one());
    }

    /**
     * Charges one unit to a contract of {@code kind} running on {@code day} with room left — the one with the fewest
     * orders still open, so the work is shared — in one conditional update; empty when none has room.
     */
    Optional<ServiceContract> charge(ServiceContract.Kind kind, LocalDate day) {
        return jdbi.inTransaction(h -> {
            List<ServiceContract> candidates = h.createQuery("select c.* from founding_contract c where c.kind = "
                    + ":kind and c.starts_on <= :day and c.ends_on >= :day and c.used + c.unit_price <= c.amount "
                    + "order by (select count(*) from founding_order o where (o.agency_contract_id = c.id or "
                    + "o.engraver_contract_id = c.id) and o.state not in ('HANDED_OVER', 'CANCELLED')), c.id")
                    .bind("kind", kind.name()).bind("day", day).map(CONTRACT).list();
            for (ServiceContract c : candidates) {
                int charged = h.createUpdate("update founding_contract set used = used + unit_price where id = :id "
                        + "and used + unit_price <= amount").bind("id", c.id()).execute();
                if (charged == 1) {
                    return Optional.of(c);
                }
            }
            return Optional.<ServiceContract>empty();
        });
    }

    /** Gives a charged unit back (an order cancelled before the agency took it). */
    void release(long contractId) {
        jdbi.useHandle(h -> h.createUpdate("update founding_contract set used = used - unit_price where id = :id")
                .bind("id", contractId).execute());
    }

    // orders

    long insertOrder(FoundingOrder.Intake in, ServiceContract agency, String department, Instant at) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("insert into founding_order (order_no, state, founder_name, founder_mobile, "
                    + "proposed_name, entity_type, address, agency_contract_id, agency_uscc, agency_cost, "
                    + "department_code, created_at) values (:no, 'ORDERED', :fn, :fm, :pn, :type, :addr, :ac, :au, "
                    + ":cost, :dep, :at)").bind("no", "tmp-" + java.util.UUID.randomUUID().toString().substring(0, 15))
                    .bind("fn", in.founderName()).bind("fm", in.founderMobile()).bind("pn", in.proposedName())
                    .bind("type", in.entityType().name()).bind("addr", in.address()).bind("ac", agency.id())
                    .bind("au", agency.supplierUscc()).bind("cost", agency.unitPrice().amount()).bind("dep", department)
                    .bind("at", Timestamp.from(at)).executeAndReturnGeneratedKeys().mapTo(Long.class).one();
            String number = String.format("DB%s-%05d", java.time.format.DateTimeFormatter.ofPattern("yyMMdd")
                    .format(at.atZone(java.time.ZoneId.of("Asia/Shanghai"))), id);
            h.createUpdate("update founding_order set order_no = :no where id = :id").bind("no", number).bind("id", id)
                    .execute();
            return id;
        });
    }

    List<FoundingOrder> orders(RecordScope scope, RecordScope.Columns columns, FoundingState state) {
        RecordScope.Condition in = scope.condition(columns);
        return jdbi.withHandle(h -> {
            var q = h.createQuery(ORDERS + in.and(state == null ? "" : " where o.state = :state") + " order by o.id "
                    + "desc");
            in.bind(q);
            if (state != null) {
                q.bind("state", state.name());
            }
            return q.map(ORDER).list();
        });
    }

    Optional<FoundingOrder> order(RecordScope scope, RecordScope.Columns columns, long id) {
        RecordScope.Condition in = scope.condition(columns);
        return jdbi.withHandle(h -> in.bind(h.createQuery(ORDERS + in.and(" where o.id = :id"))).bind("id", id)
                .map(ORDER).findOne());
    }

    /** Moves the order from {@code from} to {@code to} and sets {@code columns}, only if it is still in {@code from}. */
    boolean move(long id, FoundingState from, FoundingState to, Map<String, Object> columns) {
        StringBuilder set = new StringBuilder("update founding_order set state = :to");
        columns.keySet().forEach(c -> set.append(", ").append(c).append(" = :").append(c));
        return jdbi.withHandle(h -> {
            var u = h.createUpdate(set + " where id = :id and state = :from").bind("to", to.name())
                    .bind("from", from.name()).bind("id", id);
            columns.forEach((c, v) -> u.bind(c, v instanceof Instant i ? Timestamp.from(i)
                    : v instanceof Yuan y ? y.amount() : v));
            return u.execute() == 1;
        });
    }

    /** Enterprises registered and what the district paid for them (the agency's and seals' charges). */
    Map<String, Object> served(String department) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) as n, coalesce(sum(agency_cost), 0) as agency, "
                + "coalesce(sum(seal_cost), 0) as seals from founding_order where department_code = :dep and state in "
                + "('REGISTERED', 'SEALS_ORDERED', 'SEALS_MADE', 'HANDED_OVER')").bind("dep", department).mapToMap()
                .one());
    }
}
