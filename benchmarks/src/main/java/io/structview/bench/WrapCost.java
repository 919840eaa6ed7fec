package io.structview.bench;

import static io.structview.bench.Hand.TICK_SIZE;
import static io.structview.bench.Hand.TICK_TIMESTAMP;
import static io.structview.bench.Hand.TICK_TIMESTAMP_OFFSET;

import java.lang.foreign.MemorySegment;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Diagnosis, not a contender: what a flyweight's {@code wrap} costs in a scan, with hand-written flyweights that
 * differ only in {@code wrap}. {@code checked} does what the generated {@code wrap} does today
 * ({@code Objects.checkFromIndexSize(offset, SIZE, segment.byteSize())}, then stores both fields);
 * {@code plain} only stores; {@code sbeStyle} stores the segment only when it changes (SBE's
 * {@code if (buffer != this.buffer)}), which skips G1's reference-store barriers. Same loop as
 * {@link SeqScan#hand}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "--enable-native-access=ALL-UNNAMED",
        "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED"})
@State(Scope.Thread)
public class WrapCost {

    /** The generated {@code wrap} as of the emitter's first version. */
    static final class Checked {
        private MemorySegment segment;
        private long offset;

        Checked wrap(MemorySegment segment, long offset) {
            Objects.checkFromIndexSize(offset, TICK_SIZE, segment.byteSize());
            this.segment = segment;
            this.offset = offset;
            return this;
        }

        long timestamp() {
            return segment.get(TICK_TIMESTAMP, offset + TICK_TIMESTAMP_OFFSET);
        }
    }

    static final class Plain {
        private MemorySegment segment;
        private long offset;

        Plain wrap(MemorySegment segment, long offset) {
            this.segment = segment;
            this.offset = offset;
            return this;
        }

        long timestamp() {
            return segment.get(TICK_TIMESTAMP, offset + TICK_TIMESTAMP_OFFSET);
        }
    }

    static final class SbeStyle {
        private MemorySegment segment;
        private long offset;

        SbeStyle wrap(MemorySegment segment, long offset) {
            if (this.segment != segment) {
                this.segment = segment;
            }
            this.offset = offset;
            return this;
        }

        long timestamp() {
            return segment.get(TICK_TIMESTAMP, offset + TICK_TIMESTAMP_OFFSET);
        }
    }

    final Checked checked = new Checked();
    final Plain plain = new Plain();
    final SbeStyle sbeStyle = new SbeStyle();

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
    public long checked(TickScanState st) {
        MemorySegment s = st.seg;
        Checked f = checked;
        long end = st.end;
        long sum = 0;
        for (long o = 0; o < end; o += TICK_SIZE) {
            sum += f.wrap(s, o).timestamp();
        }
        return sum;
    }

    @Benchmark
    public long plain(TickScanState st) {
        MemorySegment s = st.seg;
        Plain f = plain;
        long end = st.end;
        long sum = 0;
        for (long o = 0; o < end; o += TICK_SIZE) {
            sum += f.wrap(s, o).timestamp();
        }
        return sum;
    }

    @Benchmark
    public long sbeStyle(TickScanState st) {
        MemorySegment s = st.seg;
        SbeStyle f = sbeStyle;
        long end = st.end;
        long sum = 0;
        for (long o = 0; o < end; o += TICK_SIZE) {
            sum += f.wrap(s, o).timestamp();
        }
        return sum;
    }
}
