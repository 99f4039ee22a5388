package cn.gov.laoshan.district.market.inspection.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;

/**
 * The draw of 双随机一公开, reproducible by anyone from its seed and its input: targets at random by grade, then
 * inspectors at random for each target among those not recused from it. The random numbers are
 * {@link java.util.Random}'s, whose algorithm (a 48-bit linear congruential generator) the Java specification fixes,
 * so the same seed and lists give the same draw on any Java. Steps:
 * <ol>
 * <li>for each grade A, B, C, D: the candidates of that grade in list order, {@code k} of them by
 * {@link GradeRatios#count}; a partial Fisher–Yates shuffle ({@code i = 0..k-1}: swap {@code i} with
 * {@code i + nextInt(n - i)}) and the first {@code k} are drawn, in that order;</li>
 * <li>for each drawn target in that order: the inspectors in list order without those recused from its code (a declared
 * relation, or one who inspected it last time), and {@code perTarget} of them by the same shuffle.</li>
 * </ol>
 */
public final class RandomDraw {

    private RandomDraw() {
    }

    /** A candidate enterprise and its grade in force. */
    public record Candidate(String uscc, CreditGrade grade) {
    }

    /** An inspector who may be drawn. */
    public record Inspector(String login, String name) {
    }

    /** An inspector who must not inspect an enterprise, and why ({@code related}, {@code last-time}). */
    public record Recusal(String login, String uscc, String reason) {
    }

    /** A drawn target and its inspectors' logins. */
    public record Target(String uscc, CreditGrade grade, List<String> inspectors) {
    }

    /** Not enough inspectors free of recusal for a target. */
    public static final class NotEnoughInspectors extends RuntimeException {
        private final String uscc;

        public NotEnoughInspectors(String uscc) {
            super("not enough inspectors free of recusal for " + uscc);
            this.uscc = uscc;
        }

        public String uscc() {
            return uscc;
        }
    }

    /**
     * Draws.
     *
     * @param percents the percent of each grade (within {@code ratios}' bounds, see {@link GradeRatios#count})
     * @throws NotEnoughInspectors when a target has fewer than {@code perTarget} inspectors free of recusal
     */
    public static List<Target> draw(long seed, List<Candidate> candidates, Map<CreditGrade, Integer> percents,
            GradeRatios ratios, List<Inspector> inspectors, Set<Recusal> recusals, int perTarget) {
        Random random = new Random(seed);
        Set<String> recused = new java.util.HashSet<>();
        for (Recusal r : recusals) {
            recused.add(r.login() + "|" + r.uscc());
        }
        Map<CreditGrade, List<Candidate>> byGrade = new EnumMap<>(CreditGrade.class);
        for (CreditGrade g : CreditGrade.values()) {
            byGrade.put(g, new ArrayList<>());
        }
        for (Candidate c : candidates) {
            byGrade.get(c.grade()).add(c);
        }
        List<Candidate> drawn = new ArrayList<>();
        for (CreditGrade g : CreditGrade.values()) {
            List<Candidate> group = byGrade.get(g);
            int k = ratios.count(g, group.size(), percents.getOrDefault(g, 0));
            drawn.addAll(pick(random, group, k));
        }
        List<Target> targets = new ArrayList<>(drawn.size());
        for (Candidate c : drawn) {
            List<Inspector> free = inspectors.stream().filter(i -> !recused.contains(i.login() + "|" + c.uscc()))
                    .toList();
            if (free.size() < perTarget) {
                throw new NotEnoughInspectors(c.uscc());
            }
            targets.add(new Target(c.uscc(), c.grade(), pick(random, free, perTarget).stream().map(Inspector::login)
                    .toList()));
        }
        return targets;
    }

    private static <T> List<T> pick(Random random, List<T> items, int k) {
        List<T> copy = new ArrayList<>(items);
        int n = copy.size();
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            T swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return List.copyOf(copy.subList(0, k));
    }

    /** The SHA-256 (hex) of the candidate list: one line {@code uscc,grade} per candidate, in order, UTF-8. */
    public static String candidatesHash(List<Candidate> candidates) {
        StringBuilder text = new StringBuilder(candidates.size() * 21);
        for (Candidate c : candidates) {
            text.append(c.uscc()).append(',').append(c.grade().name()).append('\n');
        }
        return sha256(text.toString());
    }

    /**
     * The SHA-256 (hex) of the inspectors and recusals: a line {@code inspector,login} per inspector in order, then a
     * line {@code recusal,login,uscc,reason} per recusal sorted.
     */
    public static String inspectorsHash(List<Inspector> inspectors, Set<Recusal> recusals) {
        StringBuilder text = new StringBuilder();
        for (Inspector i : inspectors) {
            text.append("inspector,").append(i.login()).append('\n');
        }
        recusals.stream().map(r -> "recusal," + r.login() + "," + r.uscc() + "," + r.reason()).sorted()
                .forEach(line -> text.append(line).append('\n'));
        return sha256(text.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
