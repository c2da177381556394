package org.threadlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The byte feed's encoding, against the words its documentation says it feeds. */
class StateDigestTests {
    /** Length, the last length % 8 bytes, each word not zero with its index, then -1, one word at a time. */
    private static StateDigest wordByWord(byte[] data, int from, int to) {
        StateDigest d = new StateDigest();
        int words = (to - from) / 8;
        long tail = 0;
        for (int i = from + 8 * words, s = 0; i < to; i++, s += 8) {
            tail |= (data[i] & 0xFFL) << s;
        }
        d.add(to - from).add(tail);
        for (int k = 0; k < words; k++) {
            long w = 0;
            for (int b = 0; b < 8; b++) {
                w |= (data[from + 8 * k + b] & 0xFFL) << 8 * b;
            }
            if (w != 0) {
                d.add(k).add(w);
            }
        }
        return d.add(-1);
    }

    @Test
    void bytesFeedTheSameWordsWhereverTheZerosAre() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            byte[] data = new byte[random.nextInt(3) == 0 ? 9_000 + random.nextInt(4_000) : random.nextInt(200)];
            int runs = random.nextInt(6);
            for (int r = 0; r < runs && data.length > 0; r++) { // sparse: a few runs of bytes that are not zero
                int at = random.nextInt(data.length);
                for (int i = at; i < Math.min(data.length, at + random.nextInt(40)); i++) {
                    data[i] = (byte) random.nextInt(256);
                }
            }
            int from = data.length == 0 ? 0 : random.nextInt(Math.min(data.length, 20));
            int to = from + random.nextInt(data.length - from + 1);
            StateDigest fast = new StateDigest().add(data, from, to);
            StateDigest slow = wordByWord(data, from, to);
            assertThat(fast.high()).isEqualTo(slow.high());
            assertThat(fast.low()).isEqualTo(slow.low());
        }
    }
}
