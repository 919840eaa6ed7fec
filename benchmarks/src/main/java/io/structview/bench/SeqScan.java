package io.structview.bench;

import static io.structview.bench.Hand.TICK_SIZE;
import static io.structview.bench.Hand.TICK_TIMESTAMP;
import static io.structview.bench.Hand.TICK_TIMESTAMP_OFFSET;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

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
 * Scenario 2: a sequential scan summing the {@code timestamp} field ({@code q} at offset 0) of every record.
 * One operation = the whole scan; GB/s = records * 28 / time. {@link #plainLongSum} sums every 8-byte word of the
 * same segment: the machine's sequential-read bandwidth reference.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "--enable-native-access=ALL-UNNAMED",
        "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED"})
public class SeqScan {

    @Benchmark
    public long plainLongSum(TickScanState st) {
        MemorySegment s = st.seg;
        long end = st.end & ~7L;
        long sum = 0;
        for (long o = 0; o < end; o += 8) {
            sum += s.get(JAVA_LONG_UNALIGNED, o);
        }
        return sum;
    }

    @Benchmark
    public long hand(TickScanState st) {
        MemorySegment s = st.seg;
        long end = st.end;
        long sum = 0;
        for (long o = 0; o < end; o += TICK_SIZE) {
            sum += s.get(TICK_TIMESTAMP, o + TICK_TIMESTAMP_OFFSET);
        }
        return sum;
    }

    @Benchmark
    public long varHandle(TickScanState st) {
        MemorySegment s = st.seg;
        long end = st.end;
        long sum = 0;
        for (long o = 0; o < end; o += TICK_SIZE) {
            sum += (long) Fl.TICK_TIMESTAMP.get(s, o);
        }
        return sum;
    }

    /** Heap {@code ByteBuffer} when {@code mem=heap}, direct when {@code mem=offheap}. */
    @Benchmark
    public long byteBuffer(TickScanState st) {
        ByteBuffer bb = st.bb;
        int end = st.endI;
        long sum = 0;
        for (int o = 0; o < end; o += 28) {
            sum += bb.getLong(o);
        }
        return sum;
    }

    @Benchmark
    public long genWrap(TickScanState st) {
        MemorySegment s = st.seg;
        Tick t = st.fw;
        long end = st.end;
        long sum = 0;
        for (long o = 0; o < end; o += Tick.SIZE) {
            sum += t.wrap(s, o).timestamp();
        }
        return sum;
    }

    @Benchmark
    public long genStatic(TickScanState st) {
        MemorySegment s = st.seg;
        long end = st.end;
        long sum = 0;
        for (long o = 0; o < end; o += Tick.SIZE) {
            sum += Tick.timestamp(s, o);
        }
        return sum;
    }

    @Benchmark
    public long genCursor(TickScanState st) {
        Tick.Cursor c = Tick.cursor(st.seg);
        long n = c.count();
        long sum = 0;
        for (long i = 0; i < n; i++) {
            sum += c.at(i).timestamp();
        }
        return sum;
    }

    @Benchmark
    public long sbe(TickScanState st) {
        UnsafeBuffer buf = st.sbe;
        TickDecoder d = st.dec;
        int end = st.endI;
        long sum = 0;
        for (int o = 0; o < end; o += TickDecoder.BLOCK_LENGTH) {
            sum += d.wrap(buf, o, TickDecoder.BLOCK_LENGTH, TickDecoder.SCHEMA_VERSION).timestamp();
        }
        return sum;
    }

    @Benchmark
    public long structUnpackFrom(TickScanState st) {
        MemorySegment s = st.seg;
        long end = st.end;
        long sum = 0;
        for (long o = 0; o < end; o += TICK_SIZE) {
            sum += (Long) st.struct.unpackFrom(s, o)[0];
        }
        return sum;
    }

    @Benchmark
    public long structIterUnpack(TickScanState st) {
        return st.struct.iterUnpack(st.seg).mapToLong(r -> (Long) r[0]).sum();
    }

    @Benchmark
    public long memoryView(TickScanState st) {
        MemoryView v = st.view;
        long n = st.records;
        long sum = 0;
        for (long i = 0; i < n; i++) {
            sum += (Long) ((Object[]) v.get(i))[0];
        }
        return sum;
    }
}
