package cn.gov.laoshan.district.policy.suggestion.service;

import java.util.List;
import java.util.function.Supplier;

import cn.gov.laoshan.district.policy.suggestion.domain.Categorisation;
import cn.gov.laoshan.district.policy.suggestion.domain.LabelledSuggestion;
import cn.gov.laoshan.district.policy.suggestion.domain.SuggestionCategoriser;

/**
 * The categoriser in use: the shipped labelled set plus every staff override kept in the database. Trained at first
 * use (not on the activation thread) and again after each override, so that the next suggestion already profits from
 * what staff corrected.
 */
public final class TopicCategoriser {

    private final Supplier<List<LabelledSuggestion>> overrides;
    private volatile SuggestionCategoriser current;

    public TopicCategoriser(Supplier<List<LabelledSuggestion>> overrides) {
        this.overrides = overrides;
    }

    public Categorisation categorise(String text) {
        return categoriser().categorise(text);
    }

    /** Trains anew on the shipped set and the overrides (called after an override was kept). */
    public synchronized void retrain() {
        current = SuggestionCategoriser.shipped().retrainedWith(overrides.get());
    }

    /** How many examples it learnt from (the shipped set and the overrides). */
    public int examples() {
        return categoriser().examples().size();
    }

    private SuggestionCategoriser categoriser() {
        SuggestionCategoriser c = current;
        if (c == null) {
            synchronized (this) {
                if (current == null) {
                    retrain();
                }
                c = current;
            }
        }
        return c;
    }
}
