package cn.gov.laoshan.district.calendar.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import cn.gov.laoshan.district.api.calendar.SpecialDay;

/** The official holiday arrangements shipped with the platform ({@code official/<year>.csv}). */
public final class OfficialSchedules {

    /** Years shipped; add a year by adding its file and its number here. */
    public static final List<Integer> YEARS = List.of(2026);

    private OfficialSchedules() {
    }

    /**
     * The calendar service's arithmetic over every shipped arrangement, without the database: what a fresh platform
     * answers with. For tests and benchmarks, so that none copies holidays by hand; {@code entered} are days an
     * administrator entered on top (their years then count as known, as after an import on the calendar screen).
     */
    public static CalendarRules calendar(SpecialDay... entered) {
        List<SpecialDay> all = new ArrayList<>();
        Set<Integer> known = new TreeSet<>(YEARS);
        for (int year : YEARS) {
            all.addAll(days(year));
        }
        for (SpecialDay day : entered) {
            all.add(day);
            known.add(day.date().getYear());
        }
        return new CalendarRules(all, known);
    }

    /** The source line(s) of the file: its comment lines. */
    public static String source(int year) {
        StringBuilder source = new StringBuilder();
        for (String line : lines(year)) {
            if (line.startsWith("# Source:")) {
                source.append(line.substring(2).strip());
            }
        }
        return source.length() > 400 ? source.substring(0, 400) : source.toString();
    }

    public static List<SpecialDay> days(int year) {
        List<SpecialDay> days = ArrangementCsv.read(new StringReader(String.join("\n", lines(year))));
        for (SpecialDay day : days) {
            if (day.date().getYear() != year) {
                throw new IllegalStateException("official/" + year + ".csv has a day of another year: " + day);
            }
        }
        return days;
    }

    private static List<String> lines(int year) {
        String path = "cn/gov/laoshan/district/calendar/official/" + year + ".csv";
        try (InputStream in = OfficialSchedules.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
