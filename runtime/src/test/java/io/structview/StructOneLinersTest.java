package io.structview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructOneLinersTest {

    @Test
    void pythonModuleFunctions() {
        // struct.calcsize('<IHd'), struct.calcsize('@bq'), struct.calcsize('5s2x?')
        assertThat(Struct.calcsize("<IHd")).isEqualTo(14);
        assertThat(Struct.calcsize("@bq")).isEqualTo(16);
        assertThat(Struct.calcsize("5s2x?")).isEqualTo(8);
        // struct.unpack('<IHd', bytes.fromhex('0100000002000000000000000c40')) -> (1, 2, 3.5)
        assertThat(Struct.unpack("<IHd", HexFormat.of().parseHex("0100000002000000000000000c40")))
                .containsExactly(1L, 2L, 3.5);
        // struct.unpack_from('>h', bytes.fromhex('00fffe'), 1) -> (-2,)
        assertThat(Struct.unpackFrom(">h", HexFormat.of().parseHex("00fffe"), 1)).containsExactly(-2L);
        assertThatThrownBy(() -> Struct.calcsize("<Z")).isInstanceOf(StructException.class)
                .hasMessageContaining("'Z'");
        assertThatThrownBy(() -> Struct.unpack("<I", new byte[3])).isInstanceOf(StructException.class)
                .hasMessage("unpack requires a buffer of 4 bytes (got 3) for format <I");
    }

    /** Issue 11: documented as 100 entries, the cache reached 2,381 under 16 threads. */
    @Test
    void cacheStaysWithinItsBoundUnderThreads() throws Exception {
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger largest = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int id = t;
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < 20000; i++) {
                        Struct.of("<" + id + "x" + i + "x");
                        largest.accumulateAndGet(Struct.cachedCount(), Math::max);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(largest.get()).isBetween(1, 100);
        // A hit returns the cached instance, so equal formats compiled by racing threads agree.
        assertThat(Struct.of("<IHd")).isSameAs(Struct.of("<IHd"));
    }
}
