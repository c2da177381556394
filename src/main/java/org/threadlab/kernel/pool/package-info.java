/**
 * QNX thread pools (seed 003, "Pools of threads"): {@link org.threadlab.kernel.pool.ThreadPool}
 * keeps the accounting (processing, blocking, total) and the lo_water/increment/hi_water/maximum
 * policy, and creates threads whose bodies a {@link org.threadlab.kernel.pool.PoolWorkerFactory}
 * supplies (in C programs, the VM running block_func and handler_func). Around it: a
 * {@link org.threadlab.kernel.pool.RequestChannel} as the Java workloads' blocking operation,
 * {@link org.threadlab.kernel.pool.PoolScript} replaying seed 003's two tables event by event, and
 * {@link org.threadlab.kernel.pool.PoolWorkload}, a seeded random workload with wait statistics.
 */
package org.threadlab.kernel.pool;
