package org.threadlab.kernel.prop;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.Preemption;
import org.threadlab.kernel.Policy;

/**
 * Draws a {@link PropertyCase} from a seed with {@link SplittableRandom} (whose sequence the Java
 * specification fixes, so a seed means the same case everywhere): 2..6 threads with priorities
 * 1..30 (two in three drawn from two per-program values, so that equal priorities, yields and
 * timeslices matter), FIFO or RR, each 1..14 segments, run 1..3 rounds, from the {@link OpKind}s (three threads in ten careless, i.e. allowed to misuse the API); cpus 1..4,
 * instructionsPerTick 1..50, timeslice 1..6, spurious wakeups on or off, each preemption mode
 * (drawn from a second generator, so adding it left the other draws as they were); a random
 * chooser (three cases in four) or the realistic one.
 */
public final class ProgramGenerator {
    /** The primitives generated programs use, in declaration order (condvars need mutexes). */
    public static final List<OpKind> KINDS = List.of(new BasicOps(), new MutexOps(), new CondvarOps(),
            new SemaphoreOps(), new RwLockOps());

    static final long BUDGET = 20_000;

    private ProgramGenerator() {
    }

    public static PropertyCase generate(long seed) {
        return generate(seed, KINDS);
    }

    /** The case for {@code seed} drawing operations from {@code kinds}. */
    public static PropertyCase generate(long seed, List<OpKind> kinds) {
        SplittableRandom random = new SplittableRandom(seed);
        KernelConfig config = KernelConfig.builder()
                .cpus(1 + random.nextInt(4))
                .instructionsPerTick(1 + random.nextInt(50))
                .timesliceTicks(1 + random.nextInt(6))
                .spuriousWakeups(random.nextBoolean())
                .priorityInheritance(random.nextBoolean())
                .preemption(Preemption.values()[new SplittableRandom(~seed).nextInt(Preemption.values().length)])
                .build();
        boolean realistic = random.nextInt(4) == 0;
        RunSetup setup = new RunSetup(config, realistic, random.nextLong(), BUDGET);
        return new PropertyCase(seed, program(random, kinds), setup);
    }

    private static KernelProgram program(SplittableRandom random, List<OpKind> kinds) {
        int threadCount = 2 + random.nextInt(5);
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= threadCount; i++) {
            labels.add("T" + i);
        }
        ProgramDraft draft = new ProgramDraft(labels);
        for (OpKind kind : kinds) {
            kind.declare(random, draft);
        }
        int[] common = {1 + random.nextInt(30), 1 + random.nextInt(30)};
        List<ThreadSpec> threads = new ArrayList<>();
        for (String label : labels) {
            int priority = random.nextInt(3) == 0 ? 1 + random.nextInt(30) : common[random.nextInt(2)];
            Policy policy = random.nextBoolean() ? Policy.FIFO : Policy.RR;
            ThreadDraft thread = new ThreadDraft(draft, kinds, label, random.nextInt(10) < 3);
            int segments = 1 + random.nextInt(14);
            for (int s = 0; s < segments; s++) {
                thread.segment(random);
            }
            threads.add(new ThreadSpec(label, priority, policy, 1 + random.nextInt(3), thread.ops()));
        }
        return new KernelProgram(draft.objects(), threads);
    }
}
