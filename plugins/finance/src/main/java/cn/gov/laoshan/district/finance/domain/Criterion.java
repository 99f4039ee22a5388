package cn.gov.laoshan.district.finance.domain;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.validation.RefusedException;

/**
 * A simple eligibility criterion of a bank product over the registry's facts of an enterprise, written one per line
 * in the product's criteria ({@code size:SMALL,MICRO}, {@code credit-not:D}, {@code qualification:HNTE},
 * {@code revenue:5000000} — operating revenue of last year at least that many yuan — and {@code years:2} — founded
 * at least that many years ago). The words a bank writes besides (eligibility) are for people; these are what the
 * match checks, each with its reason.
 */
public sealed interface Criterion {

    /** The line it is written as. */
    String text();

    /** Whether {@code p} meets it, with what was wanted and what it has. */
    Check check(EnterpriseProfile p);

    record SizeIn(Set<EnterpriseSize> sizes) implements Criterion {
        public String text() {
            return "size:" + codes(sizes);
        }

        public Check check(EnterpriseProfile p) {
            return new Check("size", p.size() != null && sizes.contains(p.size()), codes(sizes),
                    p.size() == null ? "" : p.size().name());
        }
    }

    record CreditNot(Set<CreditGrade> grades) implements Criterion {
        public String text() {
            return "credit-not:" + codes(grades);
        }

        public Check check(EnterpriseProfile p) {
            return new Check("credit", p.creditGrade() != null && !grades.contains(p.creditGrade()), codes(grades),
                    p.creditGrade() == null ? "" : p.creditGrade().name());
        }
    }

    record Holds(String qualification) implements Criterion {
        public String text() {
            return "qualification:" + qualification;
        }

        public Check check(EnterpriseProfile p) {
            boolean held = p.qualifications().contains(qualification);
            return new Check("qualification", held, qualification, held ? qualification : "");
        }
    }

    /** Operating revenue (营业收入) of the year before today's at least {@code yuan}. */
    record RevenueAtLeast(BigDecimal yuan) implements Criterion {
        public String text() {
            return "revenue:" + yuan.toPlainString();
        }

        public Check check(EnterpriseProfile p) {
            BigDecimal last = p.revenue().get(p.today().getYear() - 1);
            if (last == null) {
                return new Check("revenue-unknown", false, yuan.toPlainString(),
                        String.valueOf(p.today().getYear() - 1));
            }
            return new Check("revenue", last.compareTo(yuan) >= 0, yuan.toPlainString(), last.toPlainString());
        }
    }

    /** Founded at least {@code years} whole years before today. */
    record YearsAtLeast(int years) implements Criterion {
        public String text() {
            return "years:" + years;
        }

        public Check check(EnterpriseProfile p) {
            if (p.establishedOn() == null) {
                return new Check("years", false, String.valueOf(years), "");
            }
            int age = Period.between(p.establishedOn(), p.today()).getYears();
            return new Check("years", age >= years, String.valueOf(years), String.valueOf(age));
        }
    }

    /**
     * The criteria written one per line; a line that is not one of the forms is refused with its number (a bank's
     * product is never saved with a criterion the match would silently skip).
     */
    static List<Criterion> parse(String text) {
        List<Criterion> criteria = new ArrayList<>();
        if (text == null) {
            return criteria;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? line : line.substring(0, colon).strip();
            String value = colon < 0 ? "" : line.substring(colon + 1).strip();
            try {
                criteria.add(switch (key) {
                    case "size" -> new SizeIn(enums(value, EnterpriseSize.class));
                    case "credit-not" -> new CreditNot(enums(value, CreditGrade.class));
                    case "qualification" -> {
                        // codes in either case: staff type them as the help shows them (hnte)
                        String code = value.toUpperCase(java.util.Locale.ROOT);
                        if (!code.matches("[A-Z][A-Z0-9_]{1,23}")) {
                            throw new IllegalArgumentException(value);
                        }
                        yield new Holds(code);
                    }
                    case "revenue" -> {
                        BigDecimal yuan = new BigDecimal(value);
                        if (yuan.signum() < 0) {
                            throw new IllegalArgumentException(value);
                        }
                        yield new RevenueAtLeast(yuan);
                    }
                    case "years" -> {
                        int years = Integer.parseInt(value);
                        if (years < 0 || years > 100) {
                            throw new IllegalArgumentException(value);
                        }
                        yield new YearsAtLeast(years);
                    }
                    default -> throw new IllegalArgumentException(key);
                });
            } catch (IllegalArgumentException e) {
                throw new RefusedException("criteria", "finance.error.criterion", i + 1, line);
            }
        }
        return criteria;
    }

    static String format(List<Criterion> criteria) {
        return String.join("\n", criteria.stream().map(Criterion::text).toList());
    }

    private static <E extends Enum<E>> Set<E> enums(String value, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (String code : value.split("[,，\\s]+")) {
            if (!code.isBlank()) {
                set.add(Enum.valueOf(type, code.strip().toUpperCase(java.util.Locale.ROOT)));
            }
        }
        if (set.isEmpty()) {
            throw new IllegalArgumentException(value);
        }
        return set;
    }

    private static String codes(Set<? extends Enum<?>> set) {
        return set.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
