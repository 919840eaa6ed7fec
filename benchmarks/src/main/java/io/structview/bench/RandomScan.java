package io.structview.bench;

import static io.structview.bench.Hand.TICK_SIZE;
import static io.structview.bench.Hand.TICK_TIMESTAMP;
import static io.structview.bench.Hand.TICK_TIMESTAMP_OFFSET;

import io.structview.MemoryView;
import io.structview.bench.gen.Tick;
import io.structview.bench.sbe.TickDecoder;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 3: random access. Sums {@code timestamp} of {@code records} records visited in a precomputed random
 * order ({@link TickScanState#idx}, fixed seed, the same for every contender). One operation = the whole walk.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "--enable-native-access=ALL-UNNAMED",
        "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED"})
public class RandomScan {

    @Benchmark
    public long hand(TickScanState st) {
        MemorySegment s = st.seg;
        int[] idx = st.idx;
        long sum = 0;
        for (int i : idx) {
            sum += s.get(TICK_TIMESTAMP, i * TICK_SIZE + TICK_TIMESTAMP_OFFSET);
        }
        return sum;
    }

    @Benchmark
    public long varHandle(TickScanState st) {
        MemorySegment s = st.seg;
        int[] idx = st.idx;
        long sum = 0;
        for (int i : idx) {
            sum += (long) Fl.TICK_TIMESTAMP.get(s, i * TICK_SIZE);
        }
        return sum;
    }

    @Benchmark
    public long byteBuffer(TickScanState st) {
        ByteBuffer bb = st.bb;
        int[] idx = st.idx;
        long sum = 0;
        for (int i : idx) {
            sum += bb.getLong(i * 28);
        }
        return sum;
    }

    @Benchmark
    public long genWrap(TickScanState st) {
        MemorySegment s = st.seg;
        Tick t = st.fw;
        int[] idx = st.idx;
        long sum = 0;
        for (int i : idx) {
            sum += t.wrap(s, i * Tick.SIZE).timestamp();
        }
        return sum;
    }

    @Benchmark
    public long genStatic(TickScanState st) {
        MemorySegment s = st.seg;
        int[] idx = st.idx;
        long sum = 0;
        for (int i : idx) {
            sum += Tick.timestamp(s, i * Tick.SIZE);
        }
        return sum;
    }

    @Benchmark
    public long genCursor(TickScanState st) {
        Tick.Cursor c = Tick.cursor(st.seg);
        int[] idx = st.idx;
        long sum = 0;
        for (int i : idx) {
            sum += c.at(i).timestamp();
        }
        return sum;
    }

    @Benchmark
    public long sbe(TickScanState st) {
        UnsafeBuffer buf = st.sbe;
        TickDecoder d = st.dec;
        int[] idx = st.idx;
        long sum = 0;
        for (int i : idx) {
            sum += d.wrap(buf, i * TickDecoder.BLOCK_LENGTH, TickDecoder.BLOCK_LENGTH, TickDecoder.SCHEMA_VERSION)
                    .timestamp();
        }
        return sum;
    }

    @Benchmark
    public long structUnpackFrom(TickScanState st) {
        MemorySegment s = st.seg;
        int[] idx = st.idx;
        long sum = 0;
        for (int i : idx) {
            sum += (Long) st.struct.unpackFrom(s, i * TICK_SIZE)[0];
        }
        return sum;
    }

    @Benchmark
    public long memoryView(TickScanState st) {
        MemoryView v = st.view;
        int[] idx = st.idx;
        long sum = 0;
        for (int i : idx) {
            sum += (Long) ((Object[]) v.get(i))[0];
        }
        return sum;
    }
}
