package cn.gov.laoshan.district.identity.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.gov.laoshan.district.core.security.PasswordHash;
import cn.gov.laoshan.district.identity.domain.Department;
import cn.gov.laoshan.district.identity.domain.Role;
import cn.gov.laoshan.district.identity.domain.RoleScope;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.domain.UserKind;
import cn.gov.laoshan.district.identity.domain.UserStatus;

/**
 * What a fresh database gets: the district as the root department, the platform administrators' role and the
 * bootstrap administrator; with demo data on, the district's bureaus and a small realistic cast with random
 * passwords, written once to {@code conf/demo-accounts.txt} (readable by the owner only).
 */
public final class SeedData {

    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String DEPARTMENT_ADMIN = "department-admin";
    /** 青岛海澜智联科技有限公司: the demo enterprise the registry's demo data adds for its users. */
    public static final String HAILAN = "91370212MA3C4XK2QQ";
    /** 青岛明德长青海洋生物科技有限公司: one of the registry's generated demo enterprises (seed 370212, the fifth). */
    public static final String MINGDE = "91370212MA3D0WPHWP";

    private final IdentityStore store;
    private final Clock clock;
    private final int iterations;

    public SeedData(IdentityStore store, Clock clock, int iterations) {
        this.store = store;
        this.clock = clock;
        this.iterations = iterations;
    }

    /** The root department, the administrators' role and {@code admin} with the runtime's bootstrap hash. */
    public void platformBasics(String bootstrapAdminHash) {
        Instant now = clock.instant();
        store.jdbi().useTransaction(h -> {
            store.insertDepartment(h, new Department("laoshan", "崂山区", "Laoshan District", null, 0));
            store.insertRole(h, new Role(PLATFORM_ADMIN, "平台管理员", "Platform administrator", RoleScope.ALL, null,
                    true, Set.of()));
            User admin = new User("admin", "平台管理员", UserKind.STAFF, "laoshan", null, null, null, UserStatus.ACTIVE,
                    true, now, 0, null);
            store.insertUser(h, admin, bootstrapAdminHash, now);
            store.setRoles(h, "admin", List.of(PLATFORM_ADMIN));
        });
    }

    /** The district's bureaus, their roles and people; passwords go to {@code accountsFile}. */
    public void demoCast(Path accountsFile) throws IOException {
        List<Department> departments = List.of(
                new Department("justice", "区司法局", "Justice Bureau", "laoshan", 10),
                new Department("social-governance", "区社会治理中心", "Social Governance Centre", "justice", 11),
                new Department("housing", "区住房和城乡建设局", "Housing and Urban-Rural Development Bureau", "laoshan", 20),
                new Department("market", "区市场监督管理局", "Market Supervision Administration", "laoshan", 30),
                new Department("market-shazikou", "沙子口市场监督管理所", "Shazikou Market Supervision Office", "market", 31),
                new Department("finance", "区财政局", "Finance Bureau", "laoshan", 40),
                new Department("development", "区发展和改革局", "Development and Reform Bureau", "laoshan", 50),
                new Department("approval", "区行政审批服务局", "Administrative Approval Service Bureau", "laoshan", 60));
        List<Role> roles = List.of(
                // the same for every bureau: its people, nothing of any plugin (see the bureaus' own admin roles)
                new Role(DEPARTMENT_ADMIN, "部门管理员", "Department administrator", RoleScope.OWN, null, false,
                        Set.of(IdentityService.USERS_VIEW, IdentityService.USERS_MANAGE, "registry.enterprise.read",
                                "calendar.view")),
                // a bureau's business administrator: its own plugins' permissions, in its own department only, so
                // that it may hand its staff's roles on (one may give only what one holds) and nothing of another
                new Role("justice-admin", "司法局业务管理员", "Justice Bureau business administrator",
                        RoleScope.DEPARTMENT, "justice", false,
                        Set.of("mediation.case.read", "mediation.case.register", "mediation.case.assign",
                                "mediation.case.mediate", "mediation.case.close", "mediation.group.admin")),
                new Role("housing-admin", "住建局业务管理员", "Housing Bureau business administrator",
                        RoleScope.DEPARTMENT, "housing", false,
                        Set.of("housing.project.view", "housing.project.manage", "housing.meeting.run",
                                "housing.template.manage")),
                new Role("market-admin", "市场监管局业务管理员", "Market Supervision business administrator",
                        RoleScope.DEPARTMENT, "market", false,
                        Set.of("market.licence.read", "market.licence.manage", "registry.enterprise.edit",
                                "registry.facts.read", "registry.facts.edit", "registry.facts.import")),
                new Role("finance-admin", "财政局业务管理员", "Finance Bureau business administrator",
                        RoleScope.DEPARTMENT, "finance", false, Set.of("finance.fund.read", "finance.fund.manage")),
                new Role("development-admin", "发改局业务管理员", "Development and Reform business administrator",
                        RoleScope.DEPARTMENT, "development", false,
                        Set.of("policy.suggestion.read", "policy.suggestion.handle", "policy.draft.edit")),
                new Role("mediator", "调解员", "Mediator", RoleScope.OWN, null, false,
                        Set.of("mediation.case.read", "mediation.case.register", "mediation.case.mediate",
                                "registry.enterprise.read")),
                new Role("mediation-lead", "调解组长", "Mediation group lead", RoleScope.OWN, null, false,
                        Set.of("mediation.case.read", "mediation.case.register", "mediation.case.assign",
                                "mediation.case.mediate", "mediation.case.close", "registry.enterprise.read")),
                new Role("housing-staff", "住建项目专员", "Housing project officer", RoleScope.OWN, null, false,
                        Set.of("housing.project.view", "housing.project.manage", "housing.meeting.run",
                                "registry.enterprise.read")),
                new Role("market-staff", "市场监管专员", "Market regulation officer", RoleScope.OWN, null, false,
                        Set.of("market.licence.read", "market.licence.manage", "registry.enterprise.read",
                                "registry.enterprise.edit", "registry.facts.read", "registry.facts.edit",
                                "registry.facts.import")),
                new Role("finance-staff", "财政专员", "Finance officer", RoleScope.OWN, null, false,
                        Set.of("finance.fund.read", "finance.fund.manage", "registry.enterprise.read",
                                "registry.facts.read")),
                new Role("policy-staff", "政策服务专员", "Policy service officer", RoleScope.OWN, null, false,
                        Set.of("policy.suggestion.read", "policy.suggestion.handle", "policy.draft.edit",
                                "registry.enterprise.read", "registry.facts.read")),
                new Role("legal-reviewer", "合法性审查员", "Legal reviewer", RoleScope.ALL, null, false,
                        Set.of("policy.draft.review", "policy.suggestion.read")),
                new Role("experience-officer", "政务体验官", "Service experience officer", RoleScope.ALL, null, false,
                        Set.of("policy.evaluate", "policy.suggestion.submit")),
                // the enterprise side of the table (the enterprise administrators' role is made by migration V3)
                new Role("enterprise", "企业用户", "Enterprise user", RoleScope.OWN, null, false,
                        // their own enterprise's cases and projects on 我的企业 (scoped to it by the services)
                        Set.of("policy.suggestion.submit", "policy.result.read", "mediation.case.read",
                                "housing.project.view"), UserKind.EXTERNAL));
        record Person(String login, String name, UserKind kind, String department, String uscc, String phone,
                List<String> roles) {
        }
        List<Person> people = List.of(
                new Person("sfj-admin", "周立新", UserKind.STAFF, "justice", null, "13805321001", List.of(DEPARTMENT_ADMIN, "justice-admin")),
                new Person("zjj-admin", "郑海涛", UserKind.STAFF, "housing", null, "13805321002", List.of(DEPARTMENT_ADMIN, "housing-admin")),
                new Person("scj-admin", "吴雪梅", UserKind.STAFF, "market", null, "13805321003", List.of(DEPARTMENT_ADMIN, "market-admin")),
                new Person("czj-admin", "冯志刚", UserKind.STAFF, "finance", null, "13805321004", List.of(DEPARTMENT_ADMIN, "finance-admin")),
                new Person("fgj-admin", "陈晓燕", UserKind.STAFF, "development", null, "13805321005", List.of(DEPARTMENT_ADMIN, "development-admin")),
                new Person("wangjianguo", "王建国", UserKind.STAFF, "social-governance", null, "13963901234",
                        List.of("mediation-lead")),
                new Person("lixiumei", "李秀梅", UserKind.STAFF, "social-governance", null, "13963905678", List.of("mediator")),
                new Person("zhanghua", "张华", UserKind.STAFF, "housing", null, "15866201357", List.of("housing-staff")),
                new Person("liuyang", "刘洋", UserKind.STAFF, "market-shazikou", null, "15866202468", List.of("market-staff")),
                new Person("chenjing", "陈静", UserKind.STAFF, "finance", null, "18661703579", List.of("finance-staff")),
                new Person("sunwei", "孙伟", UserKind.STAFF, "development", null, "18661704680", List.of("policy-staff")),
                new Person("zhaomin", "赵敏", UserKind.STAFF, "justice", null, "13708981122", List.of("legal-reviewer")),
                new Person("sunli", "孙丽", UserKind.STAFF, "approval", null, "13708983344", List.of("experience-officer")),
                // two enterprises of the registry's demo data, two people each; the first of each is its administrator
                new Person("hailan-qy", "林海澜（青岛海澜智联科技有限公司）", UserKind.EXTERNAL, null, HAILAN,
                        "13589236677", List.of("enterprise", IdentityService.ENTERPRISE_ADMIN)),
                new Person("hailan-cw", "王晓琳（青岛海澜智联科技有限公司）", UserKind.EXTERNAL, null, HAILAN,
                        "13589236688", List.of("enterprise")),
                new Person("mingde-qy", "姜涵云（青岛明德长青海洋生物科技有限公司）", UserKind.EXTERNAL, null, MINGDE,
                        "13698652210", List.of("enterprise", IdentityService.ENTERPRISE_ADMIN)),
                new Person("mingde-cw", "赵磊（青岛明德长青海洋生物科技有限公司）", UserKind.EXTERNAL, null, MINGDE,
                        "13698652233", List.of("enterprise")));

        Instant now = clock.instant();
        Map<String, String> passwords = new ConcurrentHashMap<>();
        Map<String, String> hashes = new ConcurrentHashMap<>();
        // PBKDF2 takes a while per password: hash on every core
        people.parallelStream().forEach(p -> {
            String password = PasswordHash.randomPassword(16);
            passwords.put(p.login(), password);
            hashes.put(p.login(), PasswordHash.hash(password.toCharArray(), iterations));
        });
        store.jdbi().useTransaction(h -> {
            departments.forEach(d -> store.insertDepartment(h, d));
            roles.forEach(r -> store.insertRole(h, r));
            for (Person p : people) {
                User user = new User(p.login(), p.name(), p.kind(), p.department(), p.uscc(), p.phone(),
                        p.login() + "@laoshan.gov.cn", UserStatus.ACTIVE, false, now, 0, null);
                store.insertUser(h, user, hashes.get(p.login()), now);
                store.setRoles(h, p.login(), p.roles());
            }
        });
        List<String> lines = new ArrayList<>();
        lines.add("# Demo accounts of this platform (random passwords, made on its first start with demo data).");
        lines.add("# login\tpassword\tname\tdepartment\troles");
        for (Person p : people) {
            lines.add(p.login() + "\t" + passwords.get(p.login()) + "\t" + p.name() + "\t"
                    + (p.department() == null ? "-" : p.department()) + "\t" + String.join(",", p.roles()));
        }
        cn.gov.laoshan.district.core.security.SecretFiles.write(accountsFile, String.join("\n", lines) + "\n");
    }
}
