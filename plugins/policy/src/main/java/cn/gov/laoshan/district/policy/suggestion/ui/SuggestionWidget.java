package cn.gov.laoshan.district.policy.suggestion.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import cn.gov.laoshan.district.policy.suggestion.domain.Channel;
import cn.gov.laoshan.district.policy.suggestion.domain.Topic;
import cn.gov.laoshan.district.policy.suggestion.service.SuggestionFigures;
import cn.gov.laoshan.district.policy.suggestion.service.SuggestionService;
import cn.gov.laoshan.district.uikit.BarChart;
import cn.gov.laoshan.district.uikit.DonutChart;
import cn.gov.laoshan.district.uikit.Figure;
import cn.gov.laoshan.district.uikit.Figure.Tone;

/**
 * The dashboard's 征点子 widget: this month's suggestions, the late answers, the mean answer time and the
 * satisfaction of the last twelve months; this month by channel (bars) and by topic (a donut).
 */
public class SuggestionWidget extends Div {

    public SuggestionWidget(SuggestionService suggestions) {
        setId("policy-widget");
        SuggestionFigures f = suggestions.figures();
        Div numbers = Figure.row(
                figure(f.thisMonth(), "policy.widget.month", Tone.NEUTRAL, "policy/suggestions"),
                figure((int) f.overdue(), "policy.widget.overdue", f.overdue() > 0 ? Tone.BAD : Tone.NEUTRAL,
                        "policy/suggestions"));
        Span rates = new Span(getTranslation("policy.widget.rates", String.format("%.1f", f.meanAnswerWorkingDays()),
                Math.round(f.satisfaction() * 100), f.rated()));
        rates.setId("policy-widget-rates");
        rates.getStyle().set("color", "var(--lumo-secondary-text-color)");
        BarChart channels = BarChart.of(getTranslation("policy.widget.by-channel"), getLocale())
                .categories(List.of(Channel.values()).stream().map(c -> getTranslation("policy.channel." + c))
                        .toList())
                .series(getTranslation("policy.widget.month"), List.of(Channel.values()).stream()
                        .map(c -> f.byChannel().getOrDefault(c, 0)).toList());
        DonutChart topics = DonutChart.of(getTranslation("policy.widget.by-topic"), getLocale());
        for (Topic t : Topic.values()) {
            topics.slice(getTranslation("policy.topic." + t), f.byTopic().getOrDefault(t, 0));
        }
        Div byChannel = channels.component();
        byChannel.setId("policy-chart-channels");
        Div byTopic = topics.component();
        byTopic.setId("policy-chart-topics");
        add(numbers, rates, byChannel, byTopic);
    }

    private Div figure(int value, String key, Tone tone, String route) {
        Div figure = Figure.of(value, getTranslation(key), tone, route);
        figure.setId("policy-figure-" + key.substring(key.lastIndexOf('.') + 1));
        return figure;
    }
}
