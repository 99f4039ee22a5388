package cn.gov.laoshan.district.registry.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.Uscc;

/**
 * Enterprises of the demo written out by hand rather than generated: {@code hailan-qy}'s, which identity's demo
 * accounts name (its users {@code hailan-qy} and {@code hailan-cw}), and two more with a full set of facts for the
 * policy and market demos. The other demo enterprise with accounts ({@code mingde-qy}, {@code mingde-cw}:
 * 青岛明德长青海洋生物科技有限公司) is one of the generated ones ({@code DemoEnterprises}, fifth of the sequence). Three
 * banks' branches are here too: the finance plugin's matchmaking pushes demands to them, and identity's demo cast has
 * a loan officer for two of them.
 */
public final class AccountEnterprises {

    /** 青岛海澜智联科技有限公司 ({@code hailan-qy} and a colleague). */
    public static final Uscc HAILAN = Uscc.parse("91370212MA3C4XK2QQ");
    /** 青岛崂峰茶业有限公司 (no account yet). */
    public static final Uscc LAOFENG_TEA = Uscc.parse("91370212MA3D7LF8T7");
    /** 青岛蓝湾海洋生物科技有限公司 (no account yet). */
    public static final Uscc LANWAN_BIOTECH = Uscc.parse("91370212MA3E2HB5N7");

    /** 青岛银行股份有限公司崂山支行 ({@code qdbank-kj}: a bank of the finance plugin's matchmaking). */
    public static final Uscc QDBANK = Uscc.parse("91370212MA3F0QDB83");
    /** 青岛农村商业银行股份有限公司崂山支行 ({@code qnsh-kj}). */
    public static final Uscc QNSH = Uscc.parse("91370212MA3F1NC85A");
    /** 中国农业银行股份有限公司青岛崂山支行 (no account yet). */
    public static final Uscc ABC = Uscc.parse("91370212MA3F2AB62A");
    /** 青岛正信企业服务有限公司 ({@code zhengxin-db}: the service hall's contracted agency of the free agency). */
    public static final Uscc ZHENGXIN = Uscc.parse("91370212MA3G2DB107");
    /** 青岛崂山印章刻制有限公司 ({@code yinzhang-kz}: the contracted seal engraver). */
    public static final Uscc YINZHANG = Uscc.parse("91370212MA3G3KE20C");

    private AccountEnterprises() {
    }

    public static List<Enterprise> all() {
        return List.of(
                new Enterprise(HAILAN, "青岛海澜智联科技有限公司", "有限责任公司（自然人投资或控股）", "林海澜",
                        new BigDecimal("10000000.00"), LocalDate.of(2016, 9, 12), "山东省青岛市崂山区株洲路151号青岛国际创新园A座1202",
                        "I6510", EnterpriseStatus.EXISTING, CreditGrade.A, EnterpriseSize.SMALL),
                new Enterprise(LAOFENG_TEA, "青岛崂峰茶业有限公司", "有限责任公司（自然人投资或控股）", "王春茗",
                        new BigDecimal("3000000.00"), LocalDate.of(2017, 4, 6), "山东省青岛市崂山区王哥庄街道晓望社区茶园路8号",
                        "C1530", EnterpriseStatus.EXISTING, CreditGrade.B, EnterpriseSize.MICRO),
                new Enterprise(LANWAN_BIOTECH, "青岛蓝湾海洋生物科技有限公司", "其他有限责任公司", "于海川",
                        new BigDecimal("50000000.00"), LocalDate.of(2018, 11, 20), "山东省青岛市崂山区沙子口街道海洋科技园3号",
                        "C2761", EnterpriseStatus.EXISTING, CreditGrade.A, EnterpriseSize.MEDIUM),
                // the banks of financing matchmaking: branches registered in the district (分公司, 货币银行服务)
                new Enterprise(QDBANK, "青岛银行股份有限公司崂山支行", "分公司", "孙海涛", null, LocalDate.of(2009, 3, 18),
                        "山东省青岛市崂山区香港东路195号", "J6621", EnterpriseStatus.EXISTING, CreditGrade.A,
                        EnterpriseSize.LARGE),
                new Enterprise(QNSH, "青岛农村商业银行股份有限公司崂山支行", "分公司", "李明远", null, LocalDate.of(2012, 6, 28),
                        "山东省青岛市崂山区深圳路156号", "J6621", EnterpriseStatus.EXISTING, CreditGrade.A,
                        EnterpriseSize.LARGE),
                new Enterprise(ABC, "中国农业银行股份有限公司青岛崂山支行", "分公司", "周文斌", null, LocalDate.of(2001, 8, 9),
                        "山东省青岛市崂山区海尔路63号", "J6621", EnterpriseStatus.EXISTING, CreditGrade.A,
                        EnterpriseSize.LARGE),
                // the service hall's free agency: the contracted agency (商务代理代办服务) and seal engraver
                new Enterprise(ZHENGXIN, "青岛正信企业服务有限公司", "有限责任公司（自然人投资或控股）", "宋立新",
                        new BigDecimal("2000000.00"), LocalDate.of(2019, 5, 9), "山东省青岛市崂山区海尔路180号",
                        "L7296", EnterpriseStatus.EXISTING, CreditGrade.A, EnterpriseSize.MICRO),
                new Enterprise(YINZHANG, "青岛崂山印章刻制有限公司", "有限责任公司（自然人投资或控股）", "韩志刚",
                        new BigDecimal("500000.00"), LocalDate.of(2011, 10, 17), "山东省青岛市崂山区同安路880号",
                        "C2319", EnterpriseStatus.EXISTING, CreditGrade.B, EnterpriseSize.MICRO));
    }
}
