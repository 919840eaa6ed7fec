package io.structview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Struct} over memory whose lifetime ended, or that must not be written: a precise exception, never stale
 * data; and one {@code Struct} shared by many threads reading one segment.
 */
class StructLifetimeTest {
    private static final Struct POINT = Struct.of("<iid");

    @Test
    void closedArenaIsAnIllegalStateException() {
        MemorySegment seg;
        try (Arena arena = Arena.ofConfined()) {
            seg = arena.allocate(POINT.size());
            POINT.packInto(seg, 0, 1, 2, 3.0);
            assertThat(POINT.unpackFrom(seg, 0)).containsExactly(1L, 2L, 3.0);
        }
        assertThatThrownBy(() -> POINT.unpackFrom(seg, 0))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Already closed");
        assertThatThrownBy(() -> POINT.unpack(seg))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Already closed");
        assertThatThrownBy(() -> POINT.packInto(seg, 0, 4, 5, 6.0))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Already closed");
    }

    @Test
    void lazyIterUnpackAfterCloseFailsInsteadOfReadingFreedMemory() {
        Iterator<Object[]> rows;
        try (Arena arena = Arena.ofShared()) {
            MemorySegment seg = arena.allocate(POINT.size() * 3);
            for (int r = 0; r < 3; r++) {
                POINT.packInto(seg, r * POINT.size(), r, r, (double) r);
            }
            rows = POINT.iterUnpack(seg).iterator();
            assertThat(rows.next()).containsExactly(0L, 0L, 0.0);
        }
        assertThatThrownBy(rows::next).isInstanceOf(IllegalStateException.class).hasMessageContaining("Already closed");
    }

    @Test
    void closedMappingIsAnIllegalStateException(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("points.bin");
        Files.write(file, POINT.pack(7, 8, 9.5));
        MemorySegment mapped;
        try (Arena arena = Arena.ofConfined(); FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            mapped = ch.map(FileChannel.MapMode.READ_ONLY, 0, POINT.size(), arena);
            assertThat(POINT.unpack(mapped)).containsExactly(7L, 8L, 9.5);
            assertThatThrownBy(() -> POINT.packInto(mapped, 0, 1, 2, 3.0))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessage("pack_into requires a writable segment, got a read-only one");
        }
        assertThatThrownBy(() -> POINT.unpack(mapped))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Already closed");
    }

    @Test
    void readOnlyBuffersAndSegmentsAreNeverWritten() {
        byte[] backing = POINT.pack(1, 2, 3.0);
        MemorySegment ro = MemorySegment.ofBuffer(ByteBuffer.wrap(backing).asReadOnlyBuffer());
        assertThat(ro.isReadOnly()).isTrue();
        assertThatThrownBy(() -> POINT.packInto(ro, 0, 4, 5, 6.0))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("pack_into requires a writable segment, got a read-only one");
        assertThat(POINT.unpack(backing)).containsExactly(1L, 2L, 3.0);
        assertThat(POINT.unpackFrom(ro, 0)).containsExactly(1L, 2L, 3.0);
    }

    @Test
    void confinedSegmentFromAnotherThreadIsAWrongThreadException() throws Exception {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment seg = arena.allocate(POINT.size());
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                Future<?> f = other.submit(() -> POINT.unpackFrom(seg, 0));
                assertThatThrownBy(f::get).hasCauseInstanceOf(WrongThreadException.class);
            } finally {
                other.shutdownNow();
            }
        }
    }

    /** Eight threads read one shared segment through one Struct; every row must come back exactly. */
    @Test
    void concurrentReadersOfOneSegment() throws Exception {
        int rows = 4096;
        try (Arena arena = Arena.ofShared()) {
            MemorySegment seg = arena.allocate(POINT.size() * rows);
            for (int r = 0; r < rows; r++) {
                POINT.packInto(seg, r * POINT.size(), r, -r, r * 0.5);
            }
            int threads = 8;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    long checked = 0;
                    ThreadLocalRandom rnd = ThreadLocalRandom.current();
                    for (int k = 0; k < 20_000; k++) {
                        int r = rnd.nextInt(rows);
                        Object[] v = k % 2 == 0 ? POINT.unpackFrom(seg, r * POINT.size())
                                : Struct.of("<iid").unpack(seg.asSlice(r * POINT.size(), POINT.size()));
                        if (!v[0].equals((long) r) || !v[1].equals((long) -r) || !v[2].equals(r * 0.5)) {
                            throw new AssertionError("row " + r + " read as " + java.util.Arrays.toString(v));
                        }
                        checked++;
                    }
                    return checked;
                }));
            }
            start.countDown();
            long total = 0;
            for (Future<Long> f : results) {
                total += f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(total).isEqualTo(threads * 20_000L);
        }
    }

    /** The format cache is cleared when full; threads compiling many formats at once still get correct structs. */
    @Test
    void concurrentCompilationThroughTheBoundedCache() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            int seed = t;
            fs.add(pool.submit(() -> {
                for (int k = 0; k < 3000; k++) {
                    int n = (k * 7 + seed) % 400 + 1;
                    Struct s = Struct.of("<" + n + "h");
                    if (s.size() != 2L * n || !s.format().equals("<" + n + "h")) {
                        throw new AssertionError(s);
                    }
                }
            }));
        }
        for (Future<?> f : fs) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }
}
