package cn.gov.laoshan.district.servicehall.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.servicehall.domain.Hall;
import cn.gov.laoshan.district.servicehall.domain.Visit;
import cn.gov.laoshan.district.servicehall.service.HallService;
import cn.gov.laoshan.district.servicehall.service.QueueService;

/**
 * 大厅显示屏: the numbers called and their windows, newest first, and who waits per item group — ticket numbers only,
 * no names. Refreshed by push the moment a clerk calls (the shell runs Vaadin push over WebSocket).
 */
public class HallDisplayView extends VerticalLayout {

    private final QueueService queue;
    private final ComboBox<Hall> hall;
    private final Div called = new Div();
    private final Div waiting = new Div();
    private Runnable stopListening;

    public HallDisplayView(QueueService queue, HallService halls) {
        this.queue = queue;
        setId("servicehall-display");
        hall = HallField.of(getTranslation("servicehall.hall"), halls.halls());
        hall.addValueChangeListener(e -> refresh());
        called.setId("servicehall-display-called");
        called.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        waiting.setId("servicehall-display-waiting");
        add(hall, new H2(getTranslation("servicehall.display.called")), called,
                new H2(getTranslation("servicehall.display.waiting")), waiting);
        refresh();
    }

    private void refresh() {
        called.removeAll();
        waiting.removeAll();
        if (hall.getValue() == null) {
            return;
        }
        QueueService.Board board = queue.board(hall.getValue().code());
        for (Visit v : board.called()) {
            Div line = new Div(new Span(getTranslation("servicehall.display.line", v.ticket(), v.windowNumber())));
            called.add(line);
        }
        board.waiting().forEach((group, n) -> waiting.add(new Div(new Span(getTranslation("servicehall.display.group",
                getTranslation("servicehall.group." + group), n)))));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        stopListening = queue.signals().listen(changed -> {
            if (hall.getValue() != null && changed.equals(hall.getValue().code())) {
                ui.access(this::refresh);
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
