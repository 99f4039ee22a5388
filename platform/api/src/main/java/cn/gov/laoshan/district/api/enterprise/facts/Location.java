package cn.gov.laoshan.district.api.enterprise.facts;

/** Where in the district an enterprise is: its street (街道, e.g. 中韩街道) and industrial park (园区), if any. */
public record Location(String street, String park) {
}
