package cn.gov.laoshan.district.uikit;

import java.util.Optional;
import java.util.function.LongFunction;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * The page of one record whose route names it ({@code market/licences/:id}): the preamble every such view wrote
 * again — its element id, the record found by the route's id through the service's read ({@link RouteRecord}: a
 * missing or unknown id is the shell's "not found", the service's permission and scope still apply), and a page
 * emptied before it is filled — in one place. A view fills the page in {@link #fill} and calls {@link #show} again
 * with the changed record after a step.
 *
 * <pre>{@code
 * public class LicenceView extends RecordPage<Licence> {
 *     public LicenceView(LicenceService licences) {
 *         super("market-licence", licences::find);
 *     }
 *     protected void fill(Licence licence) {
 *         add(BackLink.to("market/licences", ...), new H2(licence.licenceNo()), ...);
 *     }
 * }
 * }</pre>
 *
 * @param <R> the record
 * @since 1.7.0
 */
public abstract class RecordPage<R> extends VerticalLayout implements BeforeEnterObserver {

    private final transient LongFunction<Optional<R>> finder;

    /**
     * @param id     the page's element id
     * @param finder the service's read of one record by id (empty when not found)
     */
    protected RecordPage(String id, LongFunction<Optional<R>> finder) {
        this.finder = finder;
        setId(id);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteRecord.find(event, finder).ifPresent(this::show);
    }

    /** Shows {@code record} afresh: the page emptied, then {@link #fill filled}. */
    protected final void show(R record) {
        removeAll();
        fill(record);
    }

    /** Adds what the page shows of {@code record} to the emptied page. */
    protected abstract void fill(R record);
}
