package cn.gov.laoshan.district.testdoubles;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.DepartmentScope;

/**
 * The {@link AccessControl} of unit and data tests: one "signed-in" user, the permissions the test gives them and the
 * departments where those hold, decided the way the shell decides them for a session:
 * <ul>
 * <li>nobody signed in holds nothing; a platform administrator holds every permission everywhere;</li>
 * <li>{@link #scope} is where the held permissions hold ({@link DepartmentScope#ALL} unless the test says
 * {@link #within}), {@link DepartmentScope#NONE} for a permission not held;</li>
 * <li>{@link #enterprises} is the interface's own rule: every enterprise for staff holding the permission, their own
 * for an enterprise user ({@link #asEnterprise}), none without it;</li>
 * <li>{@link #asSystem} runs its work as {@link CurrentUser#SYSTEM}, every check passing, on the calling thread
 * only — as the platform's does;</li>
 * <li>a refused {@link #check} throws {@link AccessDeniedException} and is remembered in {@link #denials()} (the real
 * one writes it to the audit log).</li>
 * </ul>
 * The user can be changed while a test runs (the setters return {@code this}), so one service under test can be
 * called as several people:
 *
 * <pre>{@code
 * TestAccess access = TestAccess.staff("lixiumei", "social-governance", "mediation.case.read");
 * CaseService cases = new CaseService(..., access, ...);
 * access.as("zhou", "justice", "mediation.case.read").within("justice", "social-governance");
 * access.asEnterprise("hailan-qy", "91370212MA3C4XK2QQ", "mediation.case.read");
 * access.signOut();
 * }</pre>
 */
public final class TestAccess implements AccessControl {

    /** The user of {@link #holding}: a member of staff of the department {@code platform}. */
    public static final CurrentUser TESTER = new CurrentUser("tester", "测试员", "platform", null, false);

    /** Who is signed in, what they hold and where; swapped whole, so a reader never sees half a change. */
    private record Grant(CurrentUser user, Set<String> permissions, DepartmentScope scope) {
    }

    private volatile Grant grant = new Grant(null, Set.of(), DepartmentScope.NONE);
    private final ThreadLocal<Integer> systemDepth = ThreadLocal.withInitial(() -> 0);
    private final List<String> denials = new CopyOnWriteArrayList<>();
    private final AtomicInteger systemRuns = new AtomicInteger();

    /** Nobody signed in. */
    public TestAccess() {
    }

    /** {@link #TESTER} holding {@code permissions} in every department. */
    public static TestAccess holding(String... permissions) {
        return new TestAccess().as(TESTER, permissions);
    }

    /** A member of staff of {@code department} holding {@code permissions} in every department. */
    public static TestAccess staff(String login, String department, String... permissions) {
        return new TestAccess().as(login, department, permissions);
    }

    /** Nobody signed in: a request without a session, a job not run {@link #asSystem}. */
    public static TestAccess nobody() {
        return new TestAccess();
    }

    /** {@code user} holding {@code permissions} in every department (narrow it with {@link #within}). */
    public TestAccess as(CurrentUser user, String... permissions) {
        grant = new Grant(user, held(permissions), DepartmentScope.ALL);
        return this;
    }

    /** {@code user} holding {@code permissions} in every department. */
    public TestAccess as(CurrentUser user, Set<String> permissions) {
        return as(user, permissions.toArray(String[]::new));
    }

    /** A member of staff (display name = login) of {@code department}, holding {@code permissions} everywhere. */
    public TestAccess as(String login, String department, String... permissions) {
        return as(new CurrentUser(login, login, department, null, false), permissions);
    }

    /**
     * An enterprise user of the enterprise {@code uscc} holding {@code permissions}: no department scope (identity
     * gives enterprise users' roles none), their own enterprise through {@link #enterprises}.
     */
    public TestAccess asEnterprise(String login, String uscc, String... permissions) {
        grant = new Grant(new CurrentUser(login, login, null, uscc, false), held(permissions), DepartmentScope.NONE);
        return this;
    }

    /**
     * An individual user (a 政务体验官) holding {@code permissions}: no department, no enterprise — as identity gives
     * them — so a {@code RecordScope} leaves them their own records only.
     */
    public TestAccess asIndividual(String login, String... permissions) {
        grant = new Grant(new CurrentUser(login, login, null, null, false, true), held(permissions),
                DepartmentScope.NONE);
        return this;
    }

    /** A platform administrator: every permission, everywhere. */
    public TestAccess asAdmin(String login) {
        return as(new CurrentUser(login, login, "platform", null, true));
    }

    /** Nobody signed in any more. */
    public TestAccess signOut() {
        grant = new Grant(null, Set.of(), DepartmentScope.NONE);
        return this;
    }

    /** The same person, now a member of staff of {@code department} (what they hold and where stay). */
    public TestAccess ofDepartment(String department) {
        Grant now = grant;
        CurrentUser user = now.user();
        if (user == null) {
            throw new IllegalStateException("nobody is signed in");
        }
        grant = new Grant(new CurrentUser(user.login(), user.displayName(), department, null, user.platformAdmin()),
                now.permissions(), now.scope());
        return this;
    }

    /** The same user now holds exactly {@code permissions} (where they held the earlier ones). */
    public TestAccess hold(String... permissions) {
        Grant now = grant;
        grant = new Grant(now.user(), held(permissions), now.scope());
        return this;
    }

    /** The user's permissions hold only in {@code scope} (a department role, with its sub-departments). */
    public TestAccess within(DepartmentScope scope) {
        Grant now = grant;
        grant = new Grant(now.user(), now.permissions(), scope);
        return this;
    }

    /** The user's permissions hold only in these departments. */
    public TestAccess within(String... departments) {
        return within(DepartmentScope.of(Set.of(departments)));
    }

    /** The permissions refused by {@link #check}, oldest first. */
    public List<String> denials() {
        return List.copyOf(denials);
    }

    /** How often {@link #asSystem} was called (a job or a start-up step must run as the system). */
    public int systemRuns() {
        return systemRuns.get();
    }

    private static Set<String> held(String... permissions) {
        return Set.copyOf(Arrays.asList(permissions));
    }

    private boolean system() {
        return systemDepth.get() > 0;
    }

    @Override
    public Optional<CurrentUser> currentUser() {
        return system() ? Optional.of(CurrentUser.SYSTEM) : Optional.ofNullable(grant.user());
    }

    @Override
    public boolean has(String permission) {
        if (system()) {
            return true;
        }
        Grant now = grant;
        return now.user() != null && (now.user().platformAdmin() || now.permissions().contains(permission));
    }

    @Override
    public void check(String permission) {
        if (!has(permission)) {
            denials.add(permission);
            throw new AccessDeniedException(permission);
        }
    }

    @Override
    public DepartmentScope scope(String permission) {
        if (system() || currentUser().map(CurrentUser::platformAdmin).orElse(false)) {
            return DepartmentScope.ALL;
        }
        return has(permission) ? grant.scope() : DepartmentScope.NONE;
    }

    @Override
    public void check(String permission, String departmentCode) {
        check(permission);
        if (!scope(permission).includes(departmentCode)) {
            denials.add(permission + "@" + departmentCode);
            throw new AccessDeniedException(permission);
        }
    }

    @Override
    public <T> T asSystem(Supplier<T> work) {
        systemRuns.incrementAndGet();
        systemDepth.set(systemDepth.get() + 1);
        try {
            return work.get();
        } finally {
            systemDepth.set(systemDepth.get() - 1);
        }
    }

    @Override
    public String toString() {
        Grant now = grant;
        return now.user() == null ? "nobody" : now.user().login() + " " + now.permissions() + " in " + now.scope();
    }
}
