package cn.gov.laoshan.district.policy.suggestion.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a suggestion into a {@link Topic}: a complement naive Bayes over the character 1–2-grams of the text
 * ({@link CharGrams}; each gram counted once per suggestion, which suits short texts better than raw counts), with
 * Lidstone smoothing. Its scores are not probabilities (naive Bayes multiplies dependent evidence — overlapping
 * grams — as if independent); a softmax of the scores divided by a temperature fitted on held-out folds of the
 * training set (the one that minimises the log loss there) makes {@link Categorisation#confidence()} a calibrated
 * probability.
 *
 * <p>Immutable: staff overrides are new training examples, and {@link #retrainedWith} makes the next categoriser
 * from the old examples plus those. Training 300 suggestions takes milliseconds.
 */
public final class SuggestionCategoriser {

    /** The labelled set shipped with the plugin: {@code topic<TAB>text} per line, UTF-8, {@code #} comments. */
    public static final String SHIPPED_SET = "policy/suggestions-labelled.tsv";

    /**
     * Character 1- and 2-grams: on the shipped set, adding 3-grams costs two points of accuracy (they are too rare
     * in 500 suggestions to say much and add noise); bigrams already catch 贷款, 担保, 土地, 许可, 窗口.
     */
    static final int MIN_GRAM = 1;
    static final int MAX_GRAM = 2;
    /** Lidstone smoothing, the best of 0.03-1 on the shipped set. */
    static final double ALPHA = 0.3;
    /** Temperatures tried, log-spaced from 10⁻⁴ to 100. */
    private static final double[] TEMPERATURES = java.util.stream.IntStream.rangeClosed(-40, 20)
            .mapToDouble(i -> Math.pow(10, i / 10.0)).toArray();
    private static final int CALIBRATION_FOLDS = 5;
    private static final Topic[] TOPICS = Topic.values();

    private final List<LabelledSuggestion> examples;
    private final Model model;
    private final double temperature;

    private SuggestionCategoriser(List<LabelledSuggestion> examples, Model model, double temperature) {
        this.examples = examples;
        this.model = model;
        this.temperature = temperature;
    }

    /** A categoriser trained on these examples (at least one per topic that it should ever propose). */
    public static SuggestionCategoriser train(Collection<LabelledSuggestion> examples) {
        List<LabelledSuggestion> all = List.copyOf(examples);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("a categoriser needs training examples");
        }
        return new SuggestionCategoriser(all, Model.of(all), fitTemperature(all));
    }

    /** The categoriser trained on the shipped labelled set. */
    public static SuggestionCategoriser shipped() {
        return train(shippedSet());
    }

    /** The shipped labelled set. */
    public static List<LabelledSuggestion> shippedSet() {
        InputStream in = SuggestionCategoriser.class.getClassLoader().getResourceAsStream(SHIPPED_SET);
        if (in == null) {
            throw new IllegalStateException("the labelled set " + SHIPPED_SET + " is not on the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code topic<TAB>text} lines (blank lines and {@code #} comments skipped); an unknown topic fails. */
    static List<LabelledSuggestion> read(BufferedReader reader) throws IOException {
        List<LabelledSuggestion> examples = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            Topic topic = tab < 0 ? null : Topic.of(line.substring(0, tab));
            if (topic == null) {
                throw new IllegalArgumentException("line " + number + ": expected a topic, a tab and the text");
            }
            examples.add(new LabelledSuggestion(line.substring(tab + 1).strip(), topic));
        }
        return examples;
    }

    /** The examples this categoriser was trained on. */
    public List<LabelledSuggestion> examples() {
        return examples;
    }

    /** The temperature its scores are divided by before the softmax (fitted on held-out folds). */
    public double temperature() {
        return temperature;
    }

    /** A categoriser trained on this one's examples and these (staff overrides: the topic a person chose). */
    public SuggestionCategoriser retrainedWith(Collection<LabelledSuggestion> more) {
        List<LabelledSuggestion> all = new ArrayList<>(examples);
        all.addAll(more);
        return train(all);
    }

    /** The suggestion's most probable topic, with its calibrated probability and every topic's. */
    public Categorisation categorise(String text) {
        double[] p = probabilities(model.scores(text), temperature);
        Map<Topic, Double> probabilities = new EnumMap<>(Topic.class);
        int best = 0;
        for (int t = 0; t < TOPICS.length; t++) {
            probabilities.put(TOPICS[t], p[t]);
            if (p[t] > p[best]) {
                best = t;
            }
        }
        return new Categorisation(TOPICS[best], p[best], probabilities);
    }

    private static double[] probabilities(double[] scores, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double[] p = new double[scores.length];
        double sum = 0;
        for (int t = 0; t < scores.length; t++) {
            p[t] = scores[t] == Double.NEGATIVE_INFINITY ? 0 : Math.exp((scores[t] - max) / temperature);
            sum += p[t];
        }
        for (int t = 0; t < p.length; t++) {
            p[t] /= sum;
        }
        return p;
    }

    /**
     * The temperature with the least log loss on held-out folds (every example scored by a model trained without
     * it); 1 when there are too few examples to hold any out.
     */
    private static double fitTemperature(List<LabelledSuggestion> all) {
        if (all.size() < 2 * CALIBRATION_FOLDS) {
            return 1;
        }
        List<List<LabelledSuggestion>> folds = CrossValidation.folds(all, CALIBRATION_FOLDS, 7L);
        List<double[]> scores = new ArrayList<>();
        List<Integer> truths = new ArrayList<>();
        for (int f = 0; f < folds.size(); f++) {
            List<LabelledSuggestion> training = new ArrayList<>();
            for (int g = 0; g < folds.size(); g++) {
                if (g != f) {
                    training.addAll(folds.get(g));
                }
            }
            Model model = Model.of(training);
            for (LabelledSuggestion held : folds.get(f)) {
                scores.add(model.scores(held.text()));
                truths.add(held.topic().ordinal());
            }
        }
        double best = 1;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (double temperature : TEMPERATURES) {
            double loss = 0;
            for (int i = 0; i < scores.size(); i++) {
                loss -= Math.log(Math.max(1e-12, probabilities(scores.get(i), temperature)[truths.get(i)]));
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                best = temperature;
            }
        }
        return best;
    }

    /**
     * A trained complement naive Bayes (Rennie et al., "Tackling the poor assumptions of naive Bayes text
     * classifiers", 2003: TF-IDF transform, length normalisation, complement classes, weight normalisation): each
     * topic's weight of a gram comes from how often the gram appears in the suggestions of the other topics, which
     * evens out topics with more or longer examples. Measured on the shipped set it is about four points more
     * accurate than the plain multinomial model (docs/performance.md).
     */
    private static final class Model {
        private final Map<String, Integer> vocabulary;
        /** Per topic and gram: the weight a gram adds to the topic's score. */
        private final double[][] weights;
        private final boolean[] known;

        private Model(Map<String, Integer> vocabulary, double[][] weights, boolean[] known) {
            this.vocabulary = vocabulary;
            this.weights = weights;
            this.known = known;
        }

        static Model of(List<LabelledSuggestion> examples) {
            Map<String, Integer> vocabulary = new HashMap<>();
            List<int[]> documents = new ArrayList<>();
            for (LabelledSuggestion example : examples) {
                documents.add(indices(grams(example.text()), vocabulary, true));
            }
            int v = vocabulary.size();
            double[] df = new double[v];
            for (int[] doc : documents) {
                for (int g : doc) {
                    df[g]++;
                }
            }
            double[] idf = new double[v];
            for (int g = 0; g < v; g++) {
                idf[g] = Math.log((1.0 + documents.size()) / (1.0 + df[g])) + 1;
            }
            // each suggestion's grams, TF-IDF weighted and scaled to unit length, summed per topic
            double[][] counts = new double[TOPICS.length][v];
            double[] gramTotals = new double[v];
            boolean[] known = new boolean[TOPICS.length];
            for (int d = 0; d < documents.size(); d++) {
                int t = examples.get(d).topic().ordinal();
                known[t] = true;
                double norm = 0;
                for (int g : documents.get(d)) {
                    norm += idf[g] * idf[g];
                }
                norm = Math.sqrt(norm);
                for (int g : documents.get(d)) {
                    counts[t][g] += idf[g] / norm;
                    gramTotals[g] += idf[g] / norm;
                }
            }
            double all = 0;
            for (double total : gramTotals) {
                all += total;
            }
            double[][] weights = new double[TOPICS.length][v];
            for (int t = 0; t < TOPICS.length; t++) {
                double own = 0;
                for (int g = 0; g < v; g++) {
                    own += counts[t][g];
                }
                double denominator = (all - own) + ALPHA * v;
                double sum = 0;
                for (int g = 0; g < v; g++) {
                    // a gram common in the other topics speaks against this one
                    weights[t][g] = -Math.log((gramTotals[g] - counts[t][g] + ALPHA) / denominator);
                    sum += Math.abs(weights[t][g]);
                }
                // weight normalisation (to a mean magnitude of 1): a topic whose weights are larger overall must not win
                for (int g = 0; g < v; g++) {
                    weights[t][g] /= sum / v;
                }
            }
            return new Model(vocabulary, weights, known);
        }

        /** Each topic's score for the text (higher is likelier; a topic without examples: never). */
        double[] scores(String text) {
            // the text's grams count once each, unweighted: weighting them by IDF here as in training measured a
            // point less accurate
            int[] grams = indices(grams(text), vocabulary, false);
            double[] scores = new double[TOPICS.length];
            for (int t = 0; t < scores.length; t++) {
                if (!known[t]) {
                    scores[t] = Double.NEGATIVE_INFINITY;
                    continue;
                }
                for (int g : grams) {
                    scores[t] += weights[t][g];
                }
            }
            return scores;
        }

        private static Set<String> grams(String text) {
            return new LinkedHashSet<>(CharGrams.of(text, MIN_GRAM, MAX_GRAM));
        }

        /** The grams' vocabulary indices; unknown grams are added ({@code grow}) or left out (they say nothing). */
        private static int[] indices(Set<String> grams, Map<String, Integer> vocabulary, boolean grow) {
            int[] indices = new int[grams.size()];
            int n = 0;
            for (String gram : grams) {
                Integer index = grow ? vocabulary.computeIfAbsent(gram, k -> vocabulary.size()) : vocabulary.get(gram);
                if (index != null) {
                    indices[n++] = index;
                }
            }
            return java.util.Arrays.copyOf(indices, n);
        }
    }
}
