package cn.gov.laoshan.district.market.inspection.domain;

/**
 * A draw done again from its recorded seed and input: whether the input still hashes to what was recorded, and
 * whether the same targets and inspectors came out.
 */
public record DrawCheck(String candidatesHash, boolean candidatesMatch, String inspectorsHash, boolean inspectorsMatch,
        boolean sameDraw, int targets) {

    public boolean verified() {
        return candidatesMatch && inspectorsMatch && sameDraw;
    }
}
