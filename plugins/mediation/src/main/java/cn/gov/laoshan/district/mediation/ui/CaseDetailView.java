package cn.gov.laoshan.district.mediation.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.api.masking.Masking;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.mediation.domain.CaseSession;
import cn.gov.laoshan.district.mediation.domain.CaseType;
import cn.gov.laoshan.district.mediation.domain.IntakeChannel;
import cn.gov.laoshan.district.mediation.domain.MediationCase;
import cn.gov.laoshan.district.mediation.domain.Party;
import cn.gov.laoshan.district.mediation.service.CaseAttachments;
import cn.gov.laoshan.district.mediation.service.CaseService;
import cn.gov.laoshan.district.api.attachment.Attachments;
import cn.gov.laoshan.district.uikit.AttachmentsPanel;
import cn.gov.laoshan.district.uikit.BackLink;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.RecordPage;
import cn.gov.laoshan.district.uikit.TimelinePanel;

/**
 * One case: parties (personal data masked), facts and claims, the deadline, the actions the user may take now,
 * sessions, the outcome and the timeline.
 */
public class CaseDetailView extends RecordPage<MediationCase> {

    private final CaseService cases;
    private final Attachments attachments;
    private final CaseAttachments attachmentRules;
    private final Masking masking;
    private MediationCase current;

    public CaseDetailView(CaseService cases, Attachments attachments, CaseAttachments attachmentRules,
            Masking masking) {
        super("mediation-case", cases::find);
        this.cases = cases;
        this.attachments = attachments;
        this.attachmentRules = attachmentRules;
        this.masking = masking;
    }

    @Override
    protected void fill(MediationCase c) {
        this.current = c;
        H2 title = new H2(c.number());
        title.setId("case-number");
        Span state = new Span(getTranslation("mediation.state." + c.state()));
        state.setId("case-state");
        state.getElement().getThemeList().add("badge");
        add(BackLink.to("mediation/cases", getTranslation("mediation.back.cases")), new HorizontalLayout(title, state),
                deadline(c), new CaseActions(cases, c, this::show), parties(c), facts(c), outcome(c), sessions(c),
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

    static String yuan(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.CHINA);
        return format.format(amount);
    }
}
