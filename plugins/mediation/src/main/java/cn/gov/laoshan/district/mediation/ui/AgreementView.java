package cn.gov.laoshan.district.mediation.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Paragraph;

import cn.gov.laoshan.district.api.masking.Masking;
import cn.gov.laoshan.district.mediation.domain.MediationCase;
import cn.gov.laoshan.district.mediation.domain.Party;
import cn.gov.laoshan.district.mediation.service.CaseService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.PrintableDocument;

/**
 * The mediation agreement (人民调解协议书), a {@link PrintableDocument} (the shell's print styles hide the navigation):
 * case number, parties with ID numbers masked, the dispute, the terms, the performance deadline, signature lines.
 */
public class AgreementView extends PrintableDocument<MediationCase> {

    private final CaseService cases;
    private final Masking masking;

    public AgreementView(CaseService cases, Masking masking) {
        super("mediation-agreement");
        this.cases = cases;
        this.masking = masking;
    }

    /** Only a case with agreed terms has an agreement to print. */
    @Override
    protected Optional<MediationCase> find(long id) {
        return cases.find(id).filter(c -> c.agreementTerms() != null);
    }

    @Override
    protected void render(MediationCase c) {
        add(printButton());
        String note = getTranslation("mediation.agreement.language-note");
        if (!note.isBlank()) {
            // the agreement is a legal document in Chinese; an English reader is told so, and it is not printed
            Paragraph language = line(note);
            language.addClassName("no-print");
            language.setId("agreement-language-note");
        }
        heading("人民调解协议书", c.number());
        for (Party p : c.parties()) {
            String role = p.role().name().equals("APPLICANT") ? "申请人" : "被申请人";
            line(p.enterprise()
                    ? role + "：" + p.name() + "，统一社会信用代码：" + p.uscc()
                    : role + "：" + p.name() + (p.idNumber() == null ? "" : "，公民身份号码：" + masking.idCard(p.idNumber())));
        }
        line("纠纷主要事实、争议事项：" + c.facts());
        line("经调解，自愿达成如下协议：" + c.agreementTerms());
        if (c.agreedAmount() != null) {
            line("涉及金额：" + CaseDetailView.yuan(c.agreedAmount()));
        }
        if (c.performanceDeadline() != null) {
            line("履行方式、时限：于" + Dates.chineseDate(c.performanceDeadline()) + "前履行完毕。");
        }
        line("本协议自各方当事人签名（盖章）、人民调解员签名并加盖人民调解委员会印章之日起生效。"
                + "本协议一式三份，当事人、人民调解委员会各持一份。");
        signatures("申请人（签名/盖章）：________________", "被申请人（签名/盖章）：________________",
                "人民调解员（签名）：________________", "崂山区人民调解委员会（印章）",
                Dates.chineseDate(c.outcomeOn()));
    }
}
