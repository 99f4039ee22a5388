package cn.gov.laoshan.district.servicehall.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.servicehall.domain.CatalogueFilter;
import cn.gov.laoshan.district.servicehall.domain.Channel;
import cn.gov.laoshan.district.servicehall.domain.ItemGroup;
import cn.gov.laoshan.district.servicehall.domain.Material;
import cn.gov.laoshan.district.servicehall.domain.ServiceItem;

/** The catalogue's tables: items and their materials. */
public class CatalogueRepository {

    /** A channel's column. */
    private static final Map<Channel, String> CHANNEL_COLUMNS = Map.of(Channel.ONLINE, "online_service",
            Channel.WINDOW, "window_service", Channel.ANY_HALL, "any_hall", Channel.SATURDAY, "saturday");

    private final Jdbi jdbi;

    public CatalogueRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public List<ServiceItem> list(CatalogueFilter filter, int offset, int limit) {
        return jdbi.withHandle(h -> withMaterials(h, where(h, "select *", filter,
                " order by code offset :offset rows fetch next :limit rows only").bind("offset", offset)
                .bind("limit", limit).map((rs, ctx) -> item(rs)).list()));
    }

    public long count(CatalogueFilter filter) {
        return jdbi.withHandle(h -> where(h, "select count(*)", filter, "").mapTo(Long.class).one());
    }

    public Optional<ServiceItem> find(String code) {
        return jdbi.withHandle(h -> withMaterials(h, h.createQuery("select * from service_item where code = :code")
                .bind("code", code).map((rs, ctx) -> item(rs)).list()).stream().findFirst());
    }

    /** The responsible departments named in the catalogue, alphabetically. */
    public List<String> departments() {
        return jdbi.withHandle(h -> h.createQuery("select distinct department from service_item order by department")
                .mapTo(String.class).list());
    }

    private static Query where(Handle h, String select, CatalogueFilter f, String rest) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> values = new HashMap<>();
        if (f.text() != null && !f.text().isBlank()) {
            conditions.add("(upper(code) like :text or name like :text)");
            values.put("text", "%" + f.text().strip().replace("%", "").toUpperCase(java.util.Locale.ROOT) + "%");
        }
        if (f.department() != null) {
            conditions.add("department = :department");
            values.put("department", f.department());
        }
        if (f.group() != null) {
            conditions.add("item_group = :group");
            values.put("group", f.group().name());
        }
        if (f.channel() != null) {
            conditions.add(CHANNEL_COLUMNS.get(f.channel()) + " = 1");
        }
        return h.createQuery(select + " from service_item"
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + rest).bindMap(values);
    }

    /**
     * Writes {@code item} and its materials (a new code inserted, a known one replaced); on {@code h}, so that an
     * import writes all its items in one transaction.
     */
    public void save(Handle h, ServiceItem item, String by, Instant at) {
        int updated = h.createUpdate("update service_item set name = :name, department = :department, "
                + "item_group = :group, legal_days = :legal, promised_days = :promised, online_service = :online, "
                + "window_service = :window, any_hall = :anyHall, saturday = :saturday, commitment = :commitment, "
                + "fee = :fee, active = :active, updated_by = :by, updated_at = :at where code = :code")
                .bindMap(values(item, by, at)).execute();
        if (updated == 0) {
            h.createUpdate("insert into service_item (code, name, department, item_group, legal_days, promised_days, "
                    + "online_service, window_service, any_hall, saturday, commitment, fee, active, updated_by, "
                    + "updated_at) values (:code, :name, :department, :group, :legal, :promised, :online, :window, "
                    + ":anyHall, :saturday, :commitment, :fee, :active, :by, :at)").bindMap(values(item, by, at))
                    .execute();
        }
        h.createUpdate("delete from item_material where item_code = :code").bind("code", item.code()).execute();
        int position = 1;
        for (Material m : item.materials()) {
            h.createUpdate("insert into item_material (item_code, position, name, certificate_free) "
                    + "values (:code, :position, :name, :free)").bind("code", item.code()).bind("position", position++)
                    .bind("name", m.name()).bind("free", m.certificateFree() ? 1 : 0).execute();
        }
    }

    private static Map<String, Object> values(ServiceItem item, String by, Instant at) {
        Map<String, Object> v = new HashMap<>();
        v.put("code", item.code());
        v.put("name", item.name());
        v.put("department", item.department());
        v.put("group", item.group().name());
        v.put("legal", item.legalDays());
        v.put("promised", item.promisedDays());
        v.put("online", flag(item.channels().contains(Channel.ONLINE)));
        v.put("window", flag(item.channels().contains(Channel.WINDOW)));
        v.put("anyHall", flag(item.anyHall()));
        v.put("saturday", flag(item.saturday()));
        v.put("commitment", flag(item.commitment()));
        v.put("fee", item.fee().amount());
        v.put("active", flag(item.active()));
        v.put("by", by);
        v.put("at", java.sql.Timestamp.from(at));
        return v;
    }

    private static int flag(boolean b) {
        return b ? 1 : 0;
    }

    private static ServiceItem item(ResultSet rs) throws SQLException {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (Map.Entry<Channel, String> c : CHANNEL_COLUMNS.entrySet()) {
            if (rs.getInt(c.getValue()) == 1) {
                channels.add(c.getKey());
            }
        }
        return new ServiceItem(rs.getString("code"), rs.getString("name"), rs.getString("department"),
                ItemGroup.valueOf(rs.getString("item_group")), rs.getInt("legal_days"), rs.getInt("promised_days"),
                channels, rs.getInt("commitment") == 1, Yuan.of(rs.getBigDecimal("fee")), List.of(),
                rs.getInt("active") == 1);
    }

    /** The items with their materials, read in one query for the page. */
    private static List<ServiceItem> withMaterials(Handle h, List<ServiceItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<String, List<Material>> materials = new LinkedHashMap<>();
        items.forEach(i -> materials.put(i.code(), new ArrayList<>()));
        h.createQuery("select item_code, name, certificate_free from item_material where item_code in (<codes>) "
                + "order by item_code, position").bindList("codes", List.copyOf(materials.keySet()))
                .map((rs, ctx) -> Map.entry(rs.getString(1), new Material(rs.getString(2), rs.getInt(3) == 1)))
                .forEach(e -> materials.get(e.getKey()).add(e.getValue()));
        return items.stream().map(i -> new ServiceItem(i.code(), i.name(), i.department(), i.group(), i.legalDays(),
                i.promisedDays(), i.channels(), i.commitment(), i.fee(), materials.get(i.code()), i.active())).toList();
    }
}
