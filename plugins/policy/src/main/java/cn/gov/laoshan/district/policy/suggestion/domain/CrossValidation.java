package cn.gov.laoshan.district.policy.suggestion.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * k-fold cross-validation of the {@link SuggestionCategoriser} on a labelled set: every example is categorised by a
 * categoriser trained on the other folds. Folds are stratified (each topic spread evenly over them) and fixed by the
 * seed, so the figure is the same on every run.
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    /** The figures of one run: accuracy, per-topic precision and recall, and the mean confidence given. */
    public record Result(int examples, int correct, double meanConfidence, Map<Topic, Double> precision,
            Map<Topic, Double> recall, Map<Topic, Integer> support) {

        public double accuracy() {
            return (double) correct / examples;
        }
    }

    /** Runs k-fold cross-validation with folds fixed by {@code seed}. */
    public static Result run(List<LabelledSuggestion> examples, int k, long seed) {
        List<List<LabelledSuggestion>> folds = folds(examples, k, seed);
        int[][] confusion = new int[Topic.values().length][Topic.values().length];
        int correct = 0;
        double confidence = 0;
        for (int f = 0; f < folds.size(); f++) {
            List<LabelledSuggestion> training = new ArrayList<>();
            for (int g = 0; g < folds.size(); g++) {
                if (g != f) {
                    training.addAll(folds.get(g));
                }
            }
            SuggestionCategoriser categoriser = SuggestionCategoriser.train(training);
            for (LabelledSuggestion held : folds.get(f)) {
                Categorisation c = categoriser.categorise(held.text());
                confusion[held.topic().ordinal()][c.topic().ordinal()]++;
                confidence += c.confidence();
                if (c.topic() == held.topic()) {
                    correct++;
                }
            }
        }
        Map<Topic, Double> precision = new EnumMap<>(Topic.class);
        Map<Topic, Double> recall = new EnumMap<>(Topic.class);
        Map<Topic, Integer> support = new EnumMap<>(Topic.class);
        for (Topic topic : Topic.values()) {
            int t = topic.ordinal();
            int predicted = 0;
            int actual = 0;
            for (int o = 0; o < confusion.length; o++) {
                predicted += confusion[o][t];
                actual += confusion[t][o];
            }
            precision.put(topic, predicted == 0 ? 0 : (double) confusion[t][t] / predicted);
            recall.put(topic, actual == 0 ? 0 : (double) confusion[t][t] / actual);
            support.put(topic, actual);
        }
        return new Result(examples.size(), correct, confidence / examples.size(), precision, recall, support);
    }

    /** {@code k} stratified folds: each topic's examples shuffled by the seed and dealt round the folds in turn. */
    static List<List<LabelledSuggestion>> folds(List<LabelledSuggestion> examples, int k, long seed) {
        List<List<LabelledSuggestion>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        Random random = new Random(seed);
        int next = 0;
        for (Topic topic : Topic.values()) {
            List<LabelledSuggestion> ofTopic = new ArrayList<>(examples.stream().filter(e -> e.topic() == topic).toList());
            Collections.shuffle(ofTopic, random);
            for (LabelledSuggestion example : ofTopic) {
                folds.get(next++ % k).add(example);
            }
        }
        return folds;
    }
}
