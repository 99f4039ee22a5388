package cn.gov.laoshan.district.servicehall.helpdesk.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends a help request by its address to the helpers of a community or a street (the routing table is data, kept
 * by the centre): a community with a route of its own goes to its community's helpers; any other address in a street
 * to the street's; an address naming no known street or community to the district centre's group (the caller's
 * address is then checked by a person). No I/O.
 */
public final class HelpRouting {

    /** One row of the routing table: {@code community} empty for the whole street. */
    public record Route(String street, String community, String groupCode) {
        public Route {
            Objects.requireNonNull(street, "street");
            community = community == null ? "" : community;
            Objects.requireNonNull(groupCode, "groupCode");
        }

        public boolean wholeStreet() {
            return community.isEmpty();
        }
    }

    /**
     * Where an address went: the street and community read from it ({@code null} when none was recognised) and the
     * route that matched, empty for the district's group.
     */
    public record Routed(String street, String community, Optional<Route> route) {
    }

    private static final String STREET = "街道";
    private static final String COMMUNITY = "社区";

    private HelpRouting() {
    }

    /** Routes {@code address} over {@code routes}. */
    public static Routed route(String address, List<Route> routes) {
        String a = normalize(address);
        String street = streetIn(a, routes);
        if (street != null) {
            String s = street;
            Optional<Route> community = routes.stream()
                    .filter(r -> r.street().equals(s) && !r.wholeStreet() && a.contains(r.community()))
                    .max(Comparator.comparingInt(r -> r.community().length()));
            Optional<Route> chosen = community.isPresent() ? community
                    : routes.stream().filter(r -> r.street().equals(s) && r.wholeStreet()).findFirst();
            return new Routed(street, community.map(Route::community).orElseGet(() -> communityAfter(a, s)), chosen);
        }
        // no street named: a community known to the table still tells where ("株洲路社区3号楼")
        Optional<Route> community = routes.stream().filter(r -> !r.wholeStreet() && a.contains(r.community()))
                .max(Comparator.comparingInt(r -> r.community().length()));
        return community.map(r -> new Routed(r.street(), r.community(), community))
                .orElseGet(() -> new Routed(null, null, Optional.empty()));
    }

    /** The address without white space (full-width too), as callers dictate it. */
    static String normalize(String address) {
        return address == null ? "" : address.replaceAll("[\\s\\u3000]+", "");
    }

    /**
     * The table's street named in the address, the first in the address when several are (an address may name a
     * road called after another street); a street's short name ("沙子口" for 沙子口街道) counts only when no full name
     * is present.
     */
    private static String streetIn(String address, List<Route> routes) {
        List<String> streets = routes.stream().map(Route::street).distinct().toList();
        String found = first(address, streets, false);
        return found != null ? found : first(address, streets, true);
    }

    private static String first(String address, List<String> streets, boolean shortName) {
        String found = null;
        int at = Integer.MAX_VALUE;
        for (String street : streets) {
            String name = shortName && street.endsWith(STREET) && street.length() > STREET.length() + 1
                    ? street.substring(0, street.length() - STREET.length()) : street;
            int i = address.indexOf(name);
            if (i >= 0 && i < at) {
                at = i;
                found = street;
            }
        }
        return found;
    }

    /** The community written after the street ("沙子口街道东麦窑社区…" → 东麦窑社区), or {@code null}. */
    private static String communityAfter(String address, String street) {
        String name = street.endsWith(STREET) ? street.substring(0, street.length() - STREET.length()) : street;
        int s = address.indexOf(street);
        int from = s >= 0 ? s + street.length() : address.indexOf(name) + name.length();
        int c = address.indexOf(COMMUNITY, from);
        if (c < 0 || c - from < 1 || c - from > 10) {
            return null;
        }
        return address.substring(from, c + COMMUNITY.length());
    }
}
