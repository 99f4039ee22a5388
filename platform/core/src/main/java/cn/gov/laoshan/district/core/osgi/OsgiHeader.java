package cn.gov.laoshan.district.core.osgi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses OSGi manifest headers ({@code Import-Package}, {@code Export-Package}, {@code Require-Capability},
 * {@code Bundle-SymbolicName}, ...) into clauses: the platform's one reader of them.
 */
public final class OsgiHeader {

    /** One clause: its names (several packages may share attributes), attributes and directives. */
    public record Clause(List<String> names, Map<String, String> attributes, Map<String, String> directives) {
    }

    private OsgiHeader() {
    }

    public static List<Clause> parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            if (clause.isBlank()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : split(clause, ';')) {
                String p = part.trim();
                if (p.isEmpty()) {
                    continue;
                }
                int directive = indexOutsideQuotes(p, ":=");
                int equals = indexOutsideQuotes(p, "=");
                if (directive >= 0 && directive <= equals) {
                    directives.put(p.substring(0, directive).trim(), unquote(p.substring(directive + 2).trim()));
                } else if (equals >= 0) {
                    String name = p.substring(0, equals).trim();
                    int colon = name.indexOf(':');
                    attributes.put(colon < 0 ? name : name.substring(0, colon).trim(), unquote(p.substring(equals + 1).trim()));
                } else {
                    names.add(p);
                }
            }
            clauses.add(new Clause(List.copyOf(names), attributes, directives));
        }
        return clauses;
    }

    /**
     * The name a {@code Bundle-SymbolicName} header gives, without its directives ({@code ;singleton:=true}), or
     * {@code null} when the header is missing or names nothing: the one reading of it for jars on disk (features,
     * uploads, the class path), as the framework reads it for installed bundles.
     */
    public static String symbolicName(String header) {
        List<Clause> clauses = parse(header);
        return clauses.isEmpty() || clauses.get(0).names().isEmpty() ? null : clauses.get(0).names().get(0);
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static int indexOutsideQuotes(String text, String what) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && text.startsWith(what, i)) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
