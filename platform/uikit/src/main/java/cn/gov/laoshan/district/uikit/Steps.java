package cn.gov.laoshan.district.uikit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;

/**
 * Runs a service call from a screen and shows the outcome: a refusal becomes an error notification with the
 * localized message (zh-CN/en) and changes nothing on the screen; an unexpected failure is logged and shown as
 * the shell's "internal error" text — never a stack trace. A service refuses with the api's
 * {@link RefusedException} (field, message key, parameters; a refused workflow transition is one too), which every
 * {@code Steps} reads without registration:
 *
 * <pre>{@code
 * Project saved = Steps.standard("project-error").call(this, () -> projects.save(form));   // null when refused
 * // a success message, shared by a plugin's screens:
 * static final Steps STEPS = Steps.builder("housing-error").savedKey("housing.saved").build();
 * }</pre>
 * <p>
 * Contract:
 * <ul>
 * <li>the step's result is returned ({@code null} or {@code false} when it was refused or failed);</li>
 * <li>success: a success notification with the saved key's text, when a saved key is set; none otherwise;</li>
 * <li>a {@link RefusedException}, or an exception of a type registered with {@link Builder#refusal} (for
 * exceptions that are not one): the {@link Refusal}'s message translated with {@link Component#getTranslation};
 * with fields given, the refusal's field is marked invalid with that text under it (all fields are cleared first)
 * and <em>no</em> notification is shown — the message is where the user looks to correct it; the mark goes away
 * when the user changes that field's value. A refusal about no field of the screen is a notification;</li>
 * <li>a {@link LocalDate} parameter (a date bound, see {@code DateBounds}) is shown in the user's date format
 * ({@link Dates#date}); a {@link RefusedException.Key} or {@link Refusal.Key} parameter is translated;</li>
 * <li>{@link AccessDeniedException}: {@code shell.error.denied.text};</li>
 * <li>any other {@link RuntimeException}: logged with its stack trace, shown as {@code shell.error.internal.text};</li>
 * <li>errors are a {@link NotificationVariant#LUMO_ERROR} notification in the middle for 8 s with the configured
 * element id (tests find it by that id).</li>
 * </ul>
 * Instances are immutable and may be shared between sessions. Call it on the UI thread (it shows notifications).
 */
public final class Steps {

    /** The shell's message key for a denied access. */
    public static final String DENIED_KEY = "shell.error.denied.text";
    /** The shell's message key for an unexpected failure. */
    public static final String INTERNAL_KEY = "shell.error.internal.text";

    private static final Logger LOG = LoggerFactory.getLogger(Steps.class);

    private final String errorId;
    private final String savedKey;
    private final List<Reader<?>> readers;

    private Steps(String errorId, String savedKey, List<Reader<?>> readers) {
        this.errorId = errorId;
        this.savedKey = savedKey;
        this.readers = List.copyOf(readers);
    }

    /**
     * Steps with no success message that show {@link RefusedException}s (and denials, failures); {@code errorId} is
     * the element id of the error notification (e.g. {@code "housing-error"}).
     */
    public static Steps standard(String errorId) {
        return builder(errorId).build();
    }

    /** A builder; {@code errorId} is the element id of the error notification (e.g. {@code "housing-error"}). */
    public static Builder builder(String errorId) {
        return new Builder(errorId);
    }

    /** The same steps with another success message key, or none ({@code null}): for steps that say their own. */
    public Steps withSavedKey(String key) {
        return new Steps(errorId, key, readers);
    }

    /** The same steps with another element id for the error notification (one per screen, for tests). */
    public Steps withErrorId(String id) {
        return new Steps(id, savedKey, readers);
    }

    /** Runs {@code step}; true when it succeeded, false when it was refused or failed (and the user was told). */
    public boolean run(Component where, Runnable step) {
        return run(where, Map.of(), step);
    }

    /**
     * Like {@link #run(Component, Runnable)}; a refusal naming one of {@code fields} marks that field invalid (see
     * {@link #call(Component, Map, Supplier)}).
     */
    public boolean run(Component where, Map<String, ? extends HasValidation> fields, Runnable step) {
        return call(where, fields, () -> {
            step.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** Runs {@code step}; its result, or {@code null} when it was refused or failed (and the user was told). */
    public <T> T call(Component where, Supplier<T> step) {
        return call(where, Map.of(), step);
    }

    /**
     * Like {@link #call(Component, Supplier)}; a refusal naming one of {@code fields} (by its field name) marks that
     * field invalid with the message. All the fields are made valid first.
     */
    public <T> T call(Component where, Map<String, ? extends HasValidation> fields, Supplier<T> step) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            T result = step.get();
            if (savedKey != null) {
                success(where.getTranslation(savedKey));
            }
            return result;
        } catch (RuntimeException failure) {
            Optional<Refusal> refusal = refusal(failure);
            String text = text(where, failure);
            Optional<? extends HasValidation> field = refusal.map(Refusal::field).map(fields::get);
            if (field.isPresent()) {
                markInvalid(field.get(), text);
                return null;
            }
            if (refusal.isEmpty() && !(failure instanceof AccessDeniedException)) {
                LOG.error("step failed on {}", where.getClass().getName(), failure);
            }
            error(text);
            return null;
        }
    }

    /**
     * Marks {@code field} invalid with {@code message} under it, until the user changes its value (then the mark is
     * cleared: the correction is checked again on the next save). For a screen's own checks before a service call.
     */
    public static void markInvalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (field instanceof HasValue<?, ?> value) {
            Registration[] once = new Registration[1];
            once[0] = value.addValueChangeListener(e -> {
                field.setInvalid(false);
                once[0].remove();
            });
        }
    }

    /**
     * The refusal {@code failure} stands for: read by the first registered reader of its type, else from a
     * {@link RefusedException}; empty for anything else.
     */
    public Optional<Refusal> refusal(RuntimeException failure) {
        for (Reader<?> reader : readers) {
            Optional<Refusal> read = reader.read(failure);
            if (read.isPresent()) {
                return read;
            }
        }
        if (failure instanceof RefusedException refused) {
            Object[] parameters = refused.parameters();
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof RefusedException.Key key) {
                    parameters[i] = new Refusal.Key(key.key());
                }
            }
            return Optional.of(new Refusal(refused.field(), refused.messageKey(), parameters));
        }
        return Optional.empty();
    }

    /** What the user reads for {@code failure}, in {@code where}'s language (see the class contract). */
    public String text(Component where, RuntimeException failure) {
        Optional<Refusal> refusal = refusal(failure);
        if (refusal.isPresent()) {
            Object[] parameters = refusal.get().parameters();
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof Refusal.Key key) {
                    parameters[i] = where.getTranslation(key.key());
                } else if (parameters[i] instanceof LocalDate day) {
                    parameters[i] = Dates.date(day, where.getUI().map(UI::getLocale)
                            .orElseGet(() -> UI.getCurrent() == null ? null : UI.getCurrent().getLocale()));
                }
            }
            return where.getTranslation(refusal.get().messageKey(), parameters);
        }
        if (failure instanceof AccessDeniedException) {
            return where.getTranslation(DENIED_KEY);
        }
        return where.getTranslation(INTERNAL_KEY);
    }

    /** Shows {@code text} as an error notification (middle, 8 s, the configured id) and returns it. */
    public Notification error(String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId(errorId);
        return notification;
    }

    /** Shows {@code text} as a success notification (top, 3 s) and returns it. */
    public static Notification success(String text) {
        Notification notification = Notification.show(text, 3000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    /** Collects the plugin's refusal types. */
    public static final class Builder {
        private final String errorId;
        private String savedKey;
        private final List<Reader<?>> readers = new ArrayList<>();

        private Builder(String errorId) {
            this.errorId = errorId;
        }

        /** Exceptions of {@code type} (and its subtypes) are refusals, read by {@code reader}. First match wins. */
        public <E extends RuntimeException> Builder refusal(Class<E> type, Function<? super E, Refusal> reader) {
            readers.add(new Reader<>(type, reader));
            return this;
        }

        /** The message key of the success notification after a step; none when not set. */
        public Builder savedKey(String key) {
            this.savedKey = key;
            return this;
        }

        public Steps build() {
            return new Steps(errorId, savedKey, readers);
        }
    }

    private record Reader<E extends RuntimeException>(Class<E> type, Function<? super E, Refusal> reader) {
        Optional<Refusal> read(RuntimeException failure) {
            return type.isInstance(failure) ? Optional.ofNullable(reader.apply(type.cast(failure))) : Optional.empty();
        }
    }
}
