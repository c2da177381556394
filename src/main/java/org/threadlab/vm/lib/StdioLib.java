package org.threadlab.vm.lib;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.threadlab.vm.FaultKind;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.lib.Output.Stream;
import org.threadlab.vm.mem.AddressSpace;

/**
 * stdio.h: formatted and plain output to stdout and stderr, sprintf/snprintf into memory, and
 * sscanf. stdin, stdout and stderr are the FILE handles 1, 2 and 3 (opaque: pointers into the
 * NULL guard, so dereferencing one faults), returned by __threadlab_stdin/stdout/stderr, which
 * the header's stdin/stdout/stderr macros call. Output is unbuffered (fflush does nothing), so
 * the interleaving of threads' output is exactly the order of their calls. Input (getchar,
 * fgetc, getc, fgets, scanf) reads stdin from the bytes the runner gave
 * {@link LibState#setInput}; with none, every read sees EOF. There are no files: fopen returns
 * NULL with errno ENOENT.
 */
final class StdioLib {
    static final long STDIN = 1;
    static final long STDOUT = 2;
    static final long STDERR = 3;
    static final int EOF = -1;
    static final int ENOENT = 2;

    private StdioLib() {
    }

    static void install(BuiltinRegistry r) {
        r.register("__threadlab_stdin", c -> STDIN);
        r.register("__threadlab_stdout", c -> STDOUT);
        r.register("__threadlab_stderr", c -> STDERR);
        r.register("printf", c -> write(c, STDOUT, format(c, c.arg(0), callArgs(c, 1))));
        r.register("vprintf", c -> write(c, STDOUT, format(c, c.arg(0), vaArgs(c, c.arg(1)))));
        r.register("fprintf", c -> write(c, c.arg(0), format(c, c.arg(1), callArgs(c, 2))));
        r.register("vfprintf", c -> write(c, c.arg(0), format(c, c.arg(1), vaArgs(c, c.arg(2)))));
        r.register("dprintf", c -> write(c, c.arg(0) == 2 ? STDERR : STDOUT, format(c, c.arg(1), callArgs(c, 2))));
        r.register("sprintf", c -> store(c, c.arg(0), Long.MAX_VALUE, format(c, c.arg(1), callArgs(c, 2))));
        r.register("vsprintf", c -> store(c, c.arg(0), Long.MAX_VALUE, format(c, c.arg(1), vaArgs(c, c.arg(2)))));
        r.register("snprintf", c -> store(c, c.arg(0), c.arg(1), format(c, c.arg(2), callArgs(c, 3))));
        r.register("vsnprintf", c -> store(c, c.arg(0), c.arg(1), format(c, c.arg(2), vaArgs(c, c.arg(3)))));
        r.register("puts", c -> {
            byte[] s = c.memory().readCString(c.arg(0));
            byte[] line = Arrays.copyOf(s, s.length + 1);
            line[s.length] = '\n';
            write(c, STDOUT, line);
            return 1;
        });
        r.register("fputs", c -> {
            write(c, c.arg(1), c.memory().readCString(c.arg(0)));
            return 1;
        });
        r.register("putchar", c -> {
            write(c, STDOUT, new byte[] {(byte) c.arg(0)});
            return c.arg(0) & 0xFF;
        });
        r.register("fputc", c -> {
            write(c, c.arg(1), new byte[] {(byte) c.arg(0)});
            return c.arg(0) & 0xFF;
        });
        r.register("putc", c -> {
            write(c, c.arg(1), new byte[] {(byte) c.arg(0)});
            return c.arg(0) & 0xFF;
        });
        r.register("fopen", c -> {
            ThreadLib.setErrno(c, ENOENT); // ThreadLab programs have no file system
            return 0;
        });
        r.register("fclose", c -> c.arg(0) >= STDIN && c.arg(0) <= STDERR ? 0 : EOF);
        r.register("fflush", c -> 0);
        r.register("setvbuf", c -> 0);
        r.register("setbuf", c -> 0);
        r.register("perror", c -> {
            int errno = (int) c.memory().loadI32(ThreadLib.errnoAddress(c));
            String prefix = c.arg(0) != 0 && c.memory().strlen(c.arg(0)) > 0
                    ? new String(c.memory().readCString(c.arg(0)), StandardCharsets.UTF_8) + ": " : "";
            write(c, STDERR, (prefix + StringLib.errorMessage(errno) + "\n").getBytes(StandardCharsets.UTF_8));
            return 0;
        });
        r.register("getchar", c -> readChar(c, STDIN));
        r.register("fgetc", c -> readChar(c, c.arg(0)));
        r.register("getc", c -> readChar(c, c.arg(0)));
        r.register("fgets", StdioLib::fgets);
        r.register("scanf", c -> {
            LibState s = LibState.of(c.machine());
            byte[] rest = Arrays.copyOfRange(s.input, s.inputPos, s.input.length);
            long[] r2 = ScanfFormat.scanConsuming(c, rest, c.memory().readCString(c.arg(0)), 1);
            s.inputPos += (int) r2[1];
            return r2[0];
        });
        r.register("sscanf",
                c -> ScanfFormat.scan(c, c.memory().readCString(c.arg(0)), c.memory().readCString(c.arg(1)), 2));
    }

    private static LibState input(BuiltinCall c, long file) {
        if (file != STDIN) {
            throw c.fault(FaultKind.LIBRARY, "input from a FILE that is not stdin");
        }
        return LibState.of(c.machine());
    }

    /** getchar/fgetc: the next byte of the runner's input, or EOF. */
    private static long readChar(BuiltinCall c, long file) {
        LibState s = input(c, file);
        return s.inputPos < s.input.length ? s.input[s.inputPos++] & 0xFF : EOF;
    }

    /** fgets(buf, n, stream): at most n - 1 bytes up to and including a newline, then a NUL. */
    private static long fgets(BuiltinCall c) {
        LibState s = input(c, c.arg(2));
        long n = c.arg(1);
        if (n <= 0 || s.inputPos >= s.input.length) {
            return 0;
        }
        int start = s.inputPos;
        while (s.inputPos < s.input.length && s.inputPos - start < n - 1) {
            if (s.input[s.inputPos++] == '\n') {
                break;
            }
        }
        byte[] line = Arrays.copyOfRange(s.input, start, s.inputPos + 1);
        line[line.length - 1] = 0;
        c.memory().writeBytes(c.arg(0), line);
        return c.arg(0);
    }

    static PrintfFormat.Args callArgs(BuiltinCall c, int first) {
        int[] next = {first};
        return () -> c.arg(next[0]++);
    }

    /** Arguments from a va_list: a pointer to 8-byte slots (vm/code's variadic ABI). */
    static PrintfFormat.Args vaArgs(BuiltinCall c, long ap) {
        long[] p = {ap};
        return () -> {
            long v = c.memory().load64(p[0]);
            p[0] += 8;
            return v;
        };
    }

    static byte[] format(BuiltinCall c, long fmt, PrintfFormat.Args args) {
        AddressSpace mem = c.memory();
        return PrintfFormat.format(mem.readCString(fmt), args, (a, max) -> readString(mem, a, max));
    }

    /** At most {@code max} bytes of the C string at {@code a}; with a limit, no NUL is needed past it (%.3s). */
    static byte[] readString(AddressSpace mem, long a, int max) {
        if (max == Integer.MAX_VALUE) {
            return mem.readCString(a);
        }
        int n = 0;
        while (n < max && mem.loadU8(a + n) != 0) {
            n++;
        }
        return mem.readBytes(a, n);
    }

    /** Writes to stdout or stderr; returns the byte count (as printf does). */
    static long write(BuiltinCall c, long file, byte[] bytes) {
        Stream stream;
        if (file == STDOUT) {
            stream = Stream.STDOUT;
        } else if (file == STDERR) {
            stream = Stream.STDERR;
        } else if (file == 0) {
            throw c.fault(FaultKind.NULL_POINTER, "output to a NULL FILE pointer");
        } else {
            throw c.fault(FaultKind.LIBRARY, "output to a FILE that is not stdout or stderr");
        }
        LibState.of(c.machine()).output().write(c.machine(), stream, bytes);
        return bytes.length;
    }

    /** sprintf/snprintf: stores at most {@code size - 1} bytes and a NUL; returns the full length. */
    static long store(BuiltinCall c, long buf, long size, byte[] bytes) {
        if (size == 0) {
            return bytes.length;
        }
        if (size < 0) { // a size_t above Long.MAX_VALUE: no limit
            size = Long.MAX_VALUE;
        }
        int n = (int) Math.min(bytes.length, Math.min(size - 1, Integer.MAX_VALUE - 1));
        byte[] withNul = Arrays.copyOf(bytes, n + 1);
        withNul[n] = 0;
        c.memory().writeBytes(buf, withNul);
        return bytes.length;
    }
}
