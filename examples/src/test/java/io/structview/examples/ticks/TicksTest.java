package io.structview.examples.ticks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.structview.Struct;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TicksTest {
    private static final long COUNT = 200_000;

    @TempDir
    Path dir;

    @Test
    void vwapEqualsAnIndependentComputation() throws Exception {
        Path file = dir.resolve("ticks.bin");
        Ticks.generate(file, COUNT, 16, 7);
        assertThat(Files.size(file)).isEqualTo(COUNT * 28);
        assertThat(Tick.SIZE).isEqualTo(28);

        Ticks.Vwap vwap = Ticks.vwap(file);
        assertThat(vwap.records()).isEqualTo(COUNT);
        assertThat(vwap.symbols()).isEqualTo(16);

        // The same numbers through the dynamic API: struct.iter_unpack('<qIdd', data).
        long[] count = new long[16];
        double[] volume = new double[16];
        double[] notional = new double[16];
        long[] lastTimestamp = {Long.MIN_VALUE};
        try (Arena arena = Arena.ofConfined(); FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            MemorySegment data = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
            Struct.of("<qIdd").iterUnpack(data).forEach(t -> {
                long timestamp = (Long) t[0];
                int symbol = (int) (long) (Long) t[1];
                double price = (Double) t[2];
                double size = (Double) t[3];
                assertThat(timestamp).isGreaterThan(lastTimestamp[0]);
                assertThat(price).isPositive();
                assertThat(size).isBetween(1.0, 991.0);
                lastTimestamp[0] = timestamp;
                count[symbol]++;
                volume[symbol] += size;
                notional[symbol] += price * size;
            });
        }
        for (int s = 0; s < 16; s++) {
            assertThat(vwap.ticks()[s]).isEqualTo(count[s]);
            assertThat(vwap.volume()[s]).isEqualTo(volume[s]);
            assertThat(vwap.vwap(s)).isCloseTo(notional[s] / volume[s], within(1e-9));
        }
        assertThat(vwap.ticks()[16]).isZero();
        assertThat(Double.isNaN(vwap.vwap(16))).isTrue();
    }

    /** One flyweight re-pointed at every record: the scan allocates nothing per record. */
    @Test
    void scanAllocatesNothingPerRecord() throws Exception {
        Path file = dir.resolve("ticks.bin");
        Ticks.generate(file, COUNT, 64, 1);
        try (Arena arena = Arena.ofConfined(); FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            MemorySegment data = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
            Ticks.vwap(data); // warm up
            Ticks.Vwap vwap = Ticks.vwap(data);
            assertThat(vwap.allocatedBytes()).isBetween(0L, 4096L); // 200,000 records: far below one byte each
        }
    }

    @Test
    void theSameSeedWritesTheSameFile() throws Exception {
        Ticks.generate(dir.resolve("a.bin"), 10_000, 8, 99);
        Ticks.generate(dir.resolve("b.bin"), 10_000, 8, 99);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] a = sha.digest(Files.readAllBytes(dir.resolve("a.bin")));
        byte[] b = sha.digest(Files.readAllBytes(dir.resolve("b.bin")));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void reportNamesThroughputAndAllocation() throws Exception {
        Path file = dir.resolve("ticks.bin");
        Ticks.generate(file, 1000, 4, 3);
        Ticks.Vwap v = Ticks.vwap(file);
        String report = Ticks.report(new Ticks.Vwap[] {v}, Files.size(file), 1_000_000);
        assertThat(report).startsWith("1,000 ticks of 28 bytes (0 MB) written through the mapping in 0.00 s; 4 symbols")
                .contains("symbol 0: VWAP ").contains("M records/s").contains("GB/s")
                .contains("bytes allocated on the heap");
    }
}
