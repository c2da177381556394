package org.threadlab.kernel.prop;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated program: objects created before any thread runs, then threads created in order
 * (T1 first). Immutable; the {@code without...}/{@code with...} methods give the smaller
 * programs the shrinker tries.
 */
public record KernelProgram(List<ObjectSpec> objects, List<ThreadSpec> threads) {
    public KernelProgram {
        objects = List.copyOf(objects);
        threads = List.copyOf(threads);
    }

    /** Total number of operations over all threads. */
    public int opCount() {
        int n = 0;
        for (ThreadSpec t : threads) {
            n += t.ops().size();
        }
        return n;
    }

    /** The program without thread {@code index}; operations naming it (joins) go too. */
    public KernelProgram withoutThread(int index) {
        String label = threads.get(index).label();
        List<ThreadSpec> rest = new ArrayList<>();
        for (int i = 0; i < threads.size(); i++) {
            if (i != index) {
                ThreadSpec t = threads.get(i);
                rest.add(t.withOps(t.ops().stream().filter(op -> !op.refersTo(label)).toList()));
            }
        }
        return new KernelProgram(objects, rest);
    }

    /** The program with thread {@code index} running its operations once. */
    public KernelProgram withOneRound(int index) {
        List<ThreadSpec> all = new ArrayList<>(threads);
        all.set(index, threads.get(index).once());
        return new KernelProgram(objects, all);
    }

    /** The program with operation {@code op} of thread {@code thread} replaced by {@code replacement}s. */
    public KernelProgram withOp(int thread, int op, List<Op> replacement) {
        List<Op> ops = new ArrayList<>(threads.get(thread).ops());
        ops.remove(op);
        ops.addAll(op, replacement);
        List<ThreadSpec> all = new ArrayList<>(threads);
        all.set(thread, threads.get(thread).withOps(ops));
        return new KernelProgram(objects, all);
    }

    /** The program without the objects no operation names (for a readable minimal program). */
    public KernelProgram withoutUnusedObjects() {
        List<ObjectSpec> used = new ArrayList<>();
        for (ObjectSpec o : objects) {
            boolean named = false;
            for (ThreadSpec t : threads) {
                for (Op op : t.ops()) {
                    named |= op.refersTo(o.name());
                }
            }
            if (named) {
                used.add(o);
            }
        }
        return new KernelProgram(used, threads);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("objects:");
        if (objects.isEmpty()) {
            sb.append(" none");
        }
        for (ObjectSpec o : objects) {
            sb.append(' ').append(o).append(';');
        }
        for (ThreadSpec t : threads) {
            sb.append("\n  ").append(t);
        }
        return sb.toString();
    }
}
