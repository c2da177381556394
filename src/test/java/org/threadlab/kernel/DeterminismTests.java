package org.threadlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.choice.RecordingChooser;
import org.threadlab.kernel.choice.ReplayChooser;
import org.threadlab.kernel.choice.Schedule;
import org.threadlab.kernel.prop.KernelProgram;
import org.threadlab.kernel.prop.ProgramGenerator;
import org.threadlab.kernel.prop.ProgramRunner;
import org.threadlab.kernel.prop.PropertyCase;
import org.threadlab.kernel.prop.RunOutcome;
import org.threadlab.kernel.prop.RunSetup;
import org.threadlab.kernel.sync.Condvar;
import org.threadlab.kernel.sync.Mutex;
import org.threadlab.kernel.sync.MutexKind;

/**
 * A run is a function of (program, configuration, choices): the same inputs give a byte-identical
 * event log, a recorded schedule replays exactly, and one fixed scenario's log has a checked-in
 * hash so that any change to the kernel's observable behaviour is noticed and made on purpose.
 */
class DeterminismTests {
    /** Cases from the property generator: several CPU counts, both choosers, every operation. */
    private static final long[] SEEDS = {3, 17, 101, 2024, 65_537, 1_000_003};

    private static RunOutcome runWithLog(KernelProgram program, KernelConfig config, Chooser chooser) {
        return ProgramRunner.run(program, config, chooser, 20_000, List.of(), true);
    }

    @Test
    void sameProgramConfigAndSeedGiveAByteIdenticalEventLogAndFinalState() {
        for (long seed : SEEDS) {
            PropertyCase c = ProgramGenerator.generate(seed);
            RunOutcome first = runWithLog(c.program(), c.setup().config(), c.setup().newChooser());
            RunOutcome second = runWithLog(c.program(), c.setup().config(), c.setup().newChooser());
            assertThat(first.log()).as("seed %d", seed).isNotEmpty();
            assertThat(second.log().getBytes(StandardCharsets.UTF_8)).as("seed %d", seed)
                    .isEqualTo(first.log().getBytes(StandardCharsets.UTF_8));
            assertThat(second.digest()).isEqualTo(first.digest());
            assertThat(second.finalState()).isEqualTo(first.finalState());
        }
    }

    @Test
    void differentChooserSeedsUsuallyGiveDifferentLogs() {
        PropertyCase c = ProgramGenerator.generate(2024);
        KernelConfig config = c.setup().config().toBuilder().cpus(2).instructionsPerTick(5).build();
        Set<String> digests = new TreeSet<>();
        for (long chooserSeed = 1; chooserSeed <= 10; chooserSeed++) {
            digests.add(runWithLog(c.program(), config, Chooser.random(chooserSeed)).digest());
        }
        assertThat(digests).as("distinct logs from 10 chooser seeds").hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void recordedScheduleReplaysToTheIdenticalLog() {
        for (long seed : SEEDS) {
            PropertyCase c = ProgramGenerator.generate(seed);
            RunSetup random = new RunSetup(c.setup().config(), false, seed, 20_000);
            RecordingChooser recorder = new RecordingChooser(random.newChooser());
            RunOutcome recorded = runWithLog(c.program(), random.config(), recorder);
            Schedule schedule = recorder.schedule();

            ReplayChooser replay = new ReplayChooser(schedule);
            RunOutcome replayed = runWithLog(c.program(), random.config(), replay);
            assertThat(replayed.log()).as("seed %d", seed).isEqualTo(recorded.log());
            assertThat(replayed.finalState()).isEqualTo(recorded.finalState());
            assertThat(replay.isExhausted()).isTrue();
        }
    }

    // ------------------------------------------------------------------ golden log

    /**
     * SHA-256 of {@link #goldenScenarioLog()}. It changes only when the kernel's observable
     * behaviour or the event text changes. If that change is deliberate, regenerate it with
     * {@code mvn test -Dtest=DeterminismTests -Dthreadlab.rewriteGolden=true}, which prints the new
     * value (and the log) instead of checking; paste the value here and say why in the commit.
     */
    static final String GOLDEN_SHA256 = "48ed6e2282e131df3c7db6ff106a8b34c59cd77fc99f861cf9d649668c75a897";

    @Test
    void fixedScenarioLogMatchesTheGoldenHash() {
        String log = goldenScenarioLog();
        String sha = sha256(log);
        if (Boolean.getBoolean("threadlab.rewriteGolden")) {
            System.out.println(log);
            System.out.println("DeterminismTests.GOLDEN_SHA256 = \"" + sha + "\"");
            return;
        }
        assertThat(sha).as("event log hash; if the change is deliberate, see GOLDEN_SHA256 on how to"
                + " regenerate it\n%s", log).isEqualTo(GOLDEN_SHA256);
    }

    /**
     * The fixed scenario: seed 003's bounded buffer in miniature on 2 CPUs with a random(2024)
     * chooser, spurious wakeups and priority inheritance. A producer (priority 12) and two
     * consumers (10, 14) share one slot under a mutex with condvars "full" and "empty"; a
     * low-priority logger (5) takes the mutex now and then and is boosted while others wait.
     */
    static String goldenScenarioLog() {
        KernelConfig config = KernelConfig.builder().cpus(2).instructionsPerTick(6).timesliceTicks(2)
                .spuriousWakeups(true).build();
        KernelFixture f = new KernelFixture(config, Chooser.random(2024));
        Mutex m = Mutex.create(f.kernel, "buffer", MutexKind.ERROR_CHECK, true);
        Condvar full = Condvar.create(f.kernel, "full");
        Condvar empty = Condvar.create(f.kernel, "empty");
        int[] slot = {0};
        int[] produced = {0};
        Script.Op lock = (k, t) -> m.lock(k, t);
        Script.Op unlock = (k, t) -> m.unlock(k, t);
        Script.Op waitEmpty = (k, t) -> {
            if (slot[0] != 0) {
                empty.await(k, t, m);
            }
        };
        Script.Op put = (k, t) -> {
            if (slot[0] == 0) {
                slot[0] = ++produced[0];
                full.signal(k, t);
            }
        };
        Script.Op waitFull = (k, t) -> {
            if (slot[0] == 0) {
                full.await(k, t, m);
            }
        };
        Script.Op take = (k, t) -> {
            if (slot[0] != 0) {
                slot[0] = 0;
                empty.broadcast(k, t);
            }
        };
        f.thread("producer", 12, Policy.RR, Script.builder().then(lock, waitEmpty, waitEmpty, put, unlock)
                .compute(3).times(6).build());
        f.thread("consumer-a", 10, Policy.RR, Script.builder().then(lock, waitFull, waitFull, take, unlock)
                .compute(2).times(3).build());
        f.thread("consumer-b", 14, Policy.FIFO, Script.builder().then(lock, waitFull, (k, t) -> full.timedWait(k, t, m, 4),
                take, unlock).compute(4).times(3).build());
        f.thread("logger", 5, Policy.RR, Script.builder().then(lock).compute(5).then(unlock, (k, t) -> k.sleep(t, 3))
                .times(3).build());
        f.kernel.run(5_000);
        return f.events.text();
    }

    private static String sha256(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
