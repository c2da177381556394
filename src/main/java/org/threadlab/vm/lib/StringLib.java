package org.threadlab.vm.lib;

import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.mem.AddressSpace;

/**
 * string.h over the VM's memory: every access is checked, so a strcpy past the end of its buffer
 * faults (OUT_OF_BOUNDS) at the call. Bytes compare as unsigned char. strerror returns Linux's
 * messages as read-only strings.
 */
final class StringLib {
    private StringLib() {
    }

    static void install(BuiltinRegistry r) {
        r.register("strlen", c -> c.memory().strlen(c.arg(0)));
        r.register("strnlen", c -> {
            long n = 0;
            while (n < size(c.arg(1)) && c.memory().loadU8(c.arg(0) + n) != 0) {
                n++;
            }
            return n;
        });
        r.register("strcpy", c -> {
            c.memory().copy(c.arg(0), c.arg(1), c.memory().strlen(c.arg(1)) + 1);
            return c.arg(0);
        });
        r.register("strncpy", c -> {
            long n = size(c.arg(2));
            long len = 0;
            while (len < n && c.memory().loadU8(c.arg(1) + len) != 0) {
                len++;
            }
            c.memory().copy(c.arg(0), c.arg(1), len);
            c.memory().fill(c.arg(0) + len, 0, n - len);
            return c.arg(0);
        });
        r.register("strcat", c -> {
            long end = c.arg(0) + c.memory().strlen(c.arg(0));
            c.memory().copy(end, c.arg(1), c.memory().strlen(c.arg(1)) + 1);
            return c.arg(0);
        });
        r.register("strncat", c -> {
            long end = c.arg(0) + c.memory().strlen(c.arg(0));
            long len = 0;
            while (len < size(c.arg(2)) && c.memory().loadU8(c.arg(1) + len) != 0) {
                len++;
            }
            c.memory().copy(end, c.arg(1), len);
            c.memory().store8(end + len, 0);
            return c.arg(0);
        });
        r.register("strcasecmp", c -> compareIgnoringCase(c.memory(), c.arg(0), c.arg(1), Long.MAX_VALUE));
        r.register("strncasecmp", c -> compareIgnoringCase(c.memory(), c.arg(0), c.arg(1), size(c.arg(2))));
        r.register("strcmp", c -> compare(c.memory(), c.arg(0), c.arg(1), Long.MAX_VALUE));
        r.register("strncmp", c -> compare(c.memory(), c.arg(0), c.arg(1), size(c.arg(2))));
        r.register("strchr", c -> {
            int ch = (int) c.arg(1) & 0xFF;
            for (long p = c.arg(0); ; p++) {
                int b = (int) c.memory().loadU8(p);
                if (b == ch) {
                    return p;
                }
                if (b == 0) {
                    return 0;
                }
            }
        });
        r.register("strrchr", c -> {
            int ch = (int) c.arg(1) & 0xFF;
            long found = 0;
            for (long p = c.arg(0); ; p++) {
                int b = (int) c.memory().loadU8(p);
                if (b == ch) {
                    found = p;
                }
                if (b == 0) {
                    return found;
                }
            }
        });
        r.register("strstr", c -> strstr(c.memory(), c.arg(0), c.arg(1)));
        r.register("strdup", c -> {
            long len = c.memory().strlen(c.arg(0));
            long p = c.memory().malloc(len + 1, c.site());
            if (p != 0) {
                c.memory().copy(p, c.arg(0), len + 1);
            }
            return p;
        });
        r.register("strtok_r", StringLib::strtokR);
        r.register("strtok", c -> {
            LibState s = LibState.of(c.machine());
            long save = ThreadLib.scratch(c);
            c.memory().store64(save, s.strtokSave);
            long token = strtokR(c, c.arg(0), c.arg(1), save);
            s.strtokSave = c.memory().load64(save);
            return token;
        });
        r.register("memchr", c -> {
            for (long i = 0; i < size(c.arg(2)); i++) {
                if (c.memory().loadU8(c.arg(0) + i) == (c.arg(1) & 0xFF)) {
                    return c.arg(0) + i;
                }
            }
            return 0;
        });
        r.register("strspn", c -> span(c.memory(), c.arg(0), c.arg(1), true));
        r.register("strcspn", c -> span(c.memory(), c.arg(0), c.arg(1), false));
        r.register("memcpy", c -> {
            c.memory().copy(c.arg(0), c.arg(1), size(c.arg(2)));
            return c.arg(0);
        });
        r.register("memmove", c -> {
            c.memory().copy(c.arg(0), c.arg(1), size(c.arg(2)));
            return c.arg(0);
        });
        r.register("memset", c -> {
            c.memory().fill(c.arg(0), (int) c.arg(1), size(c.arg(2)));
            return c.arg(0);
        });
        r.register("memcmp", c -> c.memory().compare(c.arg(0), c.arg(1), size(c.arg(2))));
        r.register("strerror", c -> LibState.of(c.machine()).constantString(c.memory(), errorMessage((int) c.arg(0))));
    }

    /** A size_t argument: values above Long.MAX_VALUE (negative as a long) mean "huge", so they fault. */
    static long size(long n) {
        return n < 0 ? Long.MAX_VALUE : n;
    }

    static long compare(AddressSpace m, long a, long b, long n) {
        for (long i = 0; i < n; i++) {
            int x = (int) m.loadU8(a + i);
            int y = (int) m.loadU8(b + i);
            if (x != y) {
                return x - y;
            }
            if (x == 0) {
                return 0;
            }
        }
        return 0;
    }

    static long compareIgnoringCase(AddressSpace m, long a, long b, long n) {
        for (long i = 0; i < n; i++) {
            int x = lower((int) m.loadU8(a + i));
            int y = lower((int) m.loadU8(b + i));
            if (x != y) {
                return x - y;
            }
            if (x == 0) {
                return 0;
            }
        }
        return 0;
    }

    private static int lower(int ch) {
        return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    private static long strstr(AddressSpace m, long hay, long needle) {
        long n = m.strlen(needle);
        long h = m.strlen(hay);
        for (long i = 0; i + n <= h; i++) {
            if (n == 0 || m.compare(hay + i, needle, n) == 0) {
                return hay + i;
            }
        }
        return 0;
    }

    private static boolean isDelimiter(AddressSpace m, long delims, int b) {
        for (long p = delims; ; p++) {
            int d = (int) m.loadU8(p);
            if (d == 0) {
                return false;
            }
            if (d == b) {
                return true;
            }
        }
    }

    private static long span(AddressSpace m, long s, long set, boolean inSet) {
        long n = 0;
        int b;
        while ((b = (int) m.loadU8(s + n)) != 0 && isDelimiter(m, set, b) == inSet) {
            n++;
        }
        return n;
    }

    private static long strtokR(BuiltinCall c) {
        return strtokR(c, c.arg(0), c.arg(1), c.arg(2));
    }

    /** strtok_r(str, delim, saveptr). */
    private static long strtokR(BuiltinCall c, long str, long delim, long saveptr) {
        AddressSpace m = c.memory();
        long p = str != 0 ? str : m.load64(saveptr);
        if (p == 0) {
            return 0;
        }
        while (m.loadU8(p) != 0 && isDelimiter(m, delim, (int) m.loadU8(p))) {
            p++;
        }
        if (m.loadU8(p) == 0) {
            m.store64(saveptr, p);
            return 0;
        }
        long token = p;
        while (m.loadU8(p) != 0 && !isDelimiter(m, delim, (int) m.loadU8(p))) {
            p++;
        }
        if (m.loadU8(p) != 0) {
            m.store8(p, 0);
            p++;
        }
        m.store64(saveptr, p);
        return token;
    }

    /** Linux's strerror message for {@code errno}. */
    static String errorMessage(int errno) {
        return switch (errno) {
            case 0 -> "Success";
            case 1 -> "Operation not permitted";
            case 2 -> "No such file or directory";
            case 3 -> "No such process";
            case 4 -> "Interrupted system call";
            case 5 -> "Input/output error";
            case 9 -> "Bad file descriptor";
            case 11 -> "Resource temporarily unavailable";
            case 12 -> "Cannot allocate memory";
            case 13 -> "Permission denied";
            case 14 -> "Bad address";
            case 16 -> "Device or resource busy";
            case 17 -> "File exists";
            case 22 -> "Invalid argument";
            case 24 -> "Too many open files";
            case 28 -> "No space left on device";
            case 29 -> "Illegal seek";
            case 32 -> "Broken pipe";
            case 33 -> "Numerical argument out of domain";
            case 34 -> "Numerical result out of range";
            case 35 -> "Resource deadlock avoided";
            case 38 -> "Function not implemented";
            case 75 -> "Value too large for defined data type";
            case 95 -> "Operation not supported";
            case 110 -> "Connection timed out";
            default -> "Unknown error " + errno;
        };
    }
}
