package cn.gov.laoshan.district.market.commitment.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.market.commitment.domain.CommitmentItem;
import cn.gov.laoshan.district.market.commitment.domain.WrittenNotice;
import cn.gov.laoshan.district.market.commitment.service.Commitment;
import cn.gov.laoshan.district.market.commitment.service.CommitmentService;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * 企业服务 → 告知承诺办理: the enterprise's user picks an item, reads the written notice of its conditions and liability
 * (or why the route is closed to them), names who signs, agrees and signs; the approval is given at once and the page
 * moves to the commitment.
 */
public class ApplyCommitmentView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("market-error");

    private final CommitmentService commitments;
    private final String uscc;
    private final Div detail = new Div();

    public ApplyCommitmentView(CommitmentService commitments, AccessControl access) {
        this.commitments = commitments;
        this.uscc = access.currentUser().map(u -> u.uscc()).orElse(null);
        setId("market-apply-commitment");
        add(new H2(getTranslation("market.screen.apply-commitment")));
        if (uscc == null) {
            add(new Paragraph(getTranslation("market.dereg.no-enterprise")));
            return;
        }
        add(new Paragraph(getTranslation("market.commitment.apply.intro")));
        ComboBox<CommitmentItem> item = new ComboBox<>(getTranslation("market.commitment.item.name"));
        item.setId("market-commitment-item");
        item.setWidth("36em");
        item.setItems(commitments.items().stream().filter(CommitmentItem::offersCommitment).toList());
        item.setItemLabelGenerator(i -> i.code() + " " + i.name(getLocale()));
        item.addValueChangeListener(e -> show(e.getValue()));
        detail.setWidthFull();
        add(item, detail);
    }

    private void show(CommitmentItem item) {
        detail.removeAll();
        if (item == null) {
            return;
        }
        RefusedException refused = commitments.refusal(uscc, item.code()).orElse(null);
        if (refused != null) {
            Paragraph why = new Paragraph(getTranslation(refused.messageKey(), refused.parameters()));
            why.setId("market-commitment-refused");
            why.getStyle().set("color", "var(--lumo-error-text-color)");
            detail.add(why);
            return;
        }
        Pre notice = new Pre(commitments.notice(uscc, item.code()));
        notice.getStyle().set("white-space", "pre-wrap");
        notice.setId("market-commitment-notice");
        TextField signer = new TextField(getTranslation("market.commitment.signer"));
        signer.setId("market-commitment-signer");
        signer.setHelperText(getTranslation("market.commitment.signer-help"));
        Checkbox agreed = new Checkbox(getTranslation("market.commitment.agree"));
        agreed.setId("market-commitment-agree");
        Button sign = new Button(getTranslation("market.commitment.sign"), e -> {
            Commitment made = STEPS.call(this, Map.of("signer", signer), () -> commitments.apply(
                    new CommitmentService.Application(uscc, item.code(), signer.getValue(), WrittenNotice.VERSION,
                            agreed.getValue())));
            if (made != null) {
                Steps.success(getTranslation("market.commitment.approved", made.approvalNo()));
                getUI().ifPresent(ui -> ui.navigate("market/commitments/" + made.id()));
            }
        });
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sign.setId("market-commitment-sign");
        detail.add(new H3(getTranslation("market.commitment.notice")), notice, new VerticalLayout(signer, agreed,
                sign));
    }
}
