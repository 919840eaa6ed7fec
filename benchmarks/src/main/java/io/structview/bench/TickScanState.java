package io.structview.bench;

import static io.structview.bench.Hand.TICK_SIZE;

import io.structview.MemoryView;
import io.structview.Struct;
import io.structview.bench.gen.Tick;
import io.structview.bench.sbe.TickDecoder;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code records} tick records ({@code <qIdd}, 28 bytes each) in one segment, on the Java heap (a {@code byte[]}
 * viewed as a heap segment, a heap {@code ByteBuffer} and an Agrona {@code UnsafeBuffer} over the same array) or
 * off-heap (a shared-arena segment, its direct {@code ByteBuffer} view, an {@code UnsafeBuffer} over its
 * address). Every contender reads the same bytes.
 */
@State(Scope.Benchmark)
public class TickScanState {
    /** Records in the scan; 4,000,000 = 112 MB, well past the 32 MiB L3, so scans stream from DRAM. */
    @Param({"4000000"})
    public int records;

    /** {@code heap} or {@code offheap}. */
    @Param({"heap", "offheap"})
    public String mem;

    Arena arena;
    MemorySegment seg;
    ByteBuffer bb;
    UnsafeBuffer sbe;
    /** The same bytes as a CPython-style record view, {@code memoryview(...).cast('<qIdd')}. */
    MemoryView view;
    long end;
    int endI;
    /** Precomputed uniformly random record indices, one per record, fixed seed. */
    int[] idx;
    final TickDecoder dec = new TickDecoder();
    final Tick fw = new Tick();
    final Struct struct = Struct.of("<qIdd");

    @Setup(Level.Trial)
    public void setUp() {
        long bytes = records * TICK_SIZE;
        if (bytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("ByteBuffer and SBE index with int: at most 2 GiB");
        }
        switch (mem) {
            case "heap" -> {
                byte[] array = new byte[(int) bytes];
                seg = MemorySegment.ofArray(array);
                bb = ByteBuffer.wrap(array).order(ByteOrder.LITTLE_ENDIAN);
                sbe = new UnsafeBuffer(array);
            }
            case "offheap" -> {
                arena = Arena.ofShared();
                seg = arena.allocate(bytes, 64);
                bb = seg.asByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
                sbe = new UnsafeBuffer(seg.address(), (int) bytes);
            }
            default -> throw new IllegalArgumentException("mem: heap or offheap, not " + mem);
        }
        Data.fillTicks(seg, records);
        view = MemoryView.of(seg).cast("<qIdd");
        end = bytes;
        endI = (int) bytes;
        idx = Data.randomIndices(records, 42);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (arena != null) {
            arena.close();
        }
    }
}
