package org.threadlab.kernel.pool;

import org.threadlab.kernel.ThreadAttr;

/**
 * thread_pool_attr_t: the pool threads' code ({@code workers}: handle, block_func, handler_func,
 * context_alloc, context_free), the attributes each new thread is created with ({@code attr}, the
 * C struct's pthread_attr_t) and the four operating parameters ({@code limits}).
 */
public record PoolAttr(PoolWorkerFactory workers, ThreadAttr threadAttr, PoolLimits limits) {
    public PoolAttr {
        if (workers == null || threadAttr == null || limits == null) {
            throw new IllegalArgumentException("workers, threadAttr and limits must not be null");
        }
    }
}
