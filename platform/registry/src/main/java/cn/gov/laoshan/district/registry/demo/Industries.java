package cn.gov.laoshan.district.registry.demo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Industry classes (GB/T 4754-2017) that matter in Laoshan, with how often the demo data uses them: software and
 * IT, finance and investment, tourism and hospitality, tea (崂山茶), marine biotech, real estate, services.
 */
public final class Industries {

    /**
     * One industry class.
     *
     * @param code   section letter and four digits
     * @param zh     Chinese name
     * @param en     English name
     * @param weight relative frequency among Laoshan's companies
     * @param words  words a company name in this industry uses (科技, 茶业, ...)
     */
    public record Industry(String code, String zh, String en, int weight, List<String> words) {
        public String label(Locale locale) {
            return code + " " + (locale != null && "en".equals(locale.getLanguage()) ? en : zh);
        }
    }

    public static final List<Industry> ALL = List.of(
            new Industry("I6510", "软件开发", "Software development", 14, List.of("软件", "科技", "信息技术", "智能科技")),
            new Industry("I6531", "信息系统集成服务", "Information system integration", 6, List.of("信息技术", "系统集成", "智能科技")),
            new Industry("I6560", "信息技术咨询服务", "IT consulting", 5, List.of("信息咨询", "数字科技", "科技")),
            new Industry("I6550", "信息处理和存储支持服务", "Data processing and storage", 3, List.of("数据科技", "云计算", "大数据")),
            new Industry("I6520", "集成电路设计", "Integrated circuit design", 2, List.of("微电子", "芯片科技", "半导体")),
            new Industry("I6429", "其他互联网平台", "Other internet platforms", 3, List.of("网络科技", "互联网科技", "数字科技")),
            new Industry("J6760", "资本投资服务", "Capital investment services", 5, List.of("投资", "创业投资", "股权投资")),
            new Industry("J6940", "金融信息服务", "Financial information services", 2, List.of("金融信息服务", "金融科技")),
            new Industry("L7212", "投资与资产管理", "Investment and asset management", 5, List.of("资产管理", "投资管理", "私募基金管理")),
            new Industry("L7291", "旅行社及相关服务", "Travel agencies", 3, List.of("国际旅行社", "旅游服务", "旅游开发")),
            new Industry("H6110", "旅游饭店", "Tourist hotels", 2, List.of("酒店管理", "大酒店", "度假酒店")),
            new Industry("H6130", "民宿服务", "Guesthouses (民宿)", 3, List.of("民宿", "海景民宿", "文旅")),
            new Industry("H6210", "正餐服务", "Restaurants", 4, List.of("餐饮管理", "海鲜餐饮", "渔家宴")),
            new Industry("H6241", "茶馆服务", "Tea houses", 2, List.of("茶文化", "茶馆", "茶艺")),
            new Industry("A0161", "茶叶种植", "Tea growing", 2, List.of("茶业", "生态茶园", "茶叶")),
            new Industry("C1530", "精制茶加工", "Tea processing", 2, List.of("茶业", "崂山茶", "茶叶")),
            new Industry("F5225", "饮料及茶叶零售", "Beverage and tea retail", 2, List.of("茶叶", "茶庄", "茶业")),
            new Industry("C2761", "生物药品制造", "Biological medicine manufacturing", 3, List.of("海洋生物", "生物制药", "生物科技")),
            new Industry("M7340", "医学研究和试验发展", "Medical research and development", 3, List.of("生物医药", "医药科技", "生命科学")),
            new Industry("M7512", "生物技术推广服务", "Biotechnology promotion", 3, List.of("海洋生物科技", "生物技术", "蓝色生物")),
            new Industry("A0411", "海水养殖", "Marine aquaculture", 1, List.of("海洋牧场", "水产养殖", "海珍品")),
            new Industry("K7010", "房地产开发经营", "Real estate development", 3, List.of("置业", "房地产开发", "地产")),
            new Industry("K7020", "物业管理", "Property management", 3, List.of("物业管理", "物业服务")),
            new Industry("K7030", "房地产中介服务", "Real estate agency", 2, List.of("房地产经纪", "置业顾问")),
            new Industry("E5012", "住宅装饰和装潢", "Home decoration", 3, List.of("装饰工程", "建筑装饰", "家居装饰")),
            new Industry("F5292", "互联网零售", "Online retail", 3, List.of("电子商务", "商贸", "网络科技")),
            new Industry("F5191", "互联网批发", "Online wholesale", 2, List.of("供应链管理", "商贸", "国际贸易")),
            new Industry("L7243", "社会经济咨询", "Business consulting", 3, List.of("企业管理咨询", "管理咨询", "咨询")),
            new Industry("L7231", "律师及相关法律服务", "Legal services", 1, List.of("法律咨询", "知识产权代理")),
            new Industry("L7251", "互联网广告服务", "Internet advertising", 2, List.of("文化传媒", "广告", "传媒")),
            new Industry("L7284", "文化会展服务", "Cultural exhibitions", 1, List.of("会展服务", "文化发展")),
            new Industry("R8810", "文艺创作与表演", "Arts and performance", 1, List.of("文化艺术", "影视文化")),
            new Industry("P8393", "文化艺术培训", "Arts training", 2, List.of("教育咨询", "文化艺术培训", "教育科技")),
            new Industry("N7861", "名胜风景区管理", "Scenic area management", 1, List.of("旅游开发", "景区管理", "文旅发展")),
            new Industry("M7320", "工程和技术研究和试验发展", "Engineering research and development", 3, List.of("研究院", "技术研究", "智能装备")),
            new Industry("C3990", "其他电子设备制造", "Other electronic equipment", 2, List.of("电子科技", "智能设备", "电子")),
            // individual businesses and cooperatives (never drawn for companies)
            new Industry("F5212", "超级市场零售", "Supermarkets", 0, List.of("超市")),
            new Industry("O8010", "家庭服务", "Domestic services", 0, List.of("家政")),
            new Industry("O8051", "理发及美容服务", "Hairdressing and beauty", 0, List.of("理发")),
            new Industry("O8111", "汽车修理与维护", "Car repair", 0, List.of("汽修")),
            new Industry("A0151", "仁果类和核果类水果种植", "Fruit growing", 0, List.of("果品")));

    private static final Map<String, Industry> BY_CODE = ALL.stream().collect(Collectors.toMap(Industry::code, Function.identity()));

    private Industries() {
    }

    /** The class of a code, if it is one of {@link #ALL}. */
    public static java.util.Optional<Industry> of(String code) {
        return java.util.Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** A code with its name when known ({@code I6510 软件开发}), else the code alone. */
    public static String label(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        return of(code).map(i -> i.label(locale)).orElse(code);
    }
}
