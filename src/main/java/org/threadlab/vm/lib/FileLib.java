package org.threadlab.vm.lib;

import java.nio.charset.StandardCharsets;

import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.lib.FileSystem.Access;
import org.threadlab.vm.lib.FileSystem.OpenFile;

/**
 * Files, on the run's in-memory {@link FileSystem} (which starts empty: a run reads only files it
 * wrote): stdio's fopen, fdopen, fclose, fread, fwrite, fseek, ftell, rewind, feof, ferror,
 * clearerr, fileno, fflush, setvbuf, remove and rename, and POSIX's open, read, write, close,
 * lseek and unlink on the same descriptors. A missing file opened for reading is NULL (or -1)
 * with errno ENOENT. stdin, stdout and stderr cannot seek (ESPIPE), like pipes. Each call is one
 * atomic step.
 */
final class FileLib {
    static final int SEEK_SET = 0;
    static final int SEEK_CUR = 1;
    static final int SEEK_END = 2;

    /** Linux's open() flags. */
    static final int O_ACCMODE = 3;
    static final int O_WRONLY = 1;
    static final int O_RDWR = 2;
    static final int O_CREAT = 0100;
    static final int O_EXCL = 0200;
    static final int O_TRUNC = 01000;
    static final int O_APPEND = 02000;

    private FileLib() {
    }

    static void install(BuiltinRegistry r) {
        r.register("fopen", FileLib::fopen);
        r.register("fdopen", c -> FileStreams.ofDescriptor(c, c.arg(0)) == null ? 0 : FileStreams.stream((int) c.arg(0)));
        r.register("fclose", c -> {
            FileStreams.ofStream(c, c.arg(0));
            FileStreams.files(c).close(c.arg(0) - 1);
            return 0;
        });
        r.register("fflush", c -> {
            if (c.arg(0) != 0) {
                FileStreams.ofStream(c, c.arg(0));
            }
            return 0;
        });
        r.register("setvbuf", c -> {
            FileStreams.ofStream(c, c.arg(0));
            return 0;
        });
        r.register("setbuf", c -> {
            FileStreams.ofStream(c, c.arg(0));
            return 0;
        });
        r.register("fread", FileLib::fread);
        r.register("fwrite", FileLib::fwrite);
        r.register("fseek", c -> seek(c, FileStreams.ofStream(c, c.arg(0)), c.arg(1), (int) c.arg(2)) < 0 ? -1 : 0);
        r.register("ftell", c -> {
            OpenFile f = FileStreams.ofStream(c, c.arg(0));
            return f.regular ? f.position : error(c, FileSystem.ESPIPE);
        });
        r.register("rewind", c -> {
            OpenFile f = FileStreams.ofStream(c, c.arg(0));
            seek(c, f, 0, SEEK_SET);
            f.error = false;
            return 0;
        });
        r.register("feof", c -> FileStreams.ofStream(c, c.arg(0)).eof ? 1 : 0);
        r.register("ferror", c -> FileStreams.ofStream(c, c.arg(0)).error ? 1 : 0);
        r.register("clearerr", c -> {
            OpenFile f = FileStreams.ofStream(c, c.arg(0));
            f.eof = false;
            f.error = false;
            return 0;
        });
        r.register("fileno", c -> {
            FileStreams.ofStream(c, c.arg(0));
            return c.arg(0) - 1;
        });
        r.register("remove", c -> FileStreams.files(c).remove(path(c, c.arg(0))) ? 0 : error(c, FileSystem.ENOENT));
        r.register("unlink", c -> FileStreams.files(c).remove(path(c, c.arg(0))) ? 0 : error(c, FileSystem.ENOENT));
        r.register("rename",
                c -> FileStreams.files(c).rename(path(c, c.arg(0)), path(c, c.arg(1))) ? 0 : error(c, FileSystem.ENOENT));
        r.register("open", FileLib::open);
        r.register("close", c -> FileStreams.files(c).close(c.arg(0)) ? 0 : error(c, FileSystem.EBADF));
        r.register("read", FileLib::read);
        r.register("write", c -> {
            OpenFile f = FileStreams.ofDescriptor(c, c.arg(0));
            return f == null ? -1 : FileStreams.write(c, f, c.memory().readBytes(c.arg(1), count(c.arg(2))));
        });
        r.register("lseek", c -> {
            OpenFile f = FileStreams.ofDescriptor(c, c.arg(0));
            return f == null ? -1 : seek(c, f, c.arg(1), (int) c.arg(2));
        });
    }

    private static String path(BuiltinCall c, long address) {
        return new String(c.memory().readCString(address), StandardCharsets.UTF_8);
    }

    private static long error(BuiltinCall c, int errno) {
        ThreadLib.setErrno(c, errno);
        return -1;
    }

    /** A byte count from a size_t argument, at most what one call may move (the file system's capacity bounds it anyway). */
    private static int count(long n) {
        return (int) Math.min(n < 0 ? Integer.MAX_VALUE : n, Integer.MAX_VALUE - 8);
    }

    /** fopen's mode: r, w or a, then any of + b x e (glibc's x is O_EXCL); null when invalid. */
    static Access mode(String mode) {
        if (mode.isEmpty() || "rwa".indexOf(mode.charAt(0)) < 0) {
            return null;
        }
        boolean plus = false;
        boolean exclusive = false;
        for (char ch : mode.substring(1).toCharArray()) {
            switch (ch) {
                case '+' -> plus = true;
                case 'x' -> exclusive = true;
                case 'b', 'e', 'm', 'c' -> { }
                default -> {
                    return null;
                }
            }
        }
        return switch (mode.charAt(0)) {
            case 'r' -> new Access(true, plus, false, false, false, false);
            case 'w' -> new Access(plus, true, false, true, true, exclusive);
            default -> new Access(plus, true, true, true, false, exclusive);
        };
    }

    private static long fopen(BuiltinCall c) {
        String name = path(c, c.arg(0));
        Access access = mode(path(c, c.arg(1)));
        int fd = access == null ? -FileSystem.EINVAL : FileStreams.files(c).open(name, access);
        if (fd < 0) {
            ThreadLib.setErrno(c, -fd);
            return 0;
        }
        return FileStreams.stream(fd);
    }

    private static long open(BuiltinCall c) {
        int flags = (int) c.arg(1);
        int mode = flags & O_ACCMODE;
        boolean read = mode != O_WRONLY;
        boolean write = mode == O_WRONLY || mode == O_RDWR;
        Access access = new Access(read, write, (flags & O_APPEND) != 0, (flags & O_CREAT) != 0,
                (flags & O_TRUNC) != 0, (flags & O_EXCL) != 0);
        int fd = FileStreams.files(c).open(path(c, c.arg(0)), access);
        return fd < 0 ? error(c, -fd) : fd;
    }

    /** fread(ptr, size, n, stream): whole items read; a partial last item's bytes are stored too, as glibc does. */
    private static long fread(BuiltinCall c) {
        long size = c.arg(1);
        long n = c.arg(2);
        OpenFile f = FileStreams.ofStream(c, c.arg(3));
        if (size == 0 || n == 0) {
            return 0;
        }
        byte[] b = FileStreams.read(c, f, count(Math.multiplyHigh(size, n) != 0 ? -1 : size * n));
        if (b == null) {
            return 0;
        }
        c.memory().writeBytes(c.arg(0), b);
        return b.length / size;
    }

    /** fwrite(ptr, size, n, stream): whole items written. */
    private static long fwrite(BuiltinCall c) {
        long size = c.arg(1);
        long n = c.arg(2);
        OpenFile f = FileStreams.ofStream(c, c.arg(3));
        if (size == 0 || n == 0) {
            return 0;
        }
        byte[] b = c.memory().readBytes(c.arg(0), count(Math.multiplyHigh(size, n) != 0 ? -1 : size * n));
        long written = FileStreams.write(c, f, b);
        return written < 0 ? 0 : written / size;
    }

    /** read(fd, buf, n): the bytes read (0 at the end), or -1. */
    private static long read(BuiltinCall c) {
        OpenFile f = FileStreams.ofDescriptor(c, c.arg(0));
        if (f == null) {
            return -1;
        }
        byte[] b = FileStreams.read(c, f, count(c.arg(2)));
        if (b == null) {
            return -1;
        }
        f.eof = false; // a descriptor has no end-of-file flag
        c.memory().writeBytes(c.arg(1), b);
        return b.length;
    }

    /** fseek/lseek: the new position, or -1 with EINVAL (a bad whence or a negative result) or ESPIPE. */
    private static long seek(BuiltinCall c, OpenFile f, long offset, int whence) {
        if (!f.regular) {
            return error(c, FileSystem.ESPIPE);
        }
        long base = switch (whence) {
            case SEEK_SET -> 0;
            case SEEK_CUR -> f.position;
            case SEEK_END -> f.contents.length();
            default -> -1;
        };
        if (base < 0 || base + offset < 0 || base + offset > Integer.MAX_VALUE - 8) {
            return error(c, FileSystem.EINVAL);
        }
        f.position = base + offset;
        f.eof = false;
        return f.position;
    }
}
