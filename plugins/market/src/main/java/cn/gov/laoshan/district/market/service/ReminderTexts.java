package cn.gov.laoshan.district.market.service;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;

import cn.gov.laoshan.district.market.domain.Licence;
import cn.gov.laoshan.district.market.domain.LicenceType;
import cn.gov.laoshan.district.market.domain.ReminderSchedule;

/**
 * The words of a reminder, from the plugin's Chinese message file (notifications are stored as written, in the
 * recipients' language — Chinese): the type's name and the licence number, the days left, what to do.
 */
final class ReminderTexts {

    private final Properties messages = load();

    /**
     * The plugin's own Chinese file: every plugin's is {@code i18n/messages.properties}, so on a flat class path
     * (benchmarks, tests) the first found may be another plugin's — take the one with the market's keys.
     */
    private static Properties load() {
        try {
            Enumeration<URL> files = ReminderTexts.class.getClassLoader().getResources("i18n/messages.properties");
            while (files.hasMoreElements()) {
                Properties p = new Properties();
                try (Reader in = new InputStreamReader(files.nextElement().openStream(), StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                if (p.containsKey("market.reminder.body")) {
                    return p;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("the market plugin's i18n/messages.properties is missing");
    }

    String title(LicenceType type, Licence licence, String step) {
        Integer left = ReminderSchedule.workingDaysLeft(step);
        String key = left != null ? "market.reminder.closes" : "market.reminder." + step;
        return format(key, type.nameZh(), licence.licenceNo(), left);
    }

    String body(LicenceType type, Licence licence, boolean holder) {
        String text = format("market.reminder.body", licence.holderName(), date(licence.expiresOn()),
                date(licence.windowOpens()), date(licence.windowCloses()));
        if (holder && type.minimalRenewal()) {
            text += format("market.reminder.minimal");
        }
        if (!type.lateAccepted()) {
            text += format("market.reminder.no-late");
        }
        return text;
    }

    /** The department's daily digest: how many licences were reminded, and of which types. */
    String digestTitle(int licences) {
        return format("market.digest.title", licences);
    }

    String digestBody(java.util.Map<String, Long> byType) {
        StringBuilder text = new StringBuilder(format("market.digest.body"));
        byType.forEach((type, count) -> text.append(format("market.digest.line", type, count)));
        return text.toString();
    }

    private String format(String key, Object... args) {
        return new MessageFormat(messages.getProperty(key), Locale.SIMPLIFIED_CHINESE).format(args);
    }

    static String date(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
