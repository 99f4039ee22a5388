package cn.gov.laoshan.district.uikit;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;

/**
 * The record a screen's route names, such as {@code cases/:id}: the view's {@code beforeEnter} asks for it and
 * either gets it or the user gets the shell's "not found" page.
 *
 * <pre>{@code
 * public void beforeEnter(BeforeEnterEvent event) {
 *     RouteRecord.find(event, cases::find).ifPresent(this::show);
 * }
 * }</pre>
 * <p>
 * Contract: the route parameter {@code id} must be a decimal {@code long}; a missing or malformed id, or a finder
 * that finds nothing, reroutes to {@link NotFoundException} and returns empty. The finder is the service's read
 * method, so the service's permission check still applies (an {@code AccessDeniedException} passes through to the
 * shell's error page).
 */
public final class RouteRecord {

    /** The route parameter holding the record's id. */
    public static final String ID = "id";

    private RouteRecord() {
    }

    /** The {@code id} route parameter as a number; empty when it is missing or not a decimal {@code long}. */
    public static OptionalLong id(RouteParameters parameters) {
        Optional<String> text = parameters.get(ID);
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text.get().trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The record with the route's id, found by {@code finder}; empty (and rerouted to "not found") otherwise. */
    public static <T> Optional<T> find(BeforeEnterEvent event, LongFunction<Optional<T>> finder) {
        OptionalLong id = id(event.getRouteParameters());
        Optional<T> found = id.isPresent() ? finder.apply(id.getAsLong()) : Optional.empty();
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
        }
        return found;
    }
}
