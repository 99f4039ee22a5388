package cn.gov.laoshan.district.sample.service;

import cn.gov.laoshan.district.api.workflow.StateMachine;
import cn.gov.laoshan.district.sample.domain.Item;
import cn.gov.laoshan.district.sample.domain.ItemState;

/** The plugin's permissions, its department and its records' state machine, declared once. */
public final class ItemWorkflow {

    public static final String PLUGIN = "sample";
    /** The department the plugin belongs to: new records go there when the creator holds the permission there. */
    public static final String DEPARTMENT = "market";

    public static final String READ = "sample.item.read";
    public static final String CREATE = "sample.item.create";
    public static final String DECIDE = "sample.item.decide";

    public static final StateMachine<ItemState, Item> MACHINE = StateMachine
            .<ItemState, Item>of(ItemState.class, "Item")
            .transition("accept", ItemState.SUBMITTED, ItemState.ACCEPTED).permission(DECIDE).add()
            .transition("reject", ItemState.SUBMITTED, ItemState.REJECTED).permission(DECIDE).reasonRequired().add()
            .transition("complete", ItemState.ACCEPTED, ItemState.DONE).permission(DECIDE).add()
            .build();

    private ItemWorkflow() {
    }
}
