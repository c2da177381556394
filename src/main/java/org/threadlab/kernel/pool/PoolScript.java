package org.threadlab.kernel.pool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.threadlab.kernel.AddressSpace;
import org.threadlab.kernel.Errno;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.RunState;
import org.threadlab.kernel.SimProcess;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadAttr;
import org.threadlab.kernel.ThreadBody;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.event.EventSink;
import org.threadlab.kernel.event.KernelEvent;
import org.threadlab.kernel.event.PoolChanged;
import org.threadlab.kernel.sync.Interrupt;

/**
 * Overview: drives a thread pool through a script of events, as seed 003's two tables do. One
 * kernel (1 CPU, realistic), one process; its main thread creates the pool and calls
 * thread_pool_start with the flag, then works in the pool (USE_SELF) or exits (EXIT_SELF, 0).
 * A pool thread loops: receive a request on a {@link RequestChannel} (the blocking operation),
 * {@code unblocked}, wait for the "work done" {@link Interrupt} (the processing operation),
 * {@code completed}, and exits when the pool says so.
 *
 * <p>{@link Event#UNBLOCK} delivers a request; {@link Event#COMPLETE} raises the interrupt, which
 * finishes the request of the thread that has been processing longest. After each event the
 * kernel runs until every thread is blocked again, so each event gives its rows in order.
 */
public final class PoolScript {
    /** One scripted event. */
    public enum Event {
        /** A request arrives: a thread leaves the blocking operation (or the request waits). */
        UNBLOCK,
        /** The longest-processing thread finishes its request. */
        COMPLETE;

        public String text() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Kernel kernel;
    private final SimProcess process;
    private final RequestChannel channel;
    private final Interrupt workDone;
    private final List<PoolChanged> rows = new ArrayList<>();
    private ThreadPool pool;
    private long requests;
    private int applied;

    private PoolScript(PoolLimits limits, PoolFlag flag, EventSink trace) {
        kernel = new Kernel(KernelConfig.defaults(), Chooser.realistic());
        kernel.setSink(event -> collect(event, trace));
        process = kernel.createProcess("pool", AddressSpace.NONE);
        channel = RequestChannel.create(kernel, "requests");
        workDone = Interrupt.create(kernel, "work-done");
        PoolAttr attr = new PoolAttr(p -> new Worker(), ThreadAttr.INHERIT, limits);
        PoolStarter starter = new PoolStarter(process, attr, flag, Worker::new, created -> pool = created);
        kernel.createThread(process, "main", starter, ThreadAttr.INHERIT, null);
    }

    /**
     * Starts a pool with {@code limits} and {@code flag} and runs until it settles (the Initial
     * and first lo_water rows). {@code trace}, if not null, sees every kernel event.
     */
    public static PoolScript start(PoolLimits limits, PoolFlag flag, EventSink trace) {
        PoolScript script = new PoolScript(limits, flag, trace);
        script.settle();
        return script;
    }

    /**
     * Parses "unblock*10,complete*10" or "unblock,unblock,complete" (case and spaces ignored);
     * throws IllegalArgumentException naming the bad item.
     */
    public static List<Event> parse(String spec) {
        return parse(spec, Integer.MAX_VALUE);
    }

    /** As {@link #parse(String)}, refusing lists of more than {@code maxEvents} before expanding them. */
    public static List<Event> parse(String spec, int maxEvents) {
        List<Event> events = new ArrayList<>();
        long total = 0;
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("the event list is empty; expected e.g. 'unblock*10,complete*10'");
        }
        for (String item : spec.split(",", -1)) {
            String text = item.trim().toLowerCase(Locale.ROOT);
            int star = text.indexOf('*');
            String name = (star < 0 ? text : text.substring(0, star)).trim();
            Event event = switch (name) {
                case "unblock" -> Event.UNBLOCK;
                case "complete" -> Event.COMPLETE;
                default -> throw new IllegalArgumentException("bad event '" + item.trim()
                        + "': expected unblock or complete, optionally followed by *count");
            };
            int count = 1;
            if (star >= 0) {
                String digits = text.substring(star + 1).trim();
                if (!digits.matches("[0-9]{1,7}") || Integer.parseInt(digits) < 1) {
                    throw new IllegalArgumentException("bad event '" + item.trim()
                            + "': the count after * must be a whole number from 1 to 9999999");
                }
                count = Integer.parseInt(digits);
            }
            total += count;
            if (total > maxEvents) {
                throw new IllegalArgumentException("the list has more than " + maxEvents + " events");
            }
            for (int i = 0; i < count; i++) {
                events.add(event);
            }
        }
        return events;
    }

    /** Applies {@code events} in order; see {@link #apply}. */
    public void run(List<Event> events) {
        for (Event e : events) {
            apply(e);
        }
    }

    /**
     * Applies one event and runs until the pool settles. A COMPLETE with no thread processing is
     * refused with IllegalArgumentException naming the event (1-based).
     */
    public void apply(Event event) {
        applied++;
        switch (event) {
            case UNBLOCK -> channel.deliver(kernel, ++requests);
            case COMPLETE -> {
                if (workDone.waiters().isEmpty()) {
                    throw new IllegalArgumentException("event " + applied + " (complete): no thread is processing a request");
                }
                workDone.raise(kernel);
            }
            default -> throw new AssertionError(event);
        }
        settle();
    }

    /** Runs the kernel until every thread is blocked or gone. */
    public void settle() {
        RunState state = kernel.runToQuiescence();
        if (state == RunState.HALTED) {
            throw new IllegalStateException("the kernel halted: " + kernel.haltReason());
        }
    }

    private void collect(KernelEvent event, EventSink trace) {
        if (event instanceof PoolChanged row) {
            rows.add(row);
        }
        if (trace != null) {
            trace.accept(event);
        }
    }

    /** Every pool row so far, in order. */
    public List<PoolChanged> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** The pool, once the main thread has created it (always, after {@link #start}). */
    public ThreadPool pool() {
        return pool;
    }

    /** The kernel the script runs on (1 CPU, realistic). */
    public Kernel kernel() {
        return kernel;
    }

    /** The process of the main thread and the pool's threads. */
    public SimProcess process() {
        return process;
    }

    /** The channel an UNBLOCK delivers to; pool threads block on it. */
    public RequestChannel channel() {
        return channel;
    }

    /** The interrupt a COMPLETE raises; processing threads wait on it. */
    public Interrupt workDone() {
        return workDone;
    }

    private enum Phase { ALLOC, BLOCK, RECEIVED, HANDLE, FINISH, DECIDE, FREE, GONE }

    /** A pool thread: context_alloc, then block_func (receive) / handler_func (await) until told to exit. */
    private final class Worker implements ThreadBody {
        private Phase phase = Phase.ALLOC;

        @Override
        public int step(Kernel k, SimThread self) {
            switch (phase) {
                case ALLOC -> phase = Phase.BLOCK; // context_alloc: thread-local work
                case BLOCK -> block(k, self);
                case RECEIVED -> {
                    if (self.result() != Errno.EOK) {
                        pool.leave(k, self);
                        phase = Phase.FREE;
                    } else {
                        pool.unblocked(k, self);
                        phase = Phase.HANDLE;
                    }
                }
                case HANDLE -> {
                    workDone.await(k, self);
                    phase = Phase.FINISH;
                }
                case FINISH -> {
                    pool.completed(k, self);
                    phase = Phase.DECIDE;
                }
                case DECIDE -> {
                    if (self.value() == 1) {
                        free(k, self);
                    } else {
                        block(k, self);
                    }
                }
                case FREE -> free(k, self);
                default -> throw new IllegalStateException(self.name() + " ran after exiting");
            }
            return 1;
        }

        private void block(Kernel k, SimThread self) {
            if (pool.isDestroyed()) {
                pool.leave(k, self);
                phase = Phase.FREE;
            } else {
                channel.receive(k, self);
                phase = Phase.RECEIVED;
            }
        }

        /** context_free, then the thread exits. */
        private void free(Kernel k, SimThread self) {
            phase = Phase.GONE;
            k.exitThread(self, 0);
        }
    }
}
