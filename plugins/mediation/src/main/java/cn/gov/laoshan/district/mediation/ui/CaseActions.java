package cn.gov.laoshan.district.mediation.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.validation.DateBounds;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.mediation.domain.MediationCase;
import cn.gov.laoshan.district.mediation.domain.MediationGroup;
import cn.gov.laoshan.district.mediation.service.CaseService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * The steps the user may take on a case now, as buttons, each with the dialog that asks what the step needs (a
 * reason, the group and mediator, a session's time and place, the agreement, the referral, the follow-up). A step
 * refused by the service is shown in the user's words at its field and changes nothing; a step done hands the case
 * as it is now to {@code shown} (the case page shows it again).
 */
final class CaseActions extends HorizontalLayout {

    private final CaseService cases;
    private final MediationCase current;
    private final Consumer<MediationCase> shown;

    CaseActions(CaseService cases, MediationCase current, Consumer<MediationCase> shown) {
        this.cases = cases;
        this.current = current;
        this.shown = shown;
        addButtons(current);
    }

    private String paren(String text) {
        return getTranslation("mediation.punct.paren", text);
    }

    private void addButtons(MediationCase c) {
        HorizontalLayout bar = this;
        bar.setId("case-actions");
        for (String action : cases.actions(c)) {
            if (action.equals("start")) {
                continue; // the first recorded session starts the mediation
            }
            Button button = new Button(getTranslation("mediation.action." + action), e -> act(action));
            button.setId("action-" + action);
            if (action.equals("accept") || action.equals("assign") || action.equals("agree") || action.equals("close")) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            bar.add(button);
        }
        if (cases.actions(c).contains("start") || c.state().name().equals("IN_MEDIATION")) {
            Button session = new Button(getTranslation("mediation.action.session"), e -> sessionDialog());
            session.setId("action-session");
            bar.addComponentAsFirst(session);
        }
    }

    private void act(String action) {
        switch (action) {
            case "accept" -> run(() -> cases.accept(current.id()));
            case "close" -> run(() -> cases.close(current.id()));
            case "decline", "withdraw" -> reasonDialog(action);
            case "assign" -> assignDialog();
            case "agree" -> agreementDialog();
            case "fail" -> failDialog();
            case "follow-up" -> followUpDialog();
            default -> { }
        }
    }

    private static final Steps STEPS = Steps.builder("case-error").savedKey("mediation.saved").build();

    private interface Step {
        MediationCase run();
    }

    /** Runs a step ({@link Steps}); a refusal is shown in the user's words and changes nothing. */
    private boolean run(Step step) {
        return run(Map.of(), step);
    }

    private boolean run(Map<String, ? extends HasValidation> fields, Step step) {
        MediationCase changed = STEPS.call(this, fields, step::run);
        if (changed == null) {
            return false;
        }
        shown.accept(changed);
        return true;
    }

    private Dialog dialog(String titleKey, Component... fields) {
        Dialog dialog = new Dialog(getTranslation(titleKey));
        dialog.setWidth("36rem");
        dialog.add(new FormLayout(fields));
        dialog.getFooter().add(new Button(getTranslation("mediation.cancel"), e -> dialog.close()));
        return dialog;
    }

    private Button ok(Dialog dialog, Step step) {
        return ok(dialog, Map.of(), step);
    }

    /** The dialog's OK button; a refusal naming one of {@code fields} is shown at that field. */
    private Button ok(Dialog dialog, Map<String, ? extends HasValidation> fields, Step step) {
        Button ok = new Button(getTranslation("mediation.confirm"), e -> {
            if (run(fields, step)) {
                dialog.close();
            }
        });
        ok.setId("dialog-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return ok;
    }

    private void reasonDialog(String action) {
        TextArea reason = new TextArea(getTranslation("mediation.reason"));
        reason.setId("dialog-reason");
        reason.setRequired(true);
        Dialog dialog = dialog("mediation.action." + action, reason);
        dialog.getFooter().add(ok(dialog, () -> action.equals("decline") ? cases.decline(current.id(), reason.getValue())
                : cases.withdraw(current.id(), reason.getValue())));
        dialog.open();
    }

    private void assignDialog() {
        ComboBox<MediationGroup> group = new ComboBox<>(getTranslation("mediation.case.group"));
        group.setId("dialog-group");
        group.setItems(cases.groups().stream().filter(MediationGroup::active).toList());
        group.setItemLabelGenerator(g -> g.name(getLocale()));
        ComboBox<MediationGroup.Member> mediator = new ComboBox<>(getTranslation("mediation.case.mediator"));
        mediator.setId("dialog-mediator");
        mediator.setItemLabelGenerator(m -> m.name() + paren(m.login()));
        group.addValueChangeListener(e -> mediator.setItems(e.getValue() == null ? List.of() : e.getValue().members()));
        cases.groups().stream().filter(g -> g.speciality() == current.type() && g.active()).findFirst()
                .ifPresent(group::setValue);
        Dialog dialog = dialog("mediation.action.assign", group, mediator);
        dialog.getFooter().add(ok(dialog, () -> {
            if (group.getValue() == null || mediator.getValue() == null) {
                throw new RefusedException("mediator", "mediation.error.assignment-missing");
            }
            return cases.assign(current.id(), group.getValue().id(), mediator.getValue().login());
        }));
        dialog.open();
    }

    private void sessionDialog() {
        DateTimePicker at = Dates.picker(new DateTimePicker(getTranslation("mediation.session.at")), getLocale());
        at.setId("dialog-session-at");
        at.setValue(cases.now().withSecond(0).withNano(0));
        DateBounds days = cases.sessionBounds(current);
        at.setMin(days.earliest() == null ? null : days.earliest().atStartOfDay());
        at.setMax(days.latest() == null ? null : days.latest().atTime(23, 59));
        TextField place = new TextField(getTranslation("mediation.session.place"));
        place.setId("dialog-session-place");
        Checkbox online = new Checkbox(getTranslation("mediation.session.online"));
        TextField attendees = new TextField(getTranslation("mediation.session.attendees"));
        attendees.setId("dialog-session-attendees");
        TextArea notes = new TextArea(getTranslation("mediation.session.notes"));
        notes.setId("dialog-session-notes");
        Dialog dialog = dialog("mediation.action.session", at, place, online, attendees, notes);
        dialog.getFooter().add(ok(dialog, Map.of("heldAt", at, "place", place, "attendees", attendees),
                () -> cases.recordSession(current.id(), at.getValue(), place.getValue(),
                online.getValue(), attendees.getValue(), notes.getValue())));
        dialog.open();
    }

    private void agreementDialog() {
        TextArea terms = new TextArea(getTranslation("mediation.case.agreement"));
        terms.setId("dialog-terms");
        BigDecimalField amount = new BigDecimalField(getTranslation("mediation.case.agreed-amount"));
        amount.setId("dialog-amount");
        amount.setPrefixComponent(new Span("¥"));
        DatePicker performBy = Dates.picker(new DatePicker(getTranslation("mediation.case.perform-by")), getLocale());
        performBy.setId("dialog-perform-by");
        Dates.bound(performBy, cases.performanceBounds(current), getLocale());
        Checkbox onSpot = new Checkbox(getTranslation("mediation.case.on-spot"));
        Dialog dialog = dialog("mediation.action.agree", terms, amount, performBy, onSpot);
        dialog.getFooter().add(ok(dialog, Map.of("performBy", performBy, "agreedAmount", amount), () -> cases.agree(current.id(), terms.getValue(), amount.getValue(),
                performBy.getValue(), onSpot.getValue())));
        dialog.open();
    }

    private void failDialog() {
        Select<String> referral = new Select<>();
        referral.setLabel(getTranslation("mediation.case.referral"));
        referral.setItems("ARBITRATION", "COURT");
        referral.setItemLabelGenerator(r -> getTranslation("mediation.referral." + r));
        TextArea reason = new TextArea(getTranslation("mediation.reason"));
        Dialog dialog = dialog("mediation.action.fail", referral, reason);
        dialog.getFooter().add(ok(dialog, () -> cases.fail(current.id(), referral.getValue(), reason.getValue())));
        dialog.open();
    }

    private void followUpDialog() {
        Checkbox honoured = new Checkbox(getTranslation("mediation.followup.honoured"));
        honoured.setValue(true);
        TextArea note = new TextArea(getTranslation("mediation.followup.note"));
        Dialog dialog = dialog("mediation.action.follow-up", honoured, note);
        dialog.getFooter().add(ok(dialog, () -> cases.followUp(current.id(), honoured.getValue(), note.getValue())));
        dialog.open();
    }
}
