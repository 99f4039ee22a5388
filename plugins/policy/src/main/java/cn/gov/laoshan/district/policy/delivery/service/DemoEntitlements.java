package cn.gov.laoshan.district.policy.delivery.service;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.payout.BankAccount;
import cn.gov.laoshan.district.policy.delivery.domain.Entitlement;
import cn.gov.laoshan.district.policy.delivery.domain.EntitlementState;
import cn.gov.laoshan.district.policy.draft.domain.PolicyDraft;
import cn.gov.laoshan.district.policy.draft.service.DraftRepository;
import cn.gov.laoshan.district.policy.draft.service.PolicyListFilter;
import cn.gov.laoshan.district.policy.match.domain.PolicyMatch;

/**
 * Demo entitlements of the two account enterprises (海澜智联, 明德长青) to policies of the 2025 batch, in each state:
 * offered, confirmed with an account (handed to finance: its answer shows, a refusal when finance holds no budget for
 * the policy), declined, lapsed. Made through the service once the demo policy list is published; what exists (by
 * key) is left as it is, so a restart or the match run's own matches change nothing.
 */
public final class DemoEntitlements {

    static final String HAILAN = "91370212MA3C4XK2QQ";
    static final String MINGDE = "91370212MA3D0WPHWP";
    static final String HAILAN_NAME = "青岛海澜智联科技有限公司";
    static final String MINGDE_NAME = "青岛明德长青海洋生物科技有限公司";

    private DemoEntitlements() {
    }

    public static String seed(EntitlementService service, DraftRepository drafts, BooleanSupplier stopping) {
        List<PolicyDraft> policies = List.of();
        // the policy list is seeded beside us: wait for its 2025 batch (at most ten minutes)
        for (int i = 0; i < 600 && !stopping.getAsBoolean(); i++) {
            policies = drafts.published(new PolicyListFilter(3, null, null), 0, 6);
            if (policies.size() == 6) {
                break;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
        if (policies.size() < 6 || stopping.getAsBoolean()) {
            return "no published policies";
        }
        String period = String.valueOf(service.today().getYear());
        BankAccount hailanAccount = new BankAccount("招商银行青岛崂山支行", HAILAN_NAME, "6214830212345678");
        BankAccount mingdeAccount = new BankAccount("青岛银行海尔路支行", MINGDE_NAME, "8020300012345678901");
        int made = 0;
        made += offer(service, policies.get(0), period, HAILAN, HAILAN_NAME, "200000");
        made += offer(service, policies.get(1), period, HAILAN, HAILAN_NAME, "80000");
        made += offer(service, policies.get(2), period, HAILAN, HAILAN_NAME, "500000");
        made += offer(service, policies.get(3), period, HAILAN, HAILAN_NAME, "150000");
        made += offer(service, policies.get(0), period, MINGDE, MINGDE_NAME, "200000");
        made += offer(service, policies.get(4), period, MINGDE, MINGDE_NAME, "300000");
        made += offer(service, policies.get(5), period, MINGDE, MINGDE_NAME, "50000");
        if (stopping.getAsBoolean()) {
            return made + " entitlements";
        }
        // one of each state, for each enterprise's screens
        key(service, policies.get(2), period, HAILAN).filter(e -> e.state() == EntitlementState.OFFERED)
                .ifPresent(e -> service.confirmed(e.id(), hailanAccount, "hailan-cw"));
        key(service, policies.get(3), period, HAILAN).filter(e -> e.state() == EntitlementState.OFFERED)
                .ifPresent(e -> service.lapseNow(e.id()));
        key(service, policies.get(0), period, MINGDE).filter(e -> e.state() == EntitlementState.OFFERED)
                .ifPresent(e -> service.confirmed(e.id(), mingdeAccount, "mingde-cw"));
        key(service, policies.get(4), period, MINGDE).filter(e -> e.state() == EntitlementState.OFFERED)
                .ifPresent(e -> service.declined(e.id(), "已享受同类市级政策，不重复申领"));
        return made + " entitlements";
    }

    private static int offer(EntitlementService service, PolicyDraft p, String period, String uscc, String name,
            String amount) {
        return service.recordMatches(List.of(new PolicyMatch(p.id(), p.payoutCode(), period, uscc, name,
                Yuan.parse(amount))));
    }

    private static Optional<Entitlement> key(EntitlementService service, PolicyDraft p, String period, String uscc) {
        return service.repository().findByKey(p.payoutCode(), period, uscc);
    }
}
