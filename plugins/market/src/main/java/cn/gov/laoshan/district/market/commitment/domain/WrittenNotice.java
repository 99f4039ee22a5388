package cn.gov.laoshan.district.market.commitment.domain;

/**
 * The written notice (告知承诺书) the applicant reads and signs: the item, the conditions it commits to meet, the
 * post-check, and the liability for a false or unkept commitment. Its version is recorded with each signature, so
 * that what was signed can be shown as it was.
 */
public final class WrittenNotice {

    /** The text's version: change it whenever the wording below changes. */
    public static final String VERSION = "GZCN-2026-1";

    private WrittenNotice() {
    }

    public static String text(CommitmentItem item, String enterpriseName, String uscc) {
        StringBuilder s = new StringBuilder();
        s.append("告知承诺书（").append(VERSION).append("）\n");
        s.append("一、事项：").append(item.nameZh()).append("（").append(item.code()).append("），实施机关：")
                .append(item.authority()).append("。\n");
        s.append("二、行政机关告知的许可条件：\n");
        for (int i = 0; i < item.conditions().size(); i++) {
            s.append("  ").append(i + 1).append(". ").append(item.conditions().get(i)).append("；\n");
        }
        s.append("三、事后核查：审批机关在作出许可决定之日起").append(item.checkMonths()).append("个月内")
                .append(item.checkMode() == CheckMode.ONSITE ? "进行现场核查" : "对申请材料进行核查")
                .append("；核查发现不符合条件的，责令限期整改，逾期不整改或者整改后仍不符合条件的，依法撤销许可决定。\n");
        s.append("四、法律责任：申请人作出不实承诺的，依法撤销许可决定，记入信用记录，")
                .append(item.banYears()).append("年内不得再次以告知承诺方式申请该事项；构成违法的，依法追究法律责任。\n");
        s.append("申请人承诺：本单位（").append(enterpriseName).append("，统一社会信用代码 ").append(uscc)
                .append("）已经知晓行政机关告知的全部内容，所填写的信息真实、准确，已符合上述许可条件，愿意承担不实承诺的法律责任。");
        return s.toString();
    }
}
