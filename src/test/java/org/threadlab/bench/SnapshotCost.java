package org.threadlab.bench;

import java.nio.file.Path;
import java.util.Locale;

import org.threadlab.explore.StateHasher;
import org.threadlab.explore.Target;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.Preemption;
import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.vm.interp.Machine;

/**
 * What one state of a stateful search costs: copying the run ({@link Machine#copy}, a snapshot)
 * and hashing it ({@link StateHasher}), each done 200,000 times on the state of a C program at
 * its 41st scheduling choice at kernel calls, five rounds (the first warms the JIT). Run it with
 * {@code ./mvnw -B -Pbench -DskipTests -Dfrontend.skip=true verify -Dbench.main=org.threadlab.bench.SnapshotCost
 * -Dbench.args=src/test/resources/explore/corpus/bounded_buffer_sem.c}.
 */
public final class SnapshotCost {
    private static final int TIMES = 200_000;

    private SnapshotCost() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args.length > 0 ? args[0] : "src/test/resources/explore/corpus/bounded_buffer_sem.c");
        Target fine = SpinComparison.target(source);
        Target target = new Target(fine.program(), fine.library(), fine.vm(),
                KernelConfig.builder().preemption(Preemption.KERNEL_CALLS_ONLY).build(), fine.argv(), fine.seed());
        StateHasher hasher = new StateHasher(target);
        Machine[] machine = new Machine[1];
        int[] scheduling = {0};
        Chooser measuring = (point, options, realistic) -> {
            boolean switching = point == ChoicePoint.PREEMPT || point == ChoicePoint.DISPATCH;
            if (switching && scheduling[0]++ == 40) {
                for (int round = 0; round < 5; round++) {
                    long t0 = System.nanoTime();
                    for (int i = 0; i < TIMES; i++) {
                        machine[0].copy(Chooser.realistic());
                    }
                    long t1 = System.nanoTime();
                    for (int i = 0; i < TIMES; i++) {
                        hasher.digest(machine[0], point);
                    }
                    long t2 = System.nanoTime();
                    System.out.printf(Locale.ROOT, "round %d: copy %.2f us, hash %.2f us%n", round,
                            (t1 - t0) / 1e3 / TIMES, (t2 - t1) / 1e3 / TIMES);
                }
            }
            return realistic;
        };
        machine[0] = target.start(measuring);
        machine[0].run();
        if (scheduling[0] <= 40) {
            System.out.println("the program made only " + scheduling[0] + " scheduling choices");
        }
    }
}
