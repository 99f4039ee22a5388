package cn.gov.laoshan.district.masking;

import java.util.Locale;
import java.util.Set;

import cn.gov.laoshan.district.api.masking.Masking;

/**
 * The platform's masking rules (see {@link Masking}). Pure functions, no state: safe from any thread. Input is
 * normalised first (spaces, dashes, full-width digits removed or converted); what is not recognised is masked
 * whole, so a typo never shows a full number.
 */
public final class DefaultMasking implements Masking {

    /** Two-character surnames (复姓) that keep both characters. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "钟离", "澹台", "端木", "西门", "南宫", "独孤",
            "申屠", "呼延", "闻人", "万俟", "赫连", "太史", "濮阳", "公羊", "左丘", "东郭", "百里", "拓跋", "第五");

    private static final char STAR = '*';

    @Override
    public String idCard(String number) {
        if (number == null) {
            return null;
        }
        String id = compact(number).toUpperCase(Locale.ROOT);
        if (id.isEmpty()) {
            return "";
        }
        if (id.matches("\\d{17}[\\dX]") || id.matches("\\d{15}")) {
            return id.substring(0, 6) + stars(id.length() - 10) + id.substring(id.length() - 4);
        }
        return stars(id.length());
    }

    @Override
    public String phone(String number) {
        if (number == null) {
            return null;
        }
        String trimmed = toHalfWidth(number).strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        String prefix = "";
        String digits = trimmed.replaceAll("[\\s\\-()（）]", "");
        if (digits.startsWith("+86")) {
            prefix = "+86 ";
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            prefix = "+86 ";
            digits = digits.substring(4);
        }
        if (!digits.matches("\\d+")) {
            return stars(digits.length());
        }
        if (digits.matches("1\\d{10}")) {
            return prefix + digits.substring(0, 3) + "****" + digits.substring(7);
        }
        if (digits.startsWith("0") && digits.length() >= 10 && digits.length() <= 12) {
            // area codes are 3 digits for 010 and 02x, else 4 (0532 Qingdao); the original separator tells when given
            int area = areaCodeLength(trimmed, digits);
            String local = digits.substring(area);
            return prefix + digits.substring(0, area) + "-" + stars(local.length() - 4) + local.substring(local.length() - 4);
        }
        if (digits.length() > 4) {
            return prefix + stars(digits.length() - 4) + digits.substring(digits.length() - 4);
        }
        return prefix + stars(digits.length());
    }

    private static int areaCodeLength(String original, String digits) {
        int dash = original.replaceAll("[\\s()（）+]", "-").indexOf('-');
        String beforeDash = dash > 0 ? original.substring(0, dash).replaceAll("\\D", "") : "";
        if (beforeDash.length() >= 3 && beforeDash.length() <= 4 && beforeDash.startsWith("0")) {
            return beforeDash.length();
        }
        return digits.startsWith("010") || digits.startsWith("02") ? 3 : 4;
    }

    @Override
    public String bankAccount(String number) {
        if (number == null) {
            return null;
        }
        String digits = compact(number);
        if (digits.isEmpty()) {
            return "";
        }
        if (digits.length() <= 4) {
            return stars(digits.length());
        }
        return stars(digits.length() - 4) + digits.substring(digits.length() - 4);
    }

    @Override
    public String name(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip();
        if (n.isEmpty()) {
            return "";
        }
        int length = n.codePointCount(0, n.length());
        if (length == 1) {
            return n;
        }
        if (isLatin(n)) {
            // Zhang San → Z*** S***
            StringBuilder out = new StringBuilder();
            for (String part : n.split("\\s+")) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(part.charAt(0)).append(stars(Math.max(1, part.length() - 1)));
            }
            return out.toString();
        }
        int keep = length > 2 && COMPOUND_SURNAMES.contains(n.substring(0, n.offsetByCodePoints(0, 2))) ? 2 : 1;
        int cut = n.offsetByCodePoints(0, keep);
        return n.substring(0, cut) + stars(length - keep);
    }

    @Override
    public String email(String address) {
        if (address == null) {
            return null;
        }
        String a = address.strip();
        if (a.isEmpty()) {
            return "";
        }
        int at = a.lastIndexOf('@');
        if (at <= 0 || at == a.length() - 1) {
            return stars(a.length());
        }
        return a.charAt(0) + "***" + a.substring(at);
    }

    private static boolean isLatin(String s) {
        return s.chars().allMatch(c -> c < 0x250);
    }

    /** Without spaces, dashes and dots; full-width digits and letters converted. */
    static String compact(String value) {
        return toHalfWidth(value).replaceAll("[\\s\\-.·_/]", "");
    }

    static String toHalfWidth(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String stars(int n) {
        return String.valueOf(STAR).repeat(Math.max(0, n));
    }
}
