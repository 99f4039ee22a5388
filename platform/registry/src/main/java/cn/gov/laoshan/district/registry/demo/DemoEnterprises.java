package cn.gov.laoshan.district.registry.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.registry.demo.Industries.Industry;
import cn.gov.laoshan.district.registry.service.Column;

/**
 * Realistic Laoshan enterprises for demos and benchmarks, deterministic by seed, any number.
 *
 * <ul>
 * <li>codes: registration authority 9 (market regulation), type 1 for enterprises, 2 for individual businesses
 * (个体工商户), 3 for farmers' cooperatives; division 370212; organization code {@code MA3…} for registrations
 * since 2016, an 8-digit code with its GB 11714 check digit before; the GB 32100 check character</li>
 * <li>names: 青岛 + 字号 + industry word + 有限公司 (青岛海澜智联科技有限公司), 崂山区 + 字号 + shop word for
 * individual businesses, village + crop + 专业合作社 for cooperatives; unique</li>
 * <li>industries weighted to Laoshan's economy ({@link Industries}); capital, dates, status, credit and size
 * plausible for each kind</li>
 * </ul>
 */
public final class DemoEnterprises {

    /** The last date the demo data uses: fixed, so that a seed always gives the same enterprises. */
    public static final LocalDate UNTIL = LocalDate.of(2026, 10, 31);

    private static final String[] WORDS = {"海澜", "智联", "蓝海", "崂峰", "鑫瑞", "华晟", "恒泰", "润泽", "博远", "睿思", "汇通",
        "金石", "云帆", "星辰", "天宇", "卓越", "创新", "德润", "嘉禾", "丰源", "盛世", "康达", "安澜", "宏图", "裕隆", "源泉", "浩瀚",
        "锦程", "明德", "新锐", "正和", "诚信", "鼎盛", "昊天", "凯旋", "达远", "峰华", "琴岛", "清泉", "茗香", "仰口", "太清", "华严",
        "巨峰", "石老人", "流清", "沙港", "东海", "海纳", "蓝湾", "青松", "翠屏", "碧波", "瀚海", "海岳", "泰和", "中科", "国信", "海创",
        "融信", "富海", "惠民", "众创", "智汇", "数智", "云海", "海图", "航宇", "深蓝", "远洋", "海韵", "潮汐", "珊瑚", "海贝", "鲲鹏",
        "扬帆", "启航", "领航", "乾元", "坤泰", "博瑞", "聚力", "和信", "同创", "思源", "致远", "弘毅", "尚品", "优享", "乐活", "微光",
        "光年", "量子", "矩阵", "极客", "芯动", "联创", "易达", "捷安", "宜家", "佳和", "美林", "长青", "松涛", "竹韵", "兰亭", "梅岭",
        "北宅", "王哥庄", "沙子口", "金家岭", "中韩", "麦岛", "午山", "大河东", "晓望", "港东", "雕龙嘴", "青山", "黄山", "返岭"};
    private static final String[] SURNAMES = ("王张李刘孙杨赵陈于徐高马宋曲姜隋矫臧逄刁周吴郑林何郭罗梁谢韩唐冯董程曹袁许傅沈"
            + "彭吕苏卢蒋蔡贾丁魏薛叶阎潘杜戴夏钟田任范方石姚谭邹崔毛邱秦江史顾侯邵孟段雷钱汤尹常武乔贺龚").split("");
    private static final String[] GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英建华文玉兰红梅海燕志强晓东"
            + "建国凯鹏宇浩然子涵欣怡梓萱俊杰思远嘉怡雨桐浩宇一鸣泽宇晨曦佳琪海波春雷立新宏伟振华云飞").split("");
    private static final String[] ROADS = {"香港东路", "秦岭路", "海尔路", "株洲路", "松岭路", "深圳路", "苗岭路", "同安路",
        "仙霞岭路", "银川东路", "崂山路", "海口路", "青大一路", "科苑纬一路", "金岭路", "东海东路", "滨海大道", "劲松七路", "辽阳东路",
        "九水东路", "青银高速沿线", "王哥庄街道港东社区", "沙子口街道南九水社区", "北宅街道北宅社区", "中韩街道株洲路", "金家岭街道云岭路"};
    private static final String[] SHOPS = {"海鲜酒家", "渔家宴", "茶叶店", "茶庄", "民宿", "便利店", "烧烤店", "农家宴", "理发店",
        "水果店", "超市", "五金店", "干货店", "面馆", "咖啡馆", "花店", "汽车修理部", "家政服务部"};
    private static final String[] VILLAGES = {"北宅", "王哥庄", "沙子口", "晓望", "港东", "仰口", "枯桃", "返岭", "东麦窑",
        "西麦窑", "雕龙嘴", "青山", "黄山", "凉泉", "我乐", "卧龙"};
    private static final String[] CROPS = {"茶叶", "樱桃", "蓝莓", "大樱桃", "板栗", "茶叶种植", "海产品"};

    private final Random random;
    private final int totalWeight;
    private final Set<String> names = new HashSet<>();
    private final Set<String> codes = new HashSet<>();

    private DemoEnterprises(long seed) {
        random = new Random(seed);
        totalWeight = Industries.ALL.stream().mapToInt(Industry::weight).sum();
    }

    /**
     * The enterprises as a CSV import file: the registry's Chinese headers ({@code Column}), one row each, texts as
     * they are (demo texts hold no comma, quote or line break). For benchmarks and tests of the import.
     */
    public static String csv(List<Enterprise> enterprises) {
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", Arrays.stream(Column.values()).map(Column::zh).toList())).append('\n');
        for (Enterprise e : enterprises) {
            csv.append(e.uscc()).append(',').append(e.name()).append(',').append(text(e.type())).append(',')
                    .append(text(e.legalRepresentative())).append(',')
                    .append(e.registeredCapital() == null ? "" : e.registeredCapital().toPlainString()).append(',')
                    .append(e.establishedOn() == null ? "" : e.establishedOn().toString()).append(',')
                    .append(text(e.address())).append(',').append(text(e.industryCode())).append(',')
                    .append(e.status().zh()).append(',').append(e.creditGrade() == null ? "" : e.creditGrade().name())
                    .append(',').append(e.size() == null ? "" : e.size().zh()).append('\n');
        }
        return csv.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** {@code count} enterprises for {@code seed}: the same ones every time. */
    public static List<Enterprise> generate(long seed, int count) {
        List<Enterprise> list = new ArrayList<>(count);
        generate(seed, count, list::add);
        return list;
    }

    /** Streams {@code count} enterprises to {@code sink}, without keeping them (for a million). */
    public static void generate(long seed, int count, Consumer<Enterprise> sink) {
        DemoEnterprises generator = new DemoEnterprises(seed);
        for (int i = 0; i < count; i++) {
            sink.accept(generator.next());
        }
    }

    private Enterprise next() {
        int kind = random.nextInt(100);
        if (kind < 15) {
            return individual();
        }
        if (kind < 17) {
            return cooperative();
        }
        return company();
    }

    private Enterprise company() {
        Industry industry = industry();
        LocalDate established = establishedDate(1993);
        int form = random.nextInt(100);
        String type;
        String suffix;
        if (form < 5 && !industry.code().startsWith("J")) {
            type = "股份有限公司";
            suffix = "股份有限公司";
        } else if (form < 10 && (industry.code().startsWith("J") || industry.code().equals("L7212"))) {
            type = "合伙企业";
            suffix = "合伙企业（有限合伙）";
        } else if (form < 25) {
            type = "有限责任公司（自然人独资）";
            suffix = "有限公司";
        } else {
            type = "有限责任公司";
            suffix = "有限公司";
        }
        String word = pick(industry.words());
        String name = unique(() -> (random.nextInt(10) < 8 ? "青岛" : random.nextBoolean() ? "山东" : "青岛崂山")
                + trade() + word + suffix);
        BigDecimal capital = capital(type);
        EnterpriseSize size = size(capital);
        return new Enterprise(code('1', established), name, type, person(), capital, established, address(),
                industry.code(), status(), credit(), size);
    }

    private Enterprise individual() {
        String shop = pick(SHOPS);
        String industry = shop.contains("茶") ? "F5225" : shop.contains("民宿") ? "H6130"
                : shop.matches(".*(酒家|宴|烧烤|面馆|咖啡).*") ? "H6210" : shop.contains("修理") ? "O8111"
                : shop.contains("家政") ? "O8010" : shop.contains("理发") ? "O8051" : "F5212";
        LocalDate established = establishedDate(2000);
        String name = unique(() -> "崂山区" + trade() + shop);
        return new Enterprise(code('2', established), name, "个体工商户", person(), null, established, address(), industry,
                status(), credit(), EnterpriseSize.MICRO);
    }

    private Enterprise cooperative() {
        String crop = pick(CROPS);
        LocalDate established = establishedDate(2008);
        String name = unique(() -> "青岛市崂山区" + pick(VILLAGES) + trade() + crop + "专业合作社");
        String industry = crop.contains("茶") ? "A0161" : crop.contains("海") ? "A0411" : "A0151";
        BigDecimal capital = BigDecimal.valueOf((10 + random.nextInt(190)) * 10_000L).setScale(2);
        return new Enterprise(code('3', established), name, "农民专业合作社", person(), capital, established, address(),
                industry, status(), credit(), EnterpriseSize.MICRO);
    }

    private Uscc code(char type, LocalDate established) {
        while (true) {
            StringBuilder org = new StringBuilder();
            if (established.getYear() >= 2016) {
                org.append("MA").append(random.nextInt(3) == 0 ? 'C' : '3');
                for (int i = 0; i < 6; i++) {
                    org.append(Uscc.ALPHABET.charAt(random.nextInt(Uscc.ALPHABET.length())));
                }
            } else {
                int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
                int sum = 0;
                for (int i = 0; i < 8; i++) {
                    int digit = i == 0 ? 1 + random.nextInt(9) : random.nextInt(10);
                    sum += digit * weights[i];
                    org.append(digit);
                }
                int check = 11 - sum % 11;
                org.append(check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check));
            }
            Uscc uscc = Uscc.withCheck("9" + type + Uscc.LAOSHAN_DIVISION + org);
            if (codes.add(uscc.value())) {
                return uscc;
            }
        }
    }

    private String unique(java.util.function.Supplier<String> make) {
        for (int attempt = 0; attempt < 30; attempt++) {
            String name = make.get();
            if (names.add(name)) {
                return name;
            }
        }
        // crowded: a branch of an existing name
        String base = make.get();
        for (int branch = 1;; branch++) {
            String name = base.replace("有限公司", "有限公司第" + branch + "分公司");
            if (!name.equals(base) && names.add(name)) {
                return name;
            }
            if (name.equals(base) && names.add(base + branch + "号")) {
                return base + branch + "号";
            }
        }
    }

    private String trade() {
        String first = pick(WORDS);
        return random.nextInt(100) < 55 ? first : first + pick(WORDS);
    }

    private Industry industry() {
        int r = random.nextInt(totalWeight);
        for (Industry industry : Industries.ALL) {
            r -= industry.weight();
            if (r < 0) {
                return industry;
            }
        }
        return Industries.ALL.get(0);
    }

    private LocalDate establishedDate(int fromYear) {
        // more registrations in recent years (commercial-registration reform of 2014)
        double u = Math.pow(random.nextDouble(), 0.6);
        long first = LocalDate.of(fromYear, 1, 1).toEpochDay();
        return LocalDate.ofEpochDay(first + (long) (u * (UNTIL.toEpochDay() - first)));
    }

    private BigDecimal capital(String type) {
        int tier = random.nextInt(100);
        long wan;
        if (tier < 30) {
            wan = 10 + random.nextInt(90);
        } else if (tier < 75) {
            wan = 100 + random.nextInt(900);
        } else if (tier < 95) {
            wan = 1000 + random.nextInt(9000);
        } else {
            wan = 10_000 + random.nextInt(190_000);
        }
        if (type.equals("股份有限公司")) {
            wan = Math.max(wan, 500) * 2;
        }
        long rounded = wan >= 1000 ? wan / 100 * 100 : wan >= 100 ? wan / 10 * 10 : wan;
        return BigDecimal.valueOf(rounded * 10_000L).setScale(2);
    }

    private EnterpriseSize size(BigDecimal capital) {
        long wan = capital.longValue() / 10_000;
        int noise = random.nextInt(10);
        if (wan >= 50_000 || wan >= 10_000 && noise < 3) {
            return EnterpriseSize.LARGE;
        }
        if (wan >= 3_000 || wan >= 1_000 && noise < 4) {
            return EnterpriseSize.MEDIUM;
        }
        if (wan >= 200 || noise < 2) {
            return EnterpriseSize.SMALL;
        }
        return EnterpriseSize.MICRO;
    }

    private EnterpriseStatus status() {
        int r = random.nextInt(100);
        return r < 70 ? EnterpriseStatus.EXISTING : r < 85 ? EnterpriseStatus.OPERATING : r < 90 ? EnterpriseStatus.REVOKED
                : r < 98 ? EnterpriseStatus.DEREGISTERED : EnterpriseStatus.MOVED_OUT;
    }

    private CreditGrade credit() {
        int r = random.nextInt(100);
        return r < 55 ? CreditGrade.A : r < 90 ? CreditGrade.B : r < 98 ? CreditGrade.C : CreditGrade.D;
    }

    private String person() {
        String given = pick(GIVEN) + (random.nextInt(10) < 7 ? pick(GIVEN) : "");
        return pick(SURNAMES) + given;
    }

    private String address() {
        String road = pick(ROADS);
        String number = (1 + random.nextInt(300)) + "号";
        String detail = random.nextInt(10) < 5 ? (1 + random.nextInt(12)) + "号楼" + (1 + random.nextInt(25))
                + String.format("%02d", 1 + random.nextInt(20)) + "室" : "";
        return "山东省青岛市崂山区" + road + number + detail;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
