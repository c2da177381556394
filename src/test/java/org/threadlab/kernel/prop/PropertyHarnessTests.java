package org.threadlab.kernel.prop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.Policy;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.event.ContextSwitched;
import org.threadlab.kernel.event.KernelEvent;
import org.threadlab.kernel.event.LockAcquired;
import org.threadlab.kernel.event.LockMode;
import org.threadlab.kernel.event.PriorityChanged;
import org.threadlab.kernel.event.Signalled;
import org.threadlab.kernel.event.ThreadStateChanged;

/** The harness itself: generator, invariants, determinism check and shrinker do their jobs. */
class PropertyHarnessTests {

    /** An artificial property that most programs break: no mutex is ever taken by two threads. */
    static final class OneThreadPerMutex implements Invariant {
        private final Map<String, Integer> firstTaker = new HashMap<>();

        @Override
        public String onEvent(KernelEvent event, RunView view) {
            if (event instanceof LockAcquired a) {
                Integer first = firstTaker.putIfAbsent(a.object(), a.tid());
                if (first != null && first != a.tid()) {
                    return a.object() + " taken by thread " + first + " and then by thread " + a.tid();
                }
            }
            return null;
        }
    }

    private static final Supplier<List<Invariant>> ARTIFICIAL = () -> List.of(new OneThreadPerMutex());

    /** The first of seeds 1, 2, 3, ... whose case breaks the artificial property. */
    private static PropertyCase firstCaseBreakingTheArtificialProperty() {
        for (long seed = 1; ; seed++) {
            PropertyCase c = ProgramGenerator.generate(seed);
            if (KernelProperties.check(c, ARTIFICIAL) != null) {
                return c;
            }
        }
    }

    @Test
    void shrinkerCutsAFailingProgramToAOneMinimalOne() {
        PropertyCase c = firstCaseBreakingTheArtificialProperty();
        Shrinker.Result shrunk = Shrinker.shrink(c.program(), p -> KernelProperties.check(c.with(p), ARTIFICIAL) != null);
        KernelProgram minimal = shrunk.program();

        assertThat(KernelProperties.check(c.with(minimal), ARTIFICIAL)).isNotNull();
        assertThat(minimal.threads()).hasSize(2);
        assertThat(minimal.opCount()).isLessThan(c.program().opCount()).isLessThanOrEqualTo(4);
        for (int t = 0; t < minimal.threads().size(); t++) {
            assertThat(KernelProperties.check(c.with(minimal.withoutThread(t)), ARTIFICIAL))
                    .as("without thread %d", t).isNull();
            if (minimal.threads().get(t).rounds() > 1) {
                assertThat(KernelProperties.check(c.with(minimal.withOneRound(t)), ARTIFICIAL))
                        .as("thread %d in one round", t).isNull();
            }
            for (int i = 0; i < minimal.threads().get(t).ops().size(); i++) {
                assertThat(KernelProperties.check(c.with(minimal.withOp(t, i, List.of())), ARTIFICIAL))
                        .as("without op %d of thread %d", i, t).isNull();
            }
        }
    }

    @Test
    void failureReportNamesTheSeedAndShowsTheMinimalProgram() {
        PropertyCase c = firstCaseBreakingTheArtificialProperty();
        String report = KernelProperties.verify(c, ARTIFICIAL);
        assertThat(report)
                .contains("seed " + c.seed(), "ProgramGenerator.generate(" + c.seed() + "L)")
                .contains("minimal program", "taken by thread")
                .containsPattern("T\\d+ prio \\d+ (FIFO|RR)")
                .containsPattern("(lock|trylock|timedlock) m\\d");
    }

    /** A broken lock for the test: it lets a second thread in while the first holds it. */
    static final class BargingLock extends KernelObject {
        BargingLock(Kernel kernel) {
            super(kernel.newObjectId(), "barging");
        }
    }

    record Barge() implements Op {
        @Override
        public int run(RunView view, Kernel kernel, SimThread self) {
            kernel.emitAcquired(self, view.object("barging", BargingLock.class), LockMode.EXCLUSIVE);
            self.complete(0, 0);
            return 1;
        }
    }

    record BargingLockSpec() implements ObjectSpec {
        @Override
        public String name() {
            return "barging";
        }

        @Override
        public KernelObject create(Kernel kernel) {
            return new BargingLock(kernel);
        }
    }

    @Test
    void invariantsCatchALockThatLetsASecondOwnerIn() {
        KernelProgram program = new KernelProgram(List.of(new BargingLockSpec()), List.of(
                new ThreadSpec("T1", 10, Policy.FIFO, 1, List.of(new Barge(), new BasicOps.Sleep(5))),
                new ThreadSpec("T2", 10, Policy.FIFO, 1, List.of(new Barge()))));
        RunOutcome outcome = ProgramRunner.run(program, new RunSetup(KernelConfig.defaults(), true, 0, 1000));
        assertThat(outcome.violation()).contains("thread 2 acquired barging (exclusive) while thread 1 holds it");
    }

    /** An operation whose cost depends on an identity hash: forbidden in the kernel, caught here. */
    record Nondeterministic() implements Op {
        @Override
        public int run(RunView view, Kernel kernel, SimThread self) {
            return 1 + (System.identityHashCode(new Object()) & 0xff);
        }
    }

    @Test
    void determinismCheckCatchesAnOperationThatDependsOnIdentityHashes() {
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ops.add(new Nondeterministic());
            ops.add(new BasicOps.Yield());
        }
        KernelProgram program = new KernelProgram(List.of(), List.of(
                new ThreadSpec("T1", 10, Policy.RR, 1, ops), new ThreadSpec("T2", 10, Policy.RR, 1, ops)));
        PropertyCase c = new PropertyCase(0, program,
                new RunSetup(KernelConfig.builder().instructionsPerTick(7).timesliceTicks(1).build(), true, 0, 100_000));
        assertThat(KernelProperties.check(c)).startsWith("not deterministic");
    }

    @Test
    void generatorIsAFunctionOfTheSeed() {
        assertThat(ProgramGenerator.generate(42).program()).isEqualTo(ProgramGenerator.generate(42).program());
        assertThat(ProgramGenerator.generate(42).setup()).hasToString(ProgramGenerator.generate(42).setup().toString());
        assertThat(ProgramGenerator.generate(42).program()).isNotEqualTo(ProgramGenerator.generate(43).program());
    }

    /** Records what a run exercised, as short names ("op:lock", "switch:preempted", ...). */
    static final class Coverage implements Invariant {
        final Set<String> seen;

        Coverage(Set<String> seen) {
            this.seen = seen;
        }

        @Override
        public String onEvent(KernelEvent event, RunView view) {
            if (event instanceof ContextSwitched s) {
                seen.add("switch:" + s.reason());
            } else if (event instanceof ThreadStateChanged s) {
                seen.add("state:" + s.to());
            } else if (event instanceof Signalled s) {
                seen.add("signalled:" + s.kind());
            } else if (event instanceof PriorityChanged p) {
                seen.add("priority:" + p.cause());
            }
            return null;
        }
    }

    @Test
    void generatedCasesExerciseEveryOperationStateAndSwitchReason() {
        Set<String> seen = new TreeSet<>();
        KernelPropertiesTests.seeds().forEach(seed -> {
            PropertyCase c = ProgramGenerator.generate(seed);
            for (ThreadSpec t : c.program().threads()) {
                for (Op op : t.ops()) {
                    seen.add(op instanceof RwLockOps.RwOp rw ? "rw:" + rw.call() : "op:" + op.getClass().getSimpleName());
                }
            }
            seen.add("cpus:" + c.setup().config().cpus());
            seen.add(c.setup().realistic() ? "chooser:realistic" : "chooser:random");
            List<Invariant> invariants = ProgramRunner.standardInvariants();
            invariants.add(new Coverage(seen));
            seen.add("end:" + ProgramRunner.run(c.program(), c.setup(), invariants, false).end());
        });
        assertThat(seen).contains(
                "op:Lock", "op:TryLock", "op:TimedLock", "op:Unlock", "op:Wait", "op:TimedWait", "op:Signal",
                "op:Broadcast", "op:Sleep", "op:Yield", "op:Compute", "op:Join", "op:Exit", "op:SetPriority",
                "op:SemWait", "op:SemTryWait", "op:SemTimedWait", "op:SemPost",
                "rw:RDLOCK", "rw:TRYRDLOCK", "rw:WRLOCK", "rw:TRYWRLOCK", "rw:UNLOCK",
                "cpus:1", "cpus:2", "cpus:3", "cpus:4", "chooser:realistic", "chooser:random",
                "state:MUTEX", "state:CONDVAR", "state:JOIN", "state:NANOSLEEP", "state:SEM", "state:RWLOCK",
                "state:DEAD",
                "switch:PREEMPTED", "switch:YIELDED", "switch:SLICE_EXPIRED", "switch:BLOCKED", "switch:EXITED",
                "signalled:SIGNAL", "signalled:BROADCAST", "signalled:TIMEOUT", "signalled:SPURIOUS",
                "priority:inheritance", "priority:restored", "priority:set",
                "end:finished", "end:quiescent");
    }
}
