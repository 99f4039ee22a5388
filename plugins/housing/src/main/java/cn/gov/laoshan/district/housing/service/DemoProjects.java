package cn.gov.laoshan.district.housing.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.housing.domain.BlockingIssue;
import cn.gov.laoshan.district.housing.domain.InvestmentKind;
import cn.gov.laoshan.district.housing.domain.IssueSeverity;
import cn.gov.laoshan.district.housing.domain.Meeting;
import cn.gov.laoshan.district.housing.domain.PlanItemRecord;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.domain.ProjectLevel;
import cn.gov.laoshan.district.housing.domain.Template;
import cn.gov.laoshan.district.housing.plan.ItemSchedule;
import cn.gov.laoshan.district.uikit.SettableClock;

/**
 * Demo data for a platform started with demo data: eight Laoshan key projects (investors from the registry's demo
 * enterprises), planned from the two shipped menus, worked through the real services with the clock moved to each
 * step's day — some ahead of plan through simulated approval, some late —, a few blocking issues and two dispatch
 * meetings whose action items moved them on. Two of the projects are invested in by the enterprises the demo's
 * enterprise accounts act for, so that their 我的企业 shows a project of their own.
 */
public final class DemoProjects {

    /** 青岛海澜智联科技有限公司 (the demo accounts hailan-qy and hailan-cw act for it). */
    static final String HAILAN = "91370212MA3C4XK2QQ";
    /** 青岛明德长青海洋生物科技有限公司 (the demo accounts mingde-qy and mingde-cw act for it). */
    static final String MINGDE = "91370212MA3D0WPHWP";

    /**
     * A demo project; {@code investor} the code of an account enterprise investing in it, else {@code null}: an
     * investor of the {@code industry} is picked from the registry.
     */
    private record Seed(String name, InvestmentKind kind, ProjectLevel level, int amountWan, String location,
            String team, String lead, String leadLogin, int startedDaysAgo, boolean simulate, String industry,
            String investor) {

        Seed(String name, InvestmentKind kind, ProjectLevel level, int amountWan, String location, String team,
                String lead, String leadLogin, int startedDaysAgo, boolean simulate, String industry) {
            this(name, kind, level, amountWan, location, team, lead, leadLogin, startedDaysAgo, simulate, industry, null);
        }
    }

    private static final List<Seed> SEEDS = List.of(
            new Seed("崂山智能制造产业园一期厂房", InvestmentKind.SOCIAL, ProjectLevel.CITY, 86_000, "株洲路以北、规划支路以东",
                    "施工许可工作专班", "张华", "zhanghua", 330, true, "C"),
            new Seed("海洋生物医药研发中试基地", InvestmentKind.SOCIAL, ProjectLevel.PROVINCE, 120_000, "松岭路东侧、科苑经七路南侧",
                    "立项用地工作专班", "郑海涛", "zjj-admin", 260, true, "M", MINGDE),
            new Seed("电子信息产业园二期", InvestmentKind.SOCIAL, ProjectLevel.DISTRICT, 45_000, "科苑纬一路与株洲路交叉口",
                    "市政报装工作专班", "张华", "zhanghua", 200, false, "C", HAILAN),
            new Seed("新能源汽车充电装备总部基地", InvestmentKind.SOCIAL, ProjectLevel.CITY, 60_000, "株洲路187号北侧地块",
                    "招标投标工作专班", "张华", "zhanghua", 140, true, "C"),
            new Seed("智能家电研发楼", InvestmentKind.SOCIAL, ProjectLevel.DISTRICT, 38_000, "海尔路东侧、同安路北侧",
                    "主体登记工作专班", "郑海涛", "zjj-admin", 45, false, "I"),
            new Seed("九水东路西延道路工程", InvestmentKind.GOVERNMENT, ProjectLevel.DISTRICT, 28_000, "九水东路（李沧区界至青银高速）",
                    "用地规划工作专班", "张华", "zhanghua", 290, false, null),
            new Seed("松岭路快速化改造工程（一期）", InvestmentKind.GOVERNMENT, ProjectLevel.CITY, 95_000, "松岭路（香港东路至株洲路）",
                    "竣工验收工作专班", "郑海涛", "zjj-admin", 420, true, null),
            new Seed("沙子口街道滨海步行道提升工程", InvestmentKind.GOVERNMENT, ProjectLevel.DISTRICT, 12_000, "沙子口街道南姜码头至大河东",
                    "经营许可工作专班", "张华", "zhanghua", 100, false, null));

    private DemoProjects() {
    }

    /**
     * Seeds the projects (those not there yet: a start killed half-way is carried on); the services are made with {@code clock}. Returns how many. Stops
     * after the project under way when {@code stopping} says so (the plugin is stopping).
     */
    public static int seed(ProjectService projects, PlanService plans, IssueService issues, MeetingService meetings,
            HousingRepository repository, EnterpriseRegistry registry, SettableClock clock, BooleanSupplier stopping) {
        Random random = new Random(370212L);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        WorkingDayCalendar calendar = projects.calendar();
        Map<InvestmentKind, Template> menus = new HashMap<>();
        for (Template t : repository.templates().all()) {
            menus.putIfAbsent(t.kind(), t);
        }
        // the account enterprises invest in their own projects only: their users see exactly those
        List<Enterprise> all = registry.list(EnterpriseQuery.all().page(0, 500)).stream()
                .filter(e -> !List.of(HAILAN, MINGDE).contains(e.uscc().toString())).toList();
        if (all.isEmpty() || menus.size() < 2) {
            return 0;
        }
        List<Project> made = new ArrayList<>();
        // carries on after a start that was killed half-way: a project is registered first, in a transaction of its
        // own, so a project of that name is one made before (perhaps with less of its plan done than planned)
        Map<String, Project> before = new HashMap<>();
        for (Project p : repository.projects().list(ProjectFilter.all(), null, true, 0, 1000)) {
            before.put(p.name(), p);
        }
        if (!before.isEmpty()) {
            random = new Random(370212L + before.size());
        }
        for (Seed s : SEEDS) {
            if (stopping.getAsBoolean()) {
                return made.size();
            }
            if (before.containsKey(s.name())) {
                made.add(before.get(s.name()));
                continue;
            }
            // picked in any case, so that the random choices for the projects after it stay the same
            Enterprise picked = pick(registry, all, s.industry(), random);
            Enterprise investor = s.investor() == null ? picked
                    : registry.find(Uscc.parse(s.investor())).orElse(picked);
            LocalDate start = calendar.addWorkingDays(today.minusDays(s.startedDaysAgo()), 1);
            clock.set(start);
            Project p = projects.register(new ProjectService.NewProject(s.name(), investor.uscc().toString(), s.kind(),
                    s.level(), BigDecimal.valueOf(s.amountWan()).setScale(2), s.location(), s.team(), s.leadLogin(),
                    s.lead(), "区住建局、区自然资源局、区行政审批局联络员", start));
            PlanView plan = plans.createPlan(p.id(), menus.get(s.kind()).id());
            if (s.simulate()) {
                for (PlanItemRecord i : plan.items()) {
                    if (i.simulatedAllowed() && (i.stage().ordinal() >= 2 && i.stage().ordinal() <= 5)) {
                        plan = plans.simulate(p.id(), i.key(), true);
                    }
                }
            }
            work(plans, calendar, clock, p.id(), today.minusDays(random.nextInt(4)), random, s.simulate());
            made.add(p);
        }
        clock.set(today);
        if (stopping.getAsBoolean()) {
            return made.size();
        }
        if (repository.issues().count(new IssueFilter(null, null, null, null, false, false, today)) == 0) {
            issuesAndMeetings(projects, issues, meetings, clock, made, today, calendar);
        }
        clock.set(today);
        return made.size();
    }

    /** Records actual dates, item by item in plan order, up to {@code cutoff}, with realistic variations. */
    private static void work(PlanService plans, WorkingDayCalendar calendar, SettableClock clock, long projectId,
            LocalDate cutoff, Random random, boolean closelyServed) {
        clock.set(cutoff);
        PlanView plan = plans.plan(projectId).orElseThrow();
        Map<String, LocalDate> started = new HashMap<>();
        Map<String, LocalDate> finished = new HashMap<>();
        for (ItemSchedule planned : plan.forecast().items().values()) {
            PlanItemRecord i = plan.item(planned.key());
            LocalDate earliest = plan.project().startDate();
            boolean ready = true;
            for (String pre : i.prerequisites()) {
                LocalDate preDone = i.simulated() ? started.get(pre) : finished.get(pre);
                if (preDone == null) {
                    ready = false;
                    break;
                }
                LocalDate next = i.simulated() ? preDone : calendar.addWorkingDays(finished.get(pre), 1);
                if (next.isAfter(earliest)) {
                    earliest = next;
                }
            }
            if (!ready) {
                continue;
            }
            if (!calendar.isWorkingDay(earliest)) {
                earliest = calendar.addWorkingDays(earliest, 1);
            }
            // a closely served project (task force on site, simulated approval) starts items at once and gets them
            // done a little faster than promised; the others start late and take longer now and then
            LocalDate start = calendar.addWorkingDays(earliest, closelyServed ? 0 : random.nextInt(3));
            if (start.isAfter(cutoff)) {
                continue;
            }
            int days = Math.max(1, closelyServed ? i.durationDays() - random.nextInt(Math.max(1, i.durationDays() / 4 + 1))
                    : i.durationDays() + random.nextInt(7) - 2);
            LocalDate finish = calendar.addWorkingDays(start, days - 1);
            for (String pre : i.prerequisites()) {
                LocalDate preFinish = finished.get(pre);
                if (preFinish == null) {
                    finish = null;
                    break;
                }
                if (!calendar.addWorkingDays(preFinish, 1).isBefore(finish) && i.simulated()) {
                    finish = calendar.addWorkingDays(preFinish, 1);
                }
            }
            started.put(i.key(), start);
            clock.set(cutoff);
            plans.recordStart(projectId, i.key(), start);
            if (finish != null && !finish.isAfter(cutoff)) {
                plans.recordFinish(projectId, i.key(), finish);
                finished.put(i.key(), finish);
            }
        }
    }

    private static void issuesAndMeetings(ProjectService projects, IssueService issues, MeetingService meetings,
            SettableClock clock, List<Project> made, LocalDate today, WorkingDayCalendar calendar) {
        LocalDate raised = today.minusDays(40);
        clock.set(raised);
        String[][] texts = {
                {"0", "施工临时用电容量不足，需新建10千伏专线", "国网青岛市崂山区供电公司", "HIGH",
                        "现有线路容量仅满足500千伏安，项目施工高峰需1250千伏安。"},
                {"0", "地块内既有中压燃气管线迁改方案未确定", "青岛能源燃气公司", "HIGH", "管线位于规划厂房基础范围内，迁改路由需燃气公司确认。"},
                {"1", "环评批复前需取得区域污水管网接入意见", "区城市管理局", "MEDIUM", "中试基地废水预处理后接入市政管网，需出具接入意见。"},
                {"5", "道路红线内3处地上附着物征收补偿未完成", "区征收办", "HIGH", "影响施工单位进场及管线迁改。"},
                {"3", "施工图审查意见多轮往复，消防专篇未通过", "区住建局", "MEDIUM", "建议组织设计单位与审图机构联合会商。"},
                {"6", "松岭路交通导改方案需交警部门审批", "崂山交警大队", "LOW", "施工期间半幅通行，需报批交通组织方案。"}};
        List<BlockingIssue> raisedIssues = new ArrayList<>();
        for (String[] t : texts) {
            Project p = made.get(Integer.parseInt(t[0]));
            raisedIssues.add(issues.raise(new IssueService.NewIssue(p.id(), t[1], t[4], IssueSeverity.valueOf(t[3]),
                    t[2], calendar.deadline(raised, 15))));
        }
        LocalDate first = calendar.addWorkingDays(today.minusDays(30), 0);
        clock.set(first);
        meetings.hold(new Meeting(0, first, "重点项目推进调度会（第" + (first.getMonthValue()) + "月第1次）", "区政府第三会议室",
                "区政府副区长", "区住建局、区发改局、区自然资源局、区行政审批局、区生态环境分局、国网青岛市崂山区供电公司、青岛能源燃气公司、项目单位",
                "一、各工作专班对照审批服务菜单倒排工期；二、供电、燃气等市政报装事项实行并联办理、提前介入；三、对卡脖子问题实行清单化管理，限期销号。",
                List.of(made.get(0).id(), made.get(1).id(), made.get(5).id()), List.of(),
                List.of(new Meeting.ActionItem(0, raisedIssues.get(0).id(), made.get(0).id(),
                                "供电公司制定10千伏专线接入方案，先行施工临时箱变", "国网青岛市崂山区供电公司",
                                calendar.deadline(first, 10), false),
                        new Meeting.ActionItem(0, raisedIssues.get(2).id(), made.get(1).id(),
                                "区城市管理局出具污水管网接入意见，项目单位同步完善预处理方案", "区城市管理局",
                                calendar.deadline(first, 5), true),
                        new Meeting.ActionItem(0, raisedIssues.get(3).id(), made.get(5).id(),
                                "征收办与权利人逐户约谈，月底前完成补偿协议签订", "区征收办", calendar.deadline(first, 15), false)),
                null));
        LocalDate second = calendar.addWorkingDays(today.minusDays(7), 0);
        clock.set(second);
        meetings.hold(new Meeting(0, second, "重点项目推进调度会（第" + second.getMonthValue() + "月第2次）", "区住建局第一会议室",
                "区住建局局长", "区住建局、区自然资源局、区行政审批局、青岛能源燃气公司、崂山交警大队、项目单位",
                "一、燃气管线迁改由燃气公司牵头三日内确定路由；二、施工图消防专篇组织联合会商；三、交通导改方案报交警部门审批。",
                List.of(made.get(0).id(), made.get(3).id(), made.get(6).id()), List.of(),
                List.of(new Meeting.ActionItem(0, raisedIssues.get(1).id(), made.get(0).id(),
                                "燃气公司确定迁改路由，项目单位委托设计", "青岛能源燃气公司", calendar.deadline(second, 3), false),
                        new Meeting.ActionItem(0, raisedIssues.get(4).id(), made.get(3).id(),
                                "组织设计单位与审图机构联合会商，消防专篇一次性修改到位", "区住建局", calendar.deadline(second, 5), true),
                        new Meeting.ActionItem(0, null, made.get(3).id(), "项目单位补充提交施工总平面图及临时用电方案", "项目单位",
                                calendar.deadline(second, 5), false)),
                null));
    }

    private static Enterprise pick(EnterpriseRegistry registry, List<Enterprise> all, String industry, Random random) {
        if (industry != null) {
            List<Enterprise> matching = all.stream().filter(e -> e.industryCode() != null
                    && e.industryCode().startsWith(industry) && e.registeredCapital() != null).toList();
            if (!matching.isEmpty()) {
                return matching.get(random.nextInt(matching.size()));
            }
        }
        List<Enterprise> state = all.stream().filter(e -> e.name().contains("建设") || e.name().contains("城市")
                || e.name().contains("投资")).toList();
        return state.isEmpty() ? all.get(random.nextInt(all.size())) : state.get(random.nextInt(state.size()));
    }
}
