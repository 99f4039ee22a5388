package cn.gov.laoshan.district.identity.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

import cn.gov.laoshan.district.api.identity.DirectoryEntry;
import cn.gov.laoshan.district.api.identity.UserDirectory;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;

/**
 * The {@link UserDirectory} over identity's own tables: staff ({@code kind = 'STAFF'}) whose account is not
 * {@code DISABLED}, with their department's Chinese name. Reading it needs a signed-in member of staff: the check
 * is {@link SignIn#PROFILE}, the permission every signed-in user holds (so a call without a user is refused and
 * the denial audited by {@link AccessControl#check}); external users are refused as well.
 */
public final class StaffDirectory implements UserDirectory {

    private static final String SELECT = "select u.login, u.display_name, u.department_code, d.name_zh, d.name_en "
            + "from app_user u left join department d on d.code = u.department_code "
            + "where u.kind = 'STAFF' and u.status <> 'DISABLED'";

    private final Jdbi jdbi;
    private final AccessControl access;

    public StaffDirectory(Jdbi jdbi, AccessControl access) {
        this.jdbi = jdbi;
        this.access = access;
    }

    @Override
    public List<DirectoryEntry> search(String text, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
        requireStaff();
        String pattern = pattern(text);
        return jdbi.withHandle(h -> {
            Query query = h.createQuery(SELECT + (pattern == null ? ""
                    : " and (lower(u.login) like :p escape '!' or lower(u.display_name) like :p escape '!')")
                    + " order by u.display_name, u.login fetch first :limit rows only").bind("limit", limit);
            if (pattern != null) {
                query.bind("p", pattern);
            }
            return query.map(StaffDirectory::entry).list();
        });
    }

    @Override
    public Optional<DirectoryEntry> find(String login) {
        requireStaff();
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery(SELECT + " and u.login = :login").bind("login", login.trim())
                .map(StaffDirectory::entry).findOne());
    }

    private static DirectoryEntry entry(ResultSet rs, StatementContext ctx) throws SQLException {
        return new DirectoryEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    private void requireStaff() {
        access.check(SignIn.PROFILE);
        if (access.currentUser().map(CurrentUser::external).orElse(true)) {
            throw new AccessDeniedException(SignIn.PROFILE);
        }
    }

    /**
     * The {@code like} pattern for "contains {@code text}", lower-cased, with {@code %}, {@code _} and the escape
     * character {@code !} taken literally; {@code null} for a blank text (no condition).
     */
    static String pattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder escaped = new StringBuilder("%");
        for (char c : text.trim().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '%' || c == '_' || c == '!') {
                escaped.append('!');
            }
            escaped.append(c);
        }
        return escaped.append('%').toString();
    }
}
