package cn.gov.laoshan.district.policy.suggestion.domain;

import java.util.Map;

/**
 * What the categoriser makes of a suggestion: the most probable topic, its probability (calibrated: of the
 * suggestions given confidence 0.8, about eight in ten are right), and every topic's probability.
 */
public record Categorisation(Topic topic, double confidence, Map<Topic, Double> probabilities) {

    public Categorisation {
        probabilities = Map.copyOf(probabilities);
    }
}
