package cn.gov.laoshan.district.market.domain;

import static cn.gov.laoshan.district.market.domain.Period.days;
import static cn.gov.laoshan.district.market.domain.Period.months;
import static cn.gov.laoshan.district.market.domain.Period.workingDays;

import java.util.List;

/**
 * The fourteen licence types a new home starts with, with the figures of the regulation each cites. Where a
 * regulation sets only the latest day to apply ("届满 30 日前"), the window opens at the district's reminder lead,
 * which the text says is the district's, not the law's. The type administrator changes them on 证照种类.
 */
public final class LicenceTypes {

    public static final String FOOD_BUSINESS = "FOOD_BUSINESS";
    private static final List<Integer> STEPS = List.of(30, 7);
    private static final String LEAD = "（窗口起始日为本区提前提醒安排，非法定）";

    /** The general rule: Administrative Licensing Law art. 50, at least 30 days before expiry. */
    private static final String GENERAL = "《中华人民共和国行政许可法》第五十条：被许可人需要延续依法取得的行政许可的有效期的，"
            + "应当在该行政许可有效期届满三十日前向作出行政许可决定的行政机关提出申请。";

    public static final List<LicenceType> DEFAULTS = List.of(
            new LicenceType(FOOD_BUSINESS, "食品经营许可证", "Food business licence", 60, workingDays(90),
                    workingDays(15), STEPS, true, true,
                    "《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号，2023年）：食品经营许可证有效期为五年；"
                            + "需要延续的，应当在有效期届满前90个工作日至15个工作日期间向原发证部门提出申请；"
                            + "在届满前15个工作日内提出的，有效期届满至准予延续前不得继续经营。", 10),
            new LicenceType("FOOD_PRODUCTION", "食品生产许可证", "Food production licence", 60, workingDays(90),
                    workingDays(30), STEPS, true, false,
                    "《食品生产许可管理办法》（国家市场监督管理总局令第24号，2020年）第三十二条：食品生产许可证有效期为五年；"
                            + "需要延续的，应当在有效期届满30个工作日前向原发证部门提出申请。" + LEAD, 20),
            new LicenceType("MEDICAL_DEVICE_3", "第三类医疗器械经营许可证", "Class III medical device business licence", 60,
                    workingDays(90), workingDays(30), STEPS, false, false,
                    "《医疗器械经营监督管理办法》（国家市场监督管理总局令第54号，2022年）：医疗器械经营许可证有效期为五年；"
                            + "需要延续的，应当在有效期届满前90个工作日至30个工作日期间提出延续申请，逾期提出的不再受理；"
                            + "未在届满前作出决定的，视为准予延续；延续的许可证有效期自原许可证有效期届满次日起计算。", 30),
            new LicenceType("DRUG_BUSINESS", "药品经营许可证", "Drug business licence", 60, months(6), days(0), STEPS,
                    true, false,
                    "《药品经营许可证管理办法》第十九条：《药品经营许可证》有效期为5年；有效期届满需要继续经营药品的，"
                            + "持证企业应在有效期届满前6个月内向原发证机关申请换发；逾期未作出决定的，视为准予换证。", 40),
            new LicenceType("INDUSTRIAL_PRODUCT", "工业产品生产许可证", "Industrial product production licence", 60,
                    months(9), months(6), STEPS, true, false,
                    "《中华人民共和国工业产品生产许可证管理条例》：生产许可证有效期为5年；有效期届满，企业继续生产的，"
                            + "应当在生产许可证有效期届满6个月前提出换证申请。" + LEAD, 50),
            new LicenceType("WORK_SAFETY", "安全生产许可证", "Work safety licence", 36, months(6), months(3), STEPS,
                    true, false,
                    "《安全生产许可证条例》第九条：安全生产许可证有效期为3年；需要延期的，应当于期满前3个月办理延期手续；"
                            + "有效期内未发生死亡事故的，经同意可不再审查，有效期延期3年。" + LEAD, 60),
            new LicenceType("POLLUTANT_DISCHARGE", "排污许可证", "Pollutant discharge permit", 60, days(120), days(60),
                    STEPS, true, false,
                    "《排污许可管理条例》第十四条：排污许可证有效期为5年；需要延续的，应当在有效期届满60日前"
                            + "向审批部门提出申请。" + LEAD, 70),
            new LicenceType("WATER_ABSTRACTION", "取水许可证", "Water abstraction permit", 60, days(90), days(45), STEPS,
                    true, false,
                    "《取水许可和水资源费征收管理条例》第二十五条：取水许可证有效期限一般为5年，最长不超过10年；"
                            + "需要延续的，应当在有效期届满45日前向原审批机关提出申请。" + LEAD, 80),
            new LicenceType("PUBLIC_PLACE_HYGIENE", "公共场所卫生许可证", "Public place hygiene licence", 48, days(60),
                    days(30), STEPS, true, false,
                    "《公共场所卫生管理条例实施细则》第二十四条：公共场所卫生许可证有效期限为四年，每两年复核一次；"
                            + "需要延续的，应当在有效期届满30日前提出申请。" + LEAD, 90),
            new LicenceType("MEDICAL_INSTITUTION", "医疗机构执业许可证", "Medical institution practice licence", null,
                    days(90), days(30), STEPS, true, false,
                    "《医疗机构管理条例实施细则》：床位不满100张的医疗机构每年校验1次，床位在100张以上的每3年校验1次"
                            + "（本证照的有效期即校验期）；延续依" + GENERAL + LEAD, 100),
            new LicenceType("SMALL_WORKSHOP", "食品小作坊登记证", "Small food workshop registration", null, days(60),
                    days(30), STEPS, true, false, GENERAL + LEAD, 110),
            new LicenceType("SMALL_CATERING", "小餐饮经营许可证", "Small catering licence", null, days(60), days(30),
                    STEPS, true, false, GENERAL + LEAD, 120),
            new LicenceType("SPECIAL_EQUIPMENT", "特种设备生产许可证", "Special equipment production licence", null,
                    days(60), days(30), STEPS, true, false, GENERAL + LEAD, 130),
            new LicenceType("HAZARDOUS_CHEMICALS", "危险化学品经营许可证", "Hazardous chemicals business licence", null,
                    days(60), days(30), STEPS, true, false, GENERAL + LEAD, 140));

    private LicenceTypes() {
    }
}
