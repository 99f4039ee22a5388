package cn.gov.laoshan.district.api.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One enterprise (市场主体) of the registry.
 *
 * @param uscc                统一社会信用代码
 * @param name                企业名称
 * @param type                企业类型, e.g. 有限责任公司 (see {@link #TYPES})
 * @param legalRepresentative 法定代表人 (经营者 for an individual business)
 * @param registeredCapital   注册资本 in yuan, or {@code null} when none is registered (individual businesses)
 * @param establishedOn       成立日期
 * @param address             住所
 * @param industryCode        所属行业: a GB/T 4754-2017 code, section letter and 2-4 digits, e.g. {@code I6510}
 * @param status              登记状态
 * @param creditGrade         信用等级
 * @param size                企业规模
 */
public record Enterprise(Uscc uscc, String name, String type, String legalRepresentative, BigDecimal registeredCapital,
        LocalDate establishedOn, String address, String industryCode, EnterpriseStatus status, CreditGrade creditGrade,
        EnterpriseSize size) {

    /** The enterprise types (企业类型) the registry knows. */
    public static final List<String> TYPES = List.of("有限责任公司", "有限责任公司（自然人独资）", "股份有限公司",
            "个人独资企业", "合伙企业", "个体工商户", "农民专业合作社", "外商投资企业", "分公司");

    /** A GB/T 4754 industry code: section letter A-T and 2 to 4 digits. */
    public static final java.util.regex.Pattern INDUSTRY_CODE = java.util.regex.Pattern.compile("[A-T]\\d{2,4}");

    public Enterprise {
        Objects.requireNonNull(uscc, "uscc");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
    }
}
