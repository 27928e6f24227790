package org.matterstandards.sdk;

import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.core.util.RecyclerPool;

/**
 * Where the record parsers take their buffers from (解析缓冲区): the validating workers of {@code threads(N)} from
 * buffers of their own, every other thread from Jackson's shared pool, as any mapper does.
 *
 * <p>Jackson's default pool is one queue for all threads, taken from at one end and given back at the other: with
 * two threads parsing, each parse mostly gets the buffers the other thread used last, so they pass between the cores'
 * caches on every record. That was most of the extra CPU two threads spent over one on the same records (1.07–1.10×,
 * with buffers of their own for the workers 1.03–1.05×; docs/performance.md). The buffers of a thread of its own
 * cannot be lent to hosts' threads, which may be virtual (a thread-local buffer per virtual thread would be made
 * anew for every parse), so only the workers this library starts ({@link Worker}) keep theirs; the calling thread
 * keeps using the shared pool, which then serves it alone. Thread-safe.
 */
final class ParserBuffers implements RecyclerPool<BufferRecycler> {

    private static final long serialVersionUID = 1L;

    /** The pool of every record mapper in the JVM. */
    static final ParserBuffers POOL = new ParserBuffers();

    private final RecyclerPool<BufferRecycler> perWorker = JsonRecyclerPools.threadLocalPool();
    private final RecyclerPool<BufferRecycler> shared = JsonRecyclerPools.defaultPool();

    private ParserBuffers() {
    }

    /** A validating worker of {@link ParallelValidation}: its parsers keep buffers of its own. */
    static final class Worker extends Thread {

        Worker(Runnable task) {
            super(task, "matter-validate");
            setDaemon(true);
        }
    }

    private RecyclerPool<BufferRecycler> pool() {
        return Thread.currentThread() instanceof Worker ? perWorker : shared;
    }

    @Override
    public BufferRecycler acquirePooled() {
        return pool().acquirePooled();
    }

    /** Linked to the pool that gave it, so that a recycler goes back there whichever thread lets it go. */
    @Override
    public BufferRecycler acquireAndLinkPooled() {
        return pool().acquireAndLinkPooled();
    }

    @Override
    public void releasePooled(BufferRecycler pooled) {
        pool().releasePooled(pooled);
    }

    private Object readResolve() {
        return POOL;
    }
}
