package cn.gov.laoshan.district.uikit;

/**
 * What server-rendered SVG charts (dashboard widgets, Gantt charts) share: text from data — enterprise and project
 * names, user input — goes into the markup escaped, so a name with {@code <} or {@code &} neither breaks the chart
 * nor injects markup.
 */
public final class Svg {

    private Svg() {
    }

    /** {@code text} escaped for SVG/XML element content and quoted attribute values (either quote); null → "". */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
                .replace("\"", "&quot;");
    }
}
