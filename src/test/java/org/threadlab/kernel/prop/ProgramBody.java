package org.threadlab.kernel.prop;

import java.util.List;

import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadBody;

/** Runs a generated thread's operations one per step, {@code rounds} times, then exits with value 0. */
final class ProgramBody implements ThreadBody {
    private final RunView view;
    private final List<Op> ops;
    private int roundsLeft;
    private int pc;

    ProgramBody(RunView view, List<Op> ops, int rounds) {
        this.view = view;
        this.ops = ops;
        this.roundsLeft = rounds;
    }

    @Override
    public int step(Kernel kernel, SimThread self) {
        if (pc >= ops.size() && --roundsLeft > 0) {
            pc = 0;
        }
        if (pc >= ops.size()) {
            kernel.exitThread(self, 0);
            return 1;
        }
        return ops.get(pc++).run(view, kernel, self);
    }
}
