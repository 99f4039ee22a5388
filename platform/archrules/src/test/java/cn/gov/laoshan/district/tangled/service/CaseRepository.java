package cn.gov.laoshan.district.tangled.service;

/** Fixture: a repository with a nested filter type, as the plugins' repositories have. */
public class CaseRepository {
    public record Filter(String text) {
    }
}
