package cn.gov.laoshan.district.servicehall.founding.service;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.servicehall.founding.domain.EntityType;
import cn.gov.laoshan.district.servicehall.founding.domain.FoundingOrder;
import cn.gov.laoshan.district.servicehall.founding.domain.ServiceContract;

/**
 * The demo's purchased-service contracts (青岛正信企业服务有限公司 for the agency, account {@code zhengxin-db};
 * 青岛崂山印章刻制有限公司 for the seals, {@code yinzhang-kz}) and orders at every stage, through the service.
 */
public final class FoundingDemo {

    /** 青岛正信企业服务有限公司: the contracted agency (its staff: external users of it). */
    public static final String AGENCY = "91370212MA3G2DB107";
    /** 青岛崂山印章刻制有限公司: the contracted seal engraver. */
    public static final String ENGRAVER = "91370212MA3G3KE20C";

    private FoundingDemo() {
    }

    public static String seed(FoundingService founding, BooleanSupplier stopping) {
        if (!founding.contracts().isEmpty()) {
            // a start killed half-way seeded the contracts already: orders are not made twice
            return "free agency already seeded";
        }
        int year = founding.today().getYear();
        founding.addContract("LSSP-" + year + "-017", ServiceContract.Kind.AGENCY, AGENCY, "青岛正信企业服务有限公司",
                Yuan.parse("1350000"), Yuan.parse("450.00"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        founding.addContract("LSSP-" + year + "-018", ServiceContract.Kind.ENGRAVING, ENGRAVER, "青岛崂山印章刻制有限公司",
                Yuan.parse("595500"), Yuan.parse("198.50"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        record Founder(String name, String mobile, String proposed, EntityType type, String address, int steps) {
        }
        List<Founder> founders = List.of(
                new Founder("陈思远", "13953270011", "青岛思远海洋科技有限公司", EntityType.LLC, "崂山区海尔路178号", 5),
                new Founder("刘佳", "13953270012", "青岛佳禾茶业有限公司", EntityType.LLC, "崂山区王哥庄街道晓望社区", 5),
                new Founder("王磊", "13953270013", "青岛磊石软件有限公司", EntityType.LLC, "崂山区株洲路151号", 4),
                new Founder("赵敏", "13953270014", "崂山区敏记小吃店", EntityType.INDIVIDUAL, "崂山区沙子口街道", 3),
                new Founder("孙浩", "13953270015", "青岛浩瀚文化传媒合伙企业（有限合伙）", EntityType.PARTNERSHIP,
                        "崂山区香港东路195号", 2),
                new Founder("周宁", "13953270016", "青岛宁远贸易有限公司", EntityType.LLC, "崂山区深圳路156号", 1),
                new Founder("吴倩", "13953270017", "青岛倩影摄影工作室", EntityType.SOLE, "崂山区中韩街道", 0),
                new Founder("郑凯", "13953270018", "青岛凯越新能源有限公司", EntityType.LLC, "崂山区松岭路", 0));
        int made = 0;
        int n = 0;
        for (Founder f : founders) {
            if (stopping.getAsBoolean()) {
                break;
            }
            n++;
            FoundingOrder o = founding.order(new FoundingOrder.Intake(f.name(), f.mobile(), f.proposed(), f.type(),
                    f.address()));
            made++;
            if (f.steps() >= 1) {
                founding.take(o.id());
            }
            if (f.steps() >= 2) {
                // demo USCCs: 91370212MA3J + a running number, with their check character
                String first17 = String.format("91370212MA3J%05d", n);
                founding.register(o.id(), first17 + check(first17), f.proposed(), founding.today());
            }
            if (f.steps() >= 3) {
                founding.orderSeals(o.id());
            }
            if (f.steps() >= 4) {
                founding.sealsMade(o.id());
            }
            if (f.steps() >= 5) {
                founding.handOver(o.id(), f.name());
            }
        }
        return made + " free agency orders";
    }

    /** GB 32100's check character of the first seventeen. */
    static char check(String first17) {
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += chars.indexOf(first17.charAt(i)) * weights[i];
        }
        return chars.charAt((31 - sum % 31) % 31);
    }
}
