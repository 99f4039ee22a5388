package cn.gov.laoshan.district.servicehall.experience.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of a questionnaire template.
 *
 * @param choices a {@link QuestionKind#CHOICE} question's options (empty otherwise)
 */
public record Question(int position, QuestionKind kind, String textZh, String textEn, List<String> choices) {

    public static final int MAX_TEXT = 2000;

    public Question {
        Objects.requireNonNull(kind, "kind");
        choices = List.copyOf(choices == null ? List.of() : choices);
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textZh;
    }

    /**
     * Why {@code answer} is not an answer to this question (a message key), or empty when it is. Every question must
     * be answered: a questionnaire left half-empty tells the centre nothing.
     */
    public Optional<String> problem(String answer) {
        if (answer == null || answer.isBlank()) {
            return Optional.of("servicehall.experience.error.answer-missing");
        }
        String a = answer.strip();
        return switch (kind) {
            case TEXT -> a.length() > MAX_TEXT ? Optional.of("servicehall.experience.error.answer-too-long") : Optional.empty();
            case CHOICE -> choices.contains(a) ? Optional.empty() : Optional.of("servicehall.experience.error.answer-choice");
            case SCORE -> a.matches("[1-5]") ? Optional.empty() : Optional.of("servicehall.experience.error.answer-score");
        };
    }
}
