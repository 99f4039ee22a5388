package cn.gov.laoshan.district.servicehall.domain;

/**
 * What the catalogue list is narrowed to; {@code null} fields do not narrow.
 *
 * @param text       a part of the code or the name
 * @param department the responsible department
 * @param group      the item group
 * @param channel    items offered on this channel
 */
public record CatalogueFilter(String text, String department, ItemGroup group, Channel channel) {

    public static final CatalogueFilter ALL = new CatalogueFilter(null, null, null, null);
}
