package cn.gov.laoshan.district.policy.suggestion.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Proposes groups of look-alike suggestions around a typical problem (研究一个典型问题，解决一批相似问题): each
 * suggestion becomes a TF-IDF vector over its character bigrams (sublinear term frequency, unit length; single
 * characters say more about the language than about the problem, and trigrams, rarer, pulled look-alikes written
 * in other words apart in the test set), and suggestions whose cosine similarity to a
 * group's centre reaches the threshold join it. Leader clustering in two passes: the first forms groups in the
 * order given (by id), the second puts every suggestion into the group whose final centre it is nearest (or alone,
 * when none reaches the threshold), so that an early suggestion is not stuck in a group that later grew away from it.
 * Deterministic: the same suggestions in the same order give the same groups. Staff confirm or split what it proposes.
 */
public final class LookAlikeGrouping {

    /** A suggestion to group: its id and text. */
    public record Item(long id, String text) {
        public Item {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A proposed group: the typical suggestion (the one nearest the centre) and every member, typical first. */
    public record Group(long typical, List<Long> members, double cohesion) {
        public Group {
            members = List.copyOf(members);
        }
    }

    /**
     * The similarity a suggestion needs to a group's centre to join it: in the test set, look-alikes written in other
     * words were at least 0.18 alike, suggestions on the same topic about another problem at most 0.12.
     */
    public static final double DEFAULT_THRESHOLD = 0.15;

    private final double threshold;

    public LookAlikeGrouping(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the similarity threshold must be in (0, 1]");
        }
        this.threshold = threshold;
    }

    public LookAlikeGrouping() {
        this(DEFAULT_THRESHOLD);
    }

    /** The cosine similarity of two texts' TF-IDF vectors, the IDF taken over these two and the corpus given. */
    public static double similarity(String a, String b, List<String> corpus) {
        List<String> all = new ArrayList<>(corpus);
        all.add(a);
        all.add(b);
        Vectors vectors = Vectors.of(all);
        return dot(vectors.rows.get(all.size() - 2), vectors.rows.get(all.size() - 1));
    }

    /** Groups of two or more look-alikes, largest first (then by typical id); suggestions like no other are left out. */
    public List<Group> group(List<Item> items) {
        List<Item> ordered = items.stream().sorted(Comparator.comparingLong(Item::id)).toList();
        Vectors vectors = Vectors.of(ordered.stream().map(Item::text).toList());
        List<Map<Integer, Double>> rows = vectors.rows;
        // first pass: leaders; the centres are kept as sums in an index by gram, so that a suggestion is compared
        // only with the centres it shares a gram with
        Centres first = new Centres();
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int best = first.nearest(rows.get(i), threshold);
            if (best < 0) {
                best = members.size();
                members.add(new ArrayList<>());
            }
            members.get(best).add(i);
            first.add(best, rows.get(i));
        }
        // second pass: every suggestion to the nearest final centre of a group of two or more
        Centres last = new Centres();
        int kept = 0;
        for (List<Integer> group : members) {
            if (group.size() > 1) {
                for (int i : group) {
                    last.add(kept, rows.get(i));
                }
                kept++;
            }
        }
        List<List<Integer>> regrouped = new ArrayList<>();
        for (int g = 0; g < kept; g++) {
            regrouped.add(new ArrayList<>());
        }
        for (int i = 0; i < rows.size(); i++) {
            int best = last.nearest(rows.get(i), threshold);
            if (best >= 0) {
                regrouped.get(best).add(i);
            }
        }
        List<Group> groups = new ArrayList<>();
        for (List<Integer> group : regrouped) {
            if (group.size() < 2) {
                continue;
            }
            Map<Integer, Double> centre = centre(group, rows);
            List<Integer> byNearness = new ArrayList<>(group);
            byNearness.sort(Comparator.comparingDouble((Integer i) -> -cosine(rows.get(i), centre)).thenComparingInt(i -> i));
            double cohesion = 0;
            for (int i : group) {
                cohesion += cosine(rows.get(i), centre);
            }
            groups.add(new Group(ordered.get(byNearness.get(0)).id(),
                    byNearness.stream().map(i -> ordered.get(i).id()).toList(), cohesion / group.size()));
        }
        groups.sort(Comparator.comparingInt((Group g) -> -g.members().size()).thenComparingLong(Group::typical));
        return groups;
    }

    /** Group centres as sums of their members' vectors, indexed by gram, with each sum's squared length. */
    private static final class Centres {
        private final Map<Integer, Map<Integer, Double>> byGram = new HashMap<>();
        private final List<Double> squaredNorms = new ArrayList<>();

        void add(int centre, Map<Integer, Double> row) {
            while (squaredNorms.size() <= centre) {
                squaredNorms.add(0.0);
            }
            double norm = squaredNorms.get(centre);
            for (Map.Entry<Integer, Double> e : row.entrySet()) {
                Map<Integer, Double> sums = byGram.computeIfAbsent(e.getKey(), k -> new HashMap<>());
                double old = sums.getOrDefault(centre, 0.0);
                sums.put(centre, old + e.getValue());
                norm += 2 * old * e.getValue() + e.getValue() * e.getValue();
            }
            squaredNorms.set(centre, norm);
        }

        /** The most similar centre (the lowest number among equals) if its cosine reaches the threshold, else -1. */
        int nearest(Map<Integer, Double> row, double threshold) {
            Map<Integer, Double> dots = new HashMap<>();
            for (Map.Entry<Integer, Double> e : row.entrySet()) {
                Map<Integer, Double> sums = byGram.get(e.getKey());
                if (sums != null) {
                    double w = e.getValue();
                    sums.forEach((centre, sum) -> dots.merge(centre, w * sum, Double::sum));
                }
            }
            int best = -1;
            double bestSimilarity = 0;
            for (Map.Entry<Integer, Double> e : dots.entrySet()) {
                double similarity = e.getValue() / Math.sqrt(squaredNorms.get(e.getKey()));
                if (similarity > bestSimilarity || (similarity == bestSimilarity && e.getKey() < best)) {
                    bestSimilarity = similarity;
                    best = e.getKey();
                }
            }
            return bestSimilarity >= threshold ? best : -1;
        }
    }

    /** The unit-length mean of the members' vectors (sparse: a centre holds only its members' grams). */
    private static Map<Integer, Double> centre(List<Integer> group, List<Map<Integer, Double>> rows) {
        Map<Integer, Double> centre = new HashMap<>();
        for (int i : group) {
            rows.get(i).forEach((g, w) -> centre.merge(g, w, Double::sum));
        }
        double norm = Math.sqrt(centre.values().stream().mapToDouble(w -> w * w).sum());
        if (norm > 0) {
            centre.replaceAll((g, w) -> w / norm);
        }
        return centre;
    }

    private static double cosine(Map<Integer, Double> row, Map<Integer, Double> centre) {
        return row.size() <= centre.size() ? dot(row, centre) : dot(centre, row);
    }

    private static double dot(Map<Integer, Double> a, Map<Integer, Double> b) {
        double dot = 0;
        for (Map.Entry<Integer, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }

    /** Sparse unit-length TF-IDF rows over a vocabulary of {@code size} grams. */
    private static final class Vectors {
        final List<Map<Integer, Double>> rows;
        final int size;

        private Vectors(List<Map<Integer, Double>> rows, int size) {
            this.rows = rows;
            this.size = size;
        }

        static Vectors of(List<String> texts) {
            Map<String, Integer> vocabulary = new HashMap<>();
            List<Map<Integer, Integer>> counts = new ArrayList<>();
            List<Integer> df = new ArrayList<>();
            for (String text : texts) {
                Map<Integer, Integer> count = new HashMap<>();
                for (String gram : CharGrams.of(text, 2, 2)) {
                    int index = vocabulary.computeIfAbsent(gram, k -> {
                        df.add(0);
                        return vocabulary.size();
                    });
                    count.merge(index, 1, Integer::sum);
                }
                count.keySet().forEach(g -> df.set(g, df.get(g) + 1));
                counts.add(count);
            }
            List<Map<Integer, Double>> rows = new ArrayList<>();
            for (Map<Integer, Integer> count : counts) {
                Map<Integer, Double> row = new HashMap<>();
                double norm = 0;
                for (Map.Entry<Integer, Integer> e : count.entrySet()) {
                    double w = (1 + Math.log(e.getValue())) * (Math.log((1.0 + texts.size()) / (1.0 + df.get(e.getKey()))) + 1);
                    row.put(e.getKey(), w);
                    norm += w * w;
                }
                double n = Math.sqrt(norm);
                if (n > 0) {
                    row.replaceAll((g, w) -> w / n);
                }
                rows.add(row);
            }
            return new Vectors(rows, vocabulary.size());
        }
    }
}
