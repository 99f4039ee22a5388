package cn.gov.laoshan.district.servicehall.experience.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.servicehall.experience.domain.ExperienceMode;
import cn.gov.laoshan.district.servicehall.experience.domain.ExperienceTask;
import cn.gov.laoshan.district.servicehall.experience.domain.Finding;
import cn.gov.laoshan.district.servicehall.experience.domain.FindingDeadlines;
import cn.gov.laoshan.district.servicehall.experience.domain.OfficerCategory;
import cn.gov.laoshan.district.servicehall.experience.domain.Question;
import cn.gov.laoshan.district.servicehall.experience.domain.QuestionKind;
import cn.gov.laoshan.district.servicehall.experience.domain.TaskSubject;
import cn.gov.laoshan.district.servicehall.salon.service.SalonDemo;
import cn.gov.laoshan.district.uikit.SettableClock;

/**
 * The demo's 政务体验官: 王芳 and 李强 serving since about a hundred days ago, one application waiting, eight tasks with
 * their questionnaires and findings standing at every step of the chain (one overdue at its unit), two open days;
 * then a year of 会客厅 events ({@link SalonDemo}). Through the services on a moved clock; carries on from what is
 * there.
 */
public final class ExperienceDemo {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** officer, subject kind, subject, mode, days ago, finding, unit, the chain's steps to take. */
    private static final Object[][] TASKS = {
        {"tiyan-wangfang", TaskSubject.ITEM, "出入境证件办理（CRJ-002）", ExperienceMode.ANONYMOUS, 90,
            "窗口未一次性告知证件照片的规格要求，需要再跑一次", "approval", 5},
        {"tiyan-liqiang", TaskSubject.HALL, "崂山区政务服务中心", ExperienceMode.OBSERVATION, 80,
            "自助取号机没有老年人大字模式，老人需要工作人员代为操作", "approval", 4},
        {"tiyan-wangfang", TaskSubject.POLICY, "高新技术企业认定奖励", ExperienceMode.OPEN, 60,
            "申报指南中“研发费用”的口径与税务口径不一致，企业难以填报", "development", 3},
        {"tiyan-liqiang", TaskSubject.ITEM, "食品经营许可（续证）", ExperienceMode.REAL_HANDLING, 45,
            "极简续证在网上提交后仍被要求到窗口签字确认", "market", 2},
        {"tiyan-wangfang", TaskSubject.HALL, "沙子口街道便民服务中心", ExperienceMode.OPEN, 20,
            "周六预约事项清单未在大厅公示，群众不知道周六能办什么", null, 1},
        {"tiyan-liqiang", TaskSubject.ITEM, "居住证办理", ExperienceMode.ANONYMOUS, 10,
            "网上预约页面在手机上无法选择周六时段", null, 0},
        {"tiyan-wangfang", TaskSubject.ITEM, "不动产转移登记（二手房）", ExperienceMode.REAL_HANDLING, 6,
            "等候区指示牌不清楚，找不到不动产综合窗口", null, -1},
        {"tiyan-liqiang", TaskSubject.POLICY, "“个转企”简易登记", ExperienceMode.OPEN, 2, null, null, 0},
    };

    private ExperienceDemo() {
    }

    public static String seed(Jdbi jdbi, AccessControl access, AuditLog audit, WorkingDayCalendar calendar,
            LocalDate today, BooleanSupplier stopping) {
        SettableClock clock = new SettableClock();
        ExperienceRepository repository = new ExperienceRepository(jdbi);
        ExperienceService service = new ExperienceService(repository, access, audit, new FindingDeadlines(calendar),
                Optional::empty, clock);
        String made = "";
        if (repository.officer("tiyan-wangfang").isEmpty()) {
            at(clock, today.minusDays(110));
            service.apply("tiyan-wangfang", "王芳", OfficerCategory.NPC_DEPUTY, "13791820301", "区人大代表，关注营商环境");
            service.apply("tiyan-liqiang", "李强", OfficerCategory.RESIDENT, "13791820302", "社区居民，常陪老人办事");
            at(clock, today.minusDays(100));
            service.approve("tiyan-wangfang", "区人大常委会推荐");
            service.approve("tiyan-liqiang", "金家岭街道推荐");
            at(clock, today.minusDays(3));
            service.apply("tiyan-zhouyi", "周毅", OfficerCategory.ENTREPRENEUR, "13791820303", "民营企业家，想体验开办企业");
            made = "2 officers, ";
        }
        int tasks = jdbi.withHandle(h -> h.createQuery("select count(*) from experience_task").mapTo(Integer.class).one());
        for (int i = tasks; i < TASKS.length; i++) {
            if (stopping.getAsBoolean()) {
                return made + i + " tasks (stopped)";
            }
            Object[] t = TASKS[i];
            int ago = (Integer) t[4];
            LocalDate assigned = today.minusDays(ago);
            at(clock, assigned);
            TaskSubject kind = (TaskSubject) t[1];
            String template = kind == TaskSubject.ITEM ? "SERVICE" : kind.name();
            ExperienceTask task = service.assign((String) t[0], kind, (String) t[2], (ExperienceMode) t[3], template,
                    assigned.plusDays(14));
            if (t[5] == null) {
                continue;
            }
            at(clock, assigned.plusDays(1));
            Map<Integer, String> answers = new HashMap<>();
            for (Question q : repository.questions(template)) {
                answers.put(q.position(), q.kind() == QuestionKind.SCORE ? String.valueOf(2 + i % 3)
                        : q.kind() == QuestionKind.CHOICE ? q.choices().get(i % q.choices().size()) : (String) t[5]);
            }
            service.answerFor(task, answers);
            Finding f = service.reportFor(task, (String) t[5], "建议尽快整改并公示");
            int steps = (Integer) t[7];
            if (steps == -1) {
                at(clock, assigned.plusDays(2));
                service.fire(f.id(), "dismiss", "经核实，指示牌已于上周更换，感谢您的关注");
                continue;
            }
            if (steps >= 1) {
                at(clock, assigned.plusDays(2));
                service.fire(f.id(), "verify", "经窗口核实，情况属实");
            }
            if (steps >= 2) {
                service.assign(f.id(), (String) t[6], "请按期整改并报送整改材料");
            }
            if (steps >= 3) {
                at(clock, assigned.plusDays(9));
                service.fire(f.id(), "fix", "已完成整改：更新了一次性告知清单并培训窗口人员");
            }
            if (steps >= 4) {
                at(clock, assigned.plusDays(14));
                service.fire(f.id(), "recheck", "常态复查：整改措施落实到位");
            }
            if (steps >= 5) {
                at(clock, assigned.plusDays(15));
                service.fire(f.id(), "report", "您反映的问题已整改到位，感谢您对政务服务的监督");
            }
        }
        if (repository.openDays().isEmpty()) {
            at(clock, today.minusDays(75));
            long past = service.createOpenDay("行政服务主题开放日：走进不动产登记", "一窗受理、全程网办体验",
                    today.minusDays(70), "区政务服务中心三楼", 30).id();
            repository.register(past, "tiyan-wangfang", clock.instant());
            repository.register(past, "tiyan-liqiang", clock.instant());
            at(clock, today.minusDays(1));
            long next = service.createOpenDay("行政服务主题开放日：企业开办“一件事”", "免费代办与公章刻制体验",
                    today.plusDays(10), "区政务服务中心二楼企业开办专区", 20).id();
            repository.register(next, "tiyan-wangfang", clock.instant());
        }
        return made + TASKS.length + " tasks, " + SalonDemo.seed(jdbi, access, audit, today, stopping);
    }

    private static void at(SettableClock clock, LocalDate day) {
        clock.set(day.atTime(10, 0).atZone(ZONE).toInstant());
    }
}
