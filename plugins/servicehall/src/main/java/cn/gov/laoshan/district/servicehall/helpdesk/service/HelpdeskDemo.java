package cn.gov.laoshan.district.servicehall.helpdesk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

import cn.gov.laoshan.district.servicehall.domain.IdNumber;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.ConsentForm;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpChannel;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpMode;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpNeed;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpRequest;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpResult;

/**
 * The demo's helpers (zhoujie for 沙子口街道, maqin for 沙子口社区, sunli at the centre) and a dozen requests at every
 * stage, made through the service (as the system: the demo's steps name {@code system}).
 */
public final class HelpdeskDemo {

    private HelpdeskDemo() {
    }

    private record Case(String caller, String mobile, String person, LocalDate born, String relation, HelpNeed need,
            String item, String address, HelpMode mode, HelpChannel channel, int steps) {
    }

    public static String seed(HelpdeskService helpdesk, BooleanSupplier stopping) {
        helpdesk.addHelper("BB-ZX", "sunli");
        helpdesk.addHelper("BB-SZK", "zhoujie");
        helpdesk.addHelper("BB-SZK-01", "maqin");
        helpdesk.addHelper("BB-JJL", "zhoujie");
        helpdesk.addHelper("BB-JJL-01", "maqin");
        if (!helpdesk.list(null, null, 0, 1).isEmpty()) {
            // a start killed half-way made requests already: not twice
            return "help requests already seeded";
        }
        LocalDate day = helpdesk.today().plusDays(2);
        List<Case> cases = List.of(
                new Case("王建华", "13806391234", "刘桂芳", LocalDate.of(1938, 5, 16), "母亲", HelpNeed.ELDERLY, "HJ-002",
                        "崂山区沙子口街道沙子口社区南姜路12号2单元301", HelpMode.HOME_VISIT, HelpChannel.PHONE, 6),
                new Case("李秀兰", "13791880022", "", LocalDate.of(1946, 2, 3), "", HelpNeed.ELDERLY, "HJ-003",
                        "崂山区沙子口街道东麦窑社区189号", HelpMode.HOME_VISIT, HelpChannel.PHONE, 5),
                new Case("张志强", "15192660033", "张明", LocalDate.of(1975, 9, 21), "儿子", HelpNeed.DISABLED, "HJ-010",
                        "崂山区金家岭街道株洲路社区株洲路88号", HelpMode.HOME_VISIT, HelpChannel.WINDOW, 4),
                new Case("赵玉梅", "13963320044", "", LocalDate.of(1951, 12, 8), "", HelpNeed.ELDERLY, "HJ-012",
                        "崂山区中韩街道东城社区东韩路7号", HelpMode.AT_HALL, HelpChannel.PHONE, 3),
                new Case("孙立新", "18661750055", "孙淑珍", LocalDate.of(1940, 7, 1), "母亲", HelpNeed.ELDERLY, "HJ-002",
                        "崂山区王哥庄街道港东社区55号", HelpMode.HOME_VISIT, HelpChannel.PHONE, 2),
                new Case("周晓燕", "13589260066", "周国庆", LocalDate.of(1949, 10, 1), "父亲", HelpNeed.DISABLED, "HJ-013",
                        "崂山区北宅街道北宅社区", HelpMode.HOME_VISIT, HelpChannel.WINDOW, 1),
                new Case("吴海波", "13012340077", "", LocalDate.of(1958, 3, 12), "", HelpNeed.OTHER, "HJ-010",
                        "崂山区金家岭街道海尔路63号", HelpMode.AT_HALL, HelpChannel.PHONE, 1),
                new Case("郑丽", "13698650088", "郑福来", LocalDate.of(1936, 1, 20), "祖父", HelpNeed.ELDERLY, "HJ-002",
                        "崂山区沙子口街道沙子口社区姜哥庄", HelpMode.HOME_VISIT, HelpChannel.PHONE, 6),
                new Case("冯涛", "15063270099", "冯秀英", LocalDate.of(1944, 4, 4), "母亲", HelpNeed.ELDERLY, "HJ-003",
                        "青岛市市北区辽宁路100号（户籍在崂山）", HelpMode.HOME_VISIT, HelpChannel.PHONE, 0),
                new Case("陈红", "13792810010", "", LocalDate.of(1962, 6, 30), "", HelpNeed.DISABLED, "HJ-012",
                        "崂山区中韩街道张村河路15号", HelpMode.AT_HALL, HelpChannel.WINDOW, 7),
                new Case("马德胜", "13864290011", "马玉兰", LocalDate.of(1939, 8, 15), "妻子", HelpNeed.ELDERLY, "HJ-002",
                        "崂山区金家岭街道株洲路社区19号楼", HelpMode.HOME_VISIT, HelpChannel.PHONE, 3),
                new Case("林小雨", "13573210012", "林长海", LocalDate.of(1947, 11, 11), "父亲", HelpNeed.ELDERLY, "HJ-010",
                        "崂山区沙子口街道登瀛社区", HelpMode.HOME_VISIT, HelpChannel.PHONE, 5));
        int made = 0;
        int n = 0;
        for (Case c : cases) {
            if (stopping.getAsBoolean()) {
                break;
            }
            n++;
            String first17 = String.format("370212%04d%02d%02d%03d", c.born().getYear(), c.born().getMonthValue(),
                    c.born().getDayOfMonth(), 100 + n);
            HelpRequest r = helpdesk.take(new HelpRequest.Intake(c.channel(), c.mode(), c.caller(), c.mobile(),
                    c.person(), first17 + IdNumber.checkCharacter(first17), c.relation(), c.need(), c.item(),
                    c.address(), day.plusDays(n % 5), n % 2 == 0 ? "AFTERNOON" : "MORNING"));
            made++;
            if (c.steps() == 7) {
                helpdesk.cancel(r.id(), "家属已自行到大厅办理");
                continue;
            }
            if (c.steps() >= 1) {
                List<String> members = helpdesk.members(r.groupCode());
                if (members.isEmpty()) {
                    continue;
                }
                helpdesk.assign(r.id(), members.get(0));
            }
            if (c.steps() >= 2) {
                helpdesk.visit(r.id(), "居民身份证原件、户口簿；现场采集照片和指纹");
            }
            if (c.steps() >= 3 && c.steps() != 3) {
                helpdesk.recordConsent(r.id(), (c.person().isEmpty() ? c.caller() : c.person()) + "（本人）",
                        c.need() == HelpNeed.DISABLED ? ConsentForm.WITNESSED : ConsentForm.FINGERPRINT);
            }
            if (c.steps() >= 5) {
                helpdesk.submit(r.id(), "SQ" + day.toString().replace("-", "") + String.format("-%04d", n));
            }
            if (c.steps() >= 6) {
                helpdesk.complete(r.id(), HelpResult.GRANTED, "证件已送达本人");
            }
        }
        return made + " help requests";
    }
}
