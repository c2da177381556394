package org.threadlab.vm.lib;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.lib.FileSystem.OpenFile;
import org.threadlab.vm.mem.AddressSpace;

/**
 * stdio.h's formatted and character I/O: printf and scanf to and from any FILE (stdout, stderr,
 * stdin, or a file from fopen; see {@link FileLib} and {@link FileSystem}), sprintf/snprintf into
 * memory, and sscanf. stdin, stdout and stderr are the FILE pointers 1, 2 and 3, returned by
 * __threadlab_stdin/stdout/stderr, which the header's stdin/stdout/stderr macros call. Nothing is
 * buffered (fflush does nothing), so the interleaving of threads' output is exactly the order of
 * their calls, and a file's bytes are visible to every FILE on it at once. stdin holds the bytes
 * the runner gave {@link LibState#setInput}; with none, every read sees EOF. Each call is one
 * builtin, one atomic step, so a call on a FILE is atomic with respect to other threads, as
 * glibc's lock on the FILE makes it.
 */
final class StdioLib {
    static final long STDIN = 1;
    static final long STDOUT = 2;
    static final long STDERR = 3;
    static final int EOF = -1;

    private StdioLib() {
    }

    static void install(BuiltinRegistry r) {
        r.register("__threadlab_stdin", c -> STDIN);
        r.register("__threadlab_stdout", c -> STDOUT);
        r.register("__threadlab_stderr", c -> STDERR);
        r.register("printf", c -> print(c, STDOUT, format(c, c.arg(0), callArgs(c, 1))));
        r.register("vprintf", c -> print(c, STDOUT, format(c, c.arg(0), vaArgs(c, c.arg(1)))));
        r.register("fprintf", c -> print(c, c.arg(0), format(c, c.arg(1), callArgs(c, 2))));
        r.register("vfprintf", c -> print(c, c.arg(0), format(c, c.arg(1), vaArgs(c, c.arg(2)))));
        r.register("dprintf", c -> dprint(c, c.arg(0), format(c, c.arg(1), callArgs(c, 2))));
        r.register("vdprintf", c -> dprint(c, c.arg(0), format(c, c.arg(1), vaArgs(c, c.arg(2)))));
        r.register("sprintf", c -> store(c, c.arg(0), Long.MAX_VALUE, format(c, c.arg(1), callArgs(c, 2))));
        r.register("vsprintf", c -> store(c, c.arg(0), Long.MAX_VALUE, format(c, c.arg(1), vaArgs(c, c.arg(2)))));
        r.register("snprintf", c -> store(c, c.arg(0), c.arg(1), format(c, c.arg(2), callArgs(c, 3))));
        r.register("vsnprintf", c -> store(c, c.arg(0), c.arg(1), format(c, c.arg(2), vaArgs(c, c.arg(3)))));
        r.register("puts", c -> {
            byte[] s = c.memory().readCString(c.arg(0));
            byte[] line = Arrays.copyOf(s, s.length + 1);
            line[s.length] = '\n';
            return print(c, STDOUT, line) < 0 ? EOF : 1;
        });
        r.register("fputs", c -> print(c, c.arg(1), c.memory().readCString(c.arg(0))) < 0 ? EOF : 1);
        r.register("putchar", c -> putByte(c, STDOUT, c.arg(0)));
        r.register("fputc", c -> putByte(c, c.arg(1), c.arg(0)));
        r.register("putc", c -> putByte(c, c.arg(1), c.arg(0)));
        r.register("perror", c -> {
            int errno = (int) c.memory().loadI32(ThreadLib.errnoAddress(c));
            String prefix = c.arg(0) != 0 && c.memory().strlen(c.arg(0)) > 0
                    ? new String(c.memory().readCString(c.arg(0)), StandardCharsets.UTF_8) + ": " : "";
            print(c, STDERR, (prefix + StringLib.errorMessage(errno) + "\n").getBytes(StandardCharsets.UTF_8));
            return 0;
        });
        r.register("getchar", c -> FileStreams.readByte(c, FileStreams.ofStream(c, STDIN)));
        r.register("fgetc", c -> FileStreams.readByte(c, FileStreams.ofStream(c, c.arg(0))));
        r.register("getc", c -> FileStreams.readByte(c, FileStreams.ofStream(c, c.arg(0))));
        r.register("fgets", StdioLib::fgets);
        r.register("scanf", c -> scanStream(c, STDIN, c.arg(0), 1));
        r.register("fscanf", c -> scanStream(c, c.arg(0), c.arg(1), 2));
        r.register("sscanf",
                c -> ScanfFormat.scan(c, c.memory().readCString(c.arg(0)), c.memory().readCString(c.arg(1)), 2));
    }

    /** fprintf and friends: writes to a FILE; returns the byte count, or -1 on an error. */
    static long print(BuiltinCall c, long stream, byte[] bytes) {
        long n = FileStreams.write(c, FileStreams.ofStream(c, stream), bytes);
        return n < bytes.length ? -1 : n;
    }

    /** dprintf: writes to a file descriptor; -1 with errno EBADF when it is not open. */
    private static long dprint(BuiltinCall c, long fd, byte[] bytes) {
        OpenFile f = FileStreams.ofDescriptor(c, fd);
        if (f == null) {
            return -1;
        }
        long n = FileStreams.write(c, f, bytes);
        return n < bytes.length ? -1 : n;
    }

    private static long putByte(BuiltinCall c, long stream, long value) {
        return print(c, stream, new byte[] {(byte) value}) < 0 ? EOF : value & 0xFF;
    }

    /** fgets(buf, n, stream): at most n - 1 bytes up to and including a newline, then a NUL; NULL at the end. */
    private static long fgets(BuiltinCall c) {
        OpenFile f = FileStreams.ofStream(c, c.arg(2));
        long n = c.arg(1);
        if (n <= 0) {
            return 0;
        }
        if (!f.readable) {
            FileStreams.read(c, f, 0); // sets errno and the error flag
            return 0;
        }
        byte[] line = FileSystem.readLine(f, n - 1);
        if (line.length == 0 && n > 1) {
            f.eof = true;
            return 0;
        }
        if (line.length < n - 1 && line[line.length - 1] != '\n') {
            f.eof = true;
        }
        byte[] withNul = Arrays.copyOf(line, line.length + 1);
        c.memory().writeBytes(c.arg(0), withNul);
        return c.arg(0);
    }

    /** scanf/fscanf: scans the stream's bytes in place and consumes what the conversions used. */
    private static long scanStream(BuiltinCall c, long stream, long fmt, int firstArg) {
        OpenFile f = FileStreams.ofStream(c, stream);
        if (!f.readable) {
            FileStreams.read(c, f, 0);
            return EOF;
        }
        FileSystem.Contents data = f.contents;
        int from = (int) Math.min(f.position, data.length());
        long[] result = ScanfFormat.scanConsuming(c, data.bytes(), from, data.length(), c.memory().readCString(fmt), firstArg);
        f.position = from + result[1];
        if (f.position >= data.length()) {
            f.eof = true;
        }
        return result[0];
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
        return PrintfFormat.format(mem.readCString(fmt), args, (a, max) -> readString(mem, a, max),
                (address, size, count) -> storeCount(mem, address, size, count));
    }

    /** %n: the count so far into the int (or char, short, long) at {@code address}. */
    private static void storeCount(AddressSpace mem, long address, int size, long count) {
        switch (size) {
            case 1 -> mem.store8(address, count);
            case 2 -> mem.store16(address, count);
            case 4 -> mem.store32(address, count);
            default -> mem.store64(address, count);
        }
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
