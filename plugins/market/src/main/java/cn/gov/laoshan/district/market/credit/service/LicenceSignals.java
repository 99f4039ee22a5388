package cn.gov.laoshan.district.market.credit.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;

/**
 * What the licences say for the credit grading. Kinds: {@code licence.revoked} (a licence revoked in the window; its
 * day is the first day it no longer counted) and {@code licence.expired} (a licence that expired in the window and was
 * not renewed — state 已过期: the holder may be operating on it; its day is the expiry). Renewed, cancelled (with a
 * deregistration) and valid licences say nothing.
 */
public class LicenceSignals implements CreditSignalSource {

    private final Jdbi jdbi;

    public LicenceSignals(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Map<String, List<CreditSignal>> signals(LocalDate from, LocalDate to) {
        Map<String, List<CreditSignal>> found = new HashMap<>();
        jdbi.useHandle(h -> {
            h.createQuery("select l.uscc, l.ended_on, l.licence_no, t.name_zh from licence l join licence_type t on "
                    + "t.code = l.type_code where l.state = 'REVOKED' and l.ended_on >= :from and l.ended_on < :to")
                    .bind("from", from).bind("to", to).map((rs, ctx) -> Map.entry(rs.getString(1).strip(),
                            new CreditSignal("licence.revoked", rs.getDate(2).toLocalDate(), rs.getString(4) + " "
                                    + rs.getString(3))))
                    .forEach(e -> found.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            h.createQuery("select l.uscc, l.expires_on, l.licence_no, t.name_zh from licence l join licence_type t on "
                    + "t.code = l.type_code where l.state = 'EXPIRED' and l.expires_on >= :from and l.expires_on < :to")
                    .bind("from", from).bind("to", to).map((rs, ctx) -> Map.entry(rs.getString(1).strip(),
                            new CreditSignal("licence.expired", rs.getDate(2).toLocalDate(), rs.getString(4) + " "
                                    + rs.getString(3))))
                    .forEach(e -> found.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        });
        return found;
    }
}
