package cn.gov.laoshan.district.servicehall.domain;

import java.util.Set;

/**
 * A window of a hall: the item groups it serves and the clerk at it (may be {@code null}: unstaffed).
 */
public record HallWindow(String hallCode, int number, Set<ItemGroup> groups, String staffLogin) {

    public HallWindow {
        groups = Set.copyOf(groups);
    }

    public boolean serves(ItemGroup group) {
        return groups.contains(group);
    }
}
