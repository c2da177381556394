package org.threadlab.explore.race;

import org.threadlab.vm.FaultException;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.mem.AddressSpace;

/**
 * The memory a library call reads and writes, worked out before the call from its name, its
 * arguments and the lengths of the strings it is given: builtins do not report their accesses
 * to the VM's access listener, so the explorer's checkers ask here. Known: the mem and str
 * functions of string.h, the string readers (puts, atoi, strtol, ...), and the data words the
 * pthread and semaphore calls write (the new thread's id, a joined thread's value, a
 * semaphore's value). A call with a bad pointer reports nothing: it faults on its own.
 */
public final class BuiltinAccesses {
    /** Told of one access: {@code bytes} bytes at {@code address}. */
    @FunctionalInterface
    public interface Sink {
        void access(long address, long bytes, boolean write);
    }

    /** A range longer than this is reported as its first this-many bytes (the checkers keep per-byte state). */
    public static final long MAX_BYTES = 1 << 16;

    private BuiltinAccesses() {
    }

    /** True when {@code name}'s accesses are known here; then {@link #report} tells them all. */
    public static boolean knows(String name) {
        return switch (name) {
            case "memcpy", "memmove", "memset", "memcmp", "strlen", "strcpy", "strncpy", "strcat", "strncat",
                 "strcmp", "strcoll", "strncmp", "strchr", "strrchr", "strstr", "strdup", "atoi", "atol", "atoll",
                 "atof", "puts", "fputs", "strtol", "strtoul", "strtoll", "strtoull", "strtod", "strtof",
                 "sem_getvalue", "pthread_create", "pthread_join" -> true;
            default -> false;
        };
    }

    /** Reports the accesses of a call of builtin {@code name} (nothing for one it does not {@link #knows know}). */
    public static void report(AddressSpace mem, String name, BuiltinCall call, Sink to) {
        Sink sink = (address, bytes, write) -> {
            if (bytes > 0) {
                to.access(address, Math.min(bytes, MAX_BYTES), write);
            }
        };
        try {
            switch (name) {
                case "memcpy", "memmove" -> {
                    sink.access(call.arg(1), call.arg(2), false);
                    sink.access(call.arg(0), call.arg(2), true);
                }
                case "memset" -> sink.access(call.arg(0), call.arg(2), true);
                case "memcmp" -> {
                    sink.access(call.arg(0), call.arg(2), false);
                    sink.access(call.arg(1), call.arg(2), false);
                }
                case "strcpy" -> {
                    long n = string(mem, call.arg(1));
                    sink.access(call.arg(1), n, false);
                    sink.access(call.arg(0), n, true);
                }
                case "strncpy" -> {
                    sink.access(call.arg(1), Math.min(string(mem, call.arg(1)), call.arg(2)), false);
                    sink.access(call.arg(0), call.arg(2), true);
                }
                case "strcat", "strncat" -> {
                    long d = string(mem, call.arg(0));
                    long s = string(mem, call.arg(1));
                    if (name.equals("strncat")) {
                        s = Math.min(s, call.arg(2) + 1);
                    }
                    sink.access(call.arg(0), d, false);
                    sink.access(call.arg(1), s, false);
                    sink.access(call.arg(0) + d - 1, s, true);
                }
                case "strcmp", "strcoll", "strstr" -> {
                    sink.access(call.arg(0), string(mem, call.arg(0)), false);
                    sink.access(call.arg(1), string(mem, call.arg(1)), false);
                }
                case "strncmp" -> {
                    sink.access(call.arg(0), Math.min(string(mem, call.arg(0)), call.arg(2)), false);
                    sink.access(call.arg(1), Math.min(string(mem, call.arg(1)), call.arg(2)), false);
                }
                case "strtol", "strtoul", "strtoll", "strtoull", "strtod", "strtof" -> {
                    sink.access(call.arg(0), string(mem, call.arg(0)), false);
                    if (call.argCount() > 1 && call.arg(1) != 0) {
                        sink.access(call.arg(1), 8, true); // *endptr
                    }
                }
                case "strlen", "strchr", "strrchr", "strdup", "atoi", "atol", "atoll", "atof", "puts", "fputs" ->
                        sink.access(call.arg(0), string(mem, call.arg(0)), false);
                case "sem_getvalue" -> sink.access(call.arg(1), 4, true);
                case "pthread_create" -> sink.access(call.arg(0), 8, true);
                case "pthread_join" -> {
                    if (call.argCount() > 1 && call.arg(1) != 0) {
                        sink.access(call.arg(1), 8, true);
                    }
                }
                default -> { }
            }
        } catch (FaultException e) {
            // a bad pointer or an unterminated string: the call itself faults
        }
    }

    /** The bytes of the string at {@code address}, its NUL included. */
    private static long string(AddressSpace mem, long address) {
        return mem.strlen(address) + 1;
    }
}
