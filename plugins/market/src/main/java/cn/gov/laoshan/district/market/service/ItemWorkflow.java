package cn.gov.laoshan.district.market.service;

import java.util.List;
import java.util.Set;

import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.api.workflow.StateMachine;
import cn.gov.laoshan.district.market.domain.Item;
import cn.gov.laoshan.district.market.domain.ItemState;

/** The plugin's permissions, its department, its demo role and its records' state machine, declared once. */
public final class ItemWorkflow {

    public static final String PLUGIN = "market";
    /** The department the plugin belongs to: new records go there unless the creator's own department may have them. */
    public static final String DEPARTMENT = "market";

    public static final String READ = "market.item.read";
    public static final String CREATE = "market.item.create";
    public static final String DECIDE = "market.item.decide";

    /** On a home with demo data: a role holding the plugin's permissions in its department (add demo holders). */
    public static final List<DemoRole> DEMO_ROLES = List.of(DemoRole.staff("market-staff", "市场监管办理人员",
            "Market regulation officer", DemoRole.Scope.DEPARTMENT, DEPARTMENT, Set.of(READ, CREATE, DECIDE), List.of()));

    /** A refused step names its action and state in the user's words: {@code market.action.*}, {@code .state.*}. */
    public static final StateMachine<ItemState, Item> MACHINE = StateMachine
            .<ItemState, Item>of(ItemState.class, "Item").messages(PLUGIN)
            .transition("accept", ItemState.SUBMITTED, ItemState.ACCEPTED).permission(DECIDE).add()
            .transition("reject", ItemState.SUBMITTED, ItemState.REJECTED).permission(DECIDE).reasonRequired().add()
            .transition("complete", ItemState.ACCEPTED, ItemState.DONE).permission(DECIDE).add()
            .build();

    private ItemWorkflow() {
    }
}
