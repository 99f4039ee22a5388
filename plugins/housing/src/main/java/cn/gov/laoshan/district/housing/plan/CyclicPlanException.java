package cn.gov.laoshan.district.housing.plan;

import java.util.List;

/**
 * A plan whose prerequisites form a cycle, so it cannot be scheduled. {@link #cycle()} names the items of one cycle
 * in prerequisite order, the first repeated at the end: {@code [A, B, C, A]} means A is a prerequisite of B, B of C
 * and C of A; a self-loop is {@code [A, A]}. The cycle starts with its item that comes first in the input. The
 * message is English ({@code cyclic prerequisites: A → B → C → A}); the UI builds its own text from {@link #cycle()}
 * (e.g. 计划存在循环依赖：A → B → C → A).
 */
public final class CyclicPlanException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> cycle;

    public CyclicPlanException(List<String> cycle) {
        super("cyclic prerequisites: " + String.join(" → ", cycle));
        this.cycle = List.copyOf(cycle);
    }

    /** The keys of the cycle in prerequisite order, the first repeated at the end. */
    public List<String> cycle() {
        return cycle;
    }
}
