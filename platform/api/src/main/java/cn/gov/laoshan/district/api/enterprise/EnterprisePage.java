package cn.gov.laoshan.district.api.enterprise;

import java.util.List;

/**
 * One page of a search and how many enterprises match in all.
 *
 * @param items the page's enterprises
 * @param total all matches of the query's filters
 */
public record EnterprisePage(List<Enterprise> items, long total) {
    public EnterprisePage {
        items = List.copyOf(items);
    }
}
