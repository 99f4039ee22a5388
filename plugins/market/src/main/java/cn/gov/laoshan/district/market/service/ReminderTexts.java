package cn.gov.laoshan.district.market.service;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

import cn.gov.laoshan.district.market.domain.Licence;
import cn.gov.laoshan.district.market.domain.LicenceType;
import cn.gov.laoshan.district.market.domain.ReminderSchedule;

/**
 * The words of a reminder, from the plugin's Chinese message file (notifications are stored as written, in the
 * recipients' language — Chinese): the type's name and the licence number, the days left, what to do.
 */
final class ReminderTexts {

    private final ResourceBundle messages = ResourceBundle.getBundle("i18n/messages", Locale.SIMPLIFIED_CHINESE,
            ReminderTexts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

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

    private String format(String key, Object... args) {
        return new MessageFormat(messages.getString(key), Locale.SIMPLIFIED_CHINESE).format(args);
    }

    static String date(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
