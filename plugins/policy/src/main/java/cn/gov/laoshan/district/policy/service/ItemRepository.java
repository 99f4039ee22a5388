package cn.gov.laoshan.district.policy.service;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.policy.domain.Item;
import cn.gov.laoshan.district.policy.domain.ItemState;

/** The plugin's table; every read takes the caller's department scope. */
public class ItemRepository {

    /** Columns to the record's components by name ({@code received_on} to {@code receivedOn}; states by name). */
    private static final RowMapper<Item> ITEM = ConstructorMapper.of(Item.class);

    /** Department scope looks at the record's department. */
    private static final RecordScope.Columns COLUMNS = RecordScope.columns("department_code");

    private final Jdbi jdbi;

    public ItemRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public long insert(Item item) {
        return jdbi.withHandle(h -> h.createUpdate("insert into item (title, applicant, phone, received_on, "
                + "department_code, state, created_by, created_at) values (:title, :applicant, :phone, :receivedOn, "
                + ":departmentCode, :state, :createdBy, :createdAt)").bindMethods(item)
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one());
    }

    public Optional<Item> find(RecordScope scope, long id) {
        RecordScope.Condition in = scope.condition(COLUMNS);
        return jdbi.withHandle(h -> in.bind(h.createQuery("select * from item" + in.and(" where id = :id")))
                .bind("id", id).map(ITEM).findOne());
    }

    public List<Item> list(RecordScope scope, ItemState state, int offset, int limit) {
        return jdbi.withHandle(h -> where(h, "select *", scope, state, " order by id desc offset :offset rows "
                + "fetch next :limit rows only").bind("offset", offset).bind("limit", limit).map(ITEM).list());
    }

    public long count(RecordScope scope, ItemState state) {
        return jdbi.withHandle(h -> where(h, "select count(*)", scope, state, "").mapTo(Long.class).one());
    }

    private static Query where(Handle h, String select, RecordScope scope, ItemState state, String rest) {
        RecordScope.Condition in = scope.condition(COLUMNS);
        Query query = in.bind(h.createQuery(select + " from item"
                + in.and(state == null ? "" : " where state = :state") + rest));
        return state == null ? query : query.bind("state", state.name());
    }

    /** Moves the record on only from the state it was read in: a concurrent move makes this return false. */
    public boolean move(long id, ItemState from, ItemState to) {
        return jdbi.withHandle(h -> h.createUpdate("update item set state = :to where id = :id and state = :from")
                .bind("id", id).bind("from", from.name()).bind("to", to.name()).execute()) == 1;
    }
}
