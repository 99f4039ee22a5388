package cn.gov.laoshan.district.policy.suggestion.domain;

/**
 * 建议主题: what a suggestion (意见建议) is about, as the policy staff sort them. The seed's key links of enterprise
 * life (项目建设、拿地办证、融资增信) come first; {@link #OTHER} takes what fits none. Labels are the message keys
 * {@code policy.topic.<NAME>}; the training set names topics by {@link #code()}.
 */
public enum Topic {
    /** 融资增信: loans, guarantees, credit enhancement, listing, funds. */
    FINANCING("融资增信"),
    /** 拿地办证: land supply and transfer, planning, land and property certificates. */
    LAND_PERMITS("拿地办证"),
    /** 项目建设: construction permits, inspections, utilities hook-up, acceptance, project scheduling. */
    CONSTRUCTION("项目建设"),
    /** 人才: recruitment, talent housing and subsidies, household registration, children's schooling. */
    TALENT("人才"),
    /** 税费: taxes, refunds, fees, social insurance contributions. */
    TAX_FEES("税费"),
    /** 市场准入: registration, business licences and permits, qualifications, bidding barriers. */
    MARKET_ACCESS("市场准入"),
    /** 政务服务: windows, online services, materials, waiting, one-stop handling. */
    GOVERNMENT_SERVICE("政务服务"),
    /** 法治: disputes, arrears, intellectual property, enforcement, law-based regulation. */
    RULE_OF_LAW("法治"),
    /** 其他: anything else (parking, canteens, public transport, events...). */
    OTHER("其他");

    private final String code;

    Topic(String code) {
        this.code = code;
    }

    /** The Chinese name the training set uses for the topic (never shown on a screen: screens use the message key). */
    public String code() {
        return code;
    }

    public String messageKey() {
        return "policy.topic." + name();
    }

    /** The topic with this code or constant name; {@code null} when none. */
    public static Topic of(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (Topic topic : values()) {
            if (topic.code.equals(t) || topic.name().equals(t)) {
                return topic;
            }
        }
        return null;
    }
}
