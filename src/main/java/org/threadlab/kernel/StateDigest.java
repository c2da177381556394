package org.threadlab.kernel;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A 128-bit hash of a run's whole state, built by the packages that own the state (the kernel,
 * the VM, the library) feeding it their fields in a fixed order; the explorer's stateful search
 * keeps the digests of the states it has visited. Two independent 64-bit lanes (each a
 * multiply-rotate chain over the words fed, finished with MurmurHash3's fmix64), so two different
 * states share a digest by accident with a probability near 2^-128 per pair: about 10^-27 among a
 * million states. Not cryptographic, and it need not be: the input is the program's own state.
 *
 * <p>Deterministic: it depends only on the words fed, never on identity hashes or the JVM.
 * Owners feed variable-length parts with their length first, so concatenations cannot collide.
 */
public final class StateDigest {
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long K1 = 0x9E3779B97F4A7C15L;
    private static final long K2 = 0xC2B2AE3D27D4EB4FL;
    private static final long K3 = 0x165667B19E3779F9L;
    private static final long K4 = 0xD6E8FEB86659FD93L;
    private static final byte[] ZEROS = new byte[4096];

    private long a = 0x243F6A8885A308D3L;
    private long b = 0x13198A2E03707344L;
    private long words;
    private String uncovered;

    /** Feeds one word. */
    public StateDigest add(long v) {
        a = Long.rotateLeft(a ^ (v * K1), 31) * K2 + K3;
        b = Long.rotateLeft(b ^ (v * K4), 29) * K3 + K1;
        words++;
        return this;
    }

    public StateDigest add(boolean v) {
        return add(v ? 1 : 0);
    }

    /** Feeds a string's length and characters. */
    public StateDigest add(String s) {
        if (s == null) {
            return add(-1);
        }
        add(s.length());
        for (int i = 0; i < s.length(); i++) {
            add(s.charAt(i));
        }
        return this;
    }

    /**
     * Feeds the length and the bytes {@code data[from, to)}: the last length % 8 bytes as one word,
     * then the 8-byte words that are not zero (most of a stack is zeros) each with its index, then
     * -1, which no index is, so the encoding stays one-to-one.
     */
    public StateDigest add(byte[] data, int from, int to) {
        int words = (to - from) / 8;
        long tail = 0;
        for (int i = from + 8 * words, s = 0; i < to; i++, s += 8) {
            tail |= (data[i] & 0xFFL) << s;
        }
        add(to - from).add(tail);
        int end = from + 8 * words;
        for (int i = from; i < end; ) {
            long w = (long) LONG.get(data, i);
            if (w != 0) {
                add((i - from) >> 3).add(w);
                i += 8;
            } else {
                i = skipZeros(data, from, i + 8, end);
            }
        }
        return add(-1);
    }

    /**
     * The start of the first word (counting words from {@code from}) of {@code data[at, end)}
     * that is not zero, or {@code end}. A long run of zeros is skipped by Arrays.mismatch,
     * which compares many bytes at a time.
     */
    private static int skipZeros(byte[] data, int from, int at, int end) {
        if (at >= end || (long) LONG.get(data, at) != 0) {
            return at; // a lone zero word, the common case: no call
        }
        while (at < end) {
            int n = Math.min(end - at, ZEROS.length);
            int m = Arrays.mismatch(data, at, at + n, ZEROS, 0, n);
            if (m >= 0) {
                return at + m - ((at + m - from) & 7);
            }
            at += n;
        }
        return end;
    }

    /**
     * Feeds the length and the words {@code data[from, to)} that are not zero, each with its
     * index, then -1 (tables such as the 1,024 thread-specific keys are mostly zeros).
     */
    public StateDigest add(long[] data, int from, int to) {
        add(to - from);
        for (int i = from; i < to; i++) {
            if (data[i] != 0) {
                add(i - from).add(data[i]);
            }
        }
        return add(-1);
    }

    /** Feeds a wait queue: its threads in wake order, each with the rank of its time of waiting. */
    public StateDigest add(WaitQueue q) {
        add(q.size());
        for (SimThread t = q.first(); t != null; t = t.waitNext) {
            int rank = 0;
            for (SimThread o = q.first(); o != null; o = o.waitNext) {
                if (o.waitSeq < t.waitSeq) {
                    rank++;
                }
            }
            add(t.tid()).add(rank);
        }
        return this;
    }

    /**
     * Records that the state holds something this digest does not cover (the first reason is
     * kept): the digest is then no proof that two states are the same, and a stateful search must
     * not prune on it.
     */
    public void uncovered(String what) {
        if (uncovered == null) {
            uncovered = what;
        }
    }

    /** What the digest does not cover, or null when it covers the whole state. */
    public String uncoveredReason() {
        return uncovered;
    }

    /** The first 64 bits of the digest. */
    public long high() {
        return fmix(a ^ words);
    }

    /** The other 64 bits. */
    public long low() {
        return fmix(b + words * K1);
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xFF51AFD7ED558CCDL;
        k ^= k >>> 33;
        k *= 0xC4CEB9FE1A85EC53L;
        k ^= k >>> 33;
        return k;
    }
}
