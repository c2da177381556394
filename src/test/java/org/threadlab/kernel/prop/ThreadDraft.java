package org.threadlab.kernel.prop;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A thread being generated: its operations so far and the generator's model of which locks it
 * holds at this point of its text (so that most unlocks match a lock and most condvar waits hold
 * their mutex; kinds add misuse on purpose, with a small probability).
 */
public final class ThreadDraft {
    /** Segments nest (a condvar wait inside a critical section) at most this deep. */
    static final int MAX_DEPTH = 2;

    private final ProgramDraft program;
    private final List<OpKind> kinds;
    private final String label;
    private final List<Op> ops = new ArrayList<>();
    private final List<String> held = new ArrayList<>();
    private final boolean careless;
    private int depth;

    ThreadDraft(ProgramDraft program, List<OpKind> kinds, String label, boolean careless) {
        this.program = program;
        this.kinds = kinds;
        this.label = label;
        this.careless = careless;
    }

    /**
     * True for a thread whose segments may misuse the API (unlock without lock, lock without
     * unlock, relock, wait without the mutex, exit mid-way); careful threads never do.
     */
    public boolean careless() {
        return careless;
    }

    public ProgramDraft program() {
        return program;
    }

    public String label() {
        return label;
    }

    public void add(Op op) {
        ops.add(op);
    }

    List<Op> ops() {
        return ops;
    }

    /** True when, by the generator's model, the thread holds {@code lock} here. */
    public boolean holds(String lock) {
        return held.contains(lock);
    }

    /**
     * True when taking {@code lock} now keeps the program's lock order (names ascending, no
     * relock), so careful threads cannot deadlock on locks among themselves.
     */
    public boolean inLockOrder(String lock) {
        for (String h : held) {
            if (h.compareTo(lock) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Records in the model that the thread now holds {@code lock} (once more). */
    public void acquired(String lock) {
        held.add(lock);
    }

    /** Records in the model that the thread gave {@code lock} up once. */
    public void released(String lock) {
        held.remove(lock);
    }

    /** The other threads' labels (join targets). */
    public List<String> others() {
        return program.threadLabels().stream().filter(l -> !l.equals(label)).toList();
    }

    /** Appends one segment of a kind drawn by weight (inside a critical section, say). */
    public void segment(SplittableRandom random) {
        if (depth > MAX_DEPTH) {
            return;
        }
        int total = 0;
        for (OpKind k : kinds) {
            total += k.weight();
        }
        int pick = random.nextInt(total);
        for (OpKind k : kinds) {
            pick -= k.weight();
            if (pick < 0) {
                depth++;
                k.segment(random, this);
                depth--;
                return;
            }
        }
    }
}
