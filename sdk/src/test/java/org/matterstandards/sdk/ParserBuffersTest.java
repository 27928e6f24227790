package org.matterstandards.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.JsonRecyclerPools;

/** The validating workers parse with buffers of their own; every other thread with the shared pool (解析缓冲区). */
class ParserBuffersTest {

    @Test
    void aWorkerKeepsItsBuffersAndNeverLendsThemToAnotherThread() throws InterruptedException {
        AtomicReference<BufferRecycler> first = new AtomicReference<>();
        AtomicReference<BufferRecycler> again = new AtomicReference<>();
        Thread worker = new ParserBuffers.Worker(() -> {
            BufferRecycler recycler = ParserBuffers.POOL.acquireAndLinkPooled();
            recycler.releaseToPool();
            first.set(recycler);
            again.set(ParserBuffers.POOL.acquireAndLinkPooled());
            again.get().releaseToPool();
        });
        worker.start();
        worker.join();
        assertThat(worker.isDaemon()).isTrue();
        assertThat(again.get()).isSameAs(first.get());

        // This thread is not a worker: it takes from the shared pool, which never holds a worker's buffers. Taking
        // all the shared pool holds (and one more, made anew) never gives the worker's.
        List<BufferRecycler> taken = new ArrayList<>();
        int pooled = JsonRecyclerPools.defaultPool().pooledCount();
        try {
            for (int i = 0; i <= Math.max(pooled, 0); i++) {
                taken.add(ParserBuffers.POOL.acquireAndLinkPooled());
            }
            assertThat(taken).doesNotContain(first.get());
        } finally {
            taken.forEach(BufferRecycler::releaseToPool);
        }
    }

    @Test
    void aValidatorsMapperParsesWithThePool() {
        MatterValidator validator = MatterValidator.builder().build();
        assertThat(validator.mapper().tokenStreamFactory()._getRecyclerPool()).isSameAs(ParserBuffers.POOL);
    }
}
