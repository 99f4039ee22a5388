package cn.gov.laoshan.district.mediation.ui;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;

import cn.gov.laoshan.district.api.masking.Masking;
import cn.gov.laoshan.district.mediation.domain.MediationCase;
import cn.gov.laoshan.district.mediation.domain.Party;
import cn.gov.laoshan.district.mediation.service.CaseService;

/**
 * The mediation agreement (人民调解协议书), ready to print (the shell's print styles hide the navigation):
 * case number, parties with ID numbers masked, the dispute, the terms, the performance deadline, signature lines.
 */
public class AgreementView extends Div implements BeforeEnterObserver {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final CaseService cases;
    private final Masking masking;

    public AgreementView(CaseService cases, Masking masking) {
        this.cases = cases;
        this.masking = masking;
        setId("mediation-agreement");
        addClassName("district-document");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<MediationCase> found;
        try {
            found = event.getRouteParameters().get("id").map(Long::parseLong).flatMap(cases::find)
                    .filter(c -> c.agreementTerms() != null);
        } catch (NumberFormatException e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(found.get());
    }

    private void render(MediationCase c) {
        removeAll();
        Button print = new Button("打印 / Print", e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addClassName("no-print");
        H1 title = new H1("人民调解协议书");
        Paragraph number = new Paragraph(c.number());
        number.addClassName("district-document-number");
        add(print);
        String note = getTranslation("mediation.agreement.language-note");
        if (!note.isBlank()) {
            // the agreement is a legal document in Chinese; an English reader is told so, and it is not printed
            Paragraph language = new Paragraph(note);
            language.addClassName("no-print");
            language.setId("agreement-language-note");
            add(language);
        }
        add(title, number);
        for (Party p : c.parties()) {
            String role = p.role().name().equals("APPLICANT") ? "申请人" : "被申请人";
            add(new Paragraph(p.enterprise()
                    ? role + "：" + p.name() + "，统一社会信用代码：" + p.uscc()
                    : role + "：" + p.name() + (p.idNumber() == null ? "" : "，公民身份号码：" + masking.idCard(p.idNumber()))));
        }
        add(new Paragraph("纠纷主要事实、争议事项：" + c.facts()));
        add(new Paragraph("经调解，自愿达成如下协议：" + c.agreementTerms()));
        if (c.agreedAmount() != null) {
            add(new Paragraph("涉及金额：" + CaseDetailView.yuan(c.agreedAmount())));
        }
        if (c.performanceDeadline() != null) {
            add(new Paragraph("履行方式、时限：于" + c.performanceDeadline().format(CHINESE_DATE) + "前履行完毕。"));
        }
        add(new Paragraph("本协议自各方当事人签名（盖章）、人民调解员签名并加盖人民调解委员会印章之日起生效。"
                + "本协议一式三份，当事人、人民调解委员会各持一份。"));
        Div signatures = new Div(new Paragraph("申请人（签名/盖章）：________________"),
                new Paragraph("被申请人（签名/盖章）：________________"),
                new Paragraph("人民调解员（签名）：________________"),
                new Paragraph("崂山区人民调解委员会（印章）"),
                new Paragraph(c.outcomeOn() == null ? "" : c.outcomeOn().format(CHINESE_DATE)));
        signatures.addClassName("district-signatures");
        add(signatures);
    }
}
