package org.threadlab.vm.lib;

import org.threadlab.vm.FaultKind;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.lib.FileSystem.OpenFile;

/**
 * Reading and writing open files for stdio and POSIX I/O, with C's error reporting: a FILE
 * pointer is its descriptor plus one (stdin, stdout and stderr are 1, 2 and 3: pointers into the
 * NULL guard, so dereferencing one faults); a failed read or write sets errno and the stream's
 * error flag, a short read its end-of-file flag.
 */
final class FileStreams {
    private FileStreams() {
    }

    static FileSystem files(BuiltinCall c) {
        return LibState.of(c.machine()).files();
    }

    /** The FILE pointer of descriptor {@code fd}. */
    static long stream(int fd) {
        return fd + 1L;
    }

    /** The open file behind FILE pointer {@code stream}; faults on NULL, a closed FILE or a pointer that is no FILE. */
    static OpenFile ofStream(BuiltinCall c, long stream) {
        if (stream == 0) {
            throw c.fault(FaultKind.NULL_POINTER, "a NULL FILE pointer passed to the C library");
        }
        if (stream < 1 || stream > FileSystem.MAX_OPEN) {
            throw c.fault(FaultKind.LIBRARY, "a FILE pointer that fopen did not return");
        }
        OpenFile f = files(c).file(stream - 1);
        if (f == null) {
            throw c.fault(FaultKind.LIBRARY, "a FILE used after fclose (or one fopen never returned)");
        }
        return f;
    }

    /** The open file of descriptor {@code fd}, or null with errno EBADF. */
    static OpenFile ofDescriptor(BuiltinCall c, long fd) {
        OpenFile f = files(c).file(fd);
        if (f == null) {
            ThreadLib.setErrno(c, FileSystem.EBADF);
        }
        return f;
    }

    /** Writes {@code bytes}; returns how many were written, or -1 (errno EBADF) when {@code f} is not open for writing. */
    static long write(BuiltinCall c, OpenFile f, byte[] bytes) {
        if (!f.writable) {
            return fail(c, f, FileSystem.EBADF);
        }
        if (f.console != null) {
            LibState.of(c.machine()).output().write(c.machine(), f.console, bytes);
            return bytes.length;
        }
        int n = files(c).write(f, bytes);
        if (n < bytes.length) {
            ThreadLib.setErrno(c, FileSystem.ENOSPC);
            f.error = true;
        }
        return n;
    }

    /** Up to {@code max} bytes, or null (errno EBADF) when {@code f} is not open for reading; a short read sets end-of-file. */
    static byte[] read(BuiltinCall c, OpenFile f, long max) {
        if (!f.readable) {
            fail(c, f, FileSystem.EBADF);
            return null;
        }
        byte[] b = FileSystem.read(f, max);
        if (b.length < max) {
            f.eof = true;
        }
        return b;
    }

    /** One byte as an unsigned value, or EOF (-1) at the end or on an error. */
    static long readByte(BuiltinCall c, OpenFile f) {
        byte[] b = read(c, f, 1);
        return b == null || b.length == 0 ? StdioLib.EOF : b[0] & 0xFF;
    }

    private static long fail(BuiltinCall c, OpenFile f, int errno) {
        ThreadLib.setErrno(c, errno);
        f.error = true;
        return -1;
    }
}
