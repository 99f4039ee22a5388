package cn.gov.laoshan.district.market.commitment.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.market.commitment.domain.CommitmentState;
import cn.gov.laoshan.district.market.commitment.domain.PostCheckState;
import cn.gov.laoshan.district.market.commitment.service.Commitment;
import cn.gov.laoshan.district.market.commitment.service.CommitmentService;
import cn.gov.laoshan.district.market.commitment.service.CreditMarkEntry;
import cn.gov.laoshan.district.market.commitment.service.PostCheck;
import cn.gov.laoshan.district.uikit.BackLink;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.RecordPage;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.TimelinePanel;

/**
 * One commitment (staff in scope, and the enterprise's own users): the approval, the notice as signed, the post-check;
 * for staff holding {@link CommitmentService#CHECK}: record the check (passed, or failed with a rectification day), the
 * re-check (rectified, or not: revoked with the credit mark), a false commitment; the credit marks and their repair;
 * the history.
 */
public class CommitmentView extends RecordPage<Commitment> {

    private static final Steps STEPS = Steps.standard("market-error").withSavedKey("market.saved");

    private final CommitmentService commitments;
    private final AccessControl access;

    public CommitmentView(CommitmentService commitments, AccessControl access) {
        super("market-commitment", commitments::find);
        this.commitments = commitments;
        this.access = access;
    }

    @Override
    protected void fill(Commitment c) {
        boolean staff = access.currentUser().map(u -> u.uscc() == null).orElse(false);
        add(staff ? BackLink.to("market/post-checks", getTranslation("market.screen.post-checks"))
                : BackLink.to("market/my-commitments", getTranslation("market.screen.my-commitments")));
        String itemName = commitments.item(c.itemCode()).map(i -> i.name(getLocale())).orElse(c.itemCode());
        add(new H2(itemName + " " + c.approvalNo()));
        Span state = new Span(getTranslation("market.commitment.state." + c.state()));
        state.getElement().getThemeList().add("badge " + (c.state() == CommitmentState.REVOKED ? "error"
                : c.state() == CommitmentState.VERIFIED ? "success" : ""));
        state.setId("market-commitment-state");
        add(state);
        FormLayout facts = new FormLayout(ReadOnly.field(this, "market.licence.holder", c.enterpriseName()),
                ReadOnly.field(this, "market.licence.uscc", c.uscc()),
                ReadOnly.field(this, "market.commitment.state", getTranslation("market.commitment.state." + c.state())),
                ReadOnly.field(this, "market.commitment.approved-on", Dates.date(c.approvedOn(), getLocale())),
                ReadOnly.field(this, "market.commitment.signer", c.signer() + "（" + c.signedBy() + "，"
                        + Dates.dateTime(c.signedAt(), getLocale()) + "）"),
                ReadOnly.field(this, "market.commitment.notice-version", c.noticeVersion()));
        if (c.revokedOn() != null) {
            facts.add(ReadOnly.field(this, "market.commitment.revoked-on", Dates.date(c.revokedOn(), getLocale())),
                    ReadOnly.field(this, "market.commitment.revoke-reason", c.revokeReason()));
        }
        facts.setId("market-commitment-facts");
        add(facts);
        commitments.postCheckOf(c.id()).ifPresent(this::postCheck);
        marks(c);
        add(new H3(getTranslation("market.commitment.notice")));
        Pre notice = new Pre(c.noticeText());
        notice.getStyle().set("white-space", "pre-wrap");
        notice.setId("market-commitment-notice");
        add(notice);
        add(new TimelinePanel("market-commitment-history", () -> commitments.history(c.id()))
                .title(getTranslation("market.licence.history"))
                .actions(action -> getTranslation("market.commitment.action." + action)));
    }

    private void postCheck(PostCheck check) {
        add(new H3(getTranslation("market.commitment.check")));
        Paragraph summary = new Paragraph(getTranslation("market.commitment.check.state." + check.state()) + " · "
                + getTranslation("market.commitment.check.due") + " " + Dates.date(check.dueOn(), getLocale())
                + (check.rectifyBy() == null ? "" : " · " + getTranslation("market.commitment.check.rectify-by") + " "
                        + Dates.date(check.rectifyBy(), getLocale())));
        summary.setId("market-post-check-state");
        add(summary);
        FormLayout form = new FormLayout(ReadOnly.field(this, "market.commitment.check.due",
                Dates.date(check.dueOn(), getLocale())), ReadOnly.field(this, "market.commitment.check.mode",
                        getTranslation("market.commitment.mode." + check.mode())),
                ReadOnly.field(this, "market.licence.state", getTranslation("market.commitment.check.state."
                        + check.state())));
        if (check.finding() != null) {
            form.add(ReadOnly.field(this, "market.commitment.check.finding", check.finding()));
        }
        if (check.rectifyBy() != null) {
            form.add(ReadOnly.field(this, "market.commitment.check.rectify-by", Dates.date(check.rectifyBy(),
                    getLocale())));
        }
        form.setId("market-post-check");
        add(form);
        if (!access.has(CommitmentService.CHECK) || !check.state().open()) {
            return;
        }
        TextArea finding = new TextArea(getTranslation("market.commitment.check.finding"));
        finding.setId("market-check-finding");
        finding.setWidth("36em");
        add(finding);
        HorizontalLayout actions = new HorizontalLayout();
        if (check.state() == PostCheckState.DUE) {
            DatePicker rectifyBy = Dates.picker(new DatePicker(getTranslation("market.commitment.check.rectify-by")),
                    getLocale());
            rectifyBy.setId("market-check-rectify-by");
            actions.add(button("market.commitment.check.pass", "market-check-pass", true,
                    () -> commitments.pass(check.id(), finding.getValue()), Map.of("finding", finding)));
            actions.add(rectifyBy, button("market.commitment.check.fail", "market-check-fail", false,
                    () -> commitments.fail(check.id(), finding.getValue(), rectifyBy.getValue()),
                    Map.of("finding", finding, "rectifyBy", rectifyBy)));
        } else {
            actions.add(button("market.commitment.check.rectified", "market-check-rectified", true,
                    () -> commitments.rectified(check.id(), finding.getValue()), Map.of("finding", finding)));
            actions.add(button("market.commitment.check.not-rectified", "market-check-not-rectified", false,
                    () -> commitments.notRectified(check.id(), finding.getValue()), Map.of("finding", finding)));
        }
        actions.add(button("market.commitment.check.false", "market-check-false", false,
                () -> commitments.falseCommitment(check.id(), finding.getValue()), Map.of("finding", finding)));
        actions.setAlignItems(Alignment.BASELINE);
        add(actions);
    }

    private Button button(String key, String id, boolean primary, java.util.function.Supplier<PostCheck> step,
            Map<String, ? extends com.vaadin.flow.component.HasValidation> fields) {
        Button b = new Button(getTranslation(key), e -> {
            PostCheck done = STEPS.call(this, fields, step);
            if (done != null) {
                commitments.find(done.commitmentId()).ifPresent(this::show);
            }
        });
        if (primary) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        b.setId(id);
        return b;
    }

    private void marks(Commitment c) {
        var marks = commitments.marks(c.uscc()).stream().filter(m -> m.commitmentId() == c.id()).toList();
        if (marks.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("market.commitment.marks")));
        UnorderedList list = new UnorderedList();
        list.setId("market-commitment-marks");
        for (CreditMarkEntry m : marks) {
            ListItem item = new ListItem(m.mark() + "（" + Dates.date(m.setOn(), getLocale()) + "）：" + m.reason()
                    + (m.repairedOn() == null ? "" : " — " + getTranslation("market.commitment.repaired",
                            Dates.date(m.repairedOn(), getLocale()), m.repairReason())));
            if (m.repairedOn() == null && access.has(CommitmentService.CHECK)) {
                TextArea reason = new TextArea(getTranslation("market.reason"));
                reason.setId("market-mark-reason-" + m.id());
                Button repair = new Button(getTranslation("market.commitment.repair"), e -> {
                    if (STEPS.call(this, Map.of("reason", reason), () -> commitments.repair(m.id(),
                            reason.getValue())) != null) {
                        show(c);
                    }
                });
                repair.setId("market-mark-repair-" + m.id());
                item.add(new HorizontalLayout(reason, repair));
            }
            list.add(item);
        }
        add(list);
    }
}
