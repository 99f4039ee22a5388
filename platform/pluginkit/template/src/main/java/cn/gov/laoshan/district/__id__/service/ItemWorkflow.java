package cn.gov.laoshan.district.__id__.service;

import cn.gov.laoshan.district.api.workflow.StateMachine;
import cn.gov.laoshan.district.__id__.domain.Item;
import cn.gov.laoshan.district.__id__.domain.ItemState;

/** The plugin's permissions, its department and its records' state machine, declared once. */
public final class ItemWorkflow {

    public static final String PLUGIN = "__id__";
    /** The department the plugin belongs to: new records go there when the creator holds the permission there. */
    public static final String DEPARTMENT = "__department__";

    public static final String READ = "__id__.item.read";
    public static final String CREATE = "__id__.item.create";
    public static final String DECIDE = "__id__.item.decide";

    public static final StateMachine<ItemState, Item> MACHINE = StateMachine
            .<ItemState, Item>of(ItemState.class, "Item")
            .transition("accept", ItemState.SUBMITTED, ItemState.ACCEPTED).permission(DECIDE).add()
            .transition("reject", ItemState.SUBMITTED, ItemState.REJECTED).permission(DECIDE).reasonRequired().add()
            .transition("complete", ItemState.ACCEPTED, ItemState.DONE).permission(DECIDE).add()
            .build();

    private ItemWorkflow() {
    }
}
