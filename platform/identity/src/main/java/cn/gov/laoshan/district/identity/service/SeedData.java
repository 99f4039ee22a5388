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

import cn.gov.laoshan.district.core.security.PasswordCost;
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
    /**
     * The console's self-service (install, update, roll back the approved catalogue's versions of the own
     * department's plugins): a bureau's administrator holds it for their own department (the role is OWN).
     */
    static final String SELF_INSTALL = "console.plugins.self-install";
    /** The enterprise users' role; plugins add what their enterprise sections need (their {@code DemoRole}s). */
    public static final String ENTERPRISE = "enterprise";
    /** Keeps the enterprise registry and its facts (市场主体库), a platform module. */
    public static final String REGISTRY_EDITOR = "registry-editor";
    /** Reads the enterprise registry and its facts. */
    public static final String FACTS_READER = "facts-reader";
    /** 青岛海澜智联科技有限公司: the demo enterprise the registry's demo data adds for its users. */
    public static final String HAILAN = "91370212MA3C4XK2QQ";
    /** 青岛明德长青海洋生物科技有限公司: one of the registry's generated demo enterprises (seed 370212, the fifth). */
    public static final String MINGDE = "91370212MA3D0WPHWP";

    /** 青岛银行股份有限公司崂山支行: a bank of the finance plugin's matchmaking (金企通), its staff external users. */
    public static final String QDBANK = "91370212MA3F0QDB83";
    /** 青岛农村商业银行股份有限公司崂山支行. */
    public static final String QNSH = "91370212MA3F1NC85A";
    /** 青岛正信企业服务有限公司: the service hall's contracted agency of the free agency (免费代办), its staff external. */
    public static final String ZHENGXIN = "91370212MA3G2DB107";
    /** 青岛崂山印章刻制有限公司: the service hall's contracted seal engraver (免费刻章). */
    public static final String YINZHANG = "91370212MA3G3KE20C";

    private final IdentityStore store;
    private final Clock clock;
    private final PasswordCost cost;

    public SeedData(IdentityStore store, Clock clock, PasswordCost cost) {
        this.store = store;
        this.clock = clock;
        this.cost = cost;
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

    /**
     * The platform's own demo roles: nothing of any plugin. A plugin's roles (mediation's mediators, housing's project
     * officers, each bureau's business administrator) and what its sections need on the enterprise role come with the
     * plugin ({@code DistrictPlugin.demoRoles()}, seeded by {@link DemoRoleSeeding} when it starts), so that a
     * plugin not installed leaves no permission string behind and a new plugin brings its own.
     */
    public static List<Role> platformDemoRoles() {
        return List.of(
                // the same for every bureau: its people, nothing of any plugin (see the plugins' own admin roles)
                new Role(DEPARTMENT_ADMIN, "部门管理员", "Department administrator", RoleScope.OWN, null, false,
                        Set.of(IdentityService.USERS_VIEW, IdentityService.USERS_MANAGE, "registry.enterprise.read",
                                "calendar.view", SELF_INSTALL)),
                new Role(REGISTRY_EDITOR, "市场主体库维护员", "Enterprise registry editor", RoleScope.OWN, null, false,
                        Set.of("registry.enterprise.read", "registry.enterprise.edit", "registry.facts.read",
                                "registry.facts.edit", "registry.facts.import")),
                new Role(FACTS_READER, "企业信息查阅员", "Enterprise information reader", RoleScope.OWN, null, false,
                        Set.of("registry.enterprise.read", "registry.facts.read")),
                // the enterprise side of the table (the enterprise administrators' role is made by migration V3):
                // their own enterprise's facts on 我的企业 (the facts service scopes them to it)
                new Role(ENTERPRISE, "企业用户", "Enterprise user", RoleScope.OWN, null, false,
                        Set.of("registry.facts.read"), UserKind.EXTERNAL));
    }

    /**
     * The district's bureaus, the platform's demo roles and the bureaus' people; passwords go to
     * {@code accountsFile}. The people's roles in plugins come with the plugins.
     */
    public void demoCast(Path accountsFile) throws IOException {
        List<Department> departments = List.of(
                new Department("justice", "区司法局", "Justice Bureau", "laoshan", 10),
                new Department("social-governance", "区社会治理中心", "Social Governance Centre", "justice", 11),
                new Department("housing", "区住房和城乡建设局", "Housing and Urban-Rural Development Bureau", "laoshan", 20),
                new Department("market", "区市场监督管理局", "Market Supervision Administration", "laoshan", 30),
                new Department("market-shazikou", "沙子口市场监督管理所", "Shazikou Market Supervision Office", "market", 31),
                new Department("finance", "区财政局", "Finance Bureau", "laoshan", 40),
                new Department("development", "区发展和改革局", "Development and Reform Bureau", "laoshan", 50),
                new Department("approval", "区行政审批服务局", "Administrative Approval Service Bureau", "laoshan", 60),
                // the joint check of simple deregistration (社保联检) is answered by these two
                new Department("hrss", "区人力资源和社会保障局", "Human Resources and Social Security Bureau", "laoshan", 70),
                new Department("tax", "国家税务总局青岛市崂山区税务局", "Laoshan District Tax Bureau", "laoshan", 80));
        List<Role> roles = platformDemoRoles();
        record Person(String login, String name, UserKind kind, String department, String uscc, String phone,
                List<String> roles) {
        }
        List<Person> people = List.of(
                new Person("sfj-admin", "周立新", UserKind.STAFF, "justice", null, "13805321001", List.of(DEPARTMENT_ADMIN)),
                new Person("zjj-admin", "郑海涛", UserKind.STAFF, "housing", null, "13805321002", List.of(DEPARTMENT_ADMIN)),
                new Person("scj-admin", "吴雪梅", UserKind.STAFF, "market", null, "13805321003", List.of(DEPARTMENT_ADMIN, REGISTRY_EDITOR)),
                new Person("czj-admin", "冯志刚", UserKind.STAFF, "finance", null, "13805321004", List.of(DEPARTMENT_ADMIN)),
                new Person("fgj-admin", "陈晓燕", UserKind.STAFF, "development", null, "13805321005", List.of(DEPARTMENT_ADMIN)),
                // mediation's and housing's people: their roles come with those plugins
                new Person("wangjianguo", "王建国", UserKind.STAFF, "social-governance", null, "13963901234", List.of()),
                new Person("lixiumei", "李秀梅", UserKind.STAFF, "social-governance", null, "13963905678", List.of()),
                new Person("zhanghua", "张华", UserKind.STAFF, "housing", null, "15866201357", List.of()),
                new Person("liuyang", "刘洋", UserKind.STAFF, "market-shazikou", null, "15866202468", List.of(REGISTRY_EDITOR)),
                new Person("chenjing", "陈静", UserKind.STAFF, "finance", null, "18661703579", List.of(FACTS_READER)),
                new Person("sunwei", "孙伟", UserKind.STAFF, "development", null, "18661704680", List.of(FACTS_READER)),
                new Person("zhaomin", "赵敏", UserKind.STAFF, "justice", null, "13708981122", List.of()),
                new Person("sunli", "孙丽", UserKind.STAFF, "approval", null, "13708983344", List.of()),
                // market's deregistration joint check: their roles come with that plugin
                new Person("gaoyan", "高岩", UserKind.STAFF, "hrss", null, "13708985566", List.of()),
                new Person("xuming", "徐明", UserKind.STAFF, "tax", null, "13708987788", List.of()),
                // two enterprises of the registry's demo data, two people each; the first of each is its administrator
                new Person("hailan-qy", "林海澜（青岛海澜智联科技有限公司）", UserKind.EXTERNAL, null, HAILAN,
                        "13589236677", List.of(ENTERPRISE, IdentityService.ENTERPRISE_ADMIN)),
                new Person("hailan-cw", "王晓琳（青岛海澜智联科技有限公司）", UserKind.EXTERNAL, null, HAILAN,
                        "13589236688", List.of(ENTERPRISE)),
                new Person("mingde-qy", "姜涵云（青岛明德长青海洋生物科技有限公司）", UserKind.EXTERNAL, null, MINGDE,
                        "13698652210", List.of(ENTERPRISE, IdentityService.ENTERPRISE_ADMIN)),
                new Person("mingde-cw", "赵磊（青岛明德长青海洋生物科技有限公司）", UserKind.EXTERNAL, null, MINGDE,
                        "13698652233", List.of(ENTERPRISE)),
                // two banks' loan officers (external users of their bank's organisation): their role comes with the
                // finance plugin, which shows them only the demands pushed to their bank
                new Person("qdbank-kj", "刘倩（青岛银行崂山支行）", UserKind.EXTERNAL, null, QDBANK, "13573820011",
                        List.of()),
                new Person("qnsh-kj", "王磊（青岛农商银行崂山支行）", UserKind.EXTERNAL, null, QNSH, "13573820022",
                        List.of()),
                // the service hall's helpers of 帮办代办 (沙子口街道 and 沙子口社区): their roles come with that plugin
                new Person("zhoujie", "周洁", UserKind.STAFF, "approval", null, "13708986611", List.of()),
                new Person("maqin", "马琴", UserKind.STAFF, "approval", null, "13708986622", List.of()),
                // the free agency's contracted agency and seal engraver (external users of their organisation): the
                // service hall plugin shows each only the orders given to it
                new Person("zhengxin-db", "宋雨（青岛正信企业服务有限公司）", UserKind.EXTERNAL, null, ZHENGXIN,
                        "13573820033", List.of()),
                new Person("yinzhang-kz", "韩冰（青岛崂山印章刻制有限公司）", UserKind.EXTERNAL, null, YINZHANG,
                        "13573820044", List.of()),
                // two 政务体验官: individual users (no department, no enterprise); their role comes with the
                // service hall plugin, which shows each only their own tasks and findings
                new Person("tiyan-wangfang", "王芳（区人大代表）", UserKind.INDIVIDUAL, null, null, "13791820301",
                        List.of()),
                new Person("tiyan-liqiang", "李强（社区居民）", UserKind.INDIVIDUAL, null, null, "13791820302",
                        List.of()));

        Instant now = clock.instant();
        Map<String, String> passwords = new ConcurrentHashMap<>();
        Map<String, String> hashes = new ConcurrentHashMap<>();
        // PBKDF2 takes a while per password: hash on every core
        people.parallelStream().forEach(p -> {
            String password = PasswordHash.randomPassword(16);
            passwords.put(p.login(), password);
            hashes.put(p.login(), PasswordHash.hash(password.toCharArray(), cost));
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
        lines.add("# login\tpassword\tname\tdepartment\troles (the platform's; each plugin gives its own when it starts)");
        for (Person p : people) {
            lines.add(p.login() + "\t" + passwords.get(p.login()) + "\t" + p.name() + "\t"
                    + (p.department() == null ? "-" : p.department()) + "\t" + String.join(",", p.roles()));
        }
        cn.gov.laoshan.district.core.security.SecretFiles.write(accountsFile, String.join("\n", lines) + "\n");
    }
}
