package cn.gov.laoshan.district.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.mediation.domain.MediationGroup;
import cn.gov.laoshan.district.mediation.domain.Party;
import cn.gov.laoshan.district.mediation.domain.PartyRole;
import cn.gov.laoshan.district.mediation.service.Recusal;

class RecusalTest {

    private final List<Party> parties = List.of(
            Party.person(PartyRole.APPLICANT, "张三", "370212199001011234", "13800000000"),
            Party.enterprise(PartyRole.RESPONDENT, "青岛海澜智联科技有限公司", "91370212MA3C4XK2QQ", null));

    @Test
    void aDeclaredRelationshipWithAPartyMeansRecusal() {
        MediationGroup.Member mediator = new MediationGroup.Member("lixiumei", "李秀梅", false, null);
        List<Recusal.Conflict> conflicts = Recusal.conflicts(mediator,
                Map.of("370212199001011234", "申请人系其表弟"), parties);
        assertEquals(List.of(new Recusal.Conflict("张三", Recusal.Kind.DECLARED, "申请人系其表弟")), conflicts);
    }

    @Test
    void aLayMediatorOfAPartysEnterpriseMustStepAside() {
        MediationGroup.Member lay = new MediationGroup.Member("zhaoyun", "赵云", false, "91370212MA3C4XK2QQ");
        assertEquals(List.of(new Recusal.Conflict("青岛海澜智联科技有限公司", Recusal.Kind.EMPLOYER, "91370212MA3C4XK2QQ")),
                Recusal.conflicts(lay, Map.of(), parties));
    }

    @Test
    void anUnrelatedMediatorMayMediate() {
        MediationGroup.Member mediator = new MediationGroup.Member("wangjianguo", "王建国", true, "913702121635607410");
        assertEquals(List.of(), Recusal.conflicts(mediator, Map.of("370212198001011111", "邻居"), parties));
    }
}
