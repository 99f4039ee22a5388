package cn.gov.laoshan.district.housing.service;

import static cn.gov.laoshan.district.housing.domain.Stage.APPROVAL;
import static cn.gov.laoshan.district.housing.domain.Stage.BIDDING;
import static cn.gov.laoshan.district.housing.domain.Stage.COMPLETION;
import static cn.gov.laoshan.district.housing.domain.Stage.CONSTRUCTION_PERMIT;
import static cn.gov.laoshan.district.housing.domain.Stage.LAND_PLANNING;
import static cn.gov.laoshan.district.housing.domain.Stage.OPERATING_LICENCE;
import static cn.gov.laoshan.district.housing.domain.Stage.REGISTRATION;
import static cn.gov.laoshan.district.housing.domain.Stage.UTILITIES;

import java.util.List;

import cn.gov.laoshan.district.housing.domain.InvestmentKind;
import cn.gov.laoshan.district.housing.domain.Stage;
import cn.gov.laoshan.district.housing.domain.Template;
import cn.gov.laoshan.district.housing.domain.TemplateItem;

/**
 * The two approval service menus shipped with the plugin (stored on first start): 社会投资工业厂房类 and
 * 政府投资市政道路类, from the district's own list of necessary, high-frequency and same-period items with their
 * serial/parallel links. Durations are the departments' promised working days (承诺时限); the construction period
 * itself is one item of the owner (建设单位) so that the plan reaches completion and licensing.
 */
public final class DefaultTemplates {

    public static final String INDUSTRIAL = "社会投资工业厂房类";
    public static final String ROAD = "政府投资市政道路类";

    private DefaultTemplates() {
    }

    public static List<Template> all() {
        return List.of(industrial(), road());
    }

    static Template industrial() {
        return new Template(0, INDUSTRIAL, InvestmentKind.SOCIAL,
                "社会投资的工业厂房、研发楼等项目：企业投资项目备案，环评、节能并联，设计方案与施工图审查可模拟审批。", true, List.of(
                item("A01", REGISTRATION, "项目公司设立登记", "区行政审批局", "公司登记（备案）申请书；公司章程；股东主体资格证明；住所使用证明", 3, false),
                item("B01", APPROVAL, "企业投资项目备案", "区发改局", "项目备案信息表；项目单位营业执照", 2, false, "A01"),
                item("B02", APPROVAL, "固定资产投资项目节能审查", "区发改局", "节能报告；项目备案证明", 10, true, "B01"),
                item("B03", APPROVAL, "建设项目环境影响评价审批（报告表）", "区生态环境分局", "环境影响报告表；建设项目环评审批申请表", 15, true, "B01"),
                item("C01", LAND_PLANNING, "国有建设用地使用权出让合同签订", "区自然资源局", "成交确认书；土地出让金缴纳凭证", 10, false, "B01"),
                item("C02", LAND_PLANNING, "建设用地规划许可证核发", "区自然资源局", "申请表；土地出让合同；宗地图", 5, false, "C01"),
                item("C03", LAND_PLANNING, "建设工程设计方案审查", "区自然资源局", "设计方案文本及图纸；规划条件", 10, true, "C02"),
                item("C04", LAND_PLANNING, "建设工程规划许可证核发", "区自然资源局", "申请表；审定设计方案；工程总平面图", 5, true, "C03"),
                item("D01", BIDDING, "施工图设计文件联合审查", "区住建局", "施工图设计文件；勘察报告；设计合同", 10, true, "C03"),
                item("D02", BIDDING, "施工、监理发包及合同备案", "区住建局", "施工合同；监理合同；中标（直接发包）通知书", 5, false, "C04"),
                item("E01", UTILITIES, "供水报装", "崂山区供水公司", "用水申请表；规划许可证；总平面图", 10, true, "C02"),
                item("E02", UTILITIES, "供电报装", "国网青岛市崂山区供电公司", "用电申请表；用电负荷清单；营业执照", 15, true, "C02"),
                item("E03", UTILITIES, "燃气报装", "青岛能源燃气公司", "用气申请表；总平面图；用气设备清单", 10, true, "C02"),
                item("F01", CONSTRUCTION_PERMIT, "建筑工程施工许可证核发", "区行政审批局", "施工许可申请表；施工合同；规划许可证；施工图审查合格书；安全措施承诺", 3, true, "C04", "D01", "D02", "B02", "B03"),
                item("G00", COMPLETION, "工程施工（建设单位组织）", "建设单位", "施工组织设计；质量安全监督手续", 180, false, "F01", "E01", "E02", "E03"),
                item("G01", COMPLETION, "规划条件核实", "区自然资源局", "竣工测量报告；竣工图", 5, false, "G00"),
                item("G02", COMPLETION, "消防验收", "区住建局", "消防验收申请表；消防设施检测报告", 10, false, "G00"),
                item("G03", COMPLETION, "竣工联合验收", "区住建局", "竣工验收报告；质量检测报告；档案验收意见", 5, false, "G01", "G02"),
                item("G04", COMPLETION, "竣工验收备案", "区住建局", "竣工验收备案表；工程质量保修书", 3, false, "G03"),
                item("H01", OPERATING_LICENCE, "排污许可证核发", "区生态环境分局", "排污许可申请表；环评批复；监测方案", 20, true, "G03"),
                item("H02", OPERATING_LICENCE, "不动产首次登记", "区自然资源局", "不动产登记申请书；竣工验收备案表；测绘报告", 5, false, "G04"),
                item("H03", OPERATING_LICENCE, "特种设备使用登记", "区市场监管局", "使用登记表；监督检验证书", 5, false, "G04")));
    }

    static Template road() {
        return new Template(0, ROAD, InvestmentKind.GOVERNMENT,
                "政府投资的市政道路、桥梁等线性工程：项目建议书、可研、初步设计串联审批，施工招标可模拟审批，管线迁改与规划许可并联。", true, List.of(
                item("A01", REGISTRATION, "确定项目建设单位（项目法人）", "区住建局", "区政府会议纪要；建设单位法人证书", 2, false),
                item("B01", APPROVAL, "项目建议书审批", "区发改局", "项目建议书；资金来源说明", 10, false, "A01"),
                item("B02", APPROVAL, "可行性研究报告审批", "区发改局", "可行性研究报告；专家评审意见", 15, true, "B01"),
                item("B03", APPROVAL, "社会稳定风险评估", "区发改局", "社会稳定风险评估报告", 10, false, "B01"),
                item("B04", APPROVAL, "初步设计及概算审批", "区发改局", "初步设计文件；工程概算书", 15, false, "B02", "B03"),
                item("C01", LAND_PLANNING, "建设项目用地预审与选址意见书", "区自然资源局", "申请表；项目建议书批复；用地红线图", 10, false, "B01"),
                item("C02", LAND_PLANNING, "建设用地规划许可证核发", "区自然资源局", "申请表；可研批复；用地预审意见", 5, false, "C01", "B02"),
                item("C03", LAND_PLANNING, "建设工程规划许可证（市政线性工程）", "区自然资源局", "申请表；道路设计方案；管线综合图", 10, true, "C02", "B04"),
                item("C04", LAND_PLANNING, "建设项目环境影响评价审批", "区生态环境分局", "环境影响报告表", 15, true, "B01"),
                item("D01", BIDDING, "施工图设计审查", "区住建局", "施工图设计文件；勘察报告", 10, true, "B04"),
                item("D02", BIDDING, "施工招标", "区公共资源交易中心", "招标文件；施工图预算；资金证明", 20, true, "D01"),
                item("D03", BIDDING, "监理招标", "区公共资源交易中心", "招标文件；监理大纲要求", 15, false, "B04"),
                item("E01", UTILITIES, "管线迁改（供水、燃气、通信）", "崂山区供水公司、青岛能源燃气公司", "迁改方案；管线产权单位意见", 20, true, "C03"),
                item("E02", UTILITIES, "临时施工用电报装", "国网青岛市崂山区供电公司", "用电申请表；施工总平面图", 10, false, "C02"),
                item("E03", UTILITIES, "占用、挖掘城市道路许可", "区城市管理局", "申请表；交通组织方案；施工图", 5, false, "C03"),
                item("F01", CONSTRUCTION_PERMIT, "建筑工程施工许可证核发", "区行政审批局", "施工许可申请表；中标通知书；施工合同；规划许可证", 3, true, "C03", "D02", "D03", "C04"),
                item("G00", COMPLETION, "道路施工（建设单位组织）", "建设单位", "施工组织设计；交通导改方案", 120, false, "F01", "E01", "E02", "E03"),
                item("G01", COMPLETION, "交工验收", "区住建局", "交工验收申请；质量检测报告", 5, false, "G00"),
                item("G02", COMPLETION, "规划条件核实", "区自然资源局", "竣工测量报告；竣工图", 5, false, "G00"),
                item("G03", COMPLETION, "竣工验收备案", "区住建局", "竣工验收报告；备案表", 5, false, "G01", "G02"),
                item("H01", OPERATING_LICENCE, "移交城市管理部门管养", "区城市管理局", "移交清单；竣工资料；养护协议", 10, false, "G03")));
    }

    private static TemplateItem item(String key, Stage stage, String name, String department, String materials,
            int days, boolean simulated, String... prerequisites) {
        return new TemplateItem(key, stage, name, department, materials, days, java.util.Set.of(prerequisites), simulated);
    }
}
