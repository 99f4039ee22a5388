package cn.gov.laoshan.district.api.enterprise;

/**
 * A search of the registry. Blank filters are ignored; all given filters must hold.
 *
 * @param codePrefix     beginning of the unified social credit code, e.g. {@code 91370212}
 * @param nameFragment   a part of the name anywhere in it, e.g. {@code 海澜}
 * @param industryPrefix beginning of the GB/T 4754 industry code, e.g. {@code I65} (software and IT services)
 * @param status         登记状态, or {@code null} for any
 * @param sort           sort column (ties are broken by the code)
 * @param ascending      sort direction
 * @param offset         rows to skip
 * @param limit          rows to return at most (1 to 1,000)
 */
public record EnterpriseQuery(String codePrefix, String nameFragment, String industryPrefix, EnterpriseStatus status,
        EnterpriseSort sort, boolean ascending, int offset, int limit) {

    public static final int MAX_LIMIT = 1000;

    public EnterpriseQuery {
        codePrefix = blankToNull(codePrefix);
        nameFragment = blankToNull(nameFragment);
        industryPrefix = blankToNull(industryPrefix);
        if (codePrefix != null) {
            codePrefix = codePrefix.toUpperCase(java.util.Locale.ROOT);
        }
        if (industryPrefix != null) {
            industryPrefix = industryPrefix.toUpperCase(java.util.Locale.ROOT);
        }
        if (sort == null) {
            sort = EnterpriseSort.NAME;
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ": " + limit);
        }
    }

    /** Everything, sorted by name, first 50. */
    public static EnterpriseQuery all() {
        return new EnterpriseQuery(null, null, null, null, EnterpriseSort.NAME, true, 0, 50);
    }

    public EnterpriseQuery withCodePrefix(String value) {
        return new EnterpriseQuery(value, nameFragment, industryPrefix, status, sort, ascending, offset, limit);
    }

    public EnterpriseQuery withNameFragment(String value) {
        return new EnterpriseQuery(codePrefix, value, industryPrefix, status, sort, ascending, offset, limit);
    }

    public EnterpriseQuery withIndustryPrefix(String value) {
        return new EnterpriseQuery(codePrefix, nameFragment, value, status, sort, ascending, offset, limit);
    }

    public EnterpriseQuery withStatus(EnterpriseStatus value) {
        return new EnterpriseQuery(codePrefix, nameFragment, industryPrefix, value, sort, ascending, offset, limit);
    }

    public EnterpriseQuery sortedBy(EnterpriseSort column, boolean asc) {
        return new EnterpriseQuery(codePrefix, nameFragment, industryPrefix, status, column, asc, offset, limit);
    }

    public EnterpriseQuery page(int newOffset, int newLimit) {
        return new EnterpriseQuery(codePrefix, nameFragment, industryPrefix, status, sort, ascending, newOffset, newLimit);
    }

    /** Whether no filter is set. */
    public boolean unfiltered() {
        return codePrefix == null && nameFragment == null && industryPrefix == null && status == null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
