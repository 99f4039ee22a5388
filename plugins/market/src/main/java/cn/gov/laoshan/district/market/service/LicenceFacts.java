package cn.gov.laoshan.district.market.service;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.enterprise.facts.HeldLicences;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;

/**
 * The licence facts the policy rules may name ({@link HeldLicences}): the kinds are the licence types, a licence is
 * valid on a day when issued on or before it, expiring on or after it and not ended by then ({@code ended_on}: revoked,
 * or cancelled with its holder's deregistration). Read across departments (a rule is about the district's
 * enterprises, and a held licence is public), by any signed-in user or the system.
 *
 * <p>{@link #holders} reads the valid licences of one kind on the day in one query (index on type and expiry) and
 * finds each holder among the codes asked by binary search when they are sorted (a snapshot's are); codes in any other
 * order are looked up, one pass, in a hash of the holders.
 */
public class LicenceFacts implements HeldLicences {

    static final String VALID_ON = "type_code = :kind and expires_on >= :day and issued_on <= :day "
            + "and (ended_on is null or ended_on > :day)";

    private final Jdbi jdbi;
    private final AccessControl access;

    public LicenceFacts(Jdbi jdbi, AccessControl access) {
        this.jdbi = jdbi;
        this.access = access;
    }

    @Override
    public List<LicenceKind> kinds() {
        checkSignedIn();
        return jdbi.withHandle(h -> h.createQuery("select code, name_zh, name_en from licence_type "
                + "order by sort_order, code").map((rs, ctx) -> new LicenceKind(rs.getString(1), rs.getString(2),
                        rs.getString(3))).list());
    }

    @Override
    public BitSet holders(String kindCode, LocalDate day, String[] usccs) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(usccs, "usccs");
        checkKind(kindCode);
        BitSet held = new BitSet(usccs.length);
        if (sorted(usccs)) {
            // a snapshot's codes: each holder found by binary search, however many codes are asked
            jdbi.useHandle(h -> valid(h, kindCode, day).forEach(uscc -> {
                int at = Arrays.binarySearch(usccs, uscc);
                if (at >= 0) {
                    // a code asked twice: each place
                    int first = at;
                    while (first > 0 && usccs[first - 1].equals(uscc)) {
                        first--;
                    }
                    for (int i = first; i < usccs.length && usccs[i].equals(uscc); i++) {
                        held.set(i);
                    }
                }
            }));
        } else {
            // codes in any order: the holders (at most the district's enterprises) in a hash, one pass over the codes
            // — hashing a million asked codes instead took seconds on a loaded machine
            Set<String> holders = jdbi.withHandle(h -> valid(h, kindCode, day).collect(Collectors.toSet()));
            for (int i = 0; i < usccs.length; i++) {
                if (usccs[i] != null && holders.contains(usccs[i])) {
                    held.set(i);
                }
            }
        }
        return held;
    }

    /** The holders of the kind's licences valid on the day, one row per licence. */
    private static Stream<String> valid(Handle h, String kindCode, LocalDate day) {
        return h.createQuery("select uscc from licence where " + VALID_ON).bind("kind", kindCode).bind("day", day)
                .setFetchSize(10_000).mapTo(String.class).stream();
    }

    private static boolean sorted(String[] usccs) {
        for (int i = 0; i < usccs.length; i++) {
            if (usccs[i] == null || i > 0 && usccs[i - 1].compareTo(usccs[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<HeldLicence> heldBy(String uscc, LocalDate day) {
        Objects.requireNonNull(day, "day");
        checkSignedIn();
        if (uscc == null) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("select l.type_code, l.licence_no, l.expires_on from licence l "
                + "join licence_type t on t.code = l.type_code where l.uscc = :uscc and l.expires_on >= :day "
                + "and l.issued_on <= :day and (l.ended_on is null or l.ended_on > :day) "
                + "order by t.sort_order, l.expires_on, l.licence_no").bind("uscc", uscc).bind("day", day)
                .map((rs, ctx) -> new HeldLicence(rs.getString(1), rs.getString(2),
                        LicenceRepository.day(rs, 3))).list());
    }

    private void checkKind(String kindCode) {
        checkSignedIn();
        boolean known = kindCode != null && jdbi.withHandle(h -> h.createQuery(
                "select count(*) from licence_type where code = :code").bind("code", kindCode).mapTo(Integer.class)
                .one()) > 0;
        if (!known) {
            throw new IllegalArgumentException("not a licence kind: " + kindCode);
        }
    }

    /** A signed-in user or the system (for which every check passes); nobody else. */
    private void checkSignedIn() {
        if (access.currentUser().isEmpty() && !access.has(Market.READ)) {
            throw new AccessDeniedException(Market.READ);
        }
    }
}
