package org.threadlab.vm.lib;

import org.threadlab.kernel.Errno;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.interp.Completion;

/**
 * time.h and sys/time.h, on the simulated clock ({@link SimClock}):
 * sleeping blocks the thread in NANOSLEEP for the ticks covering the time asked (rounded up, as a
 * real timer would). clock() is the simulated time since the start in CLOCKS_PER_SEC (1000000)
 * units: ThreadLab does not model CPU time separately.
 */
final class TimeLib {
    static final long CLOCKS_PER_SEC = 1_000_000;
    static final int TIMER_ABSTIME = 1;

    private TimeLib() {
    }

    static void install(BuiltinRegistry r) {
        r.register("time", c -> {
            long seconds = SimClock.realtimeNanos(c.kernel()) / 1_000_000_000L;
            if (c.arg(0) != 0) {
                c.memory().store64(c.arg(0), seconds);
            }
            return seconds;
        });
        r.register("clock", c -> SimClock.monotonicNanos(c.kernel()) / (1_000_000_000L / CLOCKS_PER_SEC));
        r.register("clock_gettime", c -> {
            long nanos = switch ((int) c.arg(0)) {
                case SimClock.CLOCK_REALTIME -> SimClock.realtimeNanos(c.kernel());
                case SimClock.CLOCK_MONOTONIC, SimClock.CLOCK_PROCESS_CPUTIME_ID, SimClock.CLOCK_THREAD_CPUTIME_ID ->
                        SimClock.monotonicNanos(c.kernel());
                default -> -1;
            };
            if (nanos < 0) {
                ThreadLib.setErrno(c, Errno.EINVAL);
                return -1;
            }
            SimClock.writeTimespec(c.memory(), c.arg(1), nanos);
            return 0;
        });
        r.register("clock_getres", c -> {
            if (c.arg(1) != 0) {
                SimClock.writeTimespec(c.memory(), c.arg(1), SimClock.NANOS_PER_TICK);
            }
            return 0;
        });
        r.register("gettimeofday", c -> {
            long nanos = SimClock.realtimeNanos(c.kernel());
            c.memory().store64(c.arg(0), nanos / 1_000_000_000L);
            c.memory().store64(c.arg(0) + 8, nanos % 1_000_000_000L / 1000);
            return 0;
        });
        r.register("clock_nanosleep", c -> {
            long clock = c.arg(0);
            if (clock != SimClock.CLOCK_REALTIME && clock != SimClock.CLOCK_MONOTONIC) {
                return Errno.EINVAL;
            }
            long ticks;
            if ((c.arg(1) & TIMER_ABSTIME) != 0) {
                ticks = SimClock.ticksUntil(c.kernel(), c.memory(), c.arg(2), clock == SimClock.CLOCK_MONOTONIC);
            } else {
                long nanos = SimClock.readTimespec(c.memory(), c.arg(2));
                ticks = nanos < 0 ? -1 : SimClock.ticksCovering(nanos);
            }
            if (ticks < 0) {
                return Errno.EINVAL;
            }
            return sleepTicks(c, ticks, Completion.RESULT_CODE);
        });
        r.register("nanosleep", c -> {
            long nanos = SimClock.readTimespec(c.memory(), c.arg(0));
            if (nanos < 0) {
                ThreadLib.setErrno(c, Errno.EINVAL);
                return -1;
            }
            if (c.arg(1) != 0) {
                SimClock.writeTimespec(c.memory(), c.arg(1), 0);
            }
            return sleepTicks(c, SimClock.ticksCovering(nanos), Completion.RESULT_CODE);
        });
    }

    static long sleepTicks(BuiltinCall c, long ticks, Completion completion) {
        c.kernel().sleep(c.self(), ticks);
        return c.kernelCall(completion);
    }
}
