package cn.gov.laoshan.district.mediation.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The readable yearly case number: 崂调〔2026〕0001号. */
public record CaseNumber(int year, int sequence) {

    private static final Pattern FORMAT = Pattern.compile("崂调〔(\\d{4})〕(\\d{4,})号");

    public CaseNumber {
        if (year < 2000 || year > 2999 || sequence < 1) {
            throw new IllegalArgumentException("not a case number: " + year + "/" + sequence);
        }
    }

    public static CaseNumber parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("a case number looks like 崂调〔2026〕0001号: " + text);
        }
        return new CaseNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @Override
    public String toString() {
        return String.format("崂调〔%d〕%04d号", year, sequence);
    }
}
