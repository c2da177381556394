package org.threadlab.vm.lib;

import org.threadlab.kernel.Errno;
import org.threadlab.kernel.Policy;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadAttr;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.interp.Completion;

/**
 * pthread.h's threads and thread attributes. pthread_t is the kernel thread id. pthread_attr_t's
 * layout (pthread.h): int detachstate @0, int inheritsched @4, int policy @8, int priority @12
 * (struct sched_param), unsigned long stacksize @16; all zero is a valid default attribute
 * (joinable, inherited scheduling, the VM's configured stack size).
 * pthread_setschedparam sets the policy and the priority together (Kernel.setScheduling).
 * A thread gets the stack size of its attribute (at least PTHREAD_STACK_MIN, 16384, as glibc);
 * pthread_create fails with EAGAIN when it exceeds the memory budget or 2^30 bytes. Stacks commit
 * memory as they are used, so a big stack costs only what the thread uses.
 * Elsewhere: pthread_exit in {@link ThreadExitLib}, pthread_key_* in {@link KeyLib},
 * cancellation and cleanup handlers in {@link CancelLib}, pthread_once in {@link OnceLib}.
 */
final class PthreadLib {
    static final int PTHREAD_CREATE_JOINABLE = 0;
    static final int PTHREAD_CREATE_DETACHED = 1;
    static final int PTHREAD_INHERIT_SCHED = 0;
    static final int PTHREAD_EXPLICIT_SCHED = 1;
    static final int ENOTSUP = 95;
    static final int SCHED_OTHER = 0;
    static final int SCHED_FIFO = 1;
    static final int SCHED_RR = 2;
    static final int ATTR_DETACH = 0;
    static final int ATTR_INHERIT = 4;
    static final int ATTR_POLICY = 8;
    static final int ATTR_PRIORITY = 12;
    static final int ATTR_STACKSIZE = 16;
    static final int PTHREAD_STACK_MIN = 16384;
    /** The largest stack a thread may have, besides the memory budget (VmConfig's bound). */
    static final long STACK_MAX = 1L << 30;

    private PthreadLib() {
    }

    static void install(BuiltinRegistry r) {
        r.register("pthread_create", PthreadLib::create);
        r.register("pthread_join", PthreadLib::join);
        r.register("pthread_self", c -> c.self().tid());
        r.register("pthread_equal", c -> c.arg(0) == c.arg(1) ? 1 : 0);
        OnceLib.install(r);
        r.register("pthread_yield", c -> {
            c.kernel().yield(c.self());
            return c.kernelCall(Completion.RESULT_CODE);
        });
        r.register("pthread_attr_setscope", c -> c.arg(1) == 0 ? 0 : ENOTSUP);
        r.register("pthread_attr_getscope", c -> {
            c.memory().store32(c.arg(1), 0);
            return 0;
        });
        r.register("pthread_detach", c -> {
            SimThread t = thread(c, c.arg(0));
            if (t == null) {
                return Errno.ESRCH;
            }
            c.kernel().detach(c.self(), t);
            return c.kernelCall(Completion.RESULT_CODE);
        });
        r.register("pthread_attr_init", c -> {
            c.memory().fill(c.arg(0), 0, ATTR_STACKSIZE);
            c.memory().store64(c.arg(0) + ATTR_STACKSIZE, c.machine().config().stackBytes());
            return 0;
        });
        r.register("pthread_attr_destroy", c -> 0);
        r.register("pthread_attr_setdetachstate", c -> setField(c, ATTR_DETACH, c.arg(1), 0, 1));
        r.register("pthread_attr_getdetachstate", c -> getField(c, ATTR_DETACH));
        r.register("pthread_attr_setinheritsched", c -> setField(c, ATTR_INHERIT, c.arg(1), 0, 1));
        r.register("pthread_attr_getinheritsched", c -> getField(c, ATTR_INHERIT));
        r.register("pthread_attr_setschedpolicy", c -> setField(c, ATTR_POLICY, c.arg(1), 0, 2));
        r.register("pthread_attr_getschedpolicy", c -> getField(c, ATTR_POLICY));
        r.register("pthread_attr_setschedparam", c -> {
            long prio = c.memory().loadI32(c.arg(1));
            return setField(c, ATTR_PRIORITY, prio, 1, 255);
        });
        r.register("pthread_attr_getschedparam", c -> {
            c.memory().store32(c.arg(1), c.memory().loadI32(c.arg(0) + ATTR_PRIORITY));
            return 0;
        });
        r.register("pthread_attr_setstacksize", c -> {
            if (c.arg(1) < PTHREAD_STACK_MIN) {
                return Errno.EINVAL;
            }
            c.memory().store64(c.arg(0) + ATTR_STACKSIZE, c.arg(1));
            return 0;
        });
        r.register("pthread_attr_getstacksize", c -> {
            long size = c.memory().load64(c.arg(0) + ATTR_STACKSIZE);
            c.memory().store64(c.arg(1), size == 0 ? c.machine().config().stackBytes() : size);
            return 0;
        });
        r.register("pthread_setschedprio", c -> {
            SimThread t = thread(c, c.arg(0));
            if (t == null) {
                return Errno.ESRCH;
            }
            c.kernel().setPriority(c.self(), t, (int) c.arg(1));
            return c.kernelCall(Completion.RESULT_CODE);
        });
        r.register("pthread_getschedparam", c -> {
            SimThread t = thread(c, c.arg(0));
            if (t == null) {
                return Errno.ESRCH;
            }
            c.memory().store32(c.arg(1), policyCode(t.policy()));
            c.memory().store32(c.arg(2), t.basePriority());
            return 0;
        });
        r.register("pthread_setschedparam", c -> {
            SimThread t = thread(c, c.arg(0));
            if (t == null) {
                return Errno.ESRCH;
            }
            if (c.arg(1) < SCHED_OTHER || c.arg(1) > SCHED_RR) {
                return Errno.EINVAL;
            }
            c.kernel().setScheduling(c.self(), t, policy(c.arg(1)), (int) c.memory().loadI32(c.arg(2)));
            return c.kernelCall(Completion.RESULT_CODE);
        });
    }

    private static long setField(BuiltinCall c, int offset, long value, long min, long max) {
        if (value < min || value > max) {
            return Errno.EINVAL;
        }
        c.memory().store32(c.arg(0) + offset, value);
        return 0;
    }

    private static long getField(BuiltinCall c, int offset) {
        c.memory().store32(c.arg(1), c.memory().loadI32(c.arg(0) + offset));
        return 0;
    }

    static int policyCode(Policy p) {
        return p == null ? SCHED_OTHER : switch (p) {
            case FIFO -> SCHED_FIFO;
            case RR -> SCHED_RR;
            case OTHER -> SCHED_OTHER;
        };
    }

    static Policy policy(long code) {
        return code == SCHED_FIFO ? Policy.FIFO : code == SCHED_RR ? Policy.RR : Policy.OTHER;
    }

    /** The live or joinable thread of this process with id {@code tid}, or null. */
    static SimThread thread(BuiltinCall c, long tid) {
        for (SimThread t : c.kernel().threads()) {
            if (t.tid() == tid && t.process() == c.self().process()) {
                return t;
            }
        }
        return null;
    }

    /**
     * The kernel's view of the pthread_attr_t at {@code attrAddr} (0: the default attributes), or
     * null when its explicit priority is out of range (EINVAL).
     */
    static ThreadAttr threadAttr(BuiltinCall c, long attrAddr) {
        ThreadAttr attr = ThreadAttr.INHERIT;
        if (attrAddr != 0) {
            boolean detached = c.memory().loadI32(attrAddr + ATTR_DETACH) == PTHREAD_CREATE_DETACHED;
            if (c.memory().loadI32(attrAddr + ATTR_INHERIT) == PTHREAD_EXPLICIT_SCHED) {
                long prio = c.memory().loadI32(attrAddr + ATTR_PRIORITY);
                if (prio < 1 || prio > 255) {
                    return null;
                }
                attr = ThreadAttr.explicit((int) prio, policy(c.memory().loadI32(attrAddr + ATTR_POLICY)));
            }
            if (detached) {
                attr = attr.detachedThread();
            }
        }
        return attr;
    }

    /**
     * The stack size the pthread_attr_t at {@code attrAddr} asks for (0: the default attributes,
     * the VM's stack size), or -1 when no stack that big can be mapped (EAGAIN, as glibc).
     */
    static long stackSize(BuiltinCall c, long attrAddr) {
        long size = attrAddr == 0 ? 0 : c.memory().load64(attrAddr + ATTR_STACKSIZE);
        if (size == 0) {
            return c.machine().config().stackBytes();
        }
        return size < 0 || size > Math.min(STACK_MAX, c.machine().config().memoryBytes()) ? -1 : size;
    }

    private static long create(BuiltinCall c) {
        long out = c.arg(0);
        long stack = stackSize(c, c.arg(1));
        if (stack < 0) {
            return Errno.EAGAIN;
        }
        ThreadAttr attr = threadAttr(c, c.arg(1));
        if (attr == null) {
            return Errno.EINVAL;
        }
        c.memory().writable(out, 8);
        SimThread t = c.machine().startThread(c.self(), c.arg(2), c.arg(3), attr, (int) stack);
        if (t == null) {
            return c.kernelCall(done -> Errno.EAGAIN);
        }
        c.memory().store64(out, t.tid());
        return c.kernelCall(done -> 0); // startThread completes no result code
    }

    private static long join(BuiltinCall c) {
        SimThread t = thread(c, c.arg(0));
        if (t == null) {
            return Errno.ESRCH;
        }
        long retval = c.arg(1);
        c.kernel().join(c.self(), t);
        return c.kernelCall(done -> {
            int r = done.self().result();
            if (r == 0 && retval != 0) {
                done.memory().store64(retval, done.self().value());
            }
            return r;
        });
    }
}
