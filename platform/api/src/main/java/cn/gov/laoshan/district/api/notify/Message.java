package cn.gov.laoshan.district.api.notify;

import java.util.Objects;

/**
 * What a notification says. Texts are stored as given (write them in the recipients' language, Chinese by
 * default); never put secrets in them and mask personal data.
 *
 * @param source   who sends: a plugin id ({@code market}) or a platform module ({@code notify})
 * @param title    one line, at most 200 characters
 * @param body     the text, at most 2000 characters; may be empty
 * @param link     a route in the shell to open ({@code market/licences/123}), or {@code null}
 * @param severity how it is shown
 */
public record Message(String source, String title, String body, String link, Severity severity) {
    public Message {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        body = body == null ? "" : body;
        if (title.isBlank() || title.length() > 200) {
            throw new IllegalArgumentException("title must be 1 to 200 characters");
        }
        if (body.length() > 2000) {
            throw new IllegalArgumentException("body must be at most 2000 characters");
        }
        if (link != null && (link.length() > 300 || link.startsWith("/") || link.contains("://"))) {
            throw new IllegalArgumentException("link must be a shell route like 'market/licences/123': " + link);
        }
    }

    public static Message info(String source, String title, String body) {
        return new Message(source, title, body, null, Severity.INFO);
    }

    public Message withLink(String route) {
        return new Message(source, title, body, route, severity);
    }
}
