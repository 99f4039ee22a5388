package cn.gov.laoshan.district.tidy.domain;

/** Fixture: a domain record that reaches nothing. */
public record Case(long id, boolean open) {
}
