package cn.gov.laoshan.district.testkit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the message files of every module (issue 13: "Chinese screens show no English"): a Chinese bundle
 * ({@code messages.properties}, the default language) must not carry English where the English bundle
 * ({@code messages_en.properties}) has the key — its text would show untranslated on a Chinese screen —, and no
 * user-facing text of either language may show a raw enum name ({@code WALK_IN}, {@code LABOUR}).
 * <p>
 * Also run over the Metatype files ({@code OSGI-INF/l10n/<name>.properties} and {@code <name>_en.properties}, read as
 * ISO-8859-1 as Metatype reads them), whose texts are the configuration screen's titles and descriptions.
 * <p>
 * What counts as English in a Chinese text: no Chinese character at all, and a Latin word of three letters or more
 * that is not one of the {@link #NAMES} (product names and abbreviations a Chinese screen writes in Latin letters,
 * such as Excel or PDF, or bodies such as SAMR and CPPCC). A raw enum name is an upper-case word with an
 * underscore, or an upper-case word of four letters or more that is not one of the {@link #NAMES}.
 */
public final class MessageFiles {

    /** Latin words that Chinese texts use as they are: products, formats, standards, abbreviations. */
    public static final Set<String> NAMES = Set.of("Excel", "PDF", "CSV", "JPEG", "PNG", "DOC", "DOCX", "XLS", "XLSX",
            "UTF", "USCC", "ID", "URL", "HTTP", "HTTPS", "JDBC", "SQL", "Derby", "PostgreSQL", "OSGi", "Felix", "Jetty",
            "Vaadin", "Java", "JVM", "SHA", "JSON", "TLS", "LDAP", "Metatype", "SCR", "Gogo", "Flyway", "API", "UTC",
            "GB", "MB", "KB", "GiB", "MiB", "KiB", "CPU", "IP", "OK", "admin", "PID", "Chromium", "HAProxy",
            "NTP", "WAL", "BOM", "ISO", "EPC", "VPN", "HTML", "SVG", "XML", "TXT", "EXE", "ZIP", "JAR", "OOXML", "OLE",
            "RFC", "CORS", "CSRF", "SMS", "MFA", "TOTP", "QR", "AES", "RSA", "PBKDF", "bcrypt", "Argon", "Argon2id",
            "NULL", "CEO", "GPS", "PPT", "WPS", "Windows", "Linux", "Chrome", "Edge", "Firefox", "Safari",
            "README", "MLPS", "SAMR", "CPPCC", "NPC", "district", "home", "conf", "deploy", "plugins", "bin", "jar", "cfg", "txt", "xlsx", "csv", "pdf", "png");

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]{2,}");
    private static final Pattern UPPER_SNAKE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]\\b");
    private static final Pattern UPPER_WORD = Pattern.compile("\\b[A-Z]{4,}\\b");
    /** MessageFormat arguments and HTML-ish markup are not words a reader sees. */
    /** An apostrophe not doubled: in a MessageFormat pattern it opens a quoted (literal) part. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    /** A MessageFormat argument: the shell formats such a text (ShellI18N, KitText). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
    private static final Pattern NOT_TEXT = Pattern.compile("\\{[^}]*}|<[^>]*>|&[a-z]+;|https?://\\S+|%[a-z]");

    private MessageFiles() {
    }

    /** One finding: the file, the key, what is wrong. */
    public record Problem(Path file, String key, String what) {
        @Override
        public String toString() {
            return file + ": " + key + " — " + what;
        }
    }

    /**
     * Every problem of every message file pair under {@code root} (sources only, not {@code target/}), and every
     * Metatype-annotated configuration ({@code @ObjectClassDefinition}) whose texts are not localized: its
     * names would show in one language on both screens.
     */
    public static List<Problem> check(Path root) {
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> !p.toString().replace('\\', '/').contains("/target/")).sorted().toList()) {
                if (isChineseFile(file)) {
                    problems.addAll(checkPair(file));
                } else if (file.toString().endsWith(".java") && file.toString().replace('\\', '/').contains("/src/main/")) {
                    String source = Files.readString(file, StandardCharsets.UTF_8);
                    int at = source.indexOf("@ObjectClassDefinition(");
                    if (at >= 0 && !source.substring(at, Math.min(source.length(), at + 300)).contains("localization")) {
                        problems.add(new Problem(file, "@ObjectClassDefinition",
                                "not localized: give it localization = \"OSGI-INF/l10n/<name>\" and %keys"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /** The Chinese message files: {@code i18n/messages.properties} and the Metatype files, outside build output. */
    static boolean isChineseFile(Path p) {
        String name = p.getFileName().toString();
        String path = p.toString().replace('\\', '/');
        if (path.contains("/target/") || path.contains("/.git/") || !path.contains("/src/main/")) {
            return false;
        }
        if (path.contains("/pluginkit/template/")) {
            // the new-plugin template holds tokens (__name_zh__), not texts; its output is checked, as the sample
            return false;
        }
        return name.equals("messages.properties") || (path.contains("/i18n/") && name.equals("metatype.properties"))
                || (path.contains("/OSGI-INF/l10n/") && name.endsWith(".properties")
                && !name.matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties"));
    }

    /** The problems of one Chinese file and its English sibling. */
    public static List<Problem> checkPair(Path zhFile) {
        String name = zhFile.getFileName().toString();
        Path enFile = zhFile.resolveSibling(name.replace(".properties", "_en.properties"));
        // Metatype reads its files as ISO-8859-1 (non-Latin text as \\uXXXX escapes); the shell reads UTF-8
        Charset charset = zhFile.toString().replace('\\', '/').contains("/OSGI-INF/l10n/") ? StandardCharsets.ISO_8859_1
                : StandardCharsets.UTF_8;
        Properties zh = load(zhFile, charset);
        Properties en = Files.exists(enFile) ? load(enFile, charset) : new Properties();
        List<Problem> problems = new ArrayList<>();
        for (String key : new TreeSet<>(zh.stringPropertyNames())) {
            String text = zh.getProperty(key);
            if (en.containsKey(key) && english(text)) {
                problems.add(new Problem(zhFile, key, "English in the Chinese file: \"" + text + "\""));
            }
            if (!english(text) || !en.containsKey(key)) {
                rawEnum(text).ifPresent(raw -> problems.add(new Problem(zhFile, key, "raw code " + raw + ": \"" + text
                        + "\"")));
            }
        }
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            String text = en.getProperty(key);
            rawEnum(text).ifPresent(raw -> problems.add(new Problem(enFile, key, "raw code " + raw + ": \"" + text + "\"")));
        }
        if (name.startsWith("messages")) {
            for (Map.Entry<Path, Properties> file : Map.of(zhFile, zh, enFile, en).entrySet()) {
                for (String key : new TreeSet<>(file.getValue().stringPropertyNames())) {
                    String text = file.getValue().getProperty(key);
                    if (LONE_APOSTROPHE.matcher(text).find() && PLACEHOLDER.matcher(text).find()) {
                        problems.add(new Problem(file.getKey(), key, "a lone ' in a text with arguments: MessageFormat"
                                + " takes it as a quote and shows the rest unformatted — write '': \"" + text + "\""));
                    }
                }
            }
        }
        return problems;
    }

    /** Whether a text meant for a Chinese screen is English: no Chinese at all and a Latin word that is no name. */
    public static boolean english(String text) {
        String visible = NOT_TEXT.matcher(text).replaceAll(" ");
        if (visible.codePoints().anyMatch(MessageFiles::chinese)) {
            return false;
        }
        Matcher words = LATIN_WORD.matcher(visible);
        while (words.find()) {
            if (!NAMES.contains(words.group())) {
                return true;
            }
        }
        return false;
    }

    /** The first raw enum name in a user-facing text, if any. */
    public static java.util.Optional<String> rawEnum(String text) {
        String visible = NOT_TEXT.matcher(text).replaceAll(" ");
        Matcher snake = UPPER_SNAKE.matcher(visible);
        if (snake.find()) {
            return java.util.Optional.of(snake.group());
        }
        Matcher upper = UPPER_WORD.matcher(visible);
        while (upper.find()) {
            if (!NAMES.contains(upper.group())) {
                return java.util.Optional.of(upper.group());
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean chinese(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303F)
                || (c >= 0xFF00 && c <= 0xFFEF);
    }

    private static Properties load(Path file, Charset charset) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, charset)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
