package cn.gov.laoshan.district.identity.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.identity.domain.Role;
import cn.gov.laoshan.district.identity.domain.RoleScope;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.domain.UserKind;

/**
 * Makes the demo roles a plugin declares ({@code DistrictPlugin.demoRoles()}) on a home with demo data, so that the
 * platform's own seed ({@link SeedData}) knows no plugin's permissions: a role is made with its permissions and given
 * to its demo accounts, or, when a role of that code exists (the platform's {@code enterprise} role), given the
 * permissions it lacks. Each (plugin, role) is seeded once per database ({@code demo_role_seeded}), so a role an
 * administrator changed or removed later stays as they left it. Holders that are not accounts here, or are of the
 * other side of the table, are left out; a role of a department this home lacks is left out (logged). Every role
 * made or changed is audited, as the system.
 */
public final class DemoRoleSeeding {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRoleSeeding.class);

    private final IdentityStore store;
    private final IdentityAudit audit;
    private final Clock clock;

    public DemoRoleSeeding(IdentityStore store, Supplier<Optional<AuditLog>> audit, Clock clock) {
        this.store = store;
        this.audit = new IdentityAudit(audit);
        this.clock = clock;
    }

    /**
     * Seeds the roles of {@code pluginId} not seeded before, in one transaction.
     *
     * @return the codes of the roles made or given permissions now
     */
    public List<String> seed(String pluginId, List<DemoRole> roles) {
        List<String> seeded = new ArrayList<>();
        List<Runnable> records = new ArrayList<>();
        store.jdbi().useTransaction(h -> {
            for (DemoRole declared : oneEach(roles)) {
                if (store.demoRoleSeeded(h, pluginId, declared.id())) {
                    continue;
                }
                if (declared.department() != null && !store.departmentExists(h, declared.department())) {
                    LOG.warn("demo role {} of plugin {} left out: no department {}", declared.id(), pluginId,
                            declared.department());
                    continue;
                }
                UserKind kind = declared.individual() ? UserKind.INDIVIDUAL
                        : declared.external() ? UserKind.EXTERNAL : UserKind.STAFF;
                Optional<Role> existing = store.role(h, declared.id());
                if (existing.isPresent() && !existing.get().isFor(kind)) {
                    LOG.warn("demo role {} of plugin {} left out: a role of that code is for the other side", declared.id(),
                            pluginId);
                    continue;
                }
                Role role = existing.map(r -> {
                    java.util.Set<String> all = new java.util.TreeSet<>(r.permissions());
                    all.addAll(declared.permissions());
                    return new Role(r.code(), r.nameZh(), r.nameEn(), r.scope(), r.departmentCode(), r.platformAdmin(),
                            all, r.kind());
                }).orElseGet(() -> new Role(declared.id(), declared.nameZh(), declared.nameEn(),
                        RoleScope.valueOf(declared.scope().name()), declared.department(), false,
                        declared.permissions(), kind));
                if (existing.isPresent()) {
                    store.addPermissions(h, role.code(), declared.permissions());
                } else {
                    store.insertRole(h, role);
                }
                for (String login : declared.holders()) {
                    Optional<User> holder = store.user(h, login);
                    if (holder.isPresent() && holder.get().kind() == kind) {
                        store.addRole(h, login, role.code());
                    }
                }
                store.markDemoRoleSeeded(h, pluginId, declared.id(), clock.instant());
                if (existing.isEmpty() || !existing.get().permissions().containsAll(declared.permissions())) {
                    seeded.add(role.code());
                    String before = existing.map(IdentityAudit::json).orElse(null);
                    records.add(() -> audit.record(existing.isPresent() ? "role.update" : "role.create", role.code(),
                            before, IdentityAudit.json(role)));
                }
            }
        });
        // after the commit: the audit log writes in a transaction of its own
        records.forEach(Runnable::run);
        if (!seeded.isEmpty()) {
            LOG.info("demo roles of plugin {}: {}", pluginId, seeded);
        }
        return seeded;
    }

    /**
     * One declaration per role id: a plugin whose parts each give a role permissions (the policy plugin's
     * suggestions and drafts both give the enterprise role some) declares it more than once, and a role is seeded
     * once by its id, so the declarations are joined — permissions and holders of all, names and scope of the first.
     */
    static List<DemoRole> oneEach(List<DemoRole> roles) {
        java.util.Map<String, DemoRole> byId = new java.util.LinkedHashMap<>();
        for (DemoRole role : roles) {
            byId.merge(role.id(), role, (first, second) -> {
                java.util.Set<String> permissions = new java.util.TreeSet<>(first.permissions());
                permissions.addAll(second.permissions());
                List<String> holders = new ArrayList<>(first.holders());
                second.holders().stream().filter(h -> !holders.contains(h)).forEach(holders::add);
                return new DemoRole(first.id(), first.nameZh(), first.nameEn(), first.scope(), first.department(),
                        first.external(), permissions, holders, first.individual());
            });
        }
        return List.copyOf(byId.values());
    }
}
