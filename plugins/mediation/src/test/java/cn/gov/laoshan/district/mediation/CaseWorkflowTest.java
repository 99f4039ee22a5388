package cn.gov.laoshan.district.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.StateMachine;
import cn.gov.laoshan.district.api.workflow.TransitionRefusedException;
import cn.gov.laoshan.district.mediation.domain.CaseNumber;
import cn.gov.laoshan.district.mediation.domain.CaseState;
import cn.gov.laoshan.district.mediation.domain.CaseType;
import cn.gov.laoshan.district.mediation.domain.IntakeChannel;
import cn.gov.laoshan.district.mediation.domain.MediationCase;
import cn.gov.laoshan.district.mediation.domain.Party;
import cn.gov.laoshan.district.mediation.domain.PartyRole;
import cn.gov.laoshan.district.mediation.service.CaseWorkflow;
import cn.gov.laoshan.district.testdoubles.TestAccess;

class CaseWorkflowTest {

    private static final StateMachine<CaseState, MediationCase> M = CaseWorkflow.MACHINE;

    private static AccessControl holding(String... permissions) {
        return TestAccess.holding(permissions);
    }

    private static final AccessControl EVERYTHING = holding(CaseWorkflow.REGISTER, CaseWorkflow.ASSIGN,
            CaseWorkflow.MEDIATE, CaseWorkflow.CLOSE);

    static MediationCase labourCase(CaseState state) {
        return new MediationCase(1, "崂调〔2026〕0001号", CaseType.LABOUR, IntakeChannel.WALK_IN, state,
                List.of(Party.person(PartyRole.APPLICANT, "张三", "370212199001011234", "13800000000"),
                        Party.enterprise(PartyRole.RESPONDENT, "青岛海澜智联科技有限公司", "91370212MA3C4XK2QQ", null)),
                "拖欠三个月工资", "支付工资", new BigDecimal("24000.00"), LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 23), Instant.EPOCH, "lixiumei", null, null, null, null, null, null, null, null,
                null, false, null, null, null);
    }

    @Test
    void theWholeJourneyThroughEveryLegalTransition() {
        MediationCase c = labourCase(CaseState.REGISTERED);
        CaseState s = M.fire("accept", c.state(), c, null, EVERYTHING);
        assertEquals(CaseState.ACCEPTED, s);
        c = c.withState(s).withAssignment(1L, "lixiumei");
        s = M.fire("assign", c.state(), c, null, EVERYTHING);
        assertEquals(CaseState.ASSIGNED, s);
        s = M.fire("start", s, c, null, EVERYTHING);
        assertEquals(CaseState.IN_MEDIATION, s);
        c = c.withState(s).withAgreement("分两期支付工资24000元", new BigDecimal("24000"), LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 11, 20), false);
        s = M.fire("agree", s, c, null, EVERYTHING);
        assertEquals(CaseState.AGREED, s);
        MediationCase visited = new MediationCase(c.id(), c.number(), c.type(), c.channel(), s, c.parties(), c.facts(),
                c.claims(), c.claimAmount(), c.appliedOn(), c.deadline(), c.registeredAt(), c.registeredBy(),
                c.groupId(), c.mediatorLogin(), null, c.agreementTerms(), c.agreedAmount(), c.performanceDeadline(),
                null, null, c.outcomeOn(), false, "已按期支付第一期", true, null);
        s = M.fire("follow-up", s, visited, null, EVERYTHING);
        assertEquals(CaseState.FOLLOWED_UP, s);
        assertEquals(CaseState.CLOSED, M.fire("close", s, visited, null, EVERYTHING));
        assertEquals(EnumSet.of(CaseState.DECLINED, CaseState.CLOSED), M.finalStates());
    }

    @Test
    void declineFailAndWithdrawNeedTheirReasons() {
        MediationCase c = labourCase(CaseState.REGISTERED);
        assertEquals("workflow.error.reason-required", assertThrows(TransitionRefusedException.class,
                () -> M.fire("decline", CaseState.REGISTERED, c, "", EVERYTHING)).messageKey());
        assertEquals(CaseState.DECLINED, M.fire("decline", CaseState.REGISTERED, c, "已由法院受理", EVERYTHING));
        assertEquals("mediation.error.referral-missing", assertThrows(TransitionRefusedException.class,
                () -> M.fire("fail", CaseState.IN_MEDIATION, c, "双方差距过大", EVERYTHING)).messageKey());
        MediationCase referred = c.withFailure("ARBITRATION", "双方差距过大", LocalDate.of(2026, 11, 20));
        assertEquals(CaseState.FAILED, M.fire("fail", CaseState.IN_MEDIATION, referred, "双方差距过大", EVERYTHING));
        for (CaseState from : List.of(CaseState.REGISTERED, CaseState.ACCEPTED, CaseState.ASSIGNED, CaseState.IN_MEDIATION)) {
            assertEquals(CaseState.WITHDRAWN, M.fire("withdraw", from, c, "申请人撤回", EVERYTHING));
        }
    }

    @Test
    void everyIllegalMoveIsRefusedWithAClearReason() {
        MediationCase c = labourCase(CaseState.REGISTERED).withAssignment(1L, "lixiumei");
        int refused = 0;
        for (CaseState from : CaseState.values()) {
            for (StateMachine.Transition<CaseState, MediationCase> t : M.transitions()) {
                if (!t.from().contains(from)) {
                    TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
                            () -> M.fire(t.action(), from, c, "理由", EVERYTHING));
                    assertEquals("workflow.error.not-allowed", e.messageKey());
                    // shown in the user's words by Steps: the action and the state as mediation's message keys
                    assertEquals(List.of(new RefusedException.Key("mediation.action." + t.action()),
                            new RefusedException.Key("mediation.state." + from.name())), List.of(e.parameters()));
                    refused++;
                }
            }
        }
        assertEquals(CaseState.values().length * M.transitions().size() - legalPairs(), refused);
        assertEquals("mediation.error.assignment-missing", assertThrows(TransitionRefusedException.class,
                () -> M.fire("assign", CaseState.ACCEPTED, labourCase(CaseState.ACCEPTED), null, EVERYTHING)).messageKey());
        assertThrows(AccessDeniedException.class, () -> M.fire("accept", CaseState.REGISTERED, c, null,
                holding(CaseWorkflow.REGISTER, CaseWorkflow.MEDIATE)));
        assertThrows(AccessDeniedException.class, () -> M.fire("close", CaseState.WITHDRAWN, c, null,
                holding(CaseWorkflow.MEDIATE)));
    }

    private static int legalPairs() {
        return M.transitions().stream().mapToInt(t -> t.from().size()).sum();
    }

    @Test
    void caseNumbersAreReadableAndYearly() {
        assertEquals("崂调〔2026〕0001号", new CaseNumber(2026, 1).toString());
        assertEquals("崂调〔2026〕1234号", new CaseNumber(2026, 1234).toString());
        assertEquals(new CaseNumber(2026, 17), CaseNumber.parse("崂调〔2026〕0017号"));
        assertThrows(IllegalArgumentException.class, () -> CaseNumber.parse("崂调(2026)17号"));
        assertThrows(IllegalArgumentException.class, () -> new CaseNumber(2026, 0));
    }

    @Test
    void everyActionAndStateARefusalNamesHasItsWordsInBothLanguages() throws Exception {
        for (String bundle : List.of("i18n/messages.properties", "i18n/messages_en.properties")) {
            java.util.Properties messages = new java.util.Properties();
            try (var in = new java.io.InputStreamReader(CaseWorkflowTest.class.getClassLoader()
                    .getResourceAsStream(bundle), java.nio.charset.StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            for (StateMachine.Transition<CaseState, MediationCase> t : M.transitions()) {
                org.junit.jupiter.api.Assertions.assertNotNull(messages.getProperty("mediation.action." + t.action()),
                        bundle + ": mediation.action." + t.action());
            }
            for (CaseState state : CaseState.values()) {
                org.junit.jupiter.api.Assertions.assertNotNull(messages.getProperty("mediation.state." + state.name()),
                        bundle + ": mediation.state." + state.name());
            }
        }
    }
}
