package org.threadlab.vm.interp;

import java.util.List;

import org.threadlab.vm.Fault;

/**
 * How a run ended. {@code exitStatus} is meaningful for {@link Status#EXITED} and is what a shell
 * would see: the low 8 bits of main's return value or exit's argument. {@code fault} is set for
 * FAULT and BUDGET (a budget is reported as a fault of kind BUDGET with the thread and line that
 * hit it); {@code blocked} lists the tids of the live threads, all blocked, for DEADLOCK, and
 * {@code cycle} the tids on a wait-for cycle (empty when they wait for something nobody holds,
 * such as a semaphore nobody posts).
 */
public record VmOutcome(Status status, int exitStatus, Fault fault, String haltReason, List<Integer> blocked,
                        List<Integer> cycle, long instructions) {

    public enum Status {
        /** The process exited (returned from main, called exit, or its last thread ended). */
        EXITED,
        /** The program faulted. */
        FAULT,
        /** A budget ran out. */
        BUDGET,
        /** Every live thread is blocked and no timer can wake one. */
        DEADLOCK,
        /** The driver halted the kernel for a reason of its own (wall-clock time). */
        HALTED,
        /** The driver's instruction slice ended; the run can continue. */
        RUNNING
    }

    public VmOutcome {
        blocked = List.copyOf(blocked);
        cycle = List.copyOf(cycle);
    }
}
