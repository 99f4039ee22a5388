package cn.gov.laoshan.district.uikit.imports;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import cn.gov.laoshan.district.api.imports.ImportProblem;

/**
 * Import problems from message keys: each message is looked up in a bundle's Chinese ({@code messages.properties})
 * and English ({@code messages_en.properties}) files and the problem carries both, so the report reads in whichever
 * language its reader uses. {@link #KIT} holds the kit's own messages ({@code import.*}: limits, unreadable
 * files, missing columns, required fields, duplicates); a plugin makes one over its own bundle for its rules.
 * Arguments are {@link MessageFormat} arguments; give numbers as text ({@link #number(long)}) so they read the same in
 * both languages.
 */
public final class ImportMessages {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The kit's own messages. */
    public static final ImportMessages KIT = new ImportMessages("cn.gov.laoshan.district.uikit.imports.messages",
            ImportMessages.class.getClassLoader());

    private final ResourceBundle zh;
    private final ResourceBundle en;

    /**
     * The messages of bundle {@code baseName} (e.g. {@code cn.gov.laoshan.district.housing.i18n.messages}), loaded
     * with {@code loader} (the plugin's class loader: {@code getClass().getClassLoader()}).
     */
    public ImportMessages(String baseName, ClassLoader loader) {
        // no fallback to the JVM's default locale: Chinese is the bundle's base file, whatever the machine's locale
        this.zh = ResourceBundle.getBundle(baseName, Locale.ROOT, loader, NO_FALLBACK);
        this.en = ResourceBundle.getBundle(baseName, Locale.ENGLISH, loader, NO_FALLBACK);
    }

    /** A problem at {@code row} (0: the file), {@code field} (or {@code null}), in both languages. */
    public ImportProblem problem(int row, String field, String key, Object... args) {
        return new ImportProblem(row, field, text(Locale.ROOT, key, args), text(Locale.ENGLISH, key, args));
    }

    /** A problem of the whole file. */
    public ImportProblem fileProblem(String key, Object... args) {
        return problem(0, null, key, args);
    }

    /** The text of {@code key} in Chinese (also for {@code null} and any locale but English) or English. */
    public String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = locale != null && "en".equals(locale.getLanguage()) ? en : zh;
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** {@code 500,000}: a number for a message, the same in both languages. */
    public static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
