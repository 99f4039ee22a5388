package cn.gov.laoshan.district.servicehall.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.servicehall.domain.Hall;
import cn.gov.laoshan.district.servicehall.domain.RatingLevel;
import cn.gov.laoshan.district.servicehall.domain.Satisfaction;
import cn.gov.laoshan.district.servicehall.service.BookingService;
import cn.gov.laoshan.district.servicehall.service.HallService;
import cn.gov.laoshan.district.servicehall.service.QueueService;
import cn.gov.laoshan.district.servicehall.service.RatingService;
import cn.gov.laoshan.district.uikit.BarChart;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.DonutChart;
import cn.gov.laoshan.district.uikit.Figure;

/** The dashboard card: today's bookings and queue per hall, this month's ratings, open rectifications. */
public class TodayWidget extends VerticalLayout {

    public TodayWidget(BookingService bookings, QueueService queue, HallService halls, RatingService ratings) {
        setId("servicehall-widget");
        setPadding(false);
        LocalDate today = bookings.today();
        List<String> names = new ArrayList<>();
        List<Integer> booked = new ArrayList<>();
        List<Integer> waiting = new ArrayList<>();
        for (Hall h : halls.halls()) {
            int b = bookings.ofDay(h.code(), today).size();
            int w = queue.board(h.code()).waiting().values().stream().mapToInt(Integer::intValue).sum();
            if (b + w > 0 || h.level() == cn.gov.laoshan.district.servicehall.domain.HallLevel.DISTRICT) {
                names.add(h.name());
                booked.add(b);
                waiting.add(w);
            }
        }
        int open = ratings.rectifications(true).size();
        long overdue = ratings.rectifications(true).stream().filter(r -> r.overdue(today)).count();
        add(Figure.row(Figure.of(booked.stream().mapToInt(Integer::intValue).sum(),
                getTranslation("servicehall.widget.booked"), Figure.Tone.NEUTRAL),
                Figure.of(open, getTranslation("servicehall.widget.open-rectifications"),
                        overdue > 0 ? Figure.Tone.BAD : Figure.Tone.NEUTRAL, "servicehall/rectifications")));
        add(BarChart.of(getTranslation("servicehall.widget.today"), getLocale()).categories(names)
                .series(getTranslation("servicehall.widget.booked"), booked)
                .series(getTranslation("servicehall.widget.waiting"), waiting).component());
        List<Satisfaction> month = ratings.satisfaction(Satisfaction.By.MONTH, today.withDayOfMonth(1), today);
        DonutChart donut = DonutChart.of(getTranslation("servicehall.widget.month"), getLocale());
        Arrays.stream(RatingLevel.values()).forEach(level -> donut.slice(getTranslation("servicehall.rating.level." + level),
                month.stream().mapToInt(s -> s.counts().getOrDefault(level, 0)).sum()));
        add(donut.component());
    }
}
