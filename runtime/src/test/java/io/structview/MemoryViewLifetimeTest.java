package io.structview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code MemoryViewTest} and {@code MemoryViewSourcesTest} leave out: lifetimes ending while other threads
 * use a view, lazy iteration across a release, and many threads reading one view.
 */
class MemoryViewLifetimeTest {

    @Test
    void iteratorTakenBeforeReleaseFailsAfterIt() {
        MemoryView v = MemoryView.of(new byte[] {1, 2, 3});
        Iterator<Object> it = v.iterator();
        assertThat(it.next()).isEqualTo(1L);
        v.release();
        assertThatThrownBy(it::next).isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot iterate: operation forbidden on released memoryview object");
    }

    /** A shared arena closed by one thread while others read: each read is the right value or an exception. */
    @Test
    void arenaClosedWhileOtherThreadsRead() throws Exception {
        for (int round = 0; round < 20; round++) {
            Arena arena = Arena.ofShared();
            MemoryView v = MemoryView.allocate(arena, 4096).cast("q");
            for (int i = 0; i < 512; i++) {
                v.set((long) i * 3, i);
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> readers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                readers.add(pool.submit(() -> {
                    go.await();
                    for (int k = 0; ; k++) {
                        int i = k % 512;
                        try {
                            Object got = v.get(i);
                            if (!got.equals((long) i * 3)) {
                                return "stale or wrong value at " + i + ": " + got;
                            }
                        } catch (IllegalStateException e) {
                            // the view's own check, or the JDK's when the arena closes between that check and
                            // the access: an exception either way, never freed memory
                            return e.getMessage().contains("was freed") || e.getMessage().equals("Already closed")
                                    ? null : "unexpected message: " + e.getMessage();
                        }
                    }
                }));
            }
            go.countDown();
            Thread.sleep(2);
            arena.close();
            for (Future<String> f : readers) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isNull();
            }
            pool.shutdown();
        }
    }

    /** Releasing a mapped view unmaps the file; readers of derived views on other threads then fail cleanly. */
    @Test
    void mappingReleasedWhileOtherThreadsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data.bin");
        byte[] data = new byte[1 << 16];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        Files.write(file, data);
        MemoryView mapped = MemoryView.map(file, FileChannel.MapMode.READ_ONLY);
        MemoryView half = mapped.slice(0, data.length / 2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        Future<String> reader = pool.submit(() -> {
            go.await();
            for (int k = 0; ; k++) {
                int i = k % (data.length / 2);
                try {
                    if (!half.get(i).equals((long) (i & 0xFF))) {
                        return "wrong value at " + i;
                    }
                } catch (IllegalStateException e) {
                    return null;
                }
            }
        });
        go.countDown();
        Thread.sleep(5);
        mapped.release();
        assertThat(reader.get(30, TimeUnit.SECONDS)).isNull();
        assertThatThrownBy(() -> half.toBytes()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the memory of this view was freed (its arena or file mapping is closed)");
        pool.shutdown();
    }

    /** Views are immutable; eight threads read one view (and casts and slices of it) at once. */
    @Test
    void concurrentReadersOfOneView() throws Exception {
        byte[] data = new byte[8 * 4096];
        MemoryView q = MemoryView.of(data).cast("<q");
        for (int i = 0; i < 4096; i++) {
            q.set((long) i * i, i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int seed = t;
            fs.add(pool.submit(() -> {
                MemoryView odd = q.slice(1, 4096, 2);
                for (int k = 0; k < 20_000; k++) {
                    int i = (k * 31 + seed) % 2048;
                    long want = (2L * i + 1) * (2L * i + 1);
                    if (!odd.get(i).equals(want) || !q.get(2 * i + 1).equals(want)) {
                        throw new AssertionError("index " + i);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }

    @Test
    void writesThroughReadOnlyViewsOfEveryKindAreRefused(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("ro.bin"), new byte[8]);
        try (MemoryView ro = MemoryView.map(file, FileChannel.MapMode.READ_ONLY)) {
            assertThatThrownBy(() -> ro.cast("q").set(1L, 0)).isInstanceOf(UnsupportedOperationException.class)
                    .hasMessage("cannot set an item: cannot modify read-only memory");
            assertThatThrownBy(() -> ro.setSlice(0, 8, 1, MemoryView.of(new byte[8])))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessage("cannot assign a slice: cannot modify read-only memory");
            assertThat(ro.segment().isReadOnly()).isTrue();
        }
        assertThat(Files.readAllBytes(file)).containsOnly(0);
    }
}
