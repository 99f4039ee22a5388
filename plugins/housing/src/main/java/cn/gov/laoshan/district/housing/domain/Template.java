package cn.gov.laoshan.district.housing.domain;

import java.util.List;

/** An approval service menu for one kind of project (社会投资工业厂房类, 政府投资市政道路类, …). */
public record Template(long id, String name, InvestmentKind kind, String description, boolean active,
        List<TemplateItem> items) {

    public Template {
        items = List.copyOf(items);
    }

    public int totalDays() {
        return items.stream().mapToInt(TemplateItem::durationDays).sum();
    }
}
