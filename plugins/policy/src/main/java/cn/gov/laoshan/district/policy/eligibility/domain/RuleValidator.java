package cn.gov.laoshan.district.policy.eligibility.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a rule before it is saved: unknown facts (an industry class that is no GB/T 4754 code, a qualification type
 * the registry does not know), wrong values (negative amounts, a year outside 2000–2099, an empty choice), impossible
 * ranges (a lower bound above the upper, two conditions of one group on the same fact that no value meets) and rules
 * that single out one enterprise ({@link Condition.Enterprise}, or a USCC typed as a street or park) — under the Fair
 * Competition Review Regulation (2024) art. 10 a subsidy must not select specific operators. Each problem names its
 * field (see {@link RuleProblem}); a valid rule has none.
 */
public final class RuleValidator {

    /** A GB/T 4754 class: a section letter A–T, alone or with 2, 3 or 4 digits. */
    static final Pattern INDUSTRY_CLASS = Pattern.compile("[A-T](\\d{2}|\\d{3}|\\d{4})?");
    /** A unified social credit code (GB 32100): 18 characters of the code's alphabet. */
    static final Pattern USCC = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");
    static final int EARLIEST_YEAR = 2000;
    static final int LATEST_YEAR = 2099;

    public static final String EMPTY = "policy.rule.error.empty";
    public static final String INDUSTRY = "policy.rule.error.industry";
    public static final String NO_CHOICE = "policy.rule.error.noChoice";
    public static final String BLANK = "policy.rule.error.blank";
    public static final String NEGATIVE = "policy.rule.error.negative";
    public static final String OPEN_RANGE = "policy.rule.error.openRange";
    public static final String REVERSED_RANGE = "policy.rule.error.reversedRange";
    public static final String YEAR = "policy.rule.error.year";
    public static final String QUALIFICATION = "policy.rule.error.qualification";
    public static final String SINGLE_ENTERPRISE = "policy.rule.error.singleEnterprise";
    public static final String CONTRADICTION = "policy.rule.error.contradiction";
    public static final String LICENCE = "policy.rule.error.licence";

    private final Set<String> qualificationTypes;
    private final Set<String> licenceKinds;

    /** @param qualificationTypes the codes of the qualification types the registry knows; no licence kinds */
    public RuleValidator(Collection<String> qualificationTypes) {
        this(qualificationTypes, Set.of());
    }

    /**
     * @param qualificationTypes the codes of the qualification types the registry knows
     * @param licenceKinds       the licence kinds {@code HeldLicences} offers (empty when no plugin provides licence
     *                           facts: a licence condition is then an unknown fact)
     */
    public RuleValidator(Collection<String> qualificationTypes, Collection<String> licenceKinds) {
        this.qualificationTypes = Set.copyOf(qualificationTypes);
        this.licenceKinds = Set.copyOf(licenceKinds);
    }

    /** Every problem of the rule, in the order of its parts; empty when it may be saved. */
    public List<RuleProblem> problems(Rule rule) {
        List<RuleProblem> problems = new ArrayList<>();
        check(rule, "rule", problems);
        return problems;
    }

    private void check(Rule rule, String path, List<RuleProblem> problems) {
        if (rule instanceof Rule.All all) {
            group(all.parts(), path, problems);
            contradictions(all.parts(), path, problems);
        } else if (rule instanceof Rule.Any any) {
            group(any.parts(), path, problems);
        } else if (rule instanceof Rule.Not not) {
            check(not.part(), path + ".0", problems);
        } else {
            condition((Condition) rule, path, problems);
        }
    }

    private void group(List<Rule> parts, String path, List<RuleProblem> problems) {
        if (parts.isEmpty()) {
            problems.add(RuleProblem.at(path, null, EMPTY));
        }
        for (int i = 0; i < parts.size(); i++) {
            check(parts.get(i), path + "." + i, problems);
        }
    }

    private void condition(Condition condition, String path, List<RuleProblem> problems) {
        if (condition instanceof Condition.Industry industry) {
            if (industry.classes().isEmpty()) {
                problems.add(RuleProblem.at(path, "classes", NO_CHOICE));
            }
            for (String code : industry.classes()) {
                if (code == null || !INDUSTRY_CLASS.matcher(code).matches()) {
                    problems.add(RuleProblem.at(path, "classes", INDUSTRY, String.valueOf(code)));
                }
            }
        } else if (condition instanceof Condition.Capital capital) {
            range(capital.range(), path, problems);
        } else if (condition instanceof Condition.Figure figure) {
            if (figure.year() < EARLIEST_YEAR || figure.year() > LATEST_YEAR) {
                problems.add(RuleProblem.at(path, "year", YEAR, figure.year(), EARLIEST_YEAR, LATEST_YEAR));
            }
            range(figure.range(), path, problems);
        } else if (condition instanceof Condition.Founded founded) {
            if (founded.from() == null && founded.to() == null) {
                problems.add(RuleProblem.at(path, "range", OPEN_RANGE));
            } else if (founded.from() != null && founded.to() != null && founded.from().isAfter(founded.to())) {
                problems.add(RuleProblem.at(path, "range", REVERSED_RANGE, founded.from(), founded.to()));
            }
        } else if (condition instanceof Condition.Street street) {
            places(street.streets(), path, "streets", problems);
        } else if (condition instanceof Condition.Park park) {
            places(park.parks(), path, "parks", problems);
        } else if (condition instanceof Condition.Size size) {
            if (size.sizes().isEmpty()) {
                problems.add(RuleProblem.at(path, "sizes", NO_CHOICE));
            }
        } else if (condition instanceof Condition.Credit credit) {
            if (credit.grades().isEmpty()) {
                problems.add(RuleProblem.at(path, "grades", NO_CHOICE));
            }
        } else if (condition instanceof Condition.Qualified qualified) {
            if (!qualificationTypes.contains(qualified.type())) {
                problems.add(RuleProblem.at(path, "type", QUALIFICATION, qualified.type()));
            }
        } else if (condition instanceof Condition.Licence licence) {
            if (!licenceKinds.contains(licence.kind())) {
                problems.add(RuleProblem.at(path, "kind", LICENCE, licence.kind()));
            }
        } else if (condition instanceof Condition.Enterprise) {
            problems.add(RuleProblem.at(path, null, SINGLE_ENTERPRISE));
        }
    }

    private static void places(Set<String> places, String path, String field, List<RuleProblem> problems) {
        if (places.isEmpty()) {
            problems.add(RuleProblem.at(path, field, NO_CHOICE));
        }
        for (String place : places) {
            if (place == null || place.isBlank()) {
                problems.add(RuleProblem.at(path, field, BLANK));
            } else if (USCC.matcher(place.strip()).matches()) {
                // an enterprise's code where a place belongs: the rule would select that one enterprise
                problems.add(RuleProblem.at(path, field, SINGLE_ENTERPRISE));
            }
        }
    }

    private static void range(Condition.Range range, String path, List<RuleProblem> problems) {
        if (range.min() == null && range.max() == null) {
            problems.add(RuleProblem.at(path, "range", OPEN_RANGE));
            return;
        }
        if ((range.min() != null && range.min() < 0) || (range.max() != null && range.max() < 0)) {
            problems.add(RuleProblem.at(path, "range", NEGATIVE));
        }
        if (range.min() != null && range.max() != null && range.min() > range.max()) {
            problems.add(RuleProblem.at(path, "range", REVERSED_RANGE, range.min(), range.max()));
        }
    }

    /**
     * Two conditions of one and-group that no enterprise can meet together: ranges of the same fact that do not
     * overlap, or industry classes of which none contains another. Reported at the later condition.
     */
    private static void contradictions(List<Rule> parts, String path, List<RuleProblem> problems) {
        for (int j = 1; j < parts.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (contradict(parts.get(i), parts.get(j))) {
                    problems.add(RuleProblem.at(path + "." + j, null, CONTRADICTION, i + 1));
                    break;
                }
            }
        }
    }

    private static boolean contradict(Rule a, Rule b) {
        if (a instanceof Condition.Capital x && b instanceof Condition.Capital y) {
            return disjoint(x.range(), y.range());
        }
        if (a instanceof Condition.Figure x && b instanceof Condition.Figure y && x.kind() == y.kind() && x.year() == y.year()) {
            return disjoint(x.range(), y.range());
        }
        if (a instanceof Condition.Founded x && b instanceof Condition.Founded y) {
            LocalDate from = later(x.from(), y.from());
            LocalDate to = earlier(x.to(), y.to());
            return from != null && to != null && from.isAfter(to);
        }
        if (a instanceof Condition.Industry x && b instanceof Condition.Industry y) {
            for (String p : x.classes()) {
                for (String q : y.classes()) {
                    if (p != null && q != null && (p.startsWith(q) || q.startsWith(p))) {
                        return false;
                    }
                }
            }
            return !x.classes().isEmpty() && !y.classes().isEmpty();
        }
        return false;
    }

    private static boolean disjoint(Condition.Range x, Condition.Range y) {
        boolean valid = (x.min() == null || x.max() == null || x.min() <= x.max())
                && (y.min() == null || y.max() == null || y.min() <= y.max());
        return valid && x.intersect(y) == null;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
