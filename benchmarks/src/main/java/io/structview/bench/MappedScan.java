package io.structview.bench;

import static io.structview.bench.Hand.TICK_SIZE;
import static io.structview.bench.Hand.TICK_TIMESTAMP;
import static io.structview.bench.Hand.TICK_TIMESTAMP_OFFSET;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import io.structview.bench.gen.Tick;
import io.structview.bench.sbe.TickDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 4: sequential scan of a 1 GiB memory-mapped file of ticks (38,347,922 records = 1,073,741,816 bytes),
 * summing {@code timestamp}. The file is written once (to {@code file}, default in {@code java.io.tmpdir}) and
 * then read through the page cache: this measures mapped-memory reads, not the disk. Excluded from the quick
 * mode ({@code -e MappedScan}). The dynamic {@code Struct} contender is left out here: it allocates five objects
 * per record and would take seconds per operation; its per-record cost is in {@link SeqScan}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "--enable-native-access=ALL-UNNAMED",
        "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED"})
public class MappedScan {
    static final long RECORDS = (1L << 30) / TICK_SIZE;
    static final long BYTES = RECORDS * TICK_SIZE;

    @State(Scope.Benchmark)
    public static class Mapped {
        @Param({""})
        public String file;

        Arena arena;
        MemorySegment seg;
        ByteBuffer bb;
        UnsafeBuffer sbe;
        final TickDecoder dec = new TickDecoder();
        final Tick fw = new Tick();

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            Path p = file.isEmpty() ? Path.of(System.getProperty("java.io.tmpdir"), "structview-bench-1GiB.ticks")
                    : Path.of(file);
            if (!Files.exists(p) || Files.size(p) != BYTES || !headerOk(p)) {
                try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                        Arena a = Arena.ofConfined()) {
                    MemorySegment w = ch.map(FileChannel.MapMode.READ_WRITE, 0, BYTES, a);
                    Data.fillTicks(w, RECORDS);
                    w.force();
                }
            }
            arena = Arena.ofShared();
            try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
                seg = ch.map(FileChannel.MapMode.READ_ONLY, 0, BYTES, arena);
                bb = ch.map(FileChannel.MapMode.READ_ONLY, 0, BYTES).order(ByteOrder.LITTLE_ENDIAN);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sbe = new UnsafeBuffer(seg.address(), (int) BYTES);
            seg.load();
        }

        private static boolean headerOk(Path p) throws IOException {
            try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ); Arena a = Arena.ofConfined()) {
                MemorySegment r = ch.map(FileChannel.MapMode.READ_ONLY, 0, BYTES, a);
                MemorySegment expect = a.allocate(2 * TICK_SIZE);
                Data.fillTicks(expect, 2);
                long last = (RECORDS - 1) * TICK_SIZE;
                return r.asSlice(0, 2 * TICK_SIZE).mismatch(expect) == -1
                        && r.get(TICK_TIMESTAMP, last) == 1_700_000_000_000_000_000L + (RECORDS - 1) * 1000;
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            arena.close();
        }
    }

    @Benchmark
    public long plainLongSum(Mapped m) {
        MemorySegment s = m.seg;
        long end = BYTES & ~7L;
        long sum = 0;
        for (long o = 0; o < end; o += 8) {
            sum += s.get(JAVA_LONG_UNALIGNED, o);
        }
        return sum;
    }

    @Benchmark
    public long hand(Mapped m) {
        MemorySegment s = m.seg;
        long sum = 0;
        for (long o = 0; o < BYTES; o += TICK_SIZE) {
            sum += s.get(TICK_TIMESTAMP, o + TICK_TIMESTAMP_OFFSET);
        }
        return sum;
    }

    @Benchmark
    public long varHandle(Mapped m) {
        MemorySegment s = m.seg;
        long sum = 0;
        for (long o = 0; o < BYTES; o += TICK_SIZE) {
            sum += (long) Fl.TICK_TIMESTAMP.get(s, o);
        }
        return sum;
    }

    @Benchmark
    public long byteBuffer(Mapped m) {
        ByteBuffer bb = m.bb;
        int end = (int) BYTES;
        long sum = 0;
        for (int o = 0; o < end; o += 28) {
            sum += bb.getLong(o);
        }
        return sum;
    }

    @Benchmark
    public long genWrap(Mapped m) {
        MemorySegment s = m.seg;
        Tick t = m.fw;
        long end = BYTES;
        long sum = 0;
        for (long o = 0; o < end; o += Tick.SIZE) {
            sum += t.wrap(s, o).timestamp();
        }
        return sum;
    }

    @Benchmark
    public long genStatic(Mapped m) {
        MemorySegment s = m.seg;
        long end = BYTES;
        long sum = 0;
        for (long o = 0; o < end; o += Tick.SIZE) {
            sum += Tick.timestamp(s, o);
        }
        return sum;
    }

    @Benchmark
    public long genCursor(Mapped m) {
        Tick.Cursor c = Tick.cursor(m.seg);
        long n = c.count();
        long sum = 0;
        for (long i = 0; i < n; i++) {
            sum += c.at(i).timestamp();
        }
        return sum;
    }

    @Benchmark
    public long sbe(Mapped m) {
        UnsafeBuffer buf = m.sbe;
        TickDecoder d = m.dec;
        int end = (int) BYTES;
        long sum = 0;
        for (int o = 0; o < end; o += TickDecoder.BLOCK_LENGTH) {
            sum += d.wrap(buf, o, TickDecoder.BLOCK_LENGTH, TickDecoder.SCHEMA_VERSION).timestamp();
        }
        return sum;
    }
}
