package cn.gov.laoshan.district.policy.draft.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;

import cn.gov.laoshan.district.policy.draft.domain.DraftSource;
import cn.gov.laoshan.district.policy.draft.domain.PolicyDraft;
import cn.gov.laoshan.district.uikit.Dates;

/** What a draft says, as staff, commenting enterprises and readers of the list see it. */
final class DraftContent {

    private DraftContent() {
    }

    /** The content; the sources only when given (staff). */
    static Component of(Component owner, PolicyDraft d, List<DraftSource> suggestions, List<DraftSource> reserve) {
        Div box = new Div();
        box.setId("policy-draft-content");
        box.add(line(owner, "issuer", d.issuer()), line(owner, "topic",
                owner.getTranslation("policy.list.topic." + d.topic())),
                line(owner, "validity", owner.getTranslation("policy.draft.validity.range",
                        Dates.date(d.validFrom(), com.vaadin.flow.component.UI.getCurrent().getLocale()), Dates.date(d.validTo(), com.vaadin.flow.component.UI.getCurrent().getLocale()))),
                line(owner, "budget", d.budget() == null ? owner.getTranslation("policy.draft.budget.none")
                        : d.budget().format(com.vaadin.flow.component.UI.getCurrent().getLocale())),
                line(owner, "benefits", d.benefits()), line(owner, "eligibility", d.eligibility()));
        if (!suggestions.isEmpty() || !reserve.isEmpty()) {
            box.add(line(owner, "sources", owner.getTranslation("policy.draft.sources.ids",
                    join(suggestions), join(reserve))));
        }
        Pre body = new Pre(d.body());
        body.getStyle().set("white-space", "pre-wrap");
        box.add(body);
        return box;
    }

    private static String join(List<DraftSource> sources) {
        return sources.isEmpty() ? "—" : String.join("；", sources.stream().map(DraftContent::sourceLabel).toList());
    }

    /** 第117号 青岛海澜智联科技有限公司：建议…, or the number alone when the reader may not read the source. */
    static String sourceLabel(DraftSource source) {
        return "#" + source.id() + (source.summary() == null ? "" : " " + source.summary());
    }

    private static Paragraph line(Component owner, String name, String value) {
        return new Paragraph(owner.getTranslation("policy.draft.line", owner.getTranslation("policy.draft." + name),
                value));
    }
}
