package org.threadlab.vm.lib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.threadlab.kernel.StateDigest;
import org.threadlab.vm.lib.Output.Stream;

/**
 * One run's files, in memory: a flat set of named files (a name is the path string as the program
 * wrote it, with any leading "./" dropped; there are no directories), and the table of open files
 * indexed by file descriptor, which stdio's FILEs and POSIX's descriptors share. Descriptors 0, 1
 * and 2 are stdin (the runner's input), stdout and stderr (the {@link Output} streams). The set
 * starts empty, so a run sees only the files it creates. All files together hold at most
 * {@code capacity} bytes (the run's memory budget); a write past that is short, with ENOSPC.
 * Everything here is plain data: the caller (a builtin, one atomic step) sets errno and faults.
 */
final class FileSystem {
    /** Open files at once, as Linux's default RLIMIT_NOFILE. */
    static final int MAX_OPEN = 1024;

    static final int ENOENT = 2;
    static final int EBADF = 9;
    static final int EEXIST = 17;
    static final int EINVAL = 22;
    static final int EMFILE = 24;
    static final int ENOSPC = 28;
    static final int ESPIPE = 29;

    /** A file's bytes; open files of the same name share it, and it outlives remove() while open. */
    static final class Contents {
        private byte[] bytes = new byte[0];
        private int length;

        int length() {
            return length;
        }

        Contents copy() {
            Contents c = new Contents();
            c.bytes = bytes.clone();
            c.length = length;
            return c;
        }

        /** The backing array: its first {@link #length()} bytes are the file (scanf reads it in place). */
        byte[] bytes() {
            return bytes;
        }
    }

    /** What fopen's mode or open's flags asked for. */
    record Access(boolean read, boolean write, boolean append, boolean create, boolean truncate, boolean exclusive) {
    }

    /** An open file: a descriptor's file, its position and, for stdio, its end-of-file and error flags. */
    static final class OpenFile {
        final String name;
        final Contents contents;
        /** stdout or stderr for descriptors 1 and 2; null for stdin and files. */
        final Stream console;
        final boolean readable;
        final boolean writable;
        final boolean append;
        /** A named file (not stdin, stdout or stderr, which are like pipes: no seeking). */
        final boolean regular;
        long position;
        boolean eof;
        boolean error;

        OpenFile(String name, Contents contents, Stream console, boolean readable, boolean writable, boolean append) {
            this.name = name;
            this.contents = contents;
            this.console = console;
            this.readable = readable;
            this.writable = writable;
            this.append = append;
            this.regular = console == null && contents != null && !name.isEmpty();
        }
    }

    private final long capacity;
    private long used;
    private final Map<String, Contents> files = new TreeMap<>();
    private final List<OpenFile> open = new ArrayList<>();

    FileSystem(long capacity) {
        this.capacity = Math.min(capacity, Integer.MAX_VALUE - 8);
        open.add(new OpenFile("", new Contents(), null, true, false, false));
        open.add(new OpenFile("stdout", null, Stream.STDOUT, false, true, true));
        open.add(new OpenFile("stderr", null, Stream.STDERR, false, true, true));
    }

    /** The explorer's snapshot copy: the same files and descriptors, with their own bytes and positions. */
    FileSystem copy() {
        FileSystem c = new FileSystem(capacity);
        c.used = used;
        Map<Contents, Contents> copies = new IdentityHashMap<>(); // open files share contents with names
        for (Map.Entry<String, Contents> e : files.entrySet()) {
            c.files.put(e.getKey(), copies.computeIfAbsent(e.getValue(), Contents::copy));
        }
        c.open.clear();
        for (OpenFile f : open) {
            if (f == null) {
                c.open.add(null);
                continue;
            }
            OpenFile n = new OpenFile(f.name, f.contents == null ? null : copies.computeIfAbsent(f.contents, Contents::copy),
                    f.console, f.readable, f.writable, f.append);
            n.position = f.position;
            n.eof = f.eof;
            n.error = f.error;
            c.open.add(n);
        }
        return c;
    }

    /**
     * For the explorer's state hash: the descriptor table (each open file's name, mode, position
     * and flags) and every named file's bytes. Shared contents are fed once per name and once per
     * descriptor; which descriptors share one {@link Contents} follows from their names.
     */
    void digest(StateDigest d) {
        d.add(used).add(open.size());
        for (OpenFile f : open) {
            if (f == null) {
                d.add(-1);
                continue;
            }
            d.add(f.name).add(f.readable).add(f.writable).add(f.append).add(f.position).add(f.eof).add(f.error);
            d.add(f.contents == null ? -1 : f.contents.length);
            if (f.contents != null && !files.containsValue(f.contents)) {
                d.add(f.contents.bytes, 0, f.contents.length); // stdin, or a removed file still open
            }
        }
        d.add(files.size());
        for (Map.Entry<String, Contents> e : files.entrySet()) {
            d.add(e.getKey()).add(e.getValue().bytes, 0, e.getValue().length);
        }
    }

    /** Replaces stdin's bytes (the runner's input) and reads them from the start. */
    void setStdin(byte[] input) {
        OpenFile in = open.get(0);
        in.contents.bytes = input.clone();
        in.contents.length = input.length;
        in.position = 0;
        in.eof = false;
    }

    private static String normalise(String path) {
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        return path;
    }

    /**
     * Opens {@code path}: returns the new descriptor (the lowest free one), or minus an errno
     * (ENOENT for a missing file without create, EEXIST with exclusive, EMFILE when the table is full).
     */
    int open(String path, Access access) {
        String name = normalise(path);
        Contents c = files.get(name);
        if (c == null && (!access.create() || name.isEmpty())) {
            return -ENOENT;
        }
        if (c != null && access.create() && access.exclusive()) {
            return -EEXIST;
        }
        int fd = open.indexOf(null);
        if (fd < 0 && open.size() >= MAX_OPEN) {
            return -EMFILE;
        }
        if (c == null) {
            c = new Contents();
            files.put(name, c);
        } else if (access.truncate() && access.write()) {
            resize(c, 0);
        }
        OpenFile f = new OpenFile(name, c, null, access.read(), access.write(), access.append());
        if (fd < 0) {
            fd = open.size();
            open.add(f);
        } else {
            open.set(fd, f);
        }
        return fd;
    }

    /** The open file of descriptor {@code fd}, or null. */
    OpenFile file(long fd) {
        return fd >= 0 && fd < open.size() ? open.get((int) fd) : null;
    }

    /** Closes {@code fd}; false when it was not open. */
    boolean close(long fd) {
        if (file(fd) == null) {
            return false;
        }
        Contents c = open.get((int) fd).contents;
        open.set((int) fd, null);
        if (c != null) {
            releaseIfUnused(c);
        }
        return true;
    }

    /** remove/unlink: drops the name (open files keep their bytes); false when there is no such file. */
    boolean remove(String path) {
        Contents c = files.remove(normalise(path));
        if (c == null) {
            return false;
        }
        releaseIfUnused(c);
        return true;
    }

    /** rename: moves {@code from} to {@code to}, replacing it; false when {@code from} does not exist. */
    boolean rename(String from, String to) {
        Contents c = files.get(normalise(from));
        if (c == null) {
            return false;
        }
        if (!normalise(from).equals(normalise(to))) {
            files.remove(normalise(from));
            remove(to);
            files.put(normalise(to), c);
        }
        return true;
    }

    /** Gives back the bytes of a file that has neither a name nor an open descriptor. */
    private void releaseIfUnused(Contents c) {
        if (files.containsValue(c)) {
            return;
        }
        for (OpenFile f : open) {
            if (f != null && f.contents == c) {
                return;
            }
        }
        used -= c.length;
    }

    /** Up to {@code max} bytes from {@code f}'s position, which advances; an empty array at the end. */
    static byte[] read(OpenFile f, long max) {
        Contents c = f.contents;
        if (f.position >= c.length) {
            return new byte[0];
        }
        int from = (int) f.position;
        int n = (int) Math.min(max, c.length - from);
        f.position += n;
        return Arrays.copyOfRange(c.bytes, from, from + n);
    }

    /** Up to {@code max} bytes from {@code f}'s position through the next newline; the position advances. */
    static byte[] readLine(OpenFile f, long max) {
        Contents c = f.contents;
        int from = (int) Math.min(f.position, c.length);
        int to = from;
        while (to < c.length && to - from < max) {
            if (c.bytes[to++] == '\n') {
                break;
            }
        }
        f.position = Math.max(f.position, to);
        return Arrays.copyOfRange(c.bytes, from, to);
    }

    /**
     * Writes {@code bytes} at {@code f}'s position (at the end when appending; a gap past the end
     * reads as zeros) and returns how many fit in the capacity.
     */
    int write(OpenFile f, byte[] bytes) {
        Contents c = f.contents;
        if (f.append) {
            f.position = c.length;
        }
        long room = capacity - used + c.length;
        int n = (int) Math.max(0, Math.min(bytes.length, room - f.position));
        if (n == 0) {
            return 0;
        }
        if (f.position + n > c.length) {
            resize(c, (int) (f.position + n));
        }
        System.arraycopy(bytes, 0, c.bytes, (int) f.position, n);
        f.position += n;
        return n;
    }

    private void resize(Contents c, int length) {
        if (length > c.bytes.length) {
            long grown = Math.min(2L * c.bytes.length + 16, capacity); // never more than the capacity
            c.bytes = Arrays.copyOf(c.bytes, (int) Math.max(length, grown));
        } else if (length == 0) {
            c.bytes = new byte[0];
        } else if (length < c.length) {
            Arrays.fill(c.bytes, length, c.length, (byte) 0);
        }
        used += length - c.length;
        c.length = length;
    }
}
