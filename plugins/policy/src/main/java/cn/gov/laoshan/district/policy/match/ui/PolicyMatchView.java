package cn.gov.laoshan.district.policy.match.ui;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.api.enterprise.facts.HeldLicences;
import cn.gov.laoshan.district.api.enterprise.facts.QualificationType;
import cn.gov.laoshan.district.policy.draft.domain.PolicyDraft;
import cn.gov.laoshan.district.policy.draft.service.PolicyList;
import cn.gov.laoshan.district.policy.eligibility.domain.Rule;
import cn.gov.laoshan.district.policy.eligibility.domain.RuleProblem;
import cn.gov.laoshan.district.policy.match.domain.Benefit;
import cn.gov.laoshan.district.policy.match.domain.MatchRow;
import cn.gov.laoshan.district.policy.match.domain.PolicyRule;
import cn.gov.laoshan.district.policy.match.service.MatchService;
import cn.gov.laoshan.district.policy.match.service.RuleRefusedException;
import cn.gov.laoshan.district.uikit.BackLink;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.ExcelExport;
import cn.gov.laoshan.district.uikit.Money;
import cn.gov.laoshan.district.uikit.QueryGrid;
import cn.gov.laoshan.district.uikit.RouteRecord;
import cn.gov.laoshan.district.uikit.money.YuanField;

/**
 * A published policy's 免申即享 page (staff): its rule read back as a sentence, the structured rule form and the
 * benefit formula (for staff of the policy's department holding {@value MatchService#RULE_EDIT}), and its matches and
 * near-misses (lazy, sortable, filtered, exported to Excel), each explained condition by condition.
 */
public class PolicyMatchView extends VerticalLayout implements BeforeEnterObserver {

    private final MatchService service;
    private final PolicyList policies;

    public PolicyMatchView(MatchService service, PolicyList policies) {
        this.service = service;
        this.policies = policies;
        setId("policy-match");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteRecord.find(event, policies::findPublished).ifPresent(this::show);
    }

    private void show(PolicyDraft policy) {
        removeAll();
        PolicyRule rule = service.rule(policy.id()).orElse(null);
        Paragraph sentence = new Paragraph(rule == null ? getTranslation("policy.match.no-rule")
                : MatchText.sentence(service, getLocale()).of(rule.rule()));
        sentence.setId("policy-rule-sentence");
        add(BackLink.to("policy/matching", getTranslation("policy.match.screen.runs")),
                new H2(policy.listNumber() + " " + policy.title()), new Paragraph(policy.eligibility()), sentence);
        if (rule != null) {
            Paragraph benefit = new Paragraph(MatchText.benefit(this, getLocale(), rule.benefit()) + " · "
                    + getTranslation("policy.match.period", rule.periodYear()));
            benefit.setId("policy-benefit");
            add(benefit);
        }
        if (service.mayEdit(policy.departmentCode())) {
            add(editor(policy, rule, sentence));
        }
        TabSheet lists = new TabSheet();
        lists.setWidthFull();
        lists.add(getTranslation("policy.match.tab.matches"), rows(policy, true));
        lists.add(getTranslation("policy.match.tab.near"), rows(policy, false));
        add(lists);
    }

    private Div editor(PolicyDraft policy, PolicyRule saved, Paragraph sentence) {
        Map<String, String> qualifications = new LinkedHashMap<>();
        for (QualificationType t : service.qualificationTypes()) {
            qualifications.put(t.code(), t.label(getLocale()));
        }
        Map<String, String> licences = new LinkedHashMap<>();
        for (HeldLicences.LicenceKind k : service.licenceKinds()) {
            licences.put(k.code(), k.label(getLocale()));
        }
        RuleEditor.Choices choices = new RuleEditor.Choices(service.choices(new FactColumn.IndustryCode()),
                service.choices(new FactColumn.Street()), service.choices(new FactColumn.Park()), qualifications, licences,
                service.today());
        Div box = new Div();
        box.setWidthFull();
        RuleEditor[] editor = new RuleEditor[1];
        Runnable changed = () -> {
            if (editor[0] != null) {
                sentence.setText(MatchText.sentence(service, getLocale()).of(editor[0].value()));
            }
        };
        editor[0] = new RuleEditor(choices, p -> getTranslation(p.messageKey(), p.parameters().toArray()), changed);
        if (saved != null) {
            editor[0].setValue(saved.rule());
        }
        Select<Benefit.Kind> kind = new Select<>();
        kind.setLabel(getTranslation("policy.benefit.kind"));
        kind.setItems(Benefit.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("policy.benefit.kind." + k));
        kind.setId("policy-benefit-kind");
        YuanField fixed = new YuanField(getTranslation("policy.benefit.fixed"), getLocale());
        fixed.setId("policy-benefit-fixed");
        BigDecimalField percent = new BigDecimalField(getTranslation("policy.benefit.percent"));
        percent.setId("policy-benefit-percent");
        Select<FigureKind> figure = new Select<>();
        figure.setLabel(getTranslation("policy.benefit.figure"));
        figure.setItems(FigureKind.OPERATING_REVENUE, FigureKind.TAX_PAID, FigureKind.RND_SPENDING, FigureKind.EXPORT_VALUE);
        figure.setItemLabelGenerator(f -> f.label(getLocale()));
        IntegerField year = new IntegerField(getTranslation("policy.benefit.year"));
        YuanField cap = new YuanField(getTranslation("policy.benefit.cap"), getLocale());
        IntegerField period = new IntegerField(getTranslation("policy.benefit.period"));
        period.setId("policy-benefit-period");
        Benefit b = saved == null ? Benefit.NONE : saved.benefit();
        kind.setValue(b.kind());
        fixed.setValue(b.fixed());
        percent.setValue(b.percent());
        figure.setValue(b.figure() == null ? FigureKind.RND_SPENDING : b.figure());
        year.setValue(b.year() == null ? service.today().getYear() - 1 : b.year());
        cap.setValue(b.cap());
        period.setValue(saved == null ? policy.validFrom().getYear() : saved.periodYear());
        Runnable shown = () -> {
            fixed.setVisible(kind.getValue() == Benefit.Kind.FIXED);
            boolean share = kind.getValue() == Benefit.Kind.PERCENTAGE;
            percent.setVisible(share);
            figure.setVisible(share);
            year.setVisible(share);
            cap.setVisible(share);
        };
        kind.addValueChangeListener(e -> shown.run());
        shown.run();
        HorizontalLayout benefit = new HorizontalLayout(kind, fixed, percent, year, figure, cap, period);
        benefit.setWrap(true);
        Button save = new Button(getTranslation("policy.rule.editor.save"), VaadinIcon.CHECK.create(), e -> {
            Rule rule = editor[0].value();
            Benefit formula = switch (kind.getValue()) {
                case NONE -> Benefit.NONE;
                case FIXED -> Benefit.fixed(fixed.getValue());
                case PERCENTAGE -> new Benefit(Benefit.Kind.PERCENTAGE, null, percent.getValue(), figure.getValue(),
                        year.getValue(), cap.getValue());
            };
            try {
                service.saveRule(policy.id(), policy.departmentCode(), rule, formula,
                        period.getValue() == null ? 0 : period.getValue());
                editor[0].show(List.of());
                fixed.setInvalid(false);
                Notification.show(getTranslation("policy.rule.editor.saved"));
                show(policies.findPublished(policy.id()).orElse(policy));
            } catch (RuleRefusedException refused) {
                List<RuleProblem> rest = editor[0].show(refused.problems());
                for (RuleProblem p : rest) {
                    String text = getTranslation(p.messageKey(), p.parameters().toArray());
                    if (p.field().equals("benefit")) {
                        if (kind.getValue() == Benefit.Kind.FIXED) {
                            fixed.setErrorMessage(text);
                            fixed.setInvalid(true);
                        } else {
                            percent.setErrorMessage(text);
                            percent.setInvalid(true);
                        }
                    } else if (p.field().equals("period")) {
                        period.setErrorMessage(text);
                        period.setInvalid(true);
                    } else {
                        Notification.show(text);
                    }
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("policy-rule-save");
        box.add(new H3(getTranslation("policy.rule.editor.title")), editor[0], benefit, save);
        return box;
    }

    private QueryGrid<MatchRow> rows(PolicyDraft policy, boolean match) {
        QueryGrid<MatchRow> grid = new QueryGrid<>(MatchRow.class);
        grid.setId(match ? "policy-matches" : "policy-near-misses");
        grid.grid().addColumn(MatchRow::uscc).setHeader(getTranslation("policy.match.uscc")).setSortProperty("uscc");
        grid.grid().addColumn(MatchRow::enterpriseName).setHeader(getTranslation("policy.match.name")).setSortProperty("name")
                .setFlexGrow(2);
        if (match) {
            grid.grid().addColumn(r -> r.amount() == null ? "—" : Money.yuan(r.amount().amount(), getLocale()))
                    .setHeader(getTranslation("policy.match.amount")).setSortProperty("amount");
        } else {
            grid.grid().addColumn(r -> r.failedRequirement() == null ? "" : getTranslation("policy.match.failed",
                    r.failedRequirement() + 1)).setHeader(getTranslation("policy.match.failed.header")).setSortProperty("failed");
        }
        grid.grid().addColumn(r -> Dates.dateTime(r.since(), getLocale())).setHeader(getTranslation("policy.match.since"))
                .setSortProperty("since");
        TextField text = grid.addFilter(new TextField(getTranslation("policy.match.filter")));
        grid.setCountText(n -> getTranslation("policy.match.count", n));
        grid.setSource((offset, limit, sort) -> {
            QuerySortOrder order = QueryGrid.firstSort(sort);
            return service.rows(policy.id(), match, text.getValue(), order == null ? "uscc" : order.getSorted(),
                    order == null || order.getDirection() == SortDirection.ASCENDING, offset, limit);
        }, () -> service.count(policy.id(), match, text.getValue()));
        grid.grid().addItemClickListener(e -> {
            Dialog dialog = new Dialog(new ExplanationPanel(service, policy.id(), e.getItem().uscc()));
            dialog.setHeaderTitle(e.getItem().enterpriseName() == null ? e.getItem().uscc() : e.getItem().enterpriseName());
            dialog.getFooter().add(new Button(getTranslation("policy.list.close"), c -> dialog.close()));
            dialog.setWidth("min(50em, 95vw)");
            dialog.open();
        });
        Anchor export = new Anchor(ExcelExport.download(getTranslation(match ? "policy.match.export.matches"
                : "policy.match.export.near"), out -> ExcelExport.write(out, policy.listNumber(), List.of(
                        getTranslation("policy.match.uscc"), getTranslation("policy.match.name"),
                        getTranslation(match ? "policy.match.amount" : "policy.match.failed.header")),
                        service.rows(policy.id(), match, text.getValue(), "uscc", true, 0, 1_000_000).stream()
                                .<List<?>>map(r -> java.util.Arrays.<Object>asList(r.uscc(), r.enterpriseName(),
                                        match ? (r.amount() == null ? null : r.amount().amount()) : r.failedRequirement() == null
                                                ? null : BigDecimal.valueOf(r.failedRequirement() + 1L))).toList())), "");
        Button exportButton = new Button(getTranslation("policy.list.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);
        export.getElement().setAttribute("download", true);
        grid.addActions(export);
        grid.getElement().getStyle().set("height", "32em");
        return grid;
    }
}
