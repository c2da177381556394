package org.threadlab.kernel.pool;

import java.util.SplittableRandom;

import org.threadlab.kernel.AddressSpace;
import org.threadlab.kernel.Errno;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.Policy;
import org.threadlab.kernel.RunState;
import org.threadlab.kernel.SimProcess;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadAttr;
import org.threadlab.kernel.ThreadBody;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.event.EventSink;
import org.threadlab.kernel.sync.Interrupt;

/**
 * Overview: a seeded random workload for a thread pool, run entirely inside the kernel. A
 * generator thread (priority default + 10, FIFO) sleeps an exponential inter-arrival time, then
 * delivers a request whose value is its arrival tick, until all are delivered; it then waits for
 * the last completion and calls thread_pool_destroy. Pool threads receive requests on a
 * {@link RequestChannel} and serve each by sleeping an exponential service time: I/O-like
 * processing that holds a pool thread but not a CPU. Every idle stretch is skipped by the
 * kernel's clock jump, so a million requests cost no real waiting.
 *
 * <p>Randomness: one {@link SplittableRandom} from the seed, split into an arrival stream (drawn
 * by the generator) and a service stream (drawn when a thread starts a request); the kernel is
 * deterministic, so the same seed and options give the same summary and event stream. Samples
 * are rounded to whole ticks.
 *
 * <p>Wait for a thread: ticks from a request's arrival to the moment a pool thread, running,
 * has it in hand (back from receive). Recorded exactly in a {@link WaitHistogram}. With no event
 * sink the per-request path allocates nothing.
 */
public final class PoolWorkload {
    /** The workload's parameters; means are in ticks. */
    public record Options(long requests, double arrivalMean, double serviceMean, long seed, int cpus) {
        public static final long MAX_REQUESTS = 1_000_000_000L;

        /** Throws IllegalArgumentException naming the bad field. */
        public Options {
            if (requests < 1 || requests > MAX_REQUESTS) {
                throw new IllegalArgumentException("requests (" + requests + ") must be between 1 and " + MAX_REQUESTS);
            }
            checkMean("arrival mean", arrivalMean);
            checkMean("service mean", serviceMean);
            if (cpus < 1 || cpus > KernelConfig.MAX_CPUS) {
                throw new IllegalArgumentException("cpus (" + cpus + ") must be between 1 and " + KernelConfig.MAX_CPUS);
            }
        }

        /** 1000 requests, a request every 10 ticks, 50 ticks of service, seed 1, one CPU. */
        public static Options defaults() {
            return new Options(1000, 10, 50, 1, 1);
        }

        private static void checkMean(String field, double mean) {
            if (!(mean >= 0 && mean <= 1e9)) {
                throw new IllegalArgumentException(field + " (" + mean + ") must be between 0 and 1e9 ticks");
            }
        }
    }

    /**
     * What a run did: {@code destructions} are threads destroyed by hi_water trips during the
     * run, {@code destroyedAtEnd} those ended by the final thread_pool_destroy; waits in ticks.
     */
    public record Summary(long requests, long ticks, int peakThreads, long creations, long destructions,
                          long destroyedAtEnd, double meanWait, long p99Wait, long maxWait,
                          long instructions, long contextSwitches) {
    }

    private final Options options;
    private final Kernel kernel;
    private final SimProcess process;
    private final RequestChannel channel;
    private final Interrupt allDone;
    private final SplittableRandom arrivals;
    private final SplittableRandom services;
    private final WaitHistogram waits = new WaitHistogram();
    private ThreadPool pool;
    private long delivered;
    private long completed;
    private boolean allDoneRaised;

    private PoolWorkload(PoolLimits limits, PoolFlag flag, Options options, EventSink sink) {
        this.options = options;
        SplittableRandom root = new SplittableRandom(options.seed());
        arrivals = root.split();
        services = root.split();
        KernelConfig config = KernelConfig.builder().cpus(options.cpus()).build();
        kernel = new Kernel(config, Chooser.realistic());
        kernel.setSink(sink);
        process = kernel.createProcess("pool-workload", AddressSpace.NONE);
        channel = RequestChannel.create(kernel, "requests");
        allDone = Interrupt.create(kernel, "all-done");
        PoolAttr attr = new PoolAttr(p -> new Worker(), ThreadAttr.INHERIT, limits);
        kernel.createThread(process, "generator", new Generator(),
                ThreadAttr.explicit(Math.min(255, config.defaultPriority() + 10), Policy.FIFO), null);
        PoolStarter starter = new PoolStarter(process, attr, flag, Worker::new, created -> pool = created);
        kernel.createThread(process, "main", starter, ThreadAttr.INHERIT, null);
    }

    /**
     * Runs the workload to the end and summarises it. {@code sink}, if not null, sees every kernel
     * event. Throws IllegalArgumentException when the limits let the pool take no request (no thread at all).
     */
    public static Summary run(PoolLimits limits, PoolFlag flag, Options options, EventSink sink) {
        return new PoolWorkload(limits, flag, options, sink).run();
    }

    private Summary run() {
        RunState state = kernel.runToQuiescence();
        if (state != RunState.FINISHED) {
            throw new IllegalArgumentException("the workload stalled at tick " + kernel.tick() + " with " + completed
                    + " of " + options.requests() + " requests completed: the pool has no thread to take them");
        }
        return new Summary(options.requests(), kernel.tick(), pool.peakThreads(), pool.creations(), pool.trips(),
                pool.departures() - pool.trips(), waits.mean(), waits.percentile(99), waits.max(),
                kernel.instructions(), kernel.contextSwitches());
    }

    private static long exponential(SplittableRandom random, double mean) {
        return Math.round(-mean * Math.log(1.0 - random.nextDouble()));
    }

    /** The clients: a request every exponential(arrival mean) ticks, then destroy the pool. */
    private final class Generator implements ThreadBody {
        private int pc;

        @Override
        public int step(Kernel k, SimThread self) {
            switch (pc) {
                case 0 -> {
                    if (delivered == options.requests()) {
                        allDone.await(k, self);
                        pc = 2;
                    } else {
                        k.sleep(self, exponential(arrivals, options.arrivalMean()));
                        pc = 1;
                    }
                }
                case 1 -> {
                    channel.deliver(k, k.tick());
                    delivered++;
                    pc = 0;
                }
                case 2 -> {
                    pool.destroy(k, self);
                    pc = 3;
                }
                default -> k.exitThread(self, 0);
            }
            return 1;
        }
    }

    private static final int BLOCK = 0;
    private static final int RECEIVED = 1;
    private static final int SERVE = 2;
    private static final int FINISH = 3;
    private static final int DECIDE = 4;
    private static final int FREE = 5;

    /** A pool thread: receive, unblocked, sleep the service time, completed; until told to exit. */
    private final class Worker implements ThreadBody {
        private int phase = BLOCK;

        @Override
        public int step(Kernel k, SimThread self) {
            switch (phase) {
                case BLOCK -> block(k, self);
                case RECEIVED -> {
                    if (self.result() != Errno.EOK) {
                        pool.leave(k, self);
                        phase = FREE;
                    } else {
                        waits.record(k.tick() - self.value());
                        pool.unblocked(k, self);
                        phase = SERVE;
                    }
                }
                case SERVE -> {
                    k.sleep(self, exponential(services, options.serviceMean()));
                    phase = FINISH;
                }
                case FINISH -> {
                    completed++;
                    pool.completed(k, self);
                    phase = DECIDE;
                }
                case DECIDE -> {
                    if (completed == options.requests() && !allDoneRaised) {
                        allDoneRaised = true;
                        allDone.raise(k); // value() still holds completed()'s answer
                    } else if (self.value() == 1) {
                        k.exitThread(self, 0);
                    } else {
                        block(k, self);
                    }
                }
                default -> k.exitThread(self, 0);
            }
            return 1;
        }

        private void block(Kernel k, SimThread self) {
            if (pool.isDestroyed()) {
                pool.leave(k, self);
                phase = FREE;
            } else {
                channel.receive(k, self);
                phase = RECEIVED;
            }
        }
    }
}
