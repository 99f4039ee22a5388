package cn.gov.laoshan.district.servicehall.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.gov.laoshan.district.api.money.Yuan;

/**
 * One item of the service item catalogue (事项目录).
 *
 * @param code         the item's code, the key other plugins refer to it by (BDC-002)
 * @param name         事项名称
 * @param department   the responsible department as the catalogue names it (区不动产登记中心)
 * @param group        the windows that serve it, the capacity it books
 * @param legalDays    法定办结时限 in working days
 * @param promisedDays 承诺办结时限 in working days, at most the legal limit (0: settled on the spot, 即办件)
 * @param channels     where it is handled
 * @param commitment   告知承诺制 applies
 * @param fee          the fee, {@link Yuan#ZERO} when free
 * @param materials    what the applicant brings, in order
 * @param active       whether it is offered (an item left out of an import stays, inactive)
 */
public record ServiceItem(String code, String name, String department, ItemGroup group, int legalDays,
        int promisedDays, Set<Channel> channels, boolean commitment, Yuan fee, List<Material> materials,
        boolean active) {

    public ServiceItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(group, "group");
        channels = Set.copyOf(channels);
        materials = List.copyOf(materials);
        fee = fee == null ? Yuan.ZERO : fee;
    }

    public boolean anyHall() {
        return channels.contains(Channel.ANY_HALL);
    }

    public boolean saturday() {
        return channels.contains(Channel.SATURDAY);
    }

    /** The materials the applicant need not bring (免证办). */
    public long certificateFreeMaterials() {
        return materials.stream().filter(Material::certificateFree).count();
    }
}
