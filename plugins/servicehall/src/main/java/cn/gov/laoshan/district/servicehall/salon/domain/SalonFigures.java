package cn.gov.laoshan.district.servicehall.salon.domain;

/** A year's figures in the seed's words: events held, projects and enterprises served, people served. */
public record SalonFigures(int year, int events, int projects, int enterprises, int people) {
}
