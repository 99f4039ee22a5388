package cn.gov.laoshan.district.servicehall.domain;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A hall: the district centre, a street centre or a community station.
 *
 * @param code        its code (ZX for the centre)
 * @param name        崂山区政务服务中心
 * @param level       district, street or community
 * @param address     where it is
 * @param slotMinutes the length of one booking slot
 * @param teamLeader  the login of its team leader (值班长), who sets its capacity; may be {@code null}
 * @param hours       the opening periods per day of the week; {@link DayOfWeek#SATURDAY}'s are the Saturday hours of
 *                    the Saturday items, a day without periods is closed
 * @param groups      the item groups its windows serve
 */
public record Hall(String code, String name, HallLevel level, String address, int slotMinutes, String teamLeader,
        Map<DayOfWeek, List<Period>> hours, Set<ItemGroup> groups) {

    public Hall {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        hours = Map.copyOf(hours);
        groups = Set.copyOf(groups);
        if (slotMinutes < 5 || slotMinutes > 240) {
            throw new IllegalArgumentException("a slot is 5 to 240 minutes: " + slotMinutes);
        }
    }

    public List<Period> hoursOn(DayOfWeek day) {
        return hours.getOrDefault(day, List.of());
    }

    /**
     * The group whose windows and capacity take {@code item} in this hall, or {@code null} when the hall does not
     * handle it: its own group where a window serves it; else, for a 全域通办 item, the general windows (综合受理,
     * where one window takes any item of the any-hall list).
     */
    public ItemGroup groupFor(ServiceItem item) {
        if (groups.contains(item.group())) {
            return item.group();
        }
        return item.anyHall() && groups.contains(ItemGroup.GENERAL) ? ItemGroup.GENERAL : null;
    }
}
