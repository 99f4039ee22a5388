package cn.gov.laoshan.district.policy.match.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.policy.match.domain.MatchRun;
import cn.gov.laoshan.district.policy.match.service.MatchResults;
import cn.gov.laoshan.district.policy.match.service.MatchService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Money;

/**
 * 免申即享 匹配: the published policies with a rule and what they match now (a row opens the policy's page), the button
 * that starts a match run in the background (one at a time; a progress bar while it runs, polled) and the runs' history.
 */
public class MatchingView extends VerticalLayout {

    private static final int POLL_MS = 1000;

    private final MatchService service;
    private final boolean mayRun;
    private final ProgressBar bar = new ProgressBar();
    private final Span status = new Span();
    private final Button run;
    private final Grid<MatchRun> runs = new Grid<>(MatchRun.class, false);
    private final Grid<MatchResults.PolicyCount> counts = new Grid<>(MatchResults.PolicyCount.class, false);
    private final TextField filter = new TextField();
    private boolean wasRunning;

    public MatchingView(MatchService service, boolean mayRun) {
        this.service = service;
        this.mayRun = mayRun;
        setId("policy-matching");
        setSizeFull();
        run = new Button(getTranslation("policy.match.run"), VaadinIcon.PLAY.create(), e -> start());
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setId("policy-match-run");
        run.setVisible(mayRun);
        bar.setId("policy-match-progress");
        bar.setWidth("20em");
        status.setId("policy-match-status");
        HorizontalLayout top = new HorizontalLayout(run, bar, status);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        counts.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        counts.setId("policy-match-counts");
        counts.addColumn(MatchResults.PolicyCount::policyCode).setHeader(getTranslation("policy.match.code"))
                .setSortable(true).setWidth("9em").setFlexGrow(0);
        counts.addColumn(MatchResults.PolicyCount::title).setHeader(getTranslation("policy.draft.title")).setFlexGrow(3)
                .setSortable(true);
        counts.addColumn(MatchResults.PolicyCount::matched).setHeader(getTranslation("policy.match.tab.matches"))
                .setSortable(true);
        counts.addColumn(MatchResults.PolicyCount::nearMisses).setHeader(getTranslation("policy.match.tab.near"))
                .setSortable(true);
        counts.addColumn(c -> c.amount() == null ? "—" : Money.yuan(c.amount().amount(), getLocale()))
                .setHeader(getTranslation("policy.match.amount"));
        counts.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("policy/matching/" + e.getItem().policyId())));
        counts.setHeight("24em");
        filter.setPlaceholder(getTranslation("policy.match.filter.policy"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        filter.setClearButtonVisible(true);

        runs.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        runs.setId("policy-match-runs");
        runs.addColumn(r -> Dates.dateTime(r.startedAt(), getLocale())).setHeader(getTranslation("policy.match.run.at"));
        runs.addColumn(MatchRun::startedBy).setHeader(getTranslation("policy.match.run.by"));
        runs.addColumn(r -> getTranslation("policy.match.run.state." + r.state())).setHeader(getTranslation("policy.match.run.state"));
        runs.addColumn(r -> r.duration() == null ? "" : getTranslation("policy.match.run.seconds",
                String.format("%.1f", r.duration().toMillis() / 1000.0))).setHeader(getTranslation("policy.match.run.duration"));
        runs.addColumn(MatchRun::policies).setHeader(getTranslation("policy.match.run.policies"));
        runs.addColumn(MatchRun::enterprises).setHeader(getTranslation("policy.match.run.enterprises"));
        runs.addColumn(MatchRun::matches).setHeader(getTranslation("policy.match.tab.matches"));
        runs.addColumn(MatchRun::nearMisses).setHeader(getTranslation("policy.match.tab.near"));
        runs.setHeight("14em");
        add(top, new H3(getTranslation("policy.match.policies")), filter, counts, new H3(getTranslation("policy.match.screen.runs")), runs);
        refresh();
    }

    private void start() {
        try {
            service.start();
            wasRunning = true;
            showProgress();
        } catch (RefusedException refused) {
            Notification.show(getTranslation(refused.messageKey()));
        }
    }

    private void showProgress() {
        var progress = service.progress();
        boolean running = progress.isPresent();
        run.setEnabled(mayRun && !running);
        bar.setVisible(running);
        if (running) {
            int total = progress.get().total();
            bar.setIndeterminate(total == 0);
            if (total > 0) {
                bar.setValue(progress.get().done() / (double) total);
            }
            status.setText(getTranslation("policy.match.running", progress.get().done(), total));
        } else if (wasRunning) {
            wasRunning = false;
            List<MatchRun> last = service.runs(1);
            status.setText(last.isEmpty() ? "" : getTranslation("policy.match.finished." + last.get(0).state(),
                    last.get(0).matches(), last.get(0).nearMisses()));
            refresh();
        }
    }

    private void refresh() {
        runs.setItems(service.runs(20));
        String text = filter.getValue() == null ? "" : filter.getValue().strip();
        counts.setItems(service.counts().stream().filter(c -> text.isEmpty() || c.title().contains(text)
                || (c.policyCode() != null && c.policyCode().contains(text))).toList());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.setPollInterval(POLL_MS);
        ui.addPollListener(e -> showProgress());
        wasRunning = service.progress().isPresent();
        showProgress();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }
}
