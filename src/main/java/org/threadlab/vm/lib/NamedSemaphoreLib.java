package org.threadlab.vm.lib;

import java.nio.charset.StandardCharsets;

import org.threadlab.kernel.sync.Semaphore;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.mem.AddressSpace;

/**
 * semaphore.h's named semaphores, per run (the machine runs one process): sem_open finds or
 * creates (O_CREAT, O_EXCL) the semaphore of a name in a sem_t of its own, which
 * {@link SemaphoreLib}'s sem_wait and sem_post then use; sem_unlink drops the name (the
 * semaphore lives on for whoever has it open); sem_close ends this process's use. Names are as
 * glibc takes them: leading slashes dropped, then no '/' and not empty. Failure is SEM_FAILED
 * (NULL) or -1 with errno: ENOENT, EEXIST, EINVAL.
 */
final class NamedSemaphoreLib {
    static final int O_CREAT = 0100;
    static final int O_EXCL = 0200;
    static final int ENOENT = 2;
    static final int EEXIST = 17;
    static final int EINVAL = 22;
    static final int ENAMETOOLONG = 36;
    private static final int NAME_MAX = 255;
    private static final int SEM_T_BYTES = 32;

    private NamedSemaphoreLib() {
    }

    static void install(BuiltinRegistry r) {
        r.register("sem_open", NamedSemaphoreLib::open);
        r.register("sem_close", c -> isNamed(c, c.arg(0)) ? 0 : fail(c, EINVAL));
        r.register("sem_unlink", c -> {
            String name = name(c, c.arg(0));
            if (name == null) {
                return -1;
            }
            return LibState.of(c.machine()).namedSemaphores.remove(name) != null ? 0 : fail(c, ENOENT);
        });
    }

    /** sem_open(name, oflag[, mode, value]): the sem_t of the name, or SEM_FAILED (0). */
    private static long open(BuiltinCall c) {
        String name = name(c, c.arg(0));
        if (name == null) {
            return 0;
        }
        int oflag = (int) c.arg(1);
        LibState s = LibState.of(c.machine());
        Long existing = s.namedSemaphores.get(name);
        if (existing != null) {
            if ((oflag & O_CREAT) != 0 && (oflag & O_EXCL) != 0) {
                return semFailed(c, EEXIST);
            }
            return existing;
        }
        if ((oflag & O_CREAT) == 0) {
            return semFailed(c, ENOENT);
        }
        long value = c.arg(3) & 0xFFFFFFFFL;
        if (value > Semaphore.VALUE_MAX) {
            return semFailed(c, EINVAL);
        }
        long address = AddressSpace.address(c.memory().newGlobal("/" + name, new byte[SEM_T_BYTES], false), 0);
        s.semaphores.put(address, Semaphore.create(c.kernel(), "/" + name, (int) value));
        s.namedSemaphores.put(name, address);
        return address;
    }

    /** The name without its leading slashes, or null with errno EINVAL or ENAMETOOLONG. */
    private static String name(BuiltinCall c, long address) {
        String name = new String(c.memory().readCString(address), StandardCharsets.UTF_8);
        int i = 0;
        while (i < name.length() && name.charAt(i) == '/') {
            i++;
        }
        name = name.substring(i);
        if (name.isEmpty() || name.indexOf('/') >= 0) {
            fail(c, EINVAL);
            return null;
        }
        if (name.length() > NAME_MAX) {
            fail(c, ENAMETOOLONG);
            return null;
        }
        return name;
    }

    /** True when {@code address} is a sem_t sem_open returned (unlinked or not). */
    private static boolean isNamed(BuiltinCall c, long address) {
        int seg = AddressSpace.segmentOf(address);
        return AddressSpace.offsetOf(address) == 0 && seg > AddressSpace.CODE_SEGMENT && seg < c.memory().segmentCount()
                && c.memory().segment(seg).name().startsWith("/") && LibState.of(c.machine()).semaphores.containsKey(address);
    }

    private static long semFailed(BuiltinCall c, int errno) {
        ThreadLib.setErrno(c, errno);
        return 0;
    }

    private static long fail(BuiltinCall c, int errno) {
        ThreadLib.setErrno(c, errno);
        return -1;
    }
}
