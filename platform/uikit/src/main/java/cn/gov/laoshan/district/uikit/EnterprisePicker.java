package cn.gov.laoshan.district.uikit;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.LitRenderer;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;

/**
 * Choosing an enterprise from the registry (市场主体库) (since 1.6.0): the user types a part of the name (海澜) or the
 * start of the unified social credit code (913702); the list shows name, code and registration status (存续, 注销,
 * ...) and is fetched page by page as the user scrolls ({@link EnterpriseQuery} of at most {@value #PAGE} rows) —
 * never the whole registry (3,000 enterprises in the demo, a million in production).
 * <p>
 * A user who may not read the registry ({@link EnterpriseRegistry#PERMISSION_READ}) sees the field read-only with a
 * message under it saying so, not an error; the registry still checks every search on the server, and a refusal there
 * (the permission taken away while the screen is open) ends the same way. The value is the {@link Enterprise};
 * forms keep its {@code uscc()}.
 */
public class EnterprisePicker extends ComboBox<Enterprise> {

    /** Rows fetched at most per request. */
    public static final int PAGE = 100;

    /** Letters and digits only, with at least one digit: the start of a credit code, not a name. */
    private static final Pattern CODE_PREFIX = Pattern.compile("(?=.*[0-9])[0-9A-Za-z]{2,18}");

    private final EnterpriseRegistry registry;
    private boolean refused;

    /**
     * @param registry the registry service, or {@code null} when it is not running (the field then says so)
     * @param access   the access decisions, to tell a user without the read permission at once
     */
    public EnterprisePicker(EnterpriseRegistry registry, AccessControl access) {
        this.registry = registry;
        setLabel(KitText.get(getLocale(), "picker.label"));
        setPlaceholder(KitText.get(getLocale(), "picker.placeholder"));
        addClassName("district-enterprise-picker");
        setPageSize(50);
        setItemLabelGenerator(this::label);
        setRenderer(LitRenderer.<Enterprise>of("<div style='line-height:1.3'><div>${item.name}</div>"
                + "<div style='font-size:var(--lumo-font-size-s);color:var(--lumo-secondary-text-color)'>"
                + "<span>${item.code}</span> · <span style='${item.statusStyle}'>${item.status}</span></div></div>")
                .withProperty("name", Enterprise::name)
                .withProperty("code", e -> e.uscc().toString())
                .withProperty("status", e -> e.status().label(getLocale()))
                .withProperty("statusStyle", e -> active(e.status()) ? "" : "color:var(--lumo-error-text-color)"));
        if (registry == null) {
            refuse("picker.unavailable");
        } else if (access != null && !access.has(EnterpriseRegistry.PERMISSION_READ)) {
            refuse("picker.denied");
        }
        // lazy even when refused (it then fetches nothing): never a list of every enterprise
        setItems(this::fetch);
    }

    /** The query a typed text makes: the code's start when it looks like one, else a part of the name. */
    public static EnterpriseQuery query(String typed, int offset, int limit) {
        String text = typed == null ? "" : typed.strip();
        EnterpriseQuery query = EnterpriseQuery.all().page(offset, Math.max(1, Math.min(limit, PAGE)));
        if (text.isEmpty()) {
            return query;
        }
        return CODE_PREFIX.matcher(text).matches() ? query.withCodePrefix(text) : query.withNameFragment(text);
    }

    private Stream<Enterprise> fetch(Query<Enterprise, String> request) {
        int offset = request.getOffset();
        int limit = request.getLimit();
        if (refused) {
            return Stream.empty();
        }
        try {
            return registry.list(query(request.getFilter().orElse(""), offset, limit)).stream();
        } catch (AccessDeniedException denied) {
            // the permission went away while the screen was open: say so at the field, as for a user without it
            refuse("picker.denied");
            return Stream.empty();
        }
    }

    /** Shows the enterprise with this code (e.g. a record's stored investor); false when it is not in the registry. */
    public boolean select(String uscc) {
        if (refused || uscc == null || uscc.isBlank()) {
            return false;
        }
        try {
            Optional<Enterprise> found = registry.find(Uscc.parse(uscc));
            found.ifPresent(this::setValue);
            return found.isPresent();
        } catch (AccessDeniedException denied) {
            refuse("picker.denied");
            return false;
        } catch (RuntimeException notACode) {
            // a code the registry no longer knows or that is not valid: the field stays empty to be picked again
            return false;
        }
    }

    /** Whether the user was refused (no permission, no registry): the field is read-only and says why. */
    public boolean refused() {
        return refused;
    }

    private void refuse(String key) {
        refused = true;
        setReadOnly(true);
        Span why = new Span(KitText.get(getLocale(), key));
        why.addClassName("district-picker-refused");
        why.getStyle().set("color", "var(--lumo-error-text-color)");
        setHelperComponent(why);
        getElement().setAttribute("data-refused", key);
    }

    private String label(Enterprise e) {
        return e.name() + (Dates.chinese(getLocale()) ? "（" + e.uscc() + "）" : " (" + e.uscc() + ")");
    }

    private static boolean active(EnterpriseStatus status) {
        return status == EnterpriseStatus.EXISTING || status == EnterpriseStatus.OPERATING;
    }
}
