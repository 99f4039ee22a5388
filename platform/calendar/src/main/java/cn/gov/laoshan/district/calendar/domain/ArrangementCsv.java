package cn.gov.laoshan.district.calendar.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import cn.gov.laoshan.district.api.calendar.DayKind;
import cn.gov.laoshan.district.api.calendar.SpecialDay;

/**
 * A year's holiday arrangement as CSV, the form of the shipped {@code official/<year>.csv} and of the file an
 * administrator imports when the State Council publishes next year's notice: one line per day,
 * {@code date,kind,name_zh,name_en} ({@code 2027-01-01,HOLIDAY,元旦,New Year's Day}); lines starting with {@code #}
 * are comments (the notice's text and its source). The kind may also be written as in the notice: 放假 (holiday) or
 * 上班 (make-up working day), or in English as holiday or workday (any case). Read with commons-csv (quoted names
 * with commas work); every day is checked as one entered by hand ({@link SpecialDayValidator}), a bad line is refused with its line number and nothing is read.
 */
public final class ArrangementCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setCommentMarker('#')
            .setIgnoreEmptyLines(true).setTrim(true).get();

    private ArrangementCsv() {
    }

    /** The days of the file, in file order; an optional header line {@code date,kind,...} is skipped. */
    public static List<SpecialDay> read(Reader csv) {
        List<SpecialDay> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        try {
            for (CSVRecord record : FORMAT.parse(csv)) {
                long line = record.getRecordNumber();
                if (record.size() > 0 && record.get(0).equalsIgnoreCase("date")) {
                    continue;
                }
                if (record.size() < 3) {
                    throw new CalendarException("calendar.error.csv-line", line,
                            "date,kind,name_zh,name_en");
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(record.get(0));
                } catch (DateTimeParseException e) {
                    throw new CalendarException("calendar.error.csv-line", line, record.get(0));
                }
                DayKind kind = kind(record.get(1), line);
                String nameEn = record.size() > 3 ? record.get(3) : "";
                try {
                    SpecialDayValidator.validate(date, kind, record.get(2), nameEn);
                } catch (CalendarException e) {
                    throw new CalendarException("calendar.error.csv-day", line, date.toString(), e);
                }
                if (!seen.add(date)) {
                    throw new CalendarException("calendar.error.csv-line", line, date + " ×2");
                }
                days.add(new SpecialDay(date, kind, record.get(2), nameEn));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            // commons-csv's own parse errors (an unclosed quote): the file is refused as a whole
            throw new CalendarException("calendar.error.csv-line", "?", e.getMessage());
        }
        if (days.isEmpty()) {
            throw new CalendarException("calendar.error.csv-empty");
        }
        return days;
    }

    private static DayKind kind(String text, long line) {
        // the shipped files' codes, the notice's words, and the words an English screen's hint names
        return switch (text.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "HOLIDAY", "放假", "休" -> DayKind.HOLIDAY;
            case "ADJUSTED_WORKDAY", "WORKDAY", "上班", "班" -> DayKind.ADJUSTED_WORKDAY;
            default -> throw new CalendarException("calendar.error.csv-line", line, text);
        };
    }
}
