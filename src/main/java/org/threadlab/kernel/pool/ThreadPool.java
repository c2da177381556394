package org.threadlab.kernel.pool;

import java.util.List;

import org.threadlab.kernel.Errno;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.SimProcess;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadState;
import org.threadlab.kernel.event.PoolChange;
import org.threadlab.kernel.pool.PoolMembers.Member;

/**
 * Overview: a QNX thread pool (seed 003, "Pools of threads"). The pool keeps the accounting and
 * the thread creation policy; what a pool thread runs (block_func, handler_func, context_alloc,
 * context_free) belongs to the body its {@link PoolWorkerFactory} makes, which tells the pool
 * where it is with one kernel call per transition:
 *
 * <pre>
 *   created / start(USE_SELF) ──► blocking ──unblocked()──► processing ──completed()──┐
 *                                    ▲                                             │
 *                                    └──────────── value() == 0 ◄─────────────────┤
 *                                                  value() == 1: context_free, exit ◄┘
 * </pre>
 *
 * Rules (each change emits one {@link PoolChange} row, as in seed 003's two tables):
 * <ol>
 *   <li>lo_water check, after start, every unblock and every completion that keeps its thread:
 *       while fewer than lo_water threads block and fewer than maximum exist, create increment
 *       threads (fewer if maximum would be passed) and emit one lo_water trip. New threads count
 *       as blocking from their creation, as in the seed's "all 3 of them are in the blocking
 *       operation".</li>
 *   <li>hi_water trip: a thread whose completion puts more than hi_water threads in the blocking
 *       operation (or leaves more than maximum threads, after maximum was lowered) is destroyed:
 *       its counts go at once and {@link #completed} tells it to exit.</li>
 *   <li>control/limits and destroy terminate threads blocked in the blocking operation through
 *       the factory's unblock_func: they are counted out at once and leave with {@link #leave}.</li>
 * </ol>
 *
 * The per-request calls allocate nothing ({@link PoolMembers} finds a thread by binary search).
 */
public final class ThreadPool extends KernelObject {
    /** waitData of a thread blocked in {@link #destroy}; control waiters keep lower << 16 | upper in waitMode. */
    private static final Object DESTROY_WAIT = new Object();

    // Fixed by thread_pool_create().
    private final SimProcess process;
    private final PoolAttr attr;
    private final PoolFlag flag;

    // The pool's state, changed only by its kernel calls.
    private PoolLimits limits;
    private boolean started;
    private boolean destroyed;
    private int processing;
    private int blocking;
    private int total;
    private final PoolMembers members = new PoolMembers();

    // Statistics.
    private long creations;
    private long departures;
    private long trips;
    private int peakTotal;

    private ThreadPool(int id, String name, SimProcess process, PoolAttr attr, PoolFlag flag) {
        super(id, name);
        this.process = process;
        this.attr = attr;
        this.flag = flag;
        this.limits = attr.limits();
    }

    /**
     * thread_pool_create: a pool whose threads run in {@code process}; no thread exists until
     * {@link #start}. {@code name} null gives "pool#id".
     */
    public static ThreadPool create(Kernel kernel, SimProcess process, PoolAttr attr, PoolFlag flag, String name) {
        int id = kernel.newObjectId();
        return new ThreadPool(id, name == null ? "pool#" + id : name, process, attr, flag);
    }

    // ---------------------------------------------------------------- kernel calls

    /**
     * thread_pool_start by {@code self}: with USE_SELF the caller joins the pool in the blocking
     * operation (Initial 0 1 1), otherwise Initial 0 0 0; then the lo_water check. The caller acts
     * on the flag itself afterwards. EBUSY if already started, EINVAL if destroyed.
     */
    public void start(Kernel kernel, SimThread self) {
        if (destroyed || started) {
            self.complete(destroyed ? Errno.EINVAL : Errno.EBUSY, 0);
            return;
        }
        started = true;
        if (flag == PoolFlag.USE_SELF) {
            members.add(self);
            self.watchExit(this);
            blocking++;
            total++;
            peakTotal = Math.max(peakTotal, total);
        }
        emit(kernel, PoolChange.INITIAL);
        self.complete(Errno.EOK, 0);
        loWaterCheck(kernel, self);
    }

    /**
     * {@code self} left the blocking operation with work to do (block_func returned): Unblock
     * row, then the lo_water check. Fails fast if {@code self} is not a blocking member.
     */
    public void unblocked(Kernel kernel, SimThread self) {
        Member m = member(self, "unblocked");
        kernel.syncAcquired(self, this); // the pool's hidden lock orders its threads' hand-offs
        kernel.syncReleased(self, this);
        if (m.processing || m.terminating) {
            throw new IllegalStateException(self.name() + " is not in the blocking operation of " + name());
        }
        m.processing = true;
        blocking--;
        processing++;
        emit(kernel, PoolChange.UNBLOCK);
        self.complete(Errno.EOK, 0);
        loWaterCheck(kernel, self);
    }

    /**
     * {@code self} finished processing (handler_func returned) and returns to the blocking
     * operation: Completion row. value() == 1 tells it to run context_free and exit: after a
     * hi_water trip (more than hi_water blocking, or more than maximum threads) or when the pool
     * is destroyed. value() == 0: it blocks again, and the lo_water check has run.
     */
    public void completed(Kernel kernel, SimThread self) {
        Member m = member(self, "completed");
        kernel.syncAcquired(self, this);
        kernel.syncReleased(self, this);
        if (!m.processing) {
            throw new IllegalStateException(self.name() + " is not processing in " + name());
        }
        m.processing = false;
        processing--;
        if (destroyed) {
            members.remove(m);
            total--;
            departures++;
            self.complete(Errno.EOK, 1);
            wakeWaiters(kernel);
            return;
        }
        blocking++;
        emit(kernel, PoolChange.COMPLETION);
        if (blocking > limits.hiWater() || total > limits.maximum()) {
            members.remove(m);
            blocking--;
            total--;
            departures++;
            trips++;
            emit(kernel, PoolChange.HI_WATER_TRIP);
            self.complete(Errno.EOK, 1);
            wakeWaiters(kernel);
            return;
        }
        self.complete(Errno.EOK, 0);
        loWaterCheck(kernel, self);
    }

    /**
     * {@code self}, in the blocking operation, leaves the pool instead of blocking (again): after
     * unblock_func woke it (destroy, control), when it finds the pool destroyed, or when its
     * block_func failed. It runs context_free and exits next. A thread the pool did not count out
     * already is counted out now, and the pool replaces it if lo_water requires.
     */
    public void leave(Kernel kernel, SimThread self) {
        Member m = member(self, "leave");
        if (m.processing) {
            throw new IllegalStateException(self.name() + " must call completed before leaving " + name());
        }
        members.remove(m);
        self.complete(Errno.EOK, 0);
        if (!m.terminating) {
            blocking--;
            total--;
            departures++;
            wakeWaiters(kernel);
            loWaterCheck(kernel, self);
        }
    }

    /**
     * thread_pool_limits with all four values: sets the limits, applies them at once (creating
     * or terminating blocking threads), then waits until the pool has lo_water..maximum threads.
     * EINVAL, limits unchanged, if the pool is destroyed.
     */
    public void limits(Kernel kernel, SimThread self, PoolLimits newLimits) {
        control(kernel, self, PoolControl.of(newLimits, newLimits.loWater(), newLimits.maximum(), 0));
    }

    /**
     * thread_pool_control: changes the limits {@code request} selects, creates threads while
     * fewer than lo_water block, terminates blocking threads (newest first, through unblock_func)
     * while more than hi_water block or more than maximum exist, then, unless NONBLOCK, waits in
     * CONDVAR until lower <= total <= upper. EINVAL, nothing changed, for invalid limits or range.
     */
    public void control(Kernel kernel, SimThread self, PoolControl request) {
        if (destroyed || request.problem(limits) != null) {
            self.complete(Errno.EINVAL, 0);
            return;
        }
        limits = request.applyTo(limits);
        self.complete(Errno.EOK, 0);
        if (started) {
            loWaterCheck(kernel, self);
            trim(kernel);
        }
        if (!request.nonblocking() && !request.inRange(total)) {
            self.setWait(null, request.lower() << 16 | request.upper());
            kernel.block(self, ThreadState.CONDVAR, this);
        }
    }

    /**
     * thread_pool_destroy: no thread is created any more; threads blocked in the blocking
     * operation are terminated through unblock_func (counted out at once; they run context_free
     * after the call may have returned, as in QNX); the others leave at their next pool call.
     * The caller waits in CONDVAR until the pool has no thread. EDEADLK for a pool thread (it
     * could never return), EINVAL if already destroyed. Waiting control calls return EINTR.
     */
    public void destroy(Kernel kernel, SimThread self) {
        Member own = members.find(self);
        if (own != null && !own.terminating) {
            self.complete(Errno.EDEADLK, 0);
            return;
        }
        if (destroyed) {
            self.complete(Errno.EINVAL, 0);
            return;
        }
        destroyed = true;
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            if (!m.processing && !m.terminating && attr.workers().unblock(kernel, this, m.thread)) {
                m.terminating = true;
                blocking--;
                total--;
                departures++;
            }
        }
        SimThread w = waiters().first();
        while (w != null) {
            SimThread next = waiters().next(w);
            kernel.wake(w, Errno.EINTR);
            w = next;
        }
        self.complete(Errno.EOK, 0);
        if (total > 0) {
            self.setWait(DESTROY_WAIT, 0);
            kernel.block(self, ThreadState.CONDVAR, this);
        }
    }

    // ---------------------------------------------------------------- policy

    /** Rule 1: lo_water trips until lo_water threads block or maximum threads exist. */
    private void loWaterCheck(Kernel kernel, SimThread creator) {
        if (destroyed) {
            return;
        }
        boolean created = false;
        while (blocking < limits.loWater() && total < limits.maximum()) {
            int n = Math.min(limits.increment(), limits.maximum() - total);
            for (int i = 0; i < n; i++) {
                SimThread t = kernel.createThread(process, "pool worker", attr.workers().newWorker(this),
                        attr.threadAttr(), creator);
                members.add(t);
                t.watchExit(this);
                blocking++;
                total++;
                creations++;
            }
            peakTotal = Math.max(peakTotal, total);
            emit(kernel, PoolChange.LO_WATER_TRIP);
            created = true;
        }
        if (created) {
            wakeWaiters(kernel);
        }
    }

    /** After control: terminates blocking threads, newest first, while the pool is over its limits. */
    private void trim(Kernel kernel) {
        for (int i = members.size() - 1; i >= 0; i--) {
            if (blocking <= limits.hiWater() && total <= limits.maximum()) {
                break;
            }
            Member m = members.get(i);
            if (!m.processing && !m.terminating && attr.workers().unblock(kernel, this, m.thread)) {
                m.terminating = true;
                blocking--;
                total--;
                departures++;
                trips++;
                emit(kernel, PoolChange.HI_WATER_TRIP);
                wakeWaiters(kernel);
            }
        }
    }

    /** Wakes destroy waiters once no thread is left and control waiters whose range is reached. */
    private void wakeWaiters(Kernel kernel) {
        SimThread w = waiters().first();
        while (w != null) {
            SimThread next = waiters().next(w);
            int mode = w.waitMode();
            boolean done = w.waitData() == DESTROY_WAIT ? total == 0
                    : (mode >>> 16) <= total && total <= (mode & 0xFFFF);
            if (done) {
                kernel.wake(w, Errno.EOK);
            }
            w = next;
        }
    }

    /**
     * A pool thread terminated without leaving through {@link #completed} or {@link #leave}
     * (pthread_exit in a handler, its process exiting): it is counted out, and replaced if
     * lo_water requires it, unless its process is exiting.
     */
    @Override
    protected void threadExited(Kernel kernel, SimThread thread) {
        Member m = members.find(thread);
        if (m == null) {
            return; // it left the pool before it ended
        }
        members.remove(m);
        if (m.terminating) {
            return; // already counted out
        }
        if (m.processing) {
            processing--;
        } else {
            blocking--;
        }
        total--;
        departures++;
        wakeWaiters(kernel);
        if (!process.isExiting()) {
            loWaterCheck(kernel, null);
        }
    }

    private void emit(Kernel kernel, PoolChange change) {
        kernel.emitPool(this, change, processing, blocking, total);
    }

    // ---------------------------------------------------------------- members

    private Member member(SimThread t, String call) {
        Member m = members.find(t);
        if (m == null) {
            throw new IllegalStateException(call + " by " + t.name() + ", which is not a thread of " + name());
        }
        return m;
    }

    // ---------------------------------------------------------------- state, read-only

    /** The current limits (thread_pool_create's, or the last accepted control/limits call's). */
    public PoolLimits limits() {
        return limits;
    }

    /** The flags given to thread_pool_create. */
    public PoolFlag flag() {
        return flag;
    }

    /** The attributes given to thread_pool_create (its limits are the initial ones). */
    public PoolAttr attr() {
        return attr;
    }

    /** True once thread_pool_start succeeded. */
    public boolean isStarted() {
        return started;
    }

    /** True once thread_pool_destroy was called: a pool thread must leave instead of blocking. */
    public boolean isDestroyed() {
        return destroyed;
    }

    /** Threads in the processing operation ("Proc Op"). */
    public int processing() {
        return processing;
    }

    /** Threads in the blocking operation ("Blk Op"), new threads included. */
    public int blocking() {
        return blocking;
    }

    /** Threads in the pool ("Total"). */
    public int total() {
        return total;
    }

    /** Threads the pool created (the USE_SELF caller is not one). */
    public long creations() {
        return creations;
    }

    /** Threads that left the pool, for whatever reason. */
    public long departures() {
        return departures;
    }

    /** Threads destroyed by the limits: hi_water trips at completion and terminations by control. */
    public long trips() {
        return trips;
    }

    /** The largest total so far. */
    public int peakThreads() {
        return peakTotal;
    }

    /** The pool's threads in creation order, those counted out but not yet gone included. */
    public List<SimThread> threads() {
        return members.threads();
    }

    /** A destroyer waits for every pool thread; a control caller for the pool's threads too. */
    @Override
    public List<SimThread> holders() {
        return threads();
    }
}
