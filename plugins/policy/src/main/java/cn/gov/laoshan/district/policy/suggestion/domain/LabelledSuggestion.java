package cn.gov.laoshan.district.policy.suggestion.domain;

import java.util.Objects;

/** A suggestion's text with the topic a person gave it: a training example for the {@link SuggestionCategoriser}. */
public record LabelledSuggestion(String text, Topic topic) {

    public LabelledSuggestion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(topic, "topic");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a training example needs a text");
        }
    }
}
