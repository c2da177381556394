package org.threadlab.vm.lib;

import org.threadlab.kernel.Errno;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.interp.Completion;

/**
 * sched.h: sched_yield, the priority range 1..255 (QNX's) for every policy, and
 * sched_getparam/sched_setparam/sched_getscheduler/sched_setscheduler, which act on the calling
 * thread whatever pid they are given (ThreadLab runs one process). sched_setscheduler returns 0
 * on success, as Linux does (POSIX says the former policy).
 */
final class SchedLib {
    static final int PRIORITY_MIN = 1;
    static final int PRIORITY_MAX = 255;

    private SchedLib() {
    }

    static void install(BuiltinRegistry r) {
        r.register("sched_yield", c -> {
            c.kernel().yield(c.self());
            return c.kernelCall(Completion.RESULT_CODE);
        });
        r.register("sched_getparam", c -> {
            c.memory().store32(c.arg(1), c.self().basePriority());
            return 0;
        });
        r.register("sched_getscheduler", c -> PthreadLib.policyCode(c.self().policy()));
        r.register("sched_setparam", c -> {
            c.kernel().setPriority(c.self(), c.self(), (int) c.memory().loadI32(c.arg(1)));
            return c.kernelCall(SemaphoreLib.ERRNO_RESULT);
        });
        r.register("sched_setscheduler", c -> {
            if (c.arg(1) < PthreadLib.SCHED_OTHER || c.arg(1) > PthreadLib.SCHED_RR) {
                ThreadLib.setErrno(c, Errno.EINVAL);
                return -1;
            }
            c.kernel().setScheduling(c.self(), c.self(), PthreadLib.policy(c.arg(1)), (int) c.memory().loadI32(c.arg(2)));
            return c.kernelCall(SemaphoreLib.ERRNO_RESULT);
        });
        r.register("sched_get_priority_min", c -> c.arg(0) >= 0 && c.arg(0) <= 2 ? PRIORITY_MIN : -1);
        r.register("sched_get_priority_max", c -> c.arg(0) >= 0 && c.arg(0) <= 2 ? PRIORITY_MAX : -1);
    }
}
