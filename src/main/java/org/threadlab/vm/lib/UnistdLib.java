package org.threadlab.vm.lib;

import java.nio.charset.StandardCharsets;

import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.mem.AddressSpace;

/**
 * unistd.h: sleep, usleep and QNX's delay (milliseconds) on the simulated clock (see
 * {@link SimClock}), getpid, and getopt.
 * getopt's globals live in a library-owned block of memory that the header reaches through
 * macros ({@code #define optind (*__threadlab_optind())}), so a program needs no definition of
 * them. getopt follows POSIX: it stops at the first non-option argument (glibc would permute).
 * Block layout: optarg @0 (char *), optind @8, opterr @12, optopt @16, position in the current
 * option cluster @20.
 */
final class UnistdLib {
    private static final int OPTARG = 0;
    private static final int OPTIND = 8;
    private static final int OPTERR = 12;
    private static final int OPTOPT = 16;
    private static final int NEXTCHAR = 20;

    private UnistdLib() {
    }

    static void install(BuiltinRegistry r) {
        r.register("sleep",
                c -> TimeLib.sleepTicks(c, (c.arg(0) & 0xFFFFFFFFL) * SimClock.TICKS_PER_SECOND, done -> 0));
        r.register("usleep", c -> TimeLib.sleepTicks(c, SimClock.ticksCovering((c.arg(0) & 0xFFFFFFFFL) * 1000),
                done -> 0));
        r.register("delay", c -> TimeLib.sleepTicks(c, SimClock.ticksCovering((c.arg(0) & 0xFFFFFFFFL) * 1_000_000),
                done -> 0));
        r.register("getpid", c -> c.self().process().pid());
        r.register("__threadlab_optarg", c -> block(c) + OPTARG);
        r.register("__threadlab_optind", c -> block(c) + OPTIND);
        r.register("__threadlab_opterr", c -> block(c) + OPTERR);
        r.register("__threadlab_optopt", c -> block(c) + OPTOPT);
        r.register("getopt", UnistdLib::getopt);
    }

    /** The getopt block, allocated (optind 1, opterr 1) on first use. */
    private static long block(BuiltinCall c) {
        LibState s = LibState.of(c.machine());
        if (s.getoptBlock == 0) {
            byte[] image = new byte[24];
            image[OPTIND] = 1;
            image[OPTERR] = 1;
            s.getoptBlock = AddressSpace.address(c.memory().newGlobal("getopt state", image, false), 0);
        }
        return s.getoptBlock;
    }

    private static long getopt(BuiltinCall c) {
        AddressSpace m = c.memory();
        long b = block(c);
        int argc = (int) c.arg(0);
        long argv = c.arg(1);
        long opts = c.arg(2);
        int optind = (int) m.loadI32(b + OPTIND);
        int next = (int) m.loadI32(b + NEXTCHAR);
        m.store64(b + OPTARG, 0);
        if (next == 0) {
            if (optind >= argc || optind < 1) {
                return -1;
            }
            long arg = m.load64(argv + 8L * optind);
            if (arg == 0 || m.loadU8(arg) != '-' || m.loadU8(arg + 1) == 0) {
                return -1;
            }
            if (m.loadU8(arg + 1) == '-' && m.loadU8(arg + 2) == 0) {
                m.store32(b + OPTIND, optind + 1);
                return -1;
            }
            next = 1;
        }
        long arg = m.load64(argv + 8L * optind);
        int ch = (int) m.loadU8(arg + next);
        next++;
        boolean last = m.loadU8(arg + next) == 0;
        long spec = ch == ':' ? 0 : find(m, opts, ch);
        boolean colonFirst = m.loadU8(opts) == ':';
        if (spec == 0) {
            m.store32(b + OPTOPT, ch);
            advance(m, b, optind, next, last);
            report(c, b, colonFirst, ": invalid option -- '", ch, argv);
            return '?';
        }
        if (m.loadU8(spec + 1) != ':') {
            advance(m, b, optind, next, last);
            return ch;
        }
        if (!last) {
            m.store64(b + OPTARG, arg + next);
            advance(m, b, optind, next, true);
            return ch;
        }
        if (optind + 1 < argc) {
            m.store64(b + OPTARG, m.load64(argv + 8L * (optind + 1)));
            m.store32(b + OPTIND, optind + 2);
            m.store32(b + NEXTCHAR, 0);
            return ch;
        }
        m.store32(b + OPTOPT, ch);
        advance(m, b, optind, next, true);
        if (colonFirst) {
            return ':';
        }
        report(c, b, false, ": option requires an argument -- '", ch, argv);
        return '?';
    }

    private static void advance(AddressSpace m, long b, int optind, int next, boolean endOfArg) {
        m.store32(b + OPTIND, endOfArg ? optind + 1 : optind);
        m.store32(b + NEXTCHAR, endOfArg ? 0 : next);
    }

    private static long find(AddressSpace m, long opts, int ch) {
        for (long p = opts; ; p++) {
            int o = (int) m.loadU8(p);
            if (o == 0) {
                return 0;
            }
            if (o == ch) {
                return p;
            }
        }
    }

    private static void report(BuiltinCall c, long b, boolean silent, String what, int ch, long argv) {
        if (silent || c.memory().loadI32(b + OPTERR) == 0) {
            return;
        }
        String prog = new String(c.memory().readCString(c.memory().load64(argv)), StandardCharsets.UTF_8);
        byte[] message = (prog + what + (char) ch + "'\n").getBytes(StandardCharsets.UTF_8);
        StdioLib.print(c, StdioLib.STDERR, message);
    }
}
