package io.structview.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.structview.Struct;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated flyweights (compiled from the emitter's output with {@code javax.tools.JavaCompiler}) over memory
 * whose lifetime ended or that is read-only: a precise exception, never stale data; and many threads reading
 * one segment, each through its own flyweight, alongside {@link Struct}.
 */
class GeneratedAccessorSafetyTest {
    private static final Struct POINT = Struct.of("<iid");
    private static MethodHandle create;
    private static MethodHandle wrap;
    private static MethodHandle x;
    private static MethodHandle setX;
    private static MethodHandle weight;
    private static MethodHandle staticY;

    @BeforeAll
    static void compile() throws Exception {
        Class<?> point = InMemoryCompiler.compile(JavaEmitter.emit(Fixtures.point())).loadClass("com.example.point.Point");
        MethodHandles.Lookup l = MethodHandles.publicLookup();
        create = l.findConstructor(point, MethodType.methodType(void.class));
        wrap = l.findVirtual(point, "wrap", MethodType.methodType(point, MemorySegment.class, long.class));
        x = l.findVirtual(point, "x", MethodType.methodType(int.class));
        setX = l.findVirtual(point, "x", MethodType.methodType(point, int.class));
        weight = l.findVirtual(point, "weight", MethodType.methodType(double.class));
        staticY = l.findStatic(point, "y", MethodType.methodType(int.class, MemorySegment.class, long.class));
    }

    private static Object wrapped(MemorySegment seg, long offset) throws Throwable {
        return wrap.invoke(create.invoke(), seg, offset);
    }

    @Test
    void closedArenaIsAnIllegalStateExceptionNotStaleData() throws Throwable {
        Object p;
        MemorySegment seg;
        try (Arena arena = Arena.ofConfined()) {
            seg = arena.allocate(16);
            POINT.packInto(seg, 0, 7, 8, 9.5);
            p = wrapped(seg, 0);
            assertThat((int) x.invoke(p)).isEqualTo(7);
        }
        Object closed = p;
        assertThatThrownBy(() -> x.invoke(closed)).isInstanceOf(IllegalStateException.class).hasMessageContaining("Already closed");
        assertThatThrownBy(() -> setX.invoke(closed, 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> staticY.invoke(seg, 0L)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(closed::toString).isInstanceOf(IllegalStateException.class);
        // wrapping closed memory succeeds (wrap only checks bounds), the first access fails
        Object again = wrapped(seg, 0);
        assertThatThrownBy(() -> weight.invoke(again)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readOnlySegmentsRefuseWrites() throws Throwable {
        MemorySegment ro = MemorySegment.ofArray(POINT.pack(1, 2, 3.0)).asReadOnly();
        Object p = wrapped(ro, 0);
        // the JDK's own check (MemorySegment.set through a ValueLayout): no write, a precise message
        assertThatThrownBy(() -> setX.invoke(p, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Attempt to write a read-only segment");
        assertThat((int) x.invoke(p)).isEqualTo(1);
    }

    @Test
    void wrapRefusesNegativeOffsetsAndAccessesPastTheEndFail() throws Throwable {
        MemorySegment seg = MemorySegment.ofArray(POINT.pack(1, 2, 3.0));
        assertThatThrownBy(() -> wrapped(seg, -1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("negative record offset: -1");
        // A record that does not fit fails at its first access past the end: the segment checks every access.
        Object p = wrapped(seg, 8);
        assertThat((int) x.invoke(p)).isEqualTo(0); // bytes 8..11 of the packed Point: the low half of 3.0
        assertThatThrownBy(() -> weight.invoke(p)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> setX.invoke(wrapped(seg, Long.MAX_VALUE), 1))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(seg.toArray(java.lang.foreign.ValueLayout.JAVA_BYTE)).isEqualTo(POINT.pack(1, 2, 3.0));
    }

    /** Eight threads, each with its own flyweight (flyweights are not shareable), read one shared segment. */
    @Test
    void concurrentReadersWithGeneratedAccessorsAndStruct() throws Exception {
        int rows = 4096;
        try (Arena arena = Arena.ofShared()) {
            MemorySegment seg = arena.allocate(16L * rows);
            for (int r = 0; r < rows; r++) {
                POINT.packInto(seg, 16L * r, r, -r, r * 0.25);
            }
            int threads = 8;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> readRows(seg, rows, start)));
            }
            start.countDown();
            long total = 0;
            for (Future<Long> f : results) {
                total += f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(total).isEqualTo(threads * 20_000L);
        }
    }

    private static long readRows(MemorySegment seg, int rows, CountDownLatch start) throws Exception {
        try {
            Object p = create.invoke();
            start.await();
            ThreadLocalRandom rnd = ThreadLocalRandom.current();
            long checked = 0;
            for (int k = 0; k < 20_000; k++) {
                int r = rnd.nextInt(rows);
                wrap.invoke(p, seg, 16L * r);
                int gx = (int) x.invoke(p);
                int gy = (int) staticY.invoke(seg, 16L * r);
                double gw = (double) weight.invoke(p);
                Object[] s = POINT.unpackFrom(seg, 16L * r);
                if (gx != r || gy != -r || gw != r * 0.25 || !s[0].equals((long) gx) || !s[1].equals((long) gy)
                        || !s[2].equals(gw)) {
                    throw new AssertionError("row " + r + ": " + gx + "," + gy + "," + gw);
                }
                checked++;
            }
            return checked;
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
