package cn.gov.laoshan.district.policy.eligibility.domain;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;

/**
 * Reads a rule back as a sentence in the plugin's messages' language, e.g. 行业属于 C39 且 2025年研发投入 ≥ 500万元 且
 * 2026年12月7日持有有效的高新技术企业资质 且 信用等级不为 D. Patterns are the {@code policy.rule.*} keys of
 * {@code i18n/messages*.properties}; amounts are in 万元/亿元 in Chinese and ¥ with every digit in English; a
 * negated choice reads as its opposite (不为, 未持有) rather than 并非（…）.
 */
public final class RuleSentence {

    private final ResourceBundle messages;
    private final Locale locale;
    private final Function<String, String> qualificationLabel;
    private final Function<String, String> licenceLabel;

    /**
     * @param messages           the plugin's messages in the wanted language
     * @param qualificationLabel a qualification type's name in that language (e.g. HNTE → 高新技术企业)
     */
    public RuleSentence(ResourceBundle messages, Function<String, String> qualificationLabel) {
        this(messages, qualificationLabel, Function.identity());
    }

    /** @param licenceLabel a licence kind's name in that language (e.g. FOOD → 食品经营许可证) */
    public RuleSentence(ResourceBundle messages, Function<String, String> qualificationLabel,
            Function<String, String> licenceLabel) {
        this.licenceLabel = licenceLabel;
        this.messages = messages;
        this.locale = messages.getLocale() == null || messages.getLocale().getLanguage().isEmpty() ? Locale.SIMPLIFIED_CHINESE
                : messages.getLocale();
        this.qualificationLabel = qualificationLabel;
    }

    public String of(Rule rule) {
        return text(rule, false);
    }

    /**
     * One checked condition in words with the enterprise's actual value, e.g. 2025年研发投入 ≥ 500万元（实际：4,999,999元）
     * — the line a match or a near-miss shows for each of its conditions ({@link ConditionCheck#met()} says whether the
     * inner condition held; under a "not" the line reads as what is wanted).
     */
    public String of(ConditionCheck check) {
        // a condition under "not" reads as what is wanted (信用等级不为 D), as in the rule's sentence
        String wanted = check.negated() ? text(new Rule.Not(check.condition()), false) : condition(check.condition(), false);
        return format("policy.rule.actual", wanted, actual(check.condition(), check.actual()));
    }

    private String actual(Condition condition, Object actual) {
        if (condition instanceof Condition.Licence) {
            return actual == null ? messages.getString("policy.rule.actual.notHeld")
                    : format("policy.rule.actual.licence", actual);
        }
        if (actual == null) {
            return messages.getString("policy.rule.actual.missing");
        }
        if (actual instanceof Boolean held) {
            return messages.getString(held ? "policy.rule.actual.held" : "policy.rule.actual.notHeld");
        }
        if (actual instanceof Long number) {
            return amount(number, condition instanceof Condition.Figure f && f.kind() == FigureKind.HEADCOUNT);
        }
        if (actual instanceof LocalDate day) {
            return date(day);
        }
        if (condition instanceof Condition.Size) {
            return cn.gov.laoshan.district.api.enterprise.EnterpriseSize.valueOf((String) actual).label(locale);
        }
        return String.valueOf(actual);
    }

    private String text(Rule rule, boolean nested) {
        if (rule instanceof Rule.All all) {
            return join(all.parts(), "policy.rule.and", nested);
        }
        if (rule instanceof Rule.Any any) {
            return join(any.parts(), "policy.rule.or", nested);
        }
        if (rule instanceof Rule.Not not) {
            if (not.part() instanceof Condition c && !(c instanceof Condition.Capital) && !(c instanceof Condition.Figure)
                    && !(c instanceof Condition.Founded)) {
                return condition(c, true);
            }
            return format("policy.rule.not", text(not.part(), true));
        }
        return condition((Condition) rule, false);
    }

    private String join(List<Rule> parts, String separatorKey, boolean nested) {
        List<String> texts = new ArrayList<>();
        for (Rule part : parts) {
            texts.add(text(part, true));
        }
        String joined = String.join(messages.getString(separatorKey), texts);
        return nested && parts.size() > 1 ? format("policy.rule.group", joined) : joined;
    }

    private String condition(Condition condition, boolean negated) {
        String suffix = negated ? ".not" : "";
        if (condition instanceof Condition.Industry industry) {
            return format("policy.rule.industry" + suffix, list(industry.classes()));
        } else if (condition instanceof Condition.Capital capital) {
            return format("policy.rule.capital", range(capital.range(), false));
        } else if (condition instanceof Condition.Figure figure) {
            return format("policy.rule.figure", String.valueOf(figure.year()), figure.kind().label(locale),
                    range(figure.range(), figure.kind() == FigureKind.HEADCOUNT));
        } else if (condition instanceof Condition.Founded founded) {
            String from = founded.from() == null ? null : date(founded.from());
            String to = founded.to() == null ? null : date(founded.to());
            String range = from == null ? format("policy.rule.date.to", to)
                    : to == null ? format("policy.rule.date.from", from) : format("policy.rule.date.between", from, to);
            return format("policy.rule.founded", range);
        } else if (condition instanceof Condition.Street street) {
            return format("policy.rule.street" + suffix, list(street.streets().stream().sorted().toList()));
        } else if (condition instanceof Condition.Park park) {
            return format("policy.rule.park" + suffix, list(park.parks().stream().sorted().toList()));
        } else if (condition instanceof Condition.Size size) {
            return format("policy.rule.size" + suffix, list(size.sizes().stream().sorted().map(s -> s.label(locale)).toList()));
        } else if (condition instanceof Condition.Credit credit) {
            return format("policy.rule.credit" + suffix, list(credit.grades().stream().sorted().map(CreditGrade::name).toList()));
        } else if (condition instanceof Condition.Qualified qualified) {
            return format("policy.rule.qualified" + suffix, qualificationLabel.apply(qualified.type()), date(qualified.on()));
        } else if (condition instanceof Condition.Licence licence) {
            return format("policy.rule.licence" + suffix, licenceLabel.apply(licence.kind()), date(licence.on()));
        }
        return format("policy.rule.enterprise" + suffix, ((Condition.Enterprise) condition).usccOrName());
    }

    private String list(Collection<String> values) {
        return String.join(messages.getString("policy.rule.list"), values);
    }

    private String range(Condition.Range range, boolean persons) {
        if (range.min() == null) {
            return format("policy.rule.range.atMost", amount(range.max(), persons));
        }
        if (range.max() == null) {
            return format("policy.rule.range.atLeast", amount(range.min(), persons));
        }
        return format("policy.rule.range.between", amount(range.min(), persons), amount(range.max(), persons));
    }

    /** An amount: 万元 or 亿元 in Chinese when it is whole in that unit, else yuan; persons as a count. */
    String amount(long value, boolean persons) {
        String all = NumberFormat.getIntegerInstance(Locale.ROOT.equals(locale) ? Locale.CHINA : locale).format(value);
        if (persons) {
            return format("policy.rule.amount.persons", all);
        }
        if (value != 0 && value % 100_000_000L == 0) {
            return format("policy.rule.amount.yi", String.valueOf(value / 100_000_000L), all);
        }
        if (value != 0 && value % 10_000L == 0) {
            return format("policy.rule.amount.wan", String.valueOf(value / 10_000L), all);
        }
        return format("policy.rule.amount.yuan", all, all);
    }

    private String date(LocalDate day) {
        return "zh".equals(locale.getLanguage())
                ? day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日"
                : day.toString();
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(messages.getString(key), locale).format(arguments);
    }
}
