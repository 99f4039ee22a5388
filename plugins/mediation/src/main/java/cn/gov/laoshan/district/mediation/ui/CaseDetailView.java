package cn.gov.laoshan.district.mediation.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Map;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import cn.gov.laoshan.district.api.masking.Masking;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.mediation.domain.CaseSession;
import cn.gov.laoshan.district.mediation.domain.CaseType;
import cn.gov.laoshan.district.mediation.domain.IntakeChannel;
import cn.gov.laoshan.district.mediation.domain.MediationCase;
import cn.gov.laoshan.district.mediation.domain.MediationGroup;
import cn.gov.laoshan.district.mediation.domain.Party;
import cn.gov.laoshan.district.mediation.service.CaseAttachments;
import cn.gov.laoshan.district.mediation.service.CaseService;
import cn.gov.laoshan.district.api.validation.DateBounds;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.attachment.Attachments;
import cn.gov.laoshan.district.uikit.AttachmentsPanel;
import cn.gov.laoshan.district.uikit.BackLink;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.RouteRecord;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.TimelinePanel;

/**
 * One case: parties (personal data masked), facts and claims, the deadline, the actions the user may take now,
 * sessions, the outcome and the timeline.
 */
public class CaseDetailView extends VerticalLayout implements BeforeEnterObserver {

    private final CaseService cases;
    private final Attachments attachments;
    private final CaseAttachments attachmentRules;
    private final Masking masking;
    private MediationCase current;

    public CaseDetailView(CaseService cases, Attachments attachments, CaseAttachments attachmentRules,
            Masking masking) {
        this.cases = cases;
        this.attachments = attachments;
        this.attachmentRules = attachmentRules;
        this.masking = masking;
        setId("mediation-case");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteRecord.find(event, cases::find).ifPresent(this::show);
    }

    private void show(MediationCase c) {
        this.current = c;
        removeAll();
        H2 title = new H2(c.number());
        title.setId("case-number");
        Span state = new Span(getTranslation("mediation.state." + c.state()));
        state.setId("case-state");
        state.getElement().getThemeList().add("badge");
        add(BackLink.to("mediation/cases", getTranslation("mediation.back.cases")), new HorizontalLayout(title, state),
                deadline(c), actions(c), parties(c), facts(c), outcome(c), sessions(c),
                attachments(c), timeline(c));
    }

    private AttachmentsPanel attachments(MediationCase c) {
        AttachmentsPanel panel = new AttachmentsPanel(attachments, attachmentRules, CaseAttachments.of(c.id()),
                this::reload);
        panel.setId("case-attachments");
        return panel;
    }

    /** Shows the case again as it is now (after a file was added or removed). */
    private void reload() {
        cases.find(current.id()).ifPresent(this::show);
    }

    // punctuation follows the language: 全角 in Chinese, ASCII with spaces in English
    private String colon() {
        return getTranslation("mediation.punct.colon");
    }

    private String comma() {
        return getTranslation("mediation.punct.comma");
    }

    private String paren(String text) {
        return getTranslation("mediation.punct.paren", text);
    }

    private String date(java.time.LocalDate day) {
        return Dates.date(day, getLocale());
    }

    private Component deadline(MediationCase c) {
        Div box = new Div();
        box.addClassName("district-card");
        // the provisional mark stands right after the deadline it is about
        Paragraph line = new Paragraph(new Span(getTranslation("mediation.case.applied-on") + " " + date(c.appliedOn())
                + " · " + getTranslation("mediation.case.deadline") + " " + date(c.deadline())
                + paren(getTranslation("mediation.case.limit", cases.limitDays(c.type())))));
        if (cases.provisionalDeadline(c)) {
            Span mark = Dates.provisionalMark(this);
            mark.setId("case-deadline-provisional");
            line.add(mark);
        }
        line.add(new Span(" · " + getTranslation("mediation.case.type") + " "
                + getTranslation("mediation.type." + c.type()) + " · " + getTranslation("mediation.case.channel") + " "
                + getTranslation("mediation.channel." + c.channel())));
        line.setId("case-dates");
        box.add(line);
        if (c.overdue(cases.today())) {
            Span overdue = new Span(getTranslation("mediation.case.overdue-long"));
            overdue.getElement().getThemeList().add("badge error primary");
            overdue.setId("case-overdue");
            box.add(overdue);
        }
        if (c.type() == CaseType.LABOUR && c.state().open()) {
            Paragraph law = new Paragraph(getTranslation("mediation.case.labour-arbitration"));
            law.setId("case-labour-note");
            box.add(law);
        }
        return box;
    }

    private Component parties(MediationCase c) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("mediation.case.parties")));
        for (Party p : c.parties()) {
            String role = getTranslation("mediation.role." + p.role());
            String text = p.enterprise()
                    ? role + colon() + p.name() + paren(p.uscc())
                    : role + colon() + p.name() + (p.idNumber() == null ? "" : comma()
                            + getTranslation("mediation.party.id") + " " + masking.idCard(p.idNumber()));
            if (p.phone() != null) {
                text += comma() + getTranslation("mediation.party.phone") + " " + masking.phone(p.phone());
            }
            box.add(new Paragraph(text));
        }
        return box;
    }

    private Component facts(MediationCase c) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("mediation.case.facts")), new Paragraph(c.facts()));
        if (c.claims() != null) {
            box.add(new Paragraph(getTranslation("mediation.case.claims") + colon() + c.claims()));
        }
        if (c.claimAmount() != null) {
            box.add(new Paragraph(getTranslation("mediation.case.amount") + colon() + yuan(c.claimAmount())));
        }
        return box;
    }

    private Component outcome(MediationCase c) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        if (c.agreementTerms() != null) {
            box.add(new H3(getTranslation("mediation.case.agreement")), new Paragraph(c.agreementTerms()));
            if (c.agreedAmount() != null) {
                box.add(new Paragraph(getTranslation("mediation.case.agreed-amount") + colon() + yuan(c.agreedAmount())));
            }
            if (c.performanceDeadline() != null) {
                box.add(new Paragraph(getTranslation("mediation.case.perform-by") + colon() + date(c.performanceDeadline())));
            }
            Anchor print = new Anchor("mediation/cases/" + c.id() + "/agreement", getTranslation("mediation.agreement.print"));
            print.setTarget("_blank");
            print.setId("case-print");
            box.add(print);
        }
        if (c.referral() != null) {
            box.add(new Paragraph(getTranslation("mediation.case.referral") + colon() + getTranslation("mediation.referral."
                    + c.referral()) + (c.outcomeNote() == null ? "" : paren(c.outcomeNote()))));
        }
        if (c.declineReason() != null) {
            box.add(new Paragraph(getTranslation("mediation.case.declined") + colon() + c.declineReason()));
        }
        if (c.honoured() != null) {
            box.add(new Paragraph(getTranslation(c.honoured() ? "mediation.followup.honoured"
                    : "mediation.followup.not-honoured") + (c.followUpNote() == null ? "" : colon() + c.followUpNote())));
        }
        return box;
    }

    private Component sessions(MediationCase c) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        List<CaseSession> sessions = cases.sessions(c.id());
        if (sessions.isEmpty()) {
            return box;
        }
        box.add(new H3(getTranslation("mediation.case.sessions")));
        for (CaseSession s : sessions) {
            box.add(new Paragraph(Dates.dateTime(s.heldAt(), getLocale()) + " · "
                    + (s.online() ? getTranslation("mediation.session.online")
                    : s.place()) + " · " + s.attendees() + (s.notes() == null ? "" : " · " + s.notes())));
        }
        return box;
    }

    private Component timeline(MediationCase c) {
        return new TimelinePanel("case-timeline", () -> cases.timeline(c))
                .title(getTranslation("mediation.case.timeline"))
                .actions(action -> getTranslation("mediation.action." + action)).notes(this::note);
    }

    /** A registration's note is the intake channel's code (WALK_IN): shown by its label. */
    private String note(TimelineEntry e) {
        if (e.action().equals("register")) {
            try {
                return getTranslation("mediation.channel." + IntakeChannel.valueOf(e.note()));
            } catch (IllegalArgumentException notAChannel) {
                return e.note();
            }
        }
        return e.note();
    }

    // ---- actions

    private Component actions(MediationCase c) {
        HorizontalLayout bar = new HorizontalLayout();
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
        return bar;
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
        show(changed);
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

    static String yuan(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.CHINA);
        return format.format(amount);
    }
}
