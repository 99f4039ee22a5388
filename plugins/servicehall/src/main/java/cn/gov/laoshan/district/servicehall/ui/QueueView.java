package cn.gov.laoshan.district.servicehall.ui;

import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.servicehall.domain.Hall;
import cn.gov.laoshan.district.servicehall.domain.ServiceItem;
import cn.gov.laoshan.district.servicehall.domain.Visit;
import cn.gov.laoshan.district.servicehall.service.CatalogueService;
import cn.gov.laoshan.district.servicehall.service.HallService;
import cn.gov.laoshan.district.servicehall.service.QueueService;
import cn.gov.laoshan.district.servicehall.service.RatingService;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * 窗口叫号: the clerk at their window calls the next number (by the queue's merge rule), starts and ends the service,
 * then the person rates it on the window's rating pad (好差评, five levels, reasons); walk-in tickets are drawn here
 * too. The waiting count follows the hall's queue by push.
 */
public class QueueView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("servicehall-error");

    private final QueueService queue;
    private final ComboBox<Hall> hall;
    private final IntegerField window = new IntegerField();
    private final H2 current = new H2();
    private final Paragraph waiting = new Paragraph();
    private final HorizontalLayout steps = new HorizontalLayout();
    private final VerticalLayout pad = new VerticalLayout();
    private final RatingService ratings;
    private Visit visit;
    private Runnable stopListening;

    public QueueView(QueueService queue, RatingService ratings, HallService halls, CatalogueService catalogue) {
        this.queue = queue;
        this.ratings = ratings;
        setId("servicehall-queue");
        hall = HallField.of(getTranslation("servicehall.hall"), halls.halls());
        window.setLabel(getTranslation("servicehall.queue.window"));
        window.setMin(1);
        window.setMax(99);
        window.setStepButtonsVisible(true);
        window.setValue(1);
        window.setId("servicehall-queue-window");
        Button call = new Button(getTranslation("servicehall.queue.call-next"), e -> {
            Optional<Visit> next = STEPS.call(this, Map.of("window", window),
                    () -> queue.callNext(code(), window.getValue() == null ? 0 : window.getValue()));
            if (next != null) {
                show(next.orElse(null));
                if (next.isEmpty()) {
                    Notification.show(getTranslation("servicehall.queue.nobody"));
                }
            }
        });
        call.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        call.setId("servicehall-queue-call");
        HorizontalLayout top = new HorizontalLayout(hall, window, call);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        current.setId("servicehall-queue-current");
        waiting.setId("servicehall-queue-waiting");
        pad.setId("servicehall-rating-pad");
        pad.setVisible(false);
        ComboBox<ServiceItem> item = new ComboBox<>(getTranslation("servicehall.item.name"), catalogue.offeredItems());
        item.setItemLabelGenerator(i -> i.code() + " " + i.name());
        item.setWidth("24em");
        item.setId("servicehall-walk-in-item");
        TextField mobile = new TextField(getTranslation("servicehall.booking.mobile"));
        mobile.setId("servicehall-walk-in-mobile");
        Button ticket = new Button(getTranslation("servicehall.queue.walk-in"), e -> {
            Visit v = STEPS.call(this, Map.of("item", item, "mobile", mobile), () -> queue.walkIn(code(),
                    item.getValue() == null ? null : item.getValue().code(), null, mobile.getValue()));
            if (v != null) {
                Notification.show(getTranslation("servicehall.queue.ticket-drawn", v.ticket()));
            }
        });
        ticket.setId("servicehall-walk-in");
        // check-in by the booking number: typed, or scanned from the confirmation's QR code (a scanner types the
        // number and Enter)
        TextField number = new TextField(getTranslation("servicehall.queue.check-in-number"));
        number.setId("servicehall-check-in-number");
        number.setPlaceholder("ZX261212-000123");
        Button checkIn = new Button(getTranslation("servicehall.queue.check-in"), e -> {
            Visit v = STEPS.call(this, Map.of("number", number), () -> queue.checkIn(code(), number.getValue()));
            if (v != null) {
                number.clear();
                Notification.show(getTranslation("servicehall.queue.ticket-drawn", v.ticket()));
            }
        });
        checkIn.setId("servicehall-check-in");
        number.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> checkIn.click());
        HorizontalLayout byNumber = new HorizontalLayout(number, checkIn);
        byNumber.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout walkIn = new HorizontalLayout(item, mobile, ticket);
        walkIn.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        hall.addValueChangeListener(e -> refreshWaiting());
        add(top, current, steps, pad, waiting, byNumber, walkIn);
        show(null);
    }

    private String code() {
        return hall.getValue() == null ? null : hall.getValue().code();
    }

    private void show(Visit v) {
        visit = v;
        steps.removeAll();
        current.setText(v == null ? getTranslation("servicehall.queue.idle")
                : getTranslation("servicehall.queue.current", v.ticket(), getTranslation("servicehall.visit.state." + v.state())));
        if (v != null) {
            switch (v.state()) {
                case CALLED -> {
                    steps.add(step("start", () -> queue.start(v.id())), step("absent", () -> queue.absent(v.id())));
                }
                case SERVING -> steps.add(step("finish", () -> queue.finish(v.id())));
                case DONE -> ratingPad(v);
                default -> {
                }
            }
        }
        refreshWaiting();
    }

    private Button step(String name, java.util.function.Supplier<Visit> call) {
        Button b = new Button(getTranslation("servicehall.queue." + name), e -> {
            Visit moved = STEPS.call(this, call);
            if (moved != null) {
                show(moved);
            }
        });
        b.setId("servicehall-queue-" + name);
        if (!"absent".equals(name)) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return b;
    }

    /** The person's rating of the service just ended, on the window's pad. */
    private void ratingPad(Visit v) {
        RatingPad.fill(pad, (level, reasons) -> ratings.rate(v.id(), level, reasons), () -> {
            Notification.show(getTranslation("servicehall.rating.thanks"));
            pad.setVisible(false);
            show(null);
        });
    }

    private void refreshWaiting() {
        if (hall.getValue() == null) {
            return;
        }
        int total = queue.board(code()).waiting().values().stream().mapToInt(Integer::intValue).sum();
        waiting.setText(getTranslation("servicehall.queue.waiting-total", total));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        stopListening = queue.signals().listen(changed -> {
            if (changed.equals(code())) {
                ui.access(this::refreshWaiting);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (stopListening != null) {
            stopListening.run();
        }
    }
}
