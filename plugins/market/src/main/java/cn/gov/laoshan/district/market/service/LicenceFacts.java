package cn.gov.laoshan.district.market.service;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 * finds each holder among the codes asked by binary search when they are sorted (a snapshot's are), else through a
 * hash of them: its time is one pass over those licences, however many codes are asked.
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
        Positions positions = Positions.of(usccs);
        jdbi.useHandle(h -> h.createQuery("select uscc from licence where " + VALID_ON).bind("kind", kindCode)
                .bind("day", day).setFetchSize(10_000).map((rs, ctx) -> rs.getString(1))
                .forEach(uscc -> positions.mark(uscc, held)));
        return held;
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

    /** Where a code stands among those asked: binary search over sorted codes, else a hash of them. */
    private interface Positions {

        void mark(String uscc, BitSet held);

        static Positions of(String[] usccs) {
            boolean sorted = true;
            for (int i = 1; i < usccs.length && sorted; i++) {
                sorted = usccs[i - 1] != null && usccs[i] != null && usccs[i - 1].compareTo(usccs[i]) <= 0;
            }
            if (sorted && (usccs.length == 0 || usccs[0] != null)) {
                return (uscc, held) -> {
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
                };
            }
            Map<String, int[]> where = new HashMap<>(usccs.length * 2);
            for (int i = 0; i < usccs.length; i++) {
                if (usccs[i] != null) {
                    int[] before = where.get(usccs[i]);
                    int[] now = before == null ? new int[] {i} : Arrays.copyOf(before, before.length + 1);
                    now[now.length - 1] = i;
                    where.put(usccs[i], now);
                }
            }
            return (uscc, held) -> {
                int[] at = where.get(uscc);
                if (at != null) {
                    for (int i : at) {
                        held.set(i);
                    }
                }
            };
        }
    }
}
